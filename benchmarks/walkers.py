"""Many people at once from one thread: each walk is a generator that yields while it waits.

Two hundred threads each waiting for their chat would take the processor (and Python's
lock) from the fake Bot API in the same process, and the figures would show the driver's
queueing, not the bot's. Here one thread looks at every chat in turn and moves each person
on as soon as their answer is there; the steps are the e2e tests' own (journeys.py).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Generator, Iterable

from tests.botapi import FakeUser, SentMessage
from tests.e2e.journeys import NEED_LABELS, Answers, route_offer

Walk = Generator[None, None, None]
RESIDENT = Answers()


def expect(user: FakeUser, *fragments: str) -> Generator[None, None, SentMessage]:
    """Like FakeUser.expect, but yields instead of blocking."""
    while True:
        with user.fake.lock:
            chat = user.fake.messages.get(user.id, [])
            message = chat[user._read] if len(chat) > user._read else None
        if message is None:
            yield
            continue
        user._read += 1
        if all(f.lower() in message.plain.lower() for f in fragments):
            yield from _think(user)
            return message


def _think(user: FakeUser) -> Walk:
    """A person reads and taps in a while, not at once: `think` seconds, ±50 %."""
    think = getattr(user, "think", 0.0)
    until = time.monotonic() + think * (0.5 + random.Random(user.id + user._read).random())
    while time.monotonic() < until:
        yield


def intake(user: FakeUser, answers: Answers = RESIDENT) -> Walk:
    """The whole intake, as tests/e2e/journeys.complete walks it (13 updates for Kay)."""
    user.send("/start")
    yield from expect(user, "Meedenkersbot", "computer")
    user.press("Ja, dat is goed", (yield from expect(user, "gegevens")))
    user.press(answers.gemeente, (yield from expect(user, "Stap 1 van 8", "gemeente")))
    yield from expect(user, "Stap 2 van 8", "vraag")
    user.send(answers.question)
    user.press("Klaar", (yield from expect(user, "Stap 3 van 8")))
    user.press(NEED_LABELS[answers.persona], (yield from expect(user, "Stap 4 van 8")))
    yield from expect(user, "")  # the persona's acknowledgement
    if offer := route_offer(answers.persona):
        asked, tapped = offer
        user.press(tapped, (yield from expect(user, asked)))
    user.press(answers.preference, (yield from expect(user, "Stap 5 van 8", "Met wie")))
    user.press(answers.language, (yield from expect(user, "Stap 6 van 8", "taal")))
    choice = yield from expect(user, "Stap 7 van 8")
    picks = [b for b in choice.button_labels if b.startswith("Kies ") and b != "Kies jij maar"]
    user.press(picks[answers.pick], choice)
    user.press("Hier in deze chat", (yield from expect(user, "Stap 8 van 8")))
    user.press(answers.found_via, (yield from expect(user, "Hoe heb je ons gevonden")))
    user.press("Ja, versturen", (yield from expect(user, "Klopt dit?")))
    yield from expect(user, "verstuurd")


INTAKE_UPDATES = 13


def echoes(user: FakeUser, count: int = INTAKE_UPDATES) -> Walk:
    """As many texts as the intake has updates, each after the echo of the one before."""
    for step in range(count):
        text = f"Stap {step} van persoon {user.id}"
        user.send(text)
        yield from expect(user, text)


def walk_all(walks: Iterable[Walk], timeout: float = 900.0) -> int:
    """Move every walk on until all have ended; returns how many failed or timed out."""
    going = list(walks)
    failed = 0
    deadline = time.monotonic() + timeout
    while going and time.monotonic() < deadline:
        still = []
        for walk in going:
            try:
                next(walk)
                still.append(walk)
            except StopIteration:
                pass
            except AssertionError:
                failed += 1
        going = still
        time.sleep(0.002)  # let the fake's thread have the processor
    return failed + len(going)


def run(people: Iterable[FakeUser], walk: Callable[[FakeUser], Walk], think: float) -> int:
    """Everyone starts at once; each reads and taps in `think` seconds (±50 %)."""
    people = list(people)
    for person in people:
        person.think = think
    return walk_all(walk(person) for person in people)
