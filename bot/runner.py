"""Start-up and shutdown of the bot process, shared by polling and the demo chat."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiogram import Bot, Dispatcher
from aiogram.client.session.base import BaseSession

from bot.app import create_bot, create_dispatcher, prepare_storage
from bot.i18n import create_i18n
from bot.settings import Settings
from storage.db import create_engine, create_sessionmaker

logger = logging.getLogger("meedenkers")


@dataclass(frozen=True)
class Runtime:
    bot: Bot
    dispatcher: Dispatcher


@asynccontextmanager
async def runtime(settings: Settings, session: BaseSession | None = None) -> AsyncIterator[Runtime]:
    """Everything the bot needs, ready to use; released again when the block ends."""
    i18n = create_i18n()
    engine = create_engine(settings.database_url)
    sessions = create_sessionmaker(engine)
    try:
        await prepare_storage(engine, sessions, settings)
        bot = create_bot(settings, session)
        yield Runtime(bot=bot, dispatcher=create_dispatcher(sessions, i18n, settings))
    finally:
        await engine.dispose()


async def poll(settings: Settings) -> None:
    """Long polling until SIGTERM or SIGINT; the update in hand is finished first."""
    async with runtime(settings) as rt:
        # handle_as_tasks=False: the next getUpdates, which confirms the updates before
        # it, is only asked for once those are handled and committed; an update in hand
        # when the process dies is delivered again (and skipped if it was committed).
        await rt.dispatcher.start_polling(
            rt.bot,
            handle_as_tasks=False,
            allowed_updates=rt.dispatcher.resolve_used_update_types(),
        )
