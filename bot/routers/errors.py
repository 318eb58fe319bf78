"""One place that handles every error a handler raised: log it, then apologise."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import ErrorEvent, Message

from bot.i18n import t
from bot.logsafe import describe

router = Router(name="errors")
logger = logging.getLogger("meedenkers.errors")

# Test only: a message containing this word fails (see FaultInjection). Never set it in .env.
FAULT_ENV = "MEEDENKERS_TEST_FAULT_ON"


@router.error()
async def apologise(event: ErrorEvent, bot: Bot) -> None:
    """Logs the error's type, the update and where (never its message, which may quote what
    the person wrote) and tells the person kindly."""
    update = event.update
    logger.error("update %s failed: %s", update.update_id, describe(event.exception))
    callback = update.callback_query
    message = update.message or (callback.message if callback else None)
    with contextlib.suppress(TelegramAPIError):
        if callback:
            await callback.answer()
        if message:
            await bot.send_message(message.chat.id, t("error.sorry"))


class FaultInjection(BaseMiddleware):
    """Makes a message fail the way a bug would, with everything personal about it (text,
    name, phone number) in the exception: the tests show none of it reaches the log."""

    def __init__(self, word: str) -> None:
        self.word = word

    async def __call__(
        self,
        handler: Callable[[Message, dict[str, Any]], Awaitable[Any]],
        event: Message,
        data: dict[str, Any],
    ) -> Any:
        said = event.text or (event.contact.phone_number if event.contact else "")
        if self.word in said:
            raise RuntimeError(f"injected fault while handling {event!r}")
        return await handler(event, data)


def install_fault_injection(dispatcher: Dispatcher) -> None:
    """Off unless the environment variable MEEDENKERS_TEST_FAULT_ON names a word."""
    if word := os.environ.get(FAULT_ENV):
        dispatcher.message.outer_middleware(FaultInjection(word))
