"""The command menu Telegram shows next to the text field, in every language we speak."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)
from aiogram.utils.i18n import I18n

from bot.i18n import SOURCE_LOCALE, t
from bot.settings import Settings

logger = logging.getLogger("meedenkers")

RESIDENT_COMMANDS = ("start", "help", "mens", "taal", "stop", "mijngegevens", "vergeetmij")
MEEDENKER_COMMANDS = ("open", "afwezig", "beschikbaar", "help")
COORDINATOR_COMMANDS = ("wachtrij", "overzicht", "cijfers", "uitnodigen", "klaar", "help")


async def set_commands(bot: Bot, i18n: I18n, settings: Settings) -> None:
    """Runs at start-up: residents' menu for every private chat, the desk's for coordinators."""
    await _set(bot, i18n, RESIDENT_COMMANDS, BotCommandScopeAllPrivateChats())
    for chat_id in settings.coordinator_ids:
        await _set(bot, i18n, COORDINATOR_COMMANDS, BotCommandScopeChat(chat_id=chat_id))


async def set_meedenker_commands(bot: Bot, i18n: I18n, chat_id: int) -> None:
    await _set(bot, i18n, MEEDENKER_COMMANDS, BotCommandScopeChat(chat_id=chat_id))


async def _set(bot: Bot, i18n: I18n, names: tuple[str, ...], scope: BotCommandScope) -> None:
    """One menu per language; the source language is also the default for any other phone."""
    with i18n.context():
        for locale in i18n.available_locales:
            commands = [
                BotCommand(command=name, description=t(f"command.{name}", locale=locale))
                for name in names
            ]
            try:
                await bot.set_my_commands(
                    commands,
                    scope=scope,
                    language_code=None if locale == SOURCE_LOCALE else locale,
                )
            except TelegramBadRequest as exc:  # a coordinator who never opened the chat
                logger.warning("commands for %s not set: %s", scope.type, exc.message)
