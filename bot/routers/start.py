"""/start and /help: the front door."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from bot.i18n import t

router = Router(name="start")


@router.message(CommandStart())
async def welcome(message: Message) -> None:
    """Greets the person and says what this bot is and is not."""
    await message.answer(t("welcome.body"))


@router.message(Command("help"))
async def help_text(message: Message) -> None:
    """Says what the bot can do and how to reach a person."""
    await message.answer(t("help.body"))
