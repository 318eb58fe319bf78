"""Who is writing: the coordinator, a Meedenker, or (everyone else) a resident."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.filters import Filter
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, User

from bot import audit, chat
from bot.settings import Settings
from storage import directory_view, requests


class RoleMiddleware(BaseMiddleware):
    """Adds `meedenker` (their directory entry, or None) and notes when they were last seen.

    Someone who left the directory is no Meedenker here any more: no /open, no answers."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        meedenker = None
        # Most who write are residents: the directory in memory knows who is not a Meedenker.
        session = data.get("session")
        if (
            user is not None
            and session is not None
            and await directory_view.is_enrolled(session, user.id)
        ):
            meedenker = await requests.meedenker_by_telegram(session, user.id)
            if meedenker is not None and not meedenker.active:
                meedenker = None
            if meedenker is not None:
                requests.seen(meedenker)
        data["meedenker"] = meedenker
        audit.acting_user.set(user.id if user is not None else None)
        return await handler(event, data)


class IsCoordinator(Filter):
    async def __call__(
        self,
        event: TelegramObject,
        event_from_user: User | None = None,
        settings: Settings | None = None,
    ) -> bool:
        return bool(event_from_user and settings and event_from_user.id in settings.coordinator_ids)


class IsMeedenker(Filter):
    async def __call__(self, event: TelegramObject, meedenker: Any = None) -> bool:
        return meedenker is not None


class OutsideIntake(Filter):
    """The person is not in the middle of the resident's intake."""

    async def __call__(self, event: TelegramObject, state: FSMContext | None = None) -> bool:
        return state is None or not (await chat.load(state)).in_intake
