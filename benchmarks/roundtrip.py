"""The real bot process against the offline Bot API: start-up time, reply latency, memory.

.venv/bin/python -m benchmarks.roundtrip
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from tests.botapi import FakeTelegram, FakeUser
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.journeys import Answers, complete


def main() -> None:
    fake = FakeTelegram().start()
    fake.known_chats.add(COORDINATOR_ID)
    started = time.perf_counter()
    bot = BotProcess(fake, Path(tempfile.mkdtemp())).start()
    print(f"start-up until polling: {time.perf_counter() - started:.1f} s")
    try:
        latencies = []
        for i in range(40):
            user = FakeUser(fake, 700_000 + i)
            sent = time.perf_counter()
            user.send("/start")
            user.expect("gegevens")
            latencies.append((time.perf_counter() - sent) * 1000)
        latencies.sort()
        print(
            f"/start to consent question: median {statistics.median(latencies):.0f} ms, "
            f"p95 {latencies[int(len(latencies) * 0.95) - 1]:.0f} ms"
        )
        started = time.perf_counter()
        for i in range(5):
            complete(FakeUser(fake, 800_000 + i), Answers())
        print(f"whole intake, 14 updates: {(time.perf_counter() - started) / 5:.2f} s")
        status = Path(f"/proc/{bot.process.pid}/status").read_text()
        rss = next(line for line in status.splitlines() if line.startswith("VmRSS"))
        print(f"bot process memory: {rss.split(':')[1].strip()}")
    finally:
        bot.kill()
        fake.stop()


if __name__ == "__main__":
    main()
