"""The outbox on SQLite: rows a second through claim, send and "sent" (Telegram's pacing
off, a Telegram that answers at once), and the step between Telegram's answer and the
commit, where a dying process would send a message twice.

.venv/bin/python -m benchmarks.outbox
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from aiogram import Bot

from bot.i18n import create_i18n
from bot.notify import Notifier, payload
from bot.outbox import OutboxSender
from flows.render import Text
from storage import outbox, pacing
from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_to_head
from storage.uow import unit_of_work
from tests.unit.test_delivery import RecordingSession

ROWS = 500


async def main() -> None:
    pacing.BOT_INTERVAL = pacing.CHAT_INTERVAL = 0.0
    engine = create_engine(f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}")
    await upgrade_to_head(engine)
    sessions = create_sessionmaker(engine)
    async with unit_of_work(sessions) as session:
        for n in range(ROWS):
            outbox.enqueue(
                session,
                n,
                "urgent" if n % 10 == 0 else "test",
                payload(Text("contact.noted"), "nl"),
            )
    sender = OutboxSender(
        Bot("1:bench", session=RecordingSession()), sessions, create_i18n(), Notifier((1,))
    )
    started = time.perf_counter()
    await sender.deliver_due()
    elapsed = time.perf_counter() - started
    print(
        f"outbox: {ROWS} rows in {elapsed:.2f}s = {ROWS / elapsed:.0f} rows/s "
        "(Telegram allows 30/s)"
    )

    windows = []
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 1, "test", payload(Text("contact.noted"), "nl"))
    for _ in range(200):
        async with sessions() as marker:
            await marker.connection()  # ready before Telegram is asked, as the sender does
            answered = time.perf_counter()
            await outbox.mark_sent(marker, 1)
            await marker.commit()
            windows.append(time.perf_counter() - answered)
    windows.sort()
    print(
        f"answer -> committed as sent: median {statistics.median(windows) * 1000:.2f} ms, "
        f"p99 {windows[int(len(windows) * 0.99)] * 1000:.2f} ms"
    )
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
