"""aiogram FSM storage in our own database (never MemoryStorage): a restart loses nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, StateType, StorageKey
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import ConversationState
from storage.uow import joined_or_own

_SEEN = "conversation_states"  # session.info: key -> row (or None: no row), for this session


class SqlStorage(BaseStorage):
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._keys = DefaultKeyBuilder(with_bot_id=True)

    async def _find(self, session: AsyncSession, built: str) -> ConversationState | None:
        """One SELECT per chat per unit of work, however often an update reads the state.
        The session's identity map holds rows only weakly: keeping them here is what makes
        the next read free (a row deleted in this session is in it no more)."""
        seen = session.info.setdefault(_SEEN, {})
        row = seen.get(built)
        if row is not None and row in session and row not in session.deleted:
            return row
        if row is None and built in seen:
            return None
        row = seen[built] = await session.get(ConversationState, built)
        return row

    async def _row(self, session: AsyncSession, key: StorageKey) -> ConversationState:
        built = self._keys.build(key)
        row = await self._find(session, built)
        if row is None:
            row = ConversationState(key=built, state=None, data={})
            session.add(row)
            session.info[_SEEN][built] = row
        return row

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        async with joined_or_own(self._sessions) as session:
            row = await self._row(session, key)
            row.state = state.state if isinstance(state, State) else state

    async def get_state(self, key: StorageKey) -> str | None:
        async with joined_or_own(self._sessions) as session:
            row = await self._find(session, self._keys.build(key))
            return row.state if row else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        async with joined_or_own(self._sessions) as session:
            row = await self._row(session, key)
            row.data = dict(data)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        async with joined_or_own(self._sessions) as session:
            row = await self._find(session, self._keys.build(key))
            return dict(row.data) if row else {}

    async def close(self) -> None:
        """The engine is owned elsewhere; nothing to release here."""
