"""The web chat: the resident's intake as accessible web pages, served by the bot's own
aiohttp server (WEB_CHAT=on). The same engine, catalogs, storage, safety net, escalation
and outbox as Telegram; only showing the answer differs."""

from __future__ import annotations

from pathlib import Path

from aiogram import Bot, Dispatcher
from aiohttp import web

from bot.settings import Settings
from bot.webchat import guard, views

STATIC_DIR = Path(__file__).resolve().parent / "static"
PATHS = ("/chat", "/static/webchat")


def setup(app: web.Application, bot: Bot, dispatcher: Dispatcher, settings: Settings) -> None:
    app[views.KEY] = views.Door(
        bot,
        dispatcher,
        settings,
        per_address=guard.RateLimit(settings.web_chat_per_address),
        per_conversation=guard.RateLimit(settings.web_chat_per_conversation),
    )
    app.middlewares.append(_guarded)
    app.router.add_get("/", lambda request: views.see_other("/chat"))
    app.router.add_get("/chat", views.show)
    app.router.add_post("/chat", views.answer)
    app.router.add_get("/chat/berichten", views.messages)
    app.router.add_post("/chat/taal", views.language)
    app.router.add_get("/chat/mijngegevens", views.my_data)
    app.router.add_get("/chat/mijngegevens.json", views.my_data_file)
    app.router.add_post("/chat/vergeet", views.forget)
    app.router.add_get("/chat/vergeet", views.forget)
    app.router.add_static("/static/webchat", STATIC_DIR)


@web.middleware
async def _guarded(request: web.Request, handler) -> web.StreamResponse:
    """Security headers on every web chat response; too many requests from one address
    get a kind page (429) instead."""
    if not request.path.startswith(PATHS) and request.path != "/":
        return await handler(request)
    door: views.Door = request.app[views.KEY]
    if request.method == "POST" and not door.per_address.allow(views.address_of(request)):
        response = await views.refusal(request, "web.too_many", 429)
    else:
        response = await handler(request)
    response.headers.update(guard.headers_for(door.settings.web_chat_frame_ancestors))
    return response
