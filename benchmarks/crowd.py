"""A crowd at the door: the real bot process against the offline Bot API, on SQLite.

.venv/bin/python -m benchmarks.crowd [users] [residents]

- flood: `users` people × 10 messages pushed at once; updates handled per second;
- intake: `residents` people walking the whole intake at the same time; the time from each
  tap or message until the first reply (p50/p99).
Figures on a shared machine are noisy: compare runs made one after another.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.botapi import FakeTelegram, FakeUser
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.journeys import Answers, complete


class TimedUser(FakeUser):
    """A user who notes how long each first reply after their action took."""

    def __init__(self, *args, latencies: list[float], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._latencies, self._acted = latencies, None

    def send(self, text: str) -> int:
        self._acted = time.perf_counter()
        return super().send(text)

    def tap_data(self, data, message) -> int:
        self._acted = time.perf_counter()
        return super().tap_data(data, message)

    def next_message(self, timeout: float = 20.0):
        message = super().next_message(timeout)
        if self._acted is not None:
            self._latencies.append(time.perf_counter() - self._acted)
            self._acted = None
        return message


def answered(database: Path) -> int:
    with sqlite3.connect(database) as db:
        return db.execute(
            "SELECT count(*) FROM processed_update WHERE answered_at IS NOT NULL"
        ).fetchone()[0]


def cpu_seconds(pid: int) -> float:
    """CPU time a process used so far: steadier than the wall clock on a shared machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def flood(fake: FakeTelegram, bot: BotProcess, users: int, per_user: int = 10) -> tuple:
    people = [FakeUser(fake, 600_000 + i) for i in range(users)]
    before = answered(bot.workdir / "bot.db")
    started, cpu = time.perf_counter(), cpu_seconds(bot.process.pid)
    for n in range(per_user):
        for person in people:
            person.send("/start" if n == 0 else f"hallo {n}")
    total = users * per_user
    while answered(bot.workdir / "bot.db") - before < total:
        if time.perf_counter() - started > 600:
            raise TimeoutError("the flood was not handled within 10 minutes")
        time.sleep(0.05)
    cpu_ms = (cpu_seconds(bot.process.pid) - cpu) * 1000 / total
    return total / (time.perf_counter() - started), cpu_ms


def walk(fake: FakeTelegram, residents: int) -> list[float]:
    latencies: list[float] = []
    failures: list[BaseException] = []

    def one(i: int) -> None:
        try:
            complete(TimedUser(fake, 700_000 + i, latencies=latencies), Answers())
        except BaseException as exc:  # noqa: BLE001 - counted and shown
            failures.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(residents)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        print(f"  {len(failures)} residents did not finish: {failures[0]!r}")
    return sorted(latencies)


def main() -> None:
    users = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    residents = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    fake = FakeTelegram().start()
    fake.known_chats.add(COORDINATOR_ID)
    bot = BotProcess(fake, Path(tempfile.mkdtemp())).start(timeout=120)
    try:
        rate, cpu_ms = flood(fake, bot, users)
        print(
            f"flood {users} users x 10 messages: {rate:.0f} updates/s, "
            f"bot CPU {cpu_ms:.1f} ms per update"
        )
        latencies = walk(fake, residents)
        p50 = latencies[len(latencies) // 2] * 1000
        p99 = latencies[int(len(latencies) * 0.99)] * 1000
        print(
            f"intake, {residents} residents at once: {len(latencies)} replies, "
            f"p50 {p50:.0f} ms, p99 {p99:.0f} ms"
        )
    finally:
        bot.kill()
        fake.stop()


if __name__ == "__main__":
    main()
