"""A unit of work per update: one session, one transaction, shared by all who take part.

The FSM storage joins the transaction of the update being handled, so the conversation
state, the answers and the "update handled" mark are committed together or not at all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

_current: ContextVar[AsyncSession | None] = ContextVar("meedenkers_session", default=None)


@asynccontextmanager
async def unit_of_work(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """Open a transaction that commits when the block ends and rolls back on an error."""
    async with sessions() as session, session.begin():
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
