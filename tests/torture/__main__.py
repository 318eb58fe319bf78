"""`make torture`: the real bot, killed with SIGKILL at random moments while residents,
Meedenkers and the coordinator act at full speed; then nothing may be lost or doubled.

TORTURE_KILLS=20 make torture   (200 kills by default; not part of `make test`)

Counted at the end, from the bot's database and from what the fake Telegram received:
requests a resident sent but the bot never stored, introductions missing or made twice (in
the database, and as messages a Meedenker got), and chats that got the same answer twice.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from tests.botapi import FakeTelegram, FakeUser
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.journeys import Answers, complete, enrol

KILLS = int(os.environ.get("TORTURE_KILLS", "200"))
RESIDENTS_AT_ONCE = int(os.environ.get("TORTURE_RESIDENTS", "8"))
LISSE = ("anna", "carla", "greet", "hassan", "ingrid", "karin", "lotte", "nel", "omar", "sanne")
INTRODUCTION = "Nieuwe vraag voor jou"
# Each of these comes once in a walk through the intake: twice means one message got two answers.
ONCE_PER_WALK = ("Stap 1 van 8", "Stap 2 van 8", "Stap 3 van 8", "Stap 4 van 8", "Klopt dit?")


class Resident(FakeUser):
    sent_request = False

    def expect(self, *fragments: str, timeout: float = 120.0):
        return super().expect(*fragments, timeout=timeout)  # a restart takes a while here

    def press(self, label: str, message=None) -> int:
        update_id = super().press(label, message)
        if label == "Ja, versturen":
            self.sent_request = True
        return update_id


class Crowd:
    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.stop = threading.Event()
        self.residents: list[Resident] = []
        self.walks_broken = 0
        self.queue_asked = 0
        self._ids = iter(range(2_000_000, 3_000_000))
        self._lock = threading.Lock()

    def resident(self) -> None:
        while not self.stop.is_set():
            with self._lock:
                person = Resident(self.fake, next(self._ids))
                self.residents.append(person)
            try:
                complete(person, Answers())
            except (AssertionError, TimeoutError) as exc:
                with self._lock:
                    self.walks_broken += 1  # a restart took longer than the walk waits
                    if os.environ.get("TORTURE_DEBUG"):
                        print("walk broken:", str(exc)[:600], flush=True)

    def meedenkers(self, people: list[FakeUser]) -> None:
        taken: set[int] = set()
        while not self.stop.is_set():
            for person in people:
                for message in person.messages:
                    if message.message_id in taken or "Aannemen" not in message.button_labels:
                        continue
                    taken.add(message.message_id)
                    person.press("Aannemen", message)
            time.sleep(0.05)

    def coordinator(self, person: FakeUser) -> None:
        while not self.stop.is_set():
            person.send("/wachtrij")
            with self._lock:
                self.queue_asked += 1
            time.sleep(0.3)


def main() -> int:
    fake = FakeTelegram().start()
    fake.known_chats.add(COORDINATOR_ID)
    bot = BotProcess(fake, Path(tempfile.mkdtemp(prefix="torture-"))).start(timeout=120)
    database = bot.workdir / "bot.db"
    coordinator = FakeUser(fake, COORDINATOR_ID, first_name="Coordinator")
    meedenkers = [FakeUser(fake, 1_000_000 + i, first_name=n.title()) for i, n in enumerate(LISSE)]
    for name, person in zip(LISSE, meedenkers, strict=True):
        enrol(coordinator, person, f"m-{name}")
    coordinator.skip_unread()
    crowd = Crowd(fake)
    actors = [threading.Thread(target=crowd.resident) for _ in range(RESIDENTS_AT_ONCE)]
    actors.append(threading.Thread(target=crowd.meedenkers, args=(meedenkers,)))
    actors.append(threading.Thread(target=crowd.coordinator, args=(coordinator,)))
    started = time.monotonic()
    try:
        for actor in actors:
            actor.start()
        for kill in range(1, KILLS + 1):
            time.sleep(random.uniform(0.3, 4.0))  # after the restart is polling
            bot.kill()
            bot.start(timeout=120)
            if kill % 10 == 0:
                print(f"  {kill} kills, {len(crowd.residents)} residents so far", flush=True)
        crowd.stop.set()
        for actor in actors:
            actor.join(60)
        # Let the bot finish: every update taken, the outbox sent.
        fake.wait_until(lambda: fake.pending_updates() == 0, 120, "every update handled")
        fake.wait_until(lambda: _waiting(database) == 0, 120, "the outbox sent")
        time.sleep(2)
        return report(crowd, database, meedenkers, coordinator, KILLS, started)
    finally:
        crowd.stop.set()
        bot.kill()
        fake.stop()


def report(crowd, database, meedenkers, coordinator, kills, started) -> int:
    with sqlite3.connect(database) as db:
        stored = {
            row[0]
            for row in db.execute(
                "SELECT resident.telegram_id FROM request JOIN resident "
                "ON resident.id = request.resident_id"
            )
        }
        chosen = dict(db.execute("SELECT id, chosen_meedenker_id FROM request"))
        introductions = Counter(r for (r,) in db.execute("SELECT request_id FROM introduction"))
        handled = db.execute("SELECT count(*) FROM processed_update").fetchone()[0]
    sent = [r for r in crowd.residents if r.sent_request]
    lost_requests = [r.id for r in sent if r.id not in stored]
    missing_intros = [rid for rid, m in chosen.items() if m and rid not in introductions]
    double_intros = [rid for rid, n in introductions.items() if n > 1]
    delivered = Counter()
    for person in meedenkers:
        for message in person.messages:
            if INTRODUCTION in message.plain:
                delivered[int(re.search(r"#(\d+)", message.plain).group(1))] += 1
    undelivered = [rid for rid in introductions if rid not in delivered]
    delivered_twice = [rid for rid, n in delivered.items() if n > 1]
    twice = [
        r.id
        for r in crowd.residents
        if any(sum(step in m.plain for m in r.messages) > 1 for step in ONCE_PER_WALK)
        or sum("verstuurd" in m.plain for m in r.messages) > 1
    ]
    queues = sum("Wachtrij" in m.plain for m in coordinator.messages)
    if queues > crowd.queue_asked:
        twice.append(COORDINATOR_ID)
    figures = {
        "kills (SIGKILL)": kills,
        "minutes": round((time.monotonic() - started) / 60, 1),
        "updates handled": handled,
        "residents": len(crowd.residents),
        "walks cut short (a restart outlasted the walk's patience)": crowd.walks_broken,
        "requests sent": len(sent),
        "requests stored": len(stored),
        "LOST requests": len(lost_requests),
        "introductions stored": len(introductions),
        "LOST introductions (chosen, none stored)": len(missing_intros),
        "DUPLICATED introductions (stored twice)": len(double_intros),
        "introductions never delivered to the Meedenker": len(undelivered),
        "introductions delivered twice (kill between send and 'sent')": len(delivered_twice),
        "CHATS with two answers to one message": len(twice),
    }
    width = max(map(len, figures))
    print("torture:")
    for name, value in figures.items():
        print(f"  {name:<{width}}  {value}")
    failed = lost_requests or missing_intros or double_intros or undelivered or twice
    if failed and os.environ.get("TORTURE_DEBUG"):
        for person in crowd.residents:
            if person.id in twice[:2]:
                print(person.id, [m.plain[:60] for m in person.messages])
    if failed:
        print(
            f"FAILED: lost {lost_requests[:5]}, intros {missing_intros[:5]} "
            f"{double_intros[:5]} {undelivered[:5]}, twice {twice[:5]}"
        )
    return 1 if failed else 0


def _waiting(database: Path) -> int:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT count(*) FROM notification WHERE status = 'pending'").fetchone()[
            0
        ]


if __name__ == "__main__":
    sys.exit(main())
