"""Start-up and shutdown of the bot process: polling, webhook, and the demo chat."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiogram import Bot, Dispatcher
from aiogram.client.session.base import BaseSession
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import StartupError, create_bot, create_dispatcher, prepare_storage
from bot.i18n import create_i18n
from bot.polling import ChatOrderedPolling
from bot.settings import Settings
from bot.web import web_app
from flows import safety
from storage.db import create_engine, create_sessionmaker
from storage.instance import AlreadyRunning, sole_poller

DEFAULT_WEB_PORT = 8080

logger = logging.getLogger("meedenkers")


@dataclass(frozen=True)
class Runtime:
    bot: Bot
    dispatcher: Dispatcher
    engine: AsyncEngine


@asynccontextmanager
async def runtime(settings: Settings, session: BaseSession | None = None) -> AsyncIterator[Runtime]:
    """Everything the bot needs, ready to use; released again when the block ends."""
    # The safety net gets ready beside the storage (its rules compile while the database
    # is read and written), before the first update and before gc.freeze (`settled`).
    safety_ready = asyncio.ensure_future(asyncio.to_thread(safety.warm_up))
    i18n = create_i18n()
    engine = create_engine(settings.database_url)
    sessions = create_sessionmaker(engine)
    try:
        await prepare_storage(engine, sessions, settings)
        bot = create_bot(settings, session)
        dispatcher = create_dispatcher(sessions, i18n, settings)
        await safety_ready
        yield Runtime(bot=bot, dispatcher=dispatcher, engine=engine)
    finally:
        await engine.dispose()


async def poll(settings: Settings) -> None:
    """Long polling until SIGTERM or SIGINT; the updates in hand are finished first."""
    async with runtime(settings) as rt:
        try:
            async with sole_poller(rt.engine), _web_server(rt, settings):
                await rt.bot.delete_webhook()  # polling was chosen: Telegram stops calling
                workflow = {"bot": rt.bot, **rt.dispatcher.workflow_data}
                await rt.dispatcher.emit_startup(**workflow)
                settled()
                try:
                    # Chats side by side, each in order; Telegram is told an update was
                    # received only once it and every one before it are committed.
                    polling = ChatOrderedPolling(rt.bot, rt.dispatcher, settings.concurrency)
                    await polling.run(_stop_signal(), rt.dispatcher.resolve_used_update_types())
                finally:
                    await rt.dispatcher.emit_shutdown(**workflow)
        except AlreadyRunning:
            raise StartupError(
                "Another Meedenkersbot is already polling with this database. Stop it first, "
                "or run several processes with BOT_MODE=webhook."
            ) from None


async def serve_webhook(settings: Settings) -> None:
    """Telegram calls us (any number of processes may share the database) until SIGTERM."""
    async with runtime(settings) as rt:
        workflow = {"bot": rt.bot, **rt.dispatcher.workflow_data}
        await rt.dispatcher.emit_startup(**workflow)
        settled()
        try:
            async with _web_server(rt, settings):
                await rt.bot.set_webhook(
                    str(settings.webhook_url),
                    secret_token=settings.webhook_secret.get_secret_value(),
                    allowed_updates=rt.dispatcher.resolve_used_update_types(),
                )
                await _until_stopped()
        finally:
            await rt.dispatcher.emit_shutdown(**workflow)


@asynccontextmanager
async def _web_server(rt: Runtime, settings: Settings) -> AsyncIterator[None]:
    """The webhook, /healthz, /metrics and the web chat; in polling mode only if WEB_PORT is
    set or the web chat is on. Closing it waits for the requests in hand (their updates are
    committed before they are answered)."""
    served = settings.bot_mode == "webhook" or settings.web_chat
    port = settings.web_port or (DEFAULT_WEB_PORT if served else None)
    if port is None:
        yield
        return
    runner = web.AppRunner(web_app(rt.bot, rt.dispatcher, settings), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, settings.web_host, port).start()
        logger.info("Listening on %s:%d", settings.web_host, port)
        yield
    finally:
        await runner.cleanup()


def settled() -> None:
    """Start-up is done: what exists now lives as long as the process, so the cyclic
    collector leaves it out from here on (gc.freeze); a full collection of that heap took
    a fifth of a second, in the middle of whichever update it fell on. (What start-up left
    as garbage stays too: no more than it would have between two collections.)"""
    gc.freeze()
    gc.enable()


def _stop_signal() -> asyncio.Event:
    """Set by SIGTERM or SIGINT."""
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signal_number, stopped.set)
    return stopped


async def _until_stopped() -> None:
    await _stop_signal().wait()
