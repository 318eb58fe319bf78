"""A resident's rights end to end: /mijngegevens shows and exports, /vergeet-mij erases
every trace (a scan of every table and column finds nothing of them), the Meedenker sees
how to reach a resident only after Aannemen, and the audit log tells who looked."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import select

from storage.models import Base
from tests.botapi import FakeUser
from tests.e2e.database import rows, run_on
from tests.e2e.journeys import (
    Answers,
    close_request,
    complete,
    enrol,
    open_from_notice,
    requests_of,
    to_choice,
    to_question,
)

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

NAME = "Wilhelmina"


@dataclass(frozen=True)
class Resident:
    """A resident with words, a phone number and a name of their own, so a scan after
    their erasure cannot mistake another test's resident for them."""

    user: FakeUser
    code: str  # letters only: no digit to mistake for an id

    @property
    def name(self) -> str:
        return f"{NAME}{self.code}"

    @property
    def words(self) -> tuple[str, str]:
        return (f"Gijsbert{self.code}", f"Zonnehof{self.code}")

    @property
    def question(self) -> str:
        first, second = self.words
        return f"Mijn buurman {first} pest mij en de woningcorporatie {second} doet niets"

    @property
    def phone(self) -> str:
        return f"+3169{self.user.id * 7919 % 10**7:07d}"

    @property
    def answers(self) -> Answers:
        return Answers(gemeente="Lisse", question=self.question, preference="Maakt mij niet uit")

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.question, *self.words, self.phone, self.phone[3:], self.name)


@pytest.fixture
def person(new_user):
    def make() -> Resident:
        code = "".join(chr(ord("a") + int(d)) for d in str(uuid.uuid4().int)[:8])
        return Resident(new_user(first_name=f"{NAME}{code}"), code)

    return make


@pytest.fixture(scope="module")
def meedenker(fake, bot) -> FakeUser:
    """Anna (Lisse, geld and wonen), enrolled once for the whole module."""
    from tests.e2e.conftest import COORDINATOR_ID

    coordinator = FakeUser(fake, COORDINATOR_ID, first_name="Coordinator")
    coordinator.skip_unread()
    anna = FakeUser(fake, 700_001, first_name="Anna")
    enrol(coordinator, anna, "m-anna")
    return anna


def send_to_anna(person: Resident, by_phone: bool = True) -> None:
    """An intake choosing Anna, reachable by phone (or in this chat)."""
    resident = person.user
    choice = to_choice(resident, person.answers)
    for _ in range(8):
        if "Kies Anna" in choice.button_labels:
            break
        before = choice.plain
        resident.press("Laat anderen zien", choice)
        resident.fake.wait_until(lambda b=before: choice.plain != b, what="the next page")
    resident.press("Kies Anna", choice)
    contact = resident.expect("Stap 8 van 8")
    if by_phone:
        resident.press("Bel mij", contact)
        resident.expect("nummer")
        resident.send(person.phone)
    else:
        resident.press("Hier in deze chat", contact)
    resident.press("Sla over", resident.expect("Hoe heb je ons gevonden"))
    resident.press("Ja, versturen", resident.expect("Klopt dit?"))
    resident.expect("verstuurd")


def stored_values(bot) -> list[tuple[str, object]]:
    """Every value of every column of every table, decrypted where it is encrypted."""

    async def every(session):
        found = []
        for table in Base.metadata.sorted_tables:
            for row in await session.execute(select(table)):
                found += [
                    (f"{table.name}.{column.name}", value)
                    for column, value in zip(table.columns, row, strict=True)
                ]
        return found

    return run_on(bot, every)


def traces_of(bot, resident: FakeUser, secrets: tuple[str, ...]) -> list[str]:
    """Where the resident's Telegram id, name or words are still stored."""
    number = re.compile(rf"(?<!\d){resident.id}(?!\d)")
    found = []
    for where, value in stored_values(bot):
        if value is None or isinstance(value, datetime | date | bool):
            continue
        if isinstance(value, int):
            if value == resident.id:
                found.append(f"{where}: the Telegram id")
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        if number.search(text):
            found.append(f"{where}: the Telegram id")
        found += [f"{where}: {secret!r}" for secret in secrets if secret in text]
    return found


def erase(resident: FakeUser) -> None:
    resident.send("/vergeet-mij")
    ask = resident.expect("Wil je echt alles wissen")
    resident.press("Ja, wis alles", ask)
    resident.fake.wait_until(lambda: "Ik heb alles gewist" in ask.plain, what="erased")


def assert_no_trace(bot, person: Resident) -> None:
    # The outbox may still be sending the notices of the erasure: wait for the scan to hold.
    try:
        bot.fake.wait_until(
            lambda: not traces_of(bot, person.user, person.secrets), what="no trace"
        )
    except TimeoutError:
        pytest.fail(f"traces left: {traces_of(bot, person.user, person.secrets)}")


def request_id(bot, resident: FakeUser) -> int:
    return requests_of(bot, resident.id)[0]["id"]


def request_row(bot, number: int) -> dict:
    [row] = rows(bot, "SELECT * FROM request WHERE id = :id", id=number)
    return row


def test_my_data_with_nothing_stored_says_so_kindly(bot, new_user) -> None:
    resident = new_user()
    resident.send("/mijngegevens")
    resident.expect("Ik bewaar niets over jou")
    assert not [m for m in resident.fake.chat(resident.id) if m.kind == "document"]


def test_my_data_during_an_intake_shows_the_answers_so_far(bot, person) -> None:
    someone = person()
    resident = someone.user
    to_question(resident, someone.answers)
    resident.send(someone.question)
    resident.expect("Stap 3 van 8")
    resident.send("/mijngegevens")
    overview = resident.expect("Dit bewaar ik over jou")
    assert "nog niet verstuurd" in overview.plain and someone.words[0] in overview.plain
    assert someone.name not in overview.plain
    data = json.loads(resident.expect_file().file)
    assert data["intake_not_sent"]["question"] == someone.question
    assert data["consent"]["version"] == "2026-11-23"


def test_my_data_after_sending_lists_who_sees_it_and_until_when(bot, meedenker, person):
    someone = person()
    resident = someone.user
    send_to_anna(someone)
    introduction = meedenker.expect("Nieuwe vraag voor jou")
    resident.send("/mijngegevens")
    overview = resident.expect("Dit bewaar ik over jou")
    assert "Zolang je vraag loopt" in overview.plain
    assert "Anna: alleen je vraag" in overview.plain
    assert "coördinator" in overview.plain and someone.phone in overview.plain
    assert "Wis alles over mij" in overview.button_labels
    document = resident.expect_file()
    assert document.filename == "mijngegevens.json"
    [request] = json.loads(document.file)["requests"]
    assert (request["question"], request["contact"], request["gemeente"]) == (
        someone.question,
        someone.phone,
        "Lisse",
    )
    assert request["seen_by"]["meedenkers_question_only"] == ["Anna"]
    assert request["kept_until"] == "open"
    meedenker.press("Aannemen", introduction)
    resident.expect("Goed nieuws")
    resident.send("/mijngegevens")
    overview = resident.expect("Dit bewaar ik over jou")
    assert "Anna: je vraag en hoe je bereikt wilt worden" in overview.plain
    resident.expect_file()


def test_before_aannemen_the_meedenker_sees_no_phone_or_name_after_it_they_do(
    bot, meedenker, person
) -> None:
    someone = person()
    resident = someone.user
    send_to_anna(someone)
    introduction = meedenker.expect("Nieuwe vraag voor jou")
    assert someone.words[0] in introduction.plain and "Lisse" in introduction.plain
    for secret in (someone.phone, someone.phone[3:], someone.name, str(resident.id)):
        assert secret not in introduction.text, secret
    number = request_id(bot, resident)
    meedenker.send("/open")
    opened = meedenker.expect(f"#{number}")
    assert someone.phone not in opened.text and str(resident.id) not in opened.text
    meedenker.press("Aannemen", introduction)
    bot.fake.wait_until(lambda: someone.phone in introduction.plain, what="the accepted view")
    assert someone.name not in introduction.text  # the Telegram name is not kept at all


def test_a_chat_contact_is_a_link_with_a_neutral_label_after_aannemen(
    bot, meedenker, person
) -> None:
    someone = person()
    send_to_anna(someone, by_phone=False)
    introduction = meedenker.expect("Nieuwe vraag voor jou")
    link = f"tg://user?id={someone.user.id}"
    assert link not in introduction.text
    meedenker.press("Aannemen", introduction)
    bot.fake.wait_until(lambda: link in introduction.text, what="the accepted view")
    assert "de bewoner" in introduction.plain and someone.name not in introduction.text


def test_erasing_during_an_intake_leaves_no_trace(bot, person) -> None:
    someone = person()
    resident = someone.user
    to_question(resident, someone.answers)
    resident.send(someone.question)
    resident.expect("Stap 3 van 8")
    erase(resident)
    assert_no_trace(bot, someone)
    resident.send("/start")  # afresh: the welcome, not "start over?"
    resident.expect("gegevens")


def test_erasing_after_sending_withdraws_tells_and_deletes_the_introduction(
    bot, meedenker, coordinator, person
) -> None:
    someone = person()
    resident = someone.user
    send_to_anna(someone)
    introduction = meedenker.expect("Nieuwe vraag voor jou")
    number = request_id(bot, resident)
    coordinator.expect(f"Nieuwe aanmelding #{number}")
    erase(resident)
    meedenker.expect(f"#{number}", "teruggetrokken", "aantekeningen")
    coordinator.expect(f"#{number}", "alles gewist", "aantekeningen")
    bot.fake.wait_until(lambda: introduction.deleted, what="the introduction deleted")
    assert_no_trace(bot, someone)
    anonymous = request_row(bot, number)
    assert anonymous["status"] == "withdrawn" and anonymous["gemeente"] == "Lisse"
    resident.send("/mijngegevens")
    resident.expect("Ik bewaar niets over jou")
    complete(resident, someone.answers)  # and can ask again, afresh


def test_erasing_after_acceptance_tells_the_meedenker_and_the_coordinator(
    bot, meedenker, coordinator, person
) -> None:
    someone = person()
    resident = someone.user
    send_to_anna(someone)
    introduction = meedenker.expect("Nieuwe vraag voor jou")
    number = request_id(bot, resident)
    meedenker.press("Aannemen", introduction)
    resident.expect("Goed nieuws")
    resident.send("/stop")
    stopped = resident.expect("Gestopt")
    assert "blijft bewaard" in stopped.plain and "gewist" not in stopped.plain
    resident.press("Wis alles over mij", stopped)
    ask = resident.expect("Wil je echt alles wissen")
    resident.press("Ja, wis alles", ask)
    resident.fake.wait_until(lambda: "Ik heb alles gewist" in ask.plain, what="erased")
    meedenker.expect(f"#{number}", "teruggetrokken")
    coordinator.expect(f"#{number}", "alles gewist")
    bot.fake.wait_until(lambda: introduction.deleted, what="the introduction deleted")
    assert_no_trace(bot, someone)


def test_erasing_after_closing_asks_the_meedenker_who_helped_to_delete_notes(
    bot, meedenker, coordinator, person
) -> None:
    someone = person()
    resident = someone.user
    send_to_anna(someone)
    introduction = meedenker.expect("Nieuwe vraag voor jou")
    number = request_id(bot, resident)
    meedenker.press("Aannemen", introduction)
    resident.expect("Goed nieuws")
    opened = open_from_notice(coordinator, number)
    close_request(coordinator, opened)
    meedenker.expect(f"#{number}", "afgesloten")
    erase(resident)
    meedenker.expect(f"#{number}", "alles gewist", "aantekeningen")
    coordinator.expect(f"#{number}", "alles gewist")
    assert_no_trace(bot, someone)
    assert request_row(bot, number)["status"] == "closed"  # the figures keep counting it


def test_the_coordinator_reads_who_opened_and_changed_a_request(
    bot, meedenker, coordinator, person
) -> None:
    someone = person()
    resident = someone.user
    send_to_anna(someone)
    introduction = meedenker.expect("Nieuwe vraag voor jou")
    number = request_id(bot, resident)
    meedenker.send("/open")
    meedenker.expect(f"#{number}")
    meedenker.press("Aannemen", introduction)
    resident.expect("Goed nieuws")
    resident.send("/mijngegevens")
    resident.expect_file()
    opened = open_from_notice(coordinator, number)
    coordinator.press("Wie keek erin?", opened)
    log = coordinator.expect(f"Wie keek in aanmelding #{number}")
    lines = log.plain.splitlines()[1:]
    assert any("Anna: geopend" in line for line in lines), lines
    assert any("Anna: veranderd (accept)" in line for line in lines), lines
    assert any("de bewoner: gegevens bekeken" in line for line in lines), lines
    assert any("coördinator: geopend" in line for line in lines), lines
    erase(resident)
    coordinator.expect(f"#{number}", "alles gewist")
    coordinator.press("Wie keek erin?", opened)
    log = coordinator.expect(f"Wie keek in aanmelding #{number}")
    assert "de bewoner: alles gewist" in log.plain
    assert str(resident.id) not in log.text


def test_no_to_the_question_erases_nothing(bot, person) -> None:
    someone = person()
    resident = someone.user
    complete(resident, someone.answers)
    resident.send("/vergeetmij")
    ask = resident.expect("Wil je echt alles wissen")
    resident.press("Nee", ask)
    resident.fake.wait_until(lambda: "niets gewist" in ask.plain, what="kept")
    assert requests_of(bot, resident.id)[0]["question"] == someone.question


def test_help_offers_erasure(bot, new_user) -> None:
    resident = new_user()
    resident.send("/help")
    help_text = resident.expect("/vergeetmij", "/mijngegevens")
    resident.press("Wis alles over mij", help_text)
    resident.expect("Wil je echt alles wissen")


def test_a_meedenker_cannot_erase_themselves_from_the_chat(bot, meedenker) -> None:
    """Their chat holds messages about other people's requests: the coordinator does it."""
    meedenker.send("/vergeetmij")
    meedenker.expect("Vraag de coördinator")


def test_my_data_speaks_the_residents_language_down_to_the_status(bot, meedenker, person):
    someone = person()
    resident = someone.user
    send_to_anna(someone)
    meedenker.press("Aannemen", meedenker.expect("Nieuwe vraag voor jou"))
    resident.expect("Goed nieuws")
    resident.send("/taal")
    resident.press("Türkçe", resident.expect("welke taal"))
    resident.settle()
    resident.send("/mijngegevens")
    overview = resident.expect("kabul edildi")
    assert "aangenomen" not in overview.plain
