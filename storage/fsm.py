"""aiogram FSM storage in our own database (never MemoryStorage): a restart loses nothing.

Every update reads and writes its chat's state, so this path stays off the ORM: one
SELECT per chat per unit of work (kept in the session's info), and what was set is written
once, with one statement, when the unit of work commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, StateType, StorageKey
from sqlalchemy import bindparam, delete, event, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from storage.db import insert_for
from storage.models import ConversationState, utcnow
from storage.uow import joined_or_own

_SEEN = "conversation_states"  # session.info: key -> _Chat, for this unit of work
_TABLE = ConversationState.__table__
_READ = select(_TABLE.c.state, _TABLE.c.data).where(_TABLE.c.key == bindparam("key"))
_UPDATE = (
    update(_TABLE)
    .where(_TABLE.c.key == bindparam("chat_key"))
    .values(state=bindparam("new_state"), data=bindparam("new_data"), updated_at=bindparam("now"))
)


@dataclass
class _Chat:
    state: str | None = None
    data: dict[str, Any] | None = None
    stored: bool = False  # a row exists in the database
    changed: bool = False  # to be written at the commit


class SqlStorage(BaseStorage):
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._keys = DefaultKeyBuilder(with_bot_id=True)

    async def _chat(self, session: AsyncSession, key: StorageKey) -> _Chat:
        built = self._keys.build(key)
        seen = session.info.setdefault(_SEEN, {})
        if (chat := seen.get(built)) is None:
            found = (await (await session.connection()).execute(_READ, {"key": built})).first()
            chat = seen[built] = _Chat(*found, stored=True) if found else _Chat()
        return chat

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        async with joined_or_own(self._sessions) as session:
            chat = await self._chat(session, key)
            chat.state, chat.changed = state.state if isinstance(state, State) else state, True

    async def get_state(self, key: StorageKey) -> str | None:
        async with joined_or_own(self._sessions) as session:
            return (await self._chat(session, key)).state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        async with joined_or_own(self._sessions) as session:
            chat = await self._chat(session, key)
            chat.data, chat.changed = dict(data), True

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        async with joined_or_own(self._sessions) as session:
            return dict((await self._chat(session, key)).data or {})

    async def close(self) -> None:
        """The engine is owned elsewhere; nothing to release here."""


async def forget(session: AsyncSession, keys: Iterable[str]) -> None:
    """Delete these chats' states, in this unit of work as well as in the database."""
    keys = list(keys)
    if keys:
        await session.execute(delete(ConversationState).where(ConversationState.key.in_(keys)))
    seen = session.info.setdefault(_SEEN, {})
    for key in keys:
        seen[key] = _Chat()  # nothing stored, nothing to write (unless set again)


@event.listens_for(Session, "before_commit")
def _write_changed(session: Session) -> None:
    """What was set in this unit of work, written as it commits (one statement a chat)."""
    for key, chat in session.info.get(_SEEN, {}).items():
        if not chat.changed:
            continue
        state, data, now = chat.state, chat.data or {}, utcnow()
        connection = session.connection()
        if chat.stored:
            parameters = {"chat_key": key, "new_state": state, "new_data": data, "now": now}
            connection.execute(_UPDATE, parameters)
        else:
            values = {"state": state, "data": data, "updated_at": now}
            insert = insert_for(session)(_TABLE).values(key=key, **values)
            connection.execute(
                insert.on_conflict_do_update(index_elements=[_TABLE.c.key], set_=values)
            )
        chat.stored, chat.changed = True, False
