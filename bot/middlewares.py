"""Small middlewares, each adding one thing to the handler's `data`."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Dispatcher
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.types import TelegramObject, Update
from aiogram.utils.i18n import I18nMiddleware
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import chat, metrics
from bot.hold import holding, release
from storage import instance, updates
from storage.uow import unit_of_work
from storage.updates import Claim

logger = logging.getLogger("meedenkers.updates")

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class UnitOfWorkMiddleware(BaseMiddleware):
    """One transaction per update, and each update handled once.

    The update id is claimed in the same transaction as everything the handler writes, so
    an update delivered again after a crash is either skipped (it was committed) or handled
    as new (it was not). Replies are made after the commit (bot/hold.py) and then marked as
    made: an update whose process died in between comes again, nothing is done twice, and
    the person is shown where they are now (`resume`).
    Handling is shielded from cancellation: on SIGTERM the update in hand is finished
    (its replies included), and `drain()` waits for it before the bot shuts down.
    """

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        after_commit: Callable[[], None] = lambda: None,
        resume: Handler | None = None,
    ) -> None:
        self._sessions = sessions
        self._after_commit = after_commit
        # For an update whose changes were committed but whose replies were never made:
        # show the person where they are now, without doing anything again.
        self._resume = resume or (lambda event, data: _nothing())
        self._in_hand: set[asyncio.Task[Any]] = set()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        task = asyncio.ensure_future(self._handle_once(handler, event, data))
        self._in_hand.add(task)
        task.add_done_callback(self._in_hand.discard)
        return await asyncio.shield(task)

    async def _handle_once(self, handler: Handler, event: Update, data: dict[str, Any]) -> Any:
        started, outcome = time.perf_counter(), "failed"
        try:
            # What the handler tells Telegram waits for the commit (bot/hold.py).
            async with holding() as held, unit_of_work(self._sessions) as session:
                person = data.get("event_from_user")
                if person is not None:  # other processes wait with this chat's updates
                    await instance.one_at_a_time(session, person.id)
                claim = await updates.claim(session, event.update_id)
                if claim is Claim.NEW:
                    data["session"] = session
                    result = await handler(event, data)
                elif claim is Claim.UNANSWERED:  # committed, but the process died before
                    logger.info("update %s was handled, not answered: resumed", event.update_id)
                    data["session"] = session
                    result = await self._resume(event, data)
                else:
                    logger.info("update %s was handled before; skipped", event.update_id)
                    outcome = "skipped"
                    return UNHANDLED
            self._after_commit()
            writes = await release(data["bot"], held)
            async with unit_of_work(self._sessions) as session:
                for write in writes:  # what the replies learnt (a new message's id)
                    await write()
                await updates.answered(session, event.update_id)
            outcome = "handled"
            return result
        finally:
            metrics.UPDATES.labels(outcome).inc()
            metrics.HANDLER_SECONDS.observe(time.perf_counter() - started)

    async def drain(self) -> None:
        """Wait for the updates in hand (called at shutdown)."""
        if self._in_hand:
            await asyncio.gather(*self._in_hand, return_exceptions=True)


async def _nothing() -> None:
    return None


class ChatContextMiddleware(FSMContextMiddleware):
    """aiogram's FSM middleware without its read of the raw state for state filters: the bot
    keeps its own chat state (bot/chat.py) and filters on no aiogram state, and that read
    runs before the unit of work, as a transaction of its own for every update."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        context = self.resolve_event_context(data["bot"], data)
        data["fsm_storage"] = self.storage
        if context is None:
            return await handler(event, data)
        async with self.events_isolation.lock(key=context.key):
            data["state"] = context
            return await handler(event, data)

    @classmethod
    def instead_of(cls, dispatcher: Dispatcher) -> None:
        """Take the place of the dispatcher's own (before the unit of work is added)."""
        dispatcher.update.outer_middleware.unregister(dispatcher.fsm)
        fsm = dispatcher.fsm
        dispatcher.fsm = cls(fsm.storage, fsm.events_isolation, fsm.strategy)
        dispatcher.update.outer_middleware(dispatcher.fsm)


class LocaleMiddleware(I18nMiddleware):
    """The language chosen with /taal, else the phone's at first contact (then remembered),
    else Dutch."""

    async def get_locale(self, event: TelegramObject, data: dict[str, Any]) -> str:
        state = data.get("state")
        current = await chat.load(state) if state is not None else None
        chosen = current.locale if current is not None else None
        if chosen in self.i18n.available_locales:
            return chosen
        user = data.get("event_from_user")
        code = (user.language_code or "").split("-")[0].lower() if user else ""
        locale = code if code in self.i18n.available_locales else self.i18n.default_locale
        if current is not None:
            await chat.save(state, current.with_(locale=locale))
        return locale
