"""Wiring: the dispatcher, the bot and the storage they share. Tests call these too."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.types import LinkPreviewOptions
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.background import Background
from bot.commands import set_commands
from bot.hold import HoldUntilCommit
from bot.long_text import SplitLongMessages
from bot.middlewares import ChatContextMiddleware, LocaleMiddleware, UnitOfWorkMiddleware
from bot.notify import Notifier
from bot.retry import RetryMiddleware
from bot.roles import RoleMiddleware
from bot.routers import all_routers, coordinator, errors, intake
from bot.settings import Settings
from flows.errors import MeedenkersError
from storage import network
from storage.directory import DirectoryError, import_directory, load_directory
from storage.fsm import SqlStorage
from storage.migrate import upgrade_to_head
from storage.rotate import keys_open_stored_data
from storage.uow import unit_of_work

logger = logging.getLogger("meedenkers")

# Generous: a slow answer must not make us send the same message twice.
REQUEST_TIMEOUT = 60


class StartupError(MeedenkersError):
    """The bot cannot start; the message says why in one line."""


def create_dispatcher(
    sessions: async_sessionmaker[AsyncSession], i18n: I18n, settings: Settings
) -> Dispatcher:
    notifier = Notifier(settings.coordinator_ids)
    background = Background(sessions, i18n, notifier, settings)
    # SimpleEventIsolation: one update per user at a time, so two taps never race.
    dispatcher = Dispatcher(
        storage=SqlStorage(sessions),
        events_isolation=SimpleEventIsolation(),
        settings=settings,
        sessions=sessions,
        i18n=i18n,
        notifier=notifier,
        background=background,
    )
    ChatContextMiddleware.instead_of(dispatcher)
    unit_of_work_middleware = UnitOfWorkMiddleware(
        sessions, after_commit=background.wake, resume=intake.resume
    )
    dispatcher.update.outer_middleware(unit_of_work_middleware)
    LocaleMiddleware(i18n).setup(dispatcher)
    roles = RoleMiddleware()
    dispatcher.message.outer_middleware(roles)
    dispatcher.callback_query.outer_middleware(roles)
    dispatcher.edited_message.outer_middleware(roles)
    errors.install_fault_injection(dispatcher)  # tests only; off unless its variable is set
    dispatcher.include_routers(*all_routers())
    filters_in_place(dispatcher)
    dispatcher.startup.register(set_commands)
    dispatcher.startup.register(background.start)
    dispatcher.startup.register(coordinator.warm_up_queue)
    # Shutdown: finish the update in hand first, then stop sending.
    dispatcher.shutdown.register(unit_of_work_middleware.drain)
    dispatcher.shutdown.register(background.stop)
    return dispatcher


def filters_in_place(router: Router) -> None:
    """aiogram runs a filter that is no coroutine (every `F.…`) in a worker thread: a dozen
    thread round trips per update, each for an attribute lookup. Run them in place."""
    for each in router.chain_tail:
        for observer in each.observers.values():
            root = observer._handler.filters or []  # the router's own `.filter(...)`
            for found in [*root, *(f for h in observer.handlers for f in h.filters or ())]:
                if not found.awaitable:
                    found.callback = _awaitable(found.callback)
                    found.awaitable = True


def _awaitable(check: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    async def in_place(*args: Any, **kwargs: Any) -> Any:
        return check(*args, **kwargs)

    return in_place


def create_bot(settings: Settings, session: BaseSession | None = None) -> Bot:
    if session is None:
        session = AiohttpSession(
            api=TelegramAPIServer.from_base(settings.api_base), timeout=REQUEST_TIMEOUT
        )
    session.middleware(HoldUntilCommit())  # outermost: replies wait for the update's commit
    session.middleware(SplitLongMessages())  # each part is retried on its own
    session.middleware(RetryMiddleware())
    token = settings.bot_token.get_secret_value() if settings.bot_token else "0:demo"
    # No link previews: a card of one website would crowd out the message it came with.
    default = DefaultBotProperties(
        parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
    )
    return Bot(token, session=session, default=default)


async def prepare_storage(
    engine: AsyncEngine, sessions: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Bring the schema up to date and import the directory file.

    A broken directory file keeps the directory already in the database (and says so in
    the log); with no directory at all the bot cannot help anyone, so it refuses to start.
    """
    await upgrade_to_head(engine)
    if not await keys_open_stored_data(sessions):
        raise StartupError("Setting DATA_KEY is wrong: it does not open the data already stored")
    try:
        directory = load_directory(settings.directory_file)
    except DirectoryError as exc:
        async with unit_of_work(sessions) as session:
            has_directory = await network.get(session) is not None
        if not has_directory:
            raise StartupError(f"Directory not usable: {exc}") from exc
        logger.error("Directory file not imported, the previous one stays in use: %s", exc)
        return
    async with unit_of_work(sessions) as session:
        result = await import_directory(session, directory)
    logger.info(
        "Directory imported: %d added, %d updated, %d deactivated",
        result.added,
        result.updated,
        result.deactivated,
    )
