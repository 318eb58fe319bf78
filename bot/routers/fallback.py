"""Whatever no other router took (a group chat, a button of no known kind): a kind
answer, never silence, and nothing changes."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from bot.callbacks import is_desk_button
from bot.i18n import t

router = Router(name="fallback")


@router.message(F.text.startswith("/"))
async def elsewhere(message: Message) -> None:
    """A command in a group: the bot works in a private chat. Other group talk is not ours."""
    await message.answer(t("idle.hint"))


@router.callback_query(F.data.func(is_desk_button))
async def not_for_you(callback: CallbackQuery) -> None:
    """A desk button in someone else's hands does nothing."""
    await callback.answer(t("coordinator.only"), show_alert=True)


@router.callback_query()
async def stale_button(callback: CallbackQuery) -> None:
    """A button from an old message: answer it, change nothing."""
    await callback.answer(t("button.old"), show_alert=True)
