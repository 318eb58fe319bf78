"""Replies wait for the update's commit: Telegram hears only of what was saved.

While an update is handled inside its unit of work, every Bot API call that only tells
something (a message, an edit, the answer to a tap, a command menu) is held, and a stand-in
result is returned. Once the update's transaction is committed, the held calls are made in
order, so no database lock is held while Telegram answers (or asks us to wait), and a
failing update says nothing but the apology (bot/routers/errors.py): its held calls are
dropped with its changes. Work that needs Telegram's real answer (the intake keeps the id of
its newest message) is handed to `after_commit` as a whole; what it learns from Telegram is
written by `with_answered`, in the one short transaction that marks the update answered.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramAPIError
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessage,
    EditMessageReplyMarkup,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPhoto,
    SetMyCommands,
    TelegramMethod,
)
from aiogram.methods.base import Response, TelegramType
from aiogram.types import Chat, Message

logger = logging.getLogger("meedenkers.telegram")

# Calls that only tell something: nobody inside the update needs what Telegram answers.
TELLING = (
    SendMessage,
    SendDocument,
    SendPhoto,
    EditMessageText,
    EditMessageReplyMarkup,
    AnswerCallbackQuery,
    DeleteMessage,
    SetMyCommands,
)

Held = list[TelegramMethod[Any] | Callable[[], Awaitable[Any]]]
Writes = list[Callable[[], Awaitable[Any]]]
_held: ContextVar[Held | None] = ContextVar("meedenkers_held_calls", default=None)
_writes: ContextVar[Writes | None] = ContextVar("meedenkers_after_replies", default=None)


# pydantic keeps a parametrised generic only while something refers to it, so aiogram's
# `Response[...]` for each call would build a new model class every time (a millisecond).
_responses: dict[Any, type[Response[Any]]] = {}


def _response_type(method: TelegramMethod[Any]) -> type[Response[Any]]:
    returning = method.__returning__
    kept = _responses.get(returning)
    if kept is None:
        kept = _responses[returning] = Response[returning]
    return kept


class HoldUntilCommit(BaseRequestMiddleware):
    """Session middleware: hold telling calls made inside an update's unit of work."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        response_type = _response_type(method)  # kept alive for aiogram's own parsing too
        held = _held.get()
        if held is None or not isinstance(method, TELLING):
            return await make_request(bot, method)
        held.append(method)
        return response_type.model_validate(
            {"ok": True, "result": _stand_in(method)}, context={"bot": bot}
        )


def _stand_in(method: TelegramMethod[Any]) -> Any:
    """What the caller gets back now: True, or a message that says nothing real."""
    if isinstance(method, SendMessage | SendDocument | SendPhoto):
        chat = Chat(id=method.chat_id, type="private")
        return Message(message_id=0, date=datetime.now(UTC), chat=chat).model_dump()
    return True


@asynccontextmanager
async def holding() -> AsyncIterator[Held]:
    """Hold the telling calls made in this block (and the tasks it awaits)."""
    held: Held = []
    token = _held.set(held)
    try:
        yield held
    finally:
        _held.reset(token)


async def after_commit(action: Callable[[], Awaitable[Any]]) -> None:
    """Run `action` once the update's changes are committed (at once outside an update)."""
    held = _held.get()
    if held is None:
        await action()
    else:
        held.append(action)


async def with_answered(write: Callable[[], Awaitable[Any]]) -> None:
    """Run `write` in the transaction that marks the update answered, after every held call
    (at once outside `release`): one transaction after the replies instead of one each."""
    writes = _writes.get()
    if writes is None:
        await write()
    else:
        writes.append(write)


async def release(bot: Bot, held: Held) -> Writes:
    """Make the held calls, in order; returns what they left for `with_answered`. One that
    Telegram refuses (the message was deleted, the person blocked the bot) does not keep the
    others back: what it would have said was committed already, and the outbox carries what
    must arrive."""
    writes: Writes = []
    token = _writes.set(writes)
    try:
        for item in held:
            try:
                await (bot(item) if isinstance(item, TelegramMethod) else item())
            except TelegramAPIError as exc:
                name = item.__api_method__ if isinstance(item, TelegramMethod) else "a reply"
                logger.warning("%s after commit failed: %s", name, type(exc).__name__)
    finally:
        _writes.reset(token)
    return writes
