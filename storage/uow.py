"""A unit of work per update: one session, one transaction, shared by all who take part.

The FSM storage joins the transaction of the update being handled, so the conversation
state, the answers and the "update handled" mark are committed together or not at all.

SQLite has one writer at a time. Units of work of one process take turns through an
asyncio lock (first come, first served) instead of meeting in SQLite's busy handler, which
sleeps and retries; a transaction holds no Telegram call (bot/hold.py), so a turn is short.
PostgreSQL lets them run side by side.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from contextvars import ContextVar
from weakref import WeakKeyDictionary

from sqlalchemy import Engine
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

_current: ContextVar[AsyncSession | None] = ContextVar("meedenkers_session", default=None)
_writer_turns: WeakKeyDictionary[Engine, asyncio.Lock] = WeakKeyDictionary()


def writer_turn(sessions: async_sessionmaker[AsyncSession]) -> AbstractAsyncContextManager:
    """This process's turn to write to an SQLite database (nothing to wait for otherwise)."""
    bind = sessions.kw.get("bind")
    if bind is None or bind.dialect.name != "sqlite":
        return nullcontext()
    return _writer_turns.setdefault(bind.sync_engine, asyncio.Lock())


@asynccontextmanager
async def unit_of_work(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """Open a transaction that commits when the block ends and rolls back on an error."""
    async with writer_turn(sessions), sessions() as session, session.begin():
        token = _current.set(session)
        try:
            yield session
        finally:
            _current.reset(token)


@asynccontextmanager
async def joined_or_own(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """Join the unit of work in progress, or open one for this block alone."""
    session = _current.get()
    if session is not None:
        yield session
        return
    async with unit_of_work(sessions) as session:
        yield session
