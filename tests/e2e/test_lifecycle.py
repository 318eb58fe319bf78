"""A request's life, end to end, with people acting out of order: every action is checked
against where the request stands now, and what no longer fits changes nothing."""

from __future__ import annotations

from tests.botapi import Fault
from tests.e2e.conftest import BotProcess
from tests.e2e.journeys import (
    Answers,
    choose,
    close_request,
    enrol,
    leave_the_choice_to_the_coordinator,
    open_from_notice,
    open_request,
    request_id_of,
    status_of,
)

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

LISSE = Answers(gemeente="Lisse", question="Ik heb schulden en veel post")


def _assign(coordinator, opened, name: str) -> None:
    coordinator.press("Meedenker kiezen", opened)
    candidates = coordinator.expect("Wie vraag je?")
    coordinator.press(next(b for b in candidates.button_labels if b.startswith(name)), candidates)
    coordinator.expect(f"{name} is gevraagd")


def _without_buttons(bot: BotProcess, message) -> None:
    bot.fake.wait_until(lambda: not message.inline_buttons, what="the old buttons to go")


def test_accepting_after_the_coordinator_closed_changes_nothing(bot, coordinator, new_user):
    anna, resident = new_user(first_name="Anna"), new_user()
    enrol(coordinator, anna, "m-anna")
    choose(resident, "Anna", LISSE)
    introduction = anna.expect("Nieuwe vraag voor jou")
    request_id = request_id_of(bot, resident)
    accept = next(
        b["callback_data"] for b in introduction.inline_buttons if b["text"] == "Aannemen"
    )
    close_request(coordinator, open_from_notice(coordinator, request_id))
    resident.expect("afgesloten")
    anna.expect(f"Aanmelding #{request_id} is afgesloten", "niets meer")
    _without_buttons(bot, introduction)  # taken off by the bot, without Anna tapping
    anna.tap_data(accept, introduction)  # an old client still shows the button
    anna.settle()
    assert "al afgesloten" in anna.last_callback_answer["text"]
    assert status_of(bot, resident) == "closed"
    anna.send("/open")
    anna.expect("geen open vragen")


def test_after_a_reassignment_only_the_new_meedenker_can_act(bot, coordinator, new_user):
    greet, carla, resident = new_user(first_name="Greet"), new_user(first_name="Carla"), new_user()
    enrol(coordinator, greet, "m-greet")
    enrol(coordinator, carla, "m-carla")
    choose(resident, "Greet", LISSE)
    first = greet.expect("Nieuwe vraag voor jou")
    greet.press("Aannemen", first)
    resident.expect("Goed nieuws", "Greet")
    bot.fake.wait_until(lambda: "Afgerond" in first.button_labels, what="accepted")
    complete = next(b["callback_data"] for b in first.inline_buttons if b["text"] == "Afgerond")
    request_id = request_id_of(bot, resident)
    _assign(coordinator, open_from_notice(coordinator, request_id), "Carla")
    greet.expect(f"Aanmelding #{request_id} is nu bij iemand anders")
    _without_buttons(bot, first)
    second = carla.expect("Nieuwe vraag voor jou")
    resident.expect("De coördinator heeft", "Carla")
    greet.tap_data(complete, first)  # the button is gone; an old client still shows it
    greet.settle()
    assert "al bij iemand anders" in greet.last_callback_answer["text"]
    assert status_of(bot, resident) == "introduced"
    greet.send("/open")
    greet.expect("geen open vragen")
    carla.press("Aannemen", second)
    resident.expect("Goed nieuws", "Carla")
    bot.fake.wait_until(lambda: status_of(bot, resident) == "accepted", what="accepted by Carla")


def test_a_pending_introduction_ends_when_someone_else_is_asked(bot, coordinator, new_user):
    hassan, karin, resident = (
        new_user(first_name="Hassan"),
        new_user(first_name="Karin"),
        new_user(),
    )
    enrol(coordinator, hassan, "m-hassan")
    enrol(coordinator, karin, "m-karin")
    choose(resident, "Hassan", LISSE)
    stale = hassan.expect("Nieuwe vraag voor jou")
    accept = next(b["callback_data"] for b in stale.inline_buttons if b["text"] == "Aannemen")
    request_id = request_id_of(bot, resident)
    _assign(coordinator, open_from_notice(coordinator, request_id), "Karin")
    karin.expect("Nieuwe vraag voor jou")
    hassan.expect("nu bij iemand anders")
    _without_buttons(bot, stale)
    hassan.tap_data(accept, stale)  # an old client still shows the button
    hassan.settle()
    assert "al bij iemand anders" in hassan.last_callback_answer["text"]
    assert status_of(bot, resident) == "introduced"
    assert not any("Goed nieuws" in m.plain and "Hassan" in m.plain for m in resident.messages)


def test_one_desk_input_at_a_time_and_text_goes_where_it_says(bot, coordinator, new_user):
    five, seven = new_user(), new_user()
    leave_the_choice_to_the_coordinator(five)
    leave_the_choice_to_the_coordinator(seven)
    id5, id7 = request_id_of(bot, five), request_id_of(bot, seven)
    coordinator.skip_unread()

    # A referral note is asked for #5 ...
    opened5 = open_request(coordinator, id5)
    coordinator.press("Doorverwijzen", opened5)
    coordinator.press("VoorIeder1 (gemeente)", coordinator.expect("Naar welke hulp"))
    coordinator.expect("notitie", f"#{id5}")
    # ... then the coordinator starts talking with resident 7: the note for #5 stops.
    coordinator.press("Zelf contact", open_request(coordinator, id7))
    coordinator.expect(f"De notitie voor #{id5} is gestopt", "Je praat nu met")
    seven.expect("De coördinator wil je graag zelf spreken")
    coordinator.send("Hallo, zal ik je morgen bellen?")
    seven.expect("morgen bellen")
    coordinator.expect(f"Verstuurd naar de bewoner van #{id7}")
    coordinator.send_photo()  # only typed text goes on to the resident
    coordinator.expect("alleen tekst door")
    assert status_of(bot, five) == "escalated"  # not referred by a message meant for 7

    # Now a referral note for #5: the conversation with 7 stops, and the note is #5's.
    coordinator.press("Doorverwijzen", open_request(coordinator, id5))
    coordinator.press("VoorIeder1 (gemeente)", coordinator.expect("Naar welke hulp"))
    coordinator.expect(f"Het gesprek met de bewoner van #{id7} is gestopt")
    coordinator.send("Vraag naar Petra bij de gemeente.")
    coordinator.expect("doorverwezen")
    five.expect("Vraag naar Petra")
    seven.settle()
    assert not any("Petra" in m.plain for m in seven.messages)
    seven.send("Prima, tot morgen")  # the conversation has ended: this is not relayed
    seven.settle()
    assert not any("tot morgen" in m.plain for m in coordinator.messages)
    coordinator.send("/klaar")
    coordinator.expect("nergens mee bezig")


def test_a_conversation_ends_when_its_request_is_finished(bot, coordinator, new_user):
    lotte, resident = new_user(first_name="Lotte"), new_user()
    enrol(coordinator, lotte, "m-lotte")
    choose(resident, "Lotte", LISSE)
    introduction = lotte.expect("Nieuwe vraag voor jou")
    lotte.press("Aannemen", introduction)
    request_id = request_id_of(bot, resident)
    coordinator.press("Zelf contact", open_from_notice(coordinator, request_id))
    resident.expect("De coördinator wil je graag zelf spreken")
    bot.fake.wait_until(lambda: "Afgerond" in introduction.button_labels, what="accepted")
    lotte.press("Afgerond", introduction)
    bot.fake.wait_until(lambda: "Geholpen" in introduction.button_labels, what="the outcomes")
    lotte.press("Geholpen", introduction)
    bot.fake.wait_until(lambda: status_of(bot, resident) == "closed", what="closed by Lotte")
    coordinator.skip_unread()
    resident.send("/start")  # a new question: the bot answers, the coordinator is not sent it
    resident.expect("Meedenkersbot")
    resident.send("hallo daar")
    resident.settle()
    assert not any("hallo daar" in m.plain for m in coordinator.messages)
    coordinator.send("Nog een laatste vraag?")
    coordinator.expect(f"#{request_id} is al afgesloten", "niet verstuurd")
    assert not any("laatste vraag" in m.plain for m in resident.messages)


def test_an_invite_works_once_for_one_account_and_the_coordinator_hears_of_it(
    bot, coordinator, new_user
):
    nel, stranger = new_user(first_name="Nel"), new_user()
    coordinator.send("/uitnodigen m-nel")
    old_link = coordinator.expect("t.me/").plain
    coordinator.send("/uitnodigen m-nel")  # a new link replaces the old one
    link = coordinator.expect("t.me/").plain
    code, old_code = (text.split("?start=")[1].split()[0] for text in (link, old_link))
    nel.send(f"/start {old_code}")
    nel.expect("werkt niet meer")
    nel.send(f"/start {code}")
    nel.expect("Welkom")
    coordinator.expect("Nel is nu gekoppeld")
    nel.send(f"/start {code}")
    nel.expect("al gekoppeld")
    stranger.send(f"/start {code}")
    stranger.expect("werkt niet meer")
    coordinator.expect("Iemand anders probeerde de link van Nel")
    coordinator.send("/uitnodigen m-nel")
    coordinator.expect("Nel is al gekoppeld")


def test_a_tap_whose_answer_telegram_refuses_still_counts(bot, coordinator, new_user):
    """The answer to a tap goes out after the acceptance is saved: if Telegram refuses that
    answer (the tap was too old, say), the acceptance stands and the resident hears of it."""
    omar, resident = new_user(first_name="Omar"), new_user()
    enrol(coordinator, omar, "m-omar")
    choose(resident, "Omar", LISSE)
    introduction = omar.expect("Nieuwe vraag voor jou")
    bot.fake.add_fault(Fault("answerCallbackQuery", status=400, chat_id=omar.id))
    omar.press("Aannemen", introduction)
    resident.expect("Goed nieuws", "Omar")
    bot.fake.wait_until(lambda: status_of(bot, resident) == "accepted", what="accepted")
    bot.fake.wait_until(lambda: "Afgerond" in introduction.button_labels, what="the new buttons")
    bot.fake.take_violations()  # the refused answer, on purpose
    with bot.fake.lock:  # Telegram refused it: that tap can never be answered now
        bot.fake.callbacks[omar.last_callback_id].answered = True
