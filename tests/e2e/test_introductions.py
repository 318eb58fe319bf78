"""Introductions end to end: the chosen Meedenker and the coordinator hear of each request."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.botapi import FakeTelegram, Fault
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.journeys import Answers, choose, enrol, next_page, requests_of, to_choice

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

LISSE = Answers(
    gemeente="Lisse", question="Ik heb schulden en veel post", preference="Maakt mij niet uit"
)
REMIND_SECONDS = 4


@pytest.fixture(scope="module")
def bot(fake: FakeTelegram, database, tmp_path_factory) -> Iterator[BotProcess]:
    """This module's bot reminds after a few seconds and hands over a few seconds later."""
    fake.known_chats.add(COORDINATOR_ID)
    hours = str(REMIND_SECONDS / 3600)
    process = BotProcess(
        fake,
        tmp_path_factory.mktemp("bot"),
        REMINDER_AFTER_HOURS=hours,
        ESCALATE_AFTER_HOURS=hours,
        **database,
    ).start()
    yield process
    process.kill()


def test_invite_link_enrols_once_and_only_the_coordinator_makes_one(
    bot: BotProcess, coordinator, new_user
) -> None:
    anna, stranger = new_user(first_name="Anna"), new_user()
    welcome = enrol(coordinator, anna, "m-anna")
    assert "/afwezig" in welcome.plain
    link = coordinator.messages[-1].plain
    stranger.send("/start " + link.split("?start=")[1].split()[0])
    stranger.expect("werkt niet meer")
    stranger.send("/uitnodigen m-bert")
    stranger.expect("/start")
    assert "t.me/" not in stranger.messages[-1].plain


def test_accept_tells_the_resident_who_will_contact_them(bot, coordinator, new_user) -> None:
    greet, resident = new_user(first_name="Greet"), new_user(first_name="Fatma")
    enrol(coordinator, greet, "m-greet")
    choose(resident, "Greet", LISSE)
    news = coordinator.expect("Nieuwe aanmelding")
    assert "Greet" in news.plain and "Bekijk" in news.button_labels
    introduction = greet.expect("Nieuwe vraag voor jou")
    resident.send("hallo?")  # writing again: where the request stands
    resident.expect("Je vraag ligt bij Greet")
    # The question, but no way to reach the resident before Aannemen, and never their name.
    assert "schulden" in introduction.plain and "Fatma" not in introduction.plain
    assert f"tg://user?id={resident.id}" not in introduction.text
    greet.press("Aannemen", introduction)
    accepted = resident.expect("Goed nieuws", "Greet", "Lumen")
    bot.fake.wait_until(
        lambda: f"tg://user?id={resident.id}" in introduction.text, what="the contact link"
    )
    assert "Telegram" in accepted.plain
    resident.send("Wanneer belt ze?")
    resident.expect("Greet gaat met je meedenken", "Nog niets gehoord", "0252 000 000")
    resident.send("/start")  # a new question may be asked; the one sent stays
    resident.expect("Je vraag van eerder loopt nog", "/mijngegevens")
    resident.expect("Ik ben een computer")
    # Where the talk can be, who may come along, no "klik", and where to complain.
    for words in ("ergens anders", "iemand meenemen", "Klikt het niet", "0252 000 000", "/mens"):
        assert words in accepted.plain, words
    [request] = requests_of(bot, resident.id)
    bot.fake.wait_until(
        lambda: requests_of(bot, resident.id)[0]["status"] == "accepted",
        what="accepted",
    )
    assert request["chosen_meedenker_id"] == "m-greet"


def test_decline_offers_the_next_choice_and_tells_the_coordinator(bot, coordinator, new_user):
    omar, resident = new_user(first_name="Omar"), new_user()
    enrol(coordinator, omar, "m-omar")
    choose(resident, "Omar", LISSE)
    introduction = omar.expect("Nieuwe vraag voor jou")
    omar.press("Doorgeven", introduction)
    bot.fake.wait_until(lambda: "Ik heb nu geen tijd" in introduction.button_labels, what="reasons")
    omar.press("Ik heb nu geen tijd", introduction)
    coordinator.expect("Omar gaf de vraag door", "geen tijd")
    again = resident.expect("kan je vraag helaas niet aannemen")
    assert "Kies Omar" not in again.button_labels
    pick = next(b for b in again.button_labels if b.startswith("Kies ") and b != "Kies jij maar")
    resident.press(pick, again)
    resident.press("Ja, versturen", resident.expect("Klopt dit?"))
    resident.expect("verstuurd")
    rechosen = bot.fake.wait_until(
        lambda: [r for r in requests_of(bot, resident.id) if r["chosen_meedenker_id"] != "m-omar"],
        what="the new choice stored",
    )
    assert len(requests_of(bot, resident.id)) == 1  # updated, not duplicated
    assert rechosen[0]["status"] == "introduced"


def test_no_answer_gets_a_reminder_then_goes_to_the_coordinator(bot, coordinator, new_user):
    nel, resident = new_user(first_name="Nel"), new_user()
    enrol(coordinator, nel, "m-nel")
    choose(resident, "Nel", LISSE)
    nel.expect("Nieuwe vraag voor jou")
    nel.expect("Herinnering", timeout=REMIND_SECONDS * 4)
    coordinator.expect("Nel reageerde niet op tijd", timeout=REMIND_SECONDS * 4)
    resident.expect("Nel heeft nog niet gereageerd")
    bot.fake.wait_until(
        lambda: requests_of(bot, resident.id)[0]["status"] == "escalated",
        what="escalated",
    )


def test_rate_limits_errors_and_slow_answers_deliver_the_introduction_once(
    bot, coordinator, new_user
) -> None:
    hassan, resident = new_user(first_name="Hassan"), new_user()
    enrol(coordinator, hassan, "m-hassan")
    for fault in (
        Fault("sendMessage", status=429, retry_after=1, chat_id=hassan.id),
        Fault("sendMessage", status=500, chat_id=hassan.id),
        Fault("sendMessage", status=502, chat_id=hassan.id),
        Fault("sendMessage", status=200, delay=3, chat_id=hassan.id),
    ):
        bot.fake.add_fault(fault)
    choose(resident, "Hassan", LISSE)
    introduction = hassan.expect("Nieuwe vraag voor jou", timeout=30)
    hassan.press("Aannemen", introduction)
    resident.expect("Goed nieuws", "Hassan")
    hassan.settle()
    # one introduction (a reminder may come on top: delivery took longer than its period)
    introductions = [m for m in hassan.messages if "#" in m.plain and "Herinnering" not in m.plain]
    assert introductions == [introduction]


def test_kill_9_between_commit_and_send_delivers_once_after_restart(bot, coordinator, new_user):
    lotte, resident = new_user(first_name="Lotte"), new_user()
    enrol(coordinator, lotte, "m-lotte")
    outage = Fault("sendMessage", status=500, chat_id=lotte.id, times=1000)
    bot.fake.add_fault(outage)  # committed to the outbox, but Telegram keeps failing
    choose(resident, "Lotte", LISSE)
    bot.fake.wait_until(lambda: outage.times < 1000, what="a delivery attempt")
    bot.restart()
    outage.times = 0
    lotte.expect("Nieuwe vraag voor jou", timeout=30)
    lotte.settle(quiet=1.5)
    assert sum("Nieuwe vraag voor jou" in m.plain for m in lotte.messages) == 1


def test_a_blocked_meedenker_is_reported_to_the_coordinator(bot, coordinator, new_user) -> None:
    karin, resident = new_user(first_name="Karin"), new_user()
    enrol(coordinator, karin, "m-karin")
    bot.fake.block(karin.id)
    choose(resident, "Karin", LISSE)
    coordinator.expect("kwam niet aan", "Karin", timeout=15)


def test_someone_else_pressing_introduction_buttons_changes_nothing(
    bot, coordinator, new_user
) -> None:
    ingrid, resident, intruder = new_user(first_name="Ingrid"), new_user(), new_user()
    enrol(coordinator, ingrid, "m-ingrid")
    choose(resident, "Ingrid", LISSE)
    introduction = ingrid.expect("Nieuwe vraag voor jou")
    accept = next(
        b["callback_data"] for b in introduction.inline_buttons if b["text"] == "Aannemen"
    )
    intruder.tap_data(accept, introduction)
    intruder.settle()
    assert "niet voor jou" in intruder.last_callback_answer["text"]
    assert requests_of(bot, resident.id)[0]["status"] == "introduced"
    intruder.tap_data(accept.replace(accept.split(":")[1], "99999"), introduction)
    intruder.settle()
    assert "niet voor jou" in intruder.last_callback_answer["text"]


def test_away_hides_a_meedenker_from_the_choice(bot, coordinator, new_user) -> None:
    sanne, resident = new_user(first_name="Sanne"), new_user()
    enrol(coordinator, sanne, "m-sanne")
    sanne.send("/afwezig tot 31-12-2099")
    sanne.expect("31-12-2099")
    choice = to_choice(resident, LISSE)
    pages = int(re.search(r"Lijst 1 van (\d+)", choice.plain).group(1))
    shown = set(choice.button_labels)
    for _ in range(pages - 1):
        next_page(resident, choice)
        shown |= set(choice.button_labels)
    assert "Kies Greet" in shown  # another Meedenker of Lisse, for comparison
    assert "Kies Sanne" not in shown
    sanne.send("/beschikbaar")
    sanne.expect("weer kiezen")


def test_free_text_from_a_meedenker_gets_their_commands(bot, coordinator, new_user) -> None:
    petra = new_user(first_name="Petra")
    enrol(coordinator, petra, "m-petra")
    petra.send("Hoi, hoe werkt dit?")
    help_text = petra.expect("Hoi Petra")
    assert "/open" in help_text.plain and "/afwezig" in help_text.plain
    # A photo or /help is no resident's first word: her own commands again, no intake.
    petra.send_photo()
    petra.expect("Hoi Petra", "/open")
    petra.send("/help")
    petra.expect("Hoi Petra", "/open")
    petra.send("ok")
    petra.expect("Hoi Petra")
    assert not any("gegevens" in m.plain for m in petra.messages)
