"""Whatever no other router took: a kind answer, never silence."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from bot.i18n import t

router = Router(name="fallback")


@router.message(F.text)
async def unknown_text(message: Message) -> None:
    """Text outside a conversation step: point to /start."""
    await message.answer(t("fallback.text"))


@router.message()
async def unknown_media(message: Message) -> None:
    """A sticker, photo, voice message or anything else that is not text."""
    await message.answer(t("fallback.media"))


@router.callback_query()
async def stale_button(callback: CallbackQuery) -> None:
    """A button from an old message: answer it, change nothing."""
    await callback.answer(t("fallback.stale_button"), show_alert=True)
