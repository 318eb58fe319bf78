"""Who may do what when several bot processes share one database.

Polling: one process only (Telegram hands each update to one poller, and two fight over
them). Webhook: any number of processes, but the clock's work (reminders, retention) is
done by one of them at a time, and the updates of one chat one at a time.
"""

from __future__ import annotations

import fcntl
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

POLLER = 1  # advisory lock keys of this application (PostgreSQL)
TIMERS = 2
RETENTION = 4
MIGRATING = 5
_CHAT_SPACE = 3  # chats: (3, hash of the chat id) in the two-key advisory lock space


class AlreadyRunning(Exception):
    """Another process holds what this one needs."""


@asynccontextmanager
async def sole_poller(engine: AsyncEngine) -> AsyncIterator[None]:
    """Held while this process polls; a second poller on the same database is refused."""
    if engine.dialect.name == "postgresql":
        async with engine.connect() as connection:
            if not await connection.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": POLLER}):
                raise AlreadyRunning
            try:
                yield
            finally:
                await connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": POLLER})
        return
    lock_file = Path(engine.url.database or "meedenkers.db").with_suffix(".poller.lock")
    with lock_file.open("a") as handle:
        try:  # released by the system when the process ends, however it ends
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning from None
        yield


async def lead(session: AsyncSession, task: int = TIMERS) -> bool:
    """True if this process does `task` in this transaction (others skip it meanwhile)."""
    if session.bind.dialect.name != "postgresql":
        return True  # SQLite: one process
    return bool(await session.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": task}))


async def one_at_a_time(session: AsyncSession, chat_id: int) -> None:
    """Wait until no other process handles an update of this chat (until this commit)."""
    if session.bind.dialect.name == "postgresql":
        key = zlib.crc32(str(chat_id).encode()) - 2**31  # into PostgreSQL's int4
        await session.execute(
            text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": _CHAT_SPACE, "key": key}
        )
