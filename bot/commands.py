"""The command menu Telegram shows next to the text field, in every language we speak."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats
from aiogram.utils.i18n import I18n

from bot.i18n import SOURCE_LOCALE, t

RESIDENT_COMMANDS = ("start", "help", "mens", "stop")


async def set_commands(bot: Bot, i18n: I18n) -> None:
    """Runs at start-up. The source language is also the default for any other phone."""
    with i18n.context():
        for locale in i18n.available_locales:
            commands = [
                BotCommand(command=name, description=t(f"command.{name}", locale=locale))
                for name in RESIDENT_COMMANDS
            ]
            await bot.set_my_commands(
                commands,
                scope=BotCommandScopeAllPrivateChats(),
                language_code=None if locale == SOURCE_LOCALE else locale,
            )
