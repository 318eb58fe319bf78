"""Walks a scripted resident through the intake, as a person taps and types."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from sqlalchemy import JSON

from storage.crypto import keyring
from storage.models import Request
from tests.botapi import FakeUser, SentMessage
from tests.e2e.database import rows

ENCRYPTED_REQUEST_COLUMNS = ("question", "contact_value", "display_name")
JSON_REQUEST_COLUMNS = tuple(c.name for c in Request.__table__.columns if isinstance(c.type, JSON))

NEED_LABELS = {
    "lois": "Ik weet niet waar ik moet beginnen",
    "arie": "Het moet snel, het gaat niet goed",
    "mariam": "Het lukt me niet alleen",
    "vivian": "Ik wil me goed voorbereiden",
    "willem": "Ik doe het liefst zelf",
    "kay": "Ik wil alleen een advies",
}
# Kay and Willem read the information first (flows/information.py); then they choose.
INFORMATION_FIRST = ("kay", "willem")
TALK, ENOUGH = "Ja, ik wil met iemand praten", "Nee, dit is genoeg"


URGENT_OFFER = "Wil je dat de coördinator je belt?"


@dataclass(frozen=True)
class Answers:
    persona: str = "kay"
    gemeente: str = "Lisse"
    question: str = "Ik heb schulden en ik krijg veel brieven."
    preference: str = "Een vrijwilliger"
    language: str = "Nederlands"
    pick: int = 0  # which of the shown Meedenkers
    topics: tuple[str, ...] = ()  # levensgebieden the resident taps before "Klaar"
    found_via: str = "Sla over"  # the label tapped at "how did you find us?"


def route_offer(persona: str) -> tuple[str, str] | None:
    """What a persona's route asks before the preference, and what the walk taps: Arie
    ("het moet snel") is offered a call back first, Kay and Willem read the information."""
    if persona == "arie":
        return URGENT_OFFER, "Ik ga liever verder met de vragen"
    if persona in INFORMATION_FIRST:
        return "Wil je toch met iemand praten?", TALK
    return None


def to_question(user: FakeUser, answers: Answers) -> SentMessage:
    """From /start to the question prompt."""
    user.send("/start")
    user.expect("Meedenkersbot", "computer")
    consent = user.expect("gegevens")
    user.press("Ja, dat is goed", consent)
    gemeente = user.expect("Stap 1 van 8", "gemeente")
    user.press(answers.gemeente, gemeente)
    return user.expect("Stap 2 van 8", "vraag")


def to_choice(user: FakeUser, answers: Answers) -> SentMessage:
    """From /start to the list of Meedenkers."""
    to_question(user, answers)
    user.send(answers.question)
    topics = user.expect("Stap 3 van 8")
    for label in answers.topics:
        user.press(label, topics)
        ticked = f"✅ {label}"
        user.fake.wait_until(lambda t=ticked: t in topics.button_labels, what=label)
    user.press("Klaar", topics)
    need = user.expect("Stap 4 van 8")
    user.press(NEED_LABELS[answers.persona], need)
    user.expect("")  # the persona's acknowledgement
    if offer := route_offer(answers.persona):
        asked, tapped = offer
        user.press(tapped, user.expect(asked))
    preference = user.expect("Stap 5 van 8", "Met wie")
    user.press(answers.preference, preference)
    language = user.expect("Stap 6 van 8", "taal")
    user.press(answers.language, language)
    return user.expect("Stap 7 van 8")


def to_summary(user: FakeUser, answers: Answers) -> SentMessage:
    choice = to_choice(user, answers)
    picks = [b for b in choice.button_labels if b.startswith("Kies ") and b != "Kies jij maar"]
    user.press(picks[answers.pick], choice)
    contact = user.expect("Stap 8 van 8")
    user.press("Hier in deze chat", contact)
    user.press(answers.found_via, user.expect("Hoe heb je ons gevonden"))
    return user.expect("Klopt dit?")


def complete(user: FakeUser, answers: Answers) -> SentMessage:
    summary = to_summary(user, answers)
    user.press("Ja, versturen", summary)
    return user.expect("verstuurd")


def requests_of(bot, telegram_id: int, count: int = 1, timeout: float = 5) -> list:
    """The requests the bot stored for a resident, read straight from its database (what
    is encrypted at rest is decrypted with the tests' key).

    Waits (up to `timeout`) until there are `count`: the bot commits an update's work just
    after it has sent its answer.
    """
    deadline = time.monotonic() + timeout
    while True:
        found = rows(
            bot,
            "SELECT request.* FROM request JOIN resident ON resident.id = request.resident_id "
            "WHERE resident.telegram_id = :telegram_id ORDER BY request.id",
            telegram_id=telegram_id,
        )
        if len(found) >= count or time.monotonic() > deadline:
            return [_decrypted(row) for row in found]
        time.sleep(0.05)


def _decrypted(row: dict) -> dict:
    """Encrypted columns opened, and JSON ones read (SQLite hands them over as text)."""
    for column in ENCRYPTED_REQUEST_COLUMNS:
        if row[column] is not None:
            row[column] = keyring.decrypt(row[column])
    for column in JSON_REQUEST_COLUMNS:
        if isinstance(row[column], str):
            row[column] = json.loads(row[column])
    return row


def choose(user: FakeUser, name: str, answers: Answers) -> SentMessage:
    """Go through the intake choosing the Meedenker called `name`; returns the confirmation."""
    choice = to_choice(user, answers)
    for _ in range(8):
        if f"Kies {name}" in choice.button_labels:
            break
        next_page(user, choice)
    user.press(f"Kies {name}", choice)
    user.press("Hier in deze chat", user.expect("Stap 8 van 8"))
    user.press(answers.found_via, user.expect("Hoe heb je ons gevonden"))
    user.press("Ja, versturen", user.expect("Klopt dit?"))
    return user.expect("verstuurd")


def enrol(coordinator: FakeUser, meedenker: FakeUser, meedenker_id: str) -> SentMessage:
    """The coordinator makes an invite; the Meedenker opens the link."""
    coordinator.send(f"/uitnodigen {meedenker_id}")
    link = coordinator.expect("t.me/").plain
    code = link.split("?start=")[1].split()[0]
    meedenker.send(f"/start {code}")
    return meedenker.expect("Welkom")


def next_page(user: FakeUser, choice: SentMessage) -> None:
    """Tap "Laat anderen zien" and wait until the list shows the next Meedenkers."""
    before = choice.plain
    user.press("Laat anderen zien", choice)
    user.fake.wait_until(lambda: choice.plain != before, what="the next page")


def leave_the_choice_to_the_coordinator(user: FakeUser) -> None:
    choice = to_choice(user, Answers(persona="kay"))
    user.press("Kies jij maar", choice)
    user.press("Hier in deze chat", user.expect("Stap 8 van 8"))
    user.press("Sla over", user.expect("Hoe heb je ons gevonden"))
    user.press("Ja, versturen", user.expect("Klopt dit?"))
    user.expect("verstuurd")


def open_request(coordinator: FakeUser, request_id: int) -> SentMessage:
    """Open a request from the queue; returns the opened request's message.

    Matches "Aanmelding #N (" so that the "Nieuwe aanmelding #N" notice, which the outbox
    may deliver just now, is not taken for it.
    """
    coordinator.send("/wachtrij")
    queue = coordinator.expect("Wachtrij")
    while f"Open #{request_id}" not in queue.button_labels:  # on a later page
        before = queue.plain
        coordinator.press("Volgende", queue)
        coordinator.fake.wait_until(lambda b=before: queue.plain != b, what="the next page")
    coordinator.press(f"Open #{request_id}", queue)
    return coordinator.expect(f"Aanmelding #{request_id} (")


def open_from_notice(coordinator: FakeUser, request_id: int) -> SentMessage:
    """Open a request from the coordinator's "Nieuwe aanmelding #N" notice."""
    notice = coordinator.expect(f"Nieuwe aanmelding #{request_id}")
    coordinator.press("Bekijk", notice)
    return coordinator.expect(f"Aanmelding #{request_id} (")


def request_id_of(bot, resident: FakeUser) -> int:
    """The id of the resident's (first) request, from the bot's database."""
    return requests_of(bot, resident.id)[0]["id"]


def status_of(bot, resident: FakeUser) -> str:
    return requests_of(bot, resident.id)[0]["status"]


def close_request(coordinator: FakeUser, opened: SentMessage) -> None:
    """Close an opened request as "Geholpen"."""
    coordinator.press("Afsluiten", opened)
    coordinator.press("Geholpen", coordinator.expect("Hoe is het afgelopen?"))
    coordinator.expect("afgesloten")
