"""One place that handles every error a handler raised: log it, then apologise."""

from __future__ import annotations

import contextlib
import logging

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import ErrorEvent

from bot.i18n import t

router = Router(name="errors")
logger = logging.getLogger("meedenkers.errors")


@router.error()
async def apologise(event: ErrorEvent, bot: Bot) -> None:
    """Logs the error (never what the person wrote) and tells the person kindly."""
    update = event.update
    logger.error(
        "update %s failed: %s",
        update.update_id,
        type(event.exception).__name__,
        exc_info=event.exception,
    )
    callback = update.callback_query
    message = update.message or (callback.message if callback else None)
    with contextlib.suppress(TelegramAPIError):
        if callback:
            await callback.answer()
        if message:
            await bot.send_message(message.chat.id, t("error.sorry"))
