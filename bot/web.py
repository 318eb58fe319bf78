"""The bot's own web server: Telegram's webhook (in webhook mode), `/healthz`, `/metrics`,
and the residents' web chat (`/chat`, bot/webchat/) when WEB_CHAT is on.

A webhook update is answered only after its unit of work is committed (aiogram's request
handler waits for the dispatcher), so Telegram delivers it again if the process dies first;
the processed-update table makes that second delivery a no-op. A call without the secret
Telegram was given is refused (401) before anything is read.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from bot import metrics, webchat
from bot.settings import Settings
from storage import outbox
from storage.models import utcnow
from storage.uow import unit_of_work


def web_app(bot: Bot, dispatcher: Dispatcher, settings: Settings) -> web.Application:
    app = web.Application()
    if settings.bot_mode == "webhook":
        handler = SimpleRequestHandler(
            dispatcher,
            bot,
            handle_in_background=False,  # commit first, then 200
            secret_token=settings.webhook_secret.get_secret_value(),
        )
        handler.register(app, path=webhook_path(settings))
    app["sessions"] = dispatcher["sessions"]
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", prometheus)
    if settings.web_chat:
        webchat.setup(app, bot, dispatcher, settings)
    return app


def webhook_path(settings: Settings) -> str:
    return urlsplit(str(settings.webhook_url)).path or "/"


async def _backlog(app: web.Application) -> tuple[int, float | None]:
    async with unit_of_work(app["sessions"]) as session:
        await session.execute(text("SELECT 1"))
        waiting, oldest = await outbox.backlog(session)
    age = (utcnow() - oldest).total_seconds() if oldest else None
    metrics.OUTBOX_BACKLOG.set(waiting)
    metrics.OUTBOX_OLDEST_SECONDS.set(age or 0)
    return waiting, age


async def healthz(request: web.Request) -> web.Response:
    """200 when the database answers; the outbox's backlog and its oldest waiting message."""
    try:
        waiting, age = await _backlog(request.app)
    except Exception as exc:  # noqa: BLE001 - any failure means: not healthy
        return web.json_response(
            {"status": "unhealthy", "database": type(exc).__name__}, status=503
        )
    return web.json_response(
        {
            "status": "ok",
            "database": "ok",
            "outbox_backlog": waiting,
            "outbox_oldest_seconds": round(age, 1) if age is not None else None,
        }
    )


async def prometheus(request: web.Request) -> web.Response:
    try:
        await _backlog(request.app)
    except Exception:  # noqa: BLE001 - the counters are still worth reading
        pass
    return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})
