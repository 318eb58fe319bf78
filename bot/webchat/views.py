"""The web chat's pages: GET shows where the conversation stands, a form post answers.

Every answer goes through bot/intake_service.py, as in Telegram, inside one unit of work;
the conversation's state is the same typed chat state (bot/chat.py) under its own chat id.
After a post the browser is sent back to GET /chat (post, redirect, get), so reloading
never answers twice.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.fsm.context import FSMContext
from aiogram.utils.i18n import I18n
from aiohttp import web
from multidict import MultiDictProxy
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit, chat, erasure
from bot.intake_service import advance, relayed
from bot.notify import Notifier
from bot.settings import Settings
from bot.webchat import guard, page
from flows import intake, privacy
from flows.intake import Command, Event, IntakeState, Kind, Refresh, Tapped, Typed
from flows.render import Alert, Text, to_data
from flows.text import N_
from storage import audit as audit_log
from storage import directory_view, instance, residents, webchat
from storage import privacy as stored
from storage.models import WebConversation
from storage.uow import unit_of_work

KEY = web.AppKey("webchat", object)
COMMANDS = {c.value: c for c in Command}
ERASE_COMMANDS = ("vergeetmij", "vergeet-mij", "vergeet_mij")


@dataclass
class Door:
    """What the pages need of the bot: its storage, people to tell, catalogs, limits."""

    bot: Bot
    dispatcher: Dispatcher
    settings: Settings
    per_address: guard.RateLimit
    per_conversation: guard.RateLimit

    @property
    def i18n(self) -> I18n:
        return self.dispatcher["i18n"]

    @property
    def notifier(self) -> Notifier:
        return self.dispatcher["notifier"]

    def fsm(self, chat_id: int) -> FSMContext:
        return chat.of_private_chat(self.dispatcher.storage, self.bot, chat_id)


@dataclass
class Visit:
    session: AsyncSession
    conversation: WebConversation | None
    state: FSMContext | None
    current: chat.ChatState


def door_of(request: web.Request) -> Door:
    return request.app[KEY]


@asynccontextmanager
async def visit(request: web.Request, token: str | None, begin: bool) -> AsyncIterator[Visit]:
    """One unit of work for this conversation (begun now if `begin`), one at a time."""
    door = door_of(request)
    async with unit_of_work(door.dispatcher["sessions"]) as session:
        conversation = None
        if token is not None:
            conversation = await (webchat.open_conversation if begin else webchat.find)(
                session, token
            )
        state = current = None
        if conversation is not None:
            await instance.one_at_a_time(session, conversation.chat_id)
            state = door.fsm(conversation.chat_id)
            current = await chat.load(state)
        yield Visit(session, conversation, state, current or chat.ChatState())
    door.dispatcher["background"].wake()  # what went to the outbox goes out now


def locale_of(request: web.Request, current: chat.ChatState) -> str:
    """Chosen on the page; else the browser's first language we speak; else Dutch."""
    available = door_of(request).i18n.available_locales
    if current.locale in available:
        return current.locale
    for part in request.headers.get("Accept-Language", "").split(","):
        code = part.split(";")[0].strip().split("-")[0].lower()
        if code in available:
            return code
    return "nl"


async def form_of(request: web.Request) -> MultiDictProxy[str] | None:
    """The posted form, if it is not too big (checked before it is read)."""
    length = request.content_length
    if length is None or length > guard.MAX_BODY:
        return None
    return await request.post()


def _page_data(reply: intake.Reply, before: dict[str, Any] | None) -> dict[str, Any]:
    """What the page shows after this answer: its messages as data. A notice alone (an old
    button) is shown above the step that stays."""
    says = [
        {"alert": to_data(s.text)}
        if isinstance(s, Alert)
        else {
            "text": to_data(s.text),
            "buttons": [
                [{"label": to_data(b.label), "value": b.value} for b in row] for row in s.buttons
            ],
            "step": s.step,
        }
        for s in reply.says
    ]
    state = reply.state
    if before and all("alert" in s for s in says):
        kept = [s for s in before["says"] if "alert" not in s]
        return {**before, "says": [*says, *kept]}
    return {
        "seq": state.seq if state else None,
        "step": state.step if state else None,
        "says": says,
    }


def _event(form: MultiDictProxy[str], state: IntakeState | None) -> Event | str:
    """The form as the engine's event; or the path of another page ("/chat/vergeet")."""
    if (command := form.get("command")) in COMMANDS:
        return COMMANDS[command]
    if "tap" in form:
        try:
            seq = int(form.get("seq", ""))
        except ValueError:
            seq = -1
        return Tapped(seq, form["tap"][:64])
    text = form.get("text", "")
    word = text.strip().lower().lstrip("/") if text.strip().startswith("/") else None
    if word in COMMANDS:
        return COMMANDS[word]
    if word in ERASE_COMMANDS:
        return "/chat/vergeet"
    if word == "mijngegevens":
        return "/chat/mijngegevens"
    return Typed(text)


def _kind_of(step_id: str | None) -> str:
    step = intake.STEP_BY_ID.get(step_id or "")
    if step is None:
        return "choice"
    if step.kind is Kind.PHONE:
        return "phone"
    if step.id == "contact_email":
        return "email"
    return "text" if step.kind is Kind.TEXT else "choice"


def _frame(request: web.Request, token: str, locale: str, brand: str) -> page.Frame:
    return page.Frame(locale=locale, csrf=guard.csrf_for(token), brand=brand)


async def _brand(session: AsyncSession) -> str:
    ctx = await directory_view.context(session)
    return ctx.network.name


# ----- the pages ----------------------------------------------------------------------------


async def show(request: web.Request) -> web.Response:
    """Where the conversation stands, and the bot's messages for this resident."""
    door = door_of(request)
    token = guard.token_of(request)
    fresh = token is None
    token = token or webchat.new_token()
    async with visit(request, token, begin=False) as v:
        ctx = await directory_view.context(v.session)
        data = v.current.web_page
        intake_state = IntakeState.from_dict(v.current.intake)
        if v.state is not None and intake_state is not None and data is not None:
            if data.get("seq") != intake_state.seq:  # moved on elsewhere (a new choice)
                locale = locale_of(request, v.current)
                reply = await advance(
                    Refresh(), v.conversation.chat_id, locale, v.state, v.session, door.notifier
                )
                data = _page_data(reply, None)
                await chat.save(v.state, (await chat.load(v.state)).with_(web_page=data))
        if data is None:  # nothing said yet: the start, shown before anything is stored
            data = _page_data(intake.start(ctx), None)
        items = []
        if v.conversation is not None:
            items = await _messages(v.session, v.conversation.chat_id)
        locale = locale_of(request, v.current)
    persona = intake_state.persona if intake_state else None
    with door.i18n.context(), door.i18n.use_locale(locale):
        frame = _frame(request, token, locale, ctx.network.name)
        step = next((s.get("step") for s in data["says"] if s.get("step")), None)
        hide = ("telegram",) if data.get("step") == "contact" else ()  # no Telegram chat here
        main = (
            page.progress(step)
            + page.says_html(frame, data["says"], data.get("seq") or 0, persona, hide)
            + page.answer_form(frame, _kind_of(data.get("step")))
        )
        title = ctx.network.name
        if step:
            title = f"{page.t('web.step', step=step, total=intake.STEP_COUNT)} – {title}"
        body = page.document(frame, title, main, page.messages_html(items, persona))
    response = web.Response(text=body, content_type="text/html")
    if fresh:
        guard.set_cookie(response, request, token)
    return response


async def messages(request: web.Request) -> web.Response:
    """Only the messages, for the page's small poll."""
    door = door_of(request)
    token = guard.token_of(request)
    async with visit(request, token, begin=False) as v:
        items = []
        if v.conversation is not None:
            items = await _messages(v.session, v.conversation.chat_id)
        locale = locale_of(request, v.current)
        persona = (v.current.intake or {}).get("answers", {}).get("persona")
    with door.i18n.context(), door.i18n.use_locale(locale):
        body = page.messages_html(items, persona)
    return web.Response(text=body, content_type="text/html")


async def answer(request: web.Request) -> web.StreamResponse:
    """One answer: a tapped button, typed text, or /mens, /help, /stop, /start."""
    door = door_of(request)
    token = guard.token_of(request)
    form = await form_of(request)
    if form is None:
        return await refusal(request, "web.too_long", 413)
    if not guard.csrf_ok(token, form.get("csrf"), request):
        return await refusal(request, "web.expired_form", 403)
    if not door.per_conversation.allow(token):
        return await refusal(request, "web.too_many", 429)
    async with visit(request, token, begin=True) as v:
        locale = locale_of(request, v.current)
        state = IntakeState.from_dict(v.current.intake)
        event = _event(form, state)
        if isinstance(event, str):
            return see_other(event)
        chat_id = v.conversation.chat_id
        relay = (
            await relayed(
                event.text,
                chat_id,
                v.state,
                v.session,
                door.notifier,
                door.dispatcher.storage,
                door.bot,
            )
            if isinstance(event, Typed)
            else None
        )
        if relay is not None:  # the coordinator talks with this resident: it went to them
            saved = await chat.load(v.state)
            note = {"alert": to_data(Text(N_("crisis.body" if relay.danger else "web.relayed")))}
            kept = [s for s in (saved.web_page or {}).get("says", []) if "alert" not in s]
            page_data = {**(saved.web_page or {}), "says": [note, *kept]}
            await chat.save(v.state, saved.with_(web_page=page_data))
            return see_other("/chat")
        if state is None and v.current.web_page is None and isinstance(event, Tapped):
            # A tap on the start page, which was shown before anything was stored.
            await advance(Command.START, chat_id, locale, v.state, v.session, door.notifier)
            event = Tapped(0, event.value)
        with door.i18n.context(), door.i18n.use_locale(locale):  # typed labels are read
            reply = await advance(event, chat_id, locale, v.state, v.session, door.notifier)
        saved = await chat.load(v.state)
        data = _page_data(reply, saved.web_page)
        await chat.save(v.state, saved.with_(web_page=data, locale=locale))
    return see_other("/chat")


async def language(request: web.Request) -> web.StreamResponse:
    """The page's language; the step stays where it is (its texts are kept as keys)."""
    door = door_of(request)
    token = guard.token_of(request)
    form = await form_of(request)
    if form is None or not guard.csrf_ok(token, form.get("csrf"), request):
        return await refusal(request, "web.expired_form", 403)
    chosen = form.get("lang")
    if chosen not in door.i18n.available_locales:
        return see_other("/chat")
    async with visit(request, token, begin=True) as v:
        await chat.save(v.state, v.current.with_(locale=chosen))
        await residents.set_locale(v.session, v.conversation.chat_id, chosen)
    return see_other("/chat")


async def my_data(request: web.Request) -> web.Response:
    """Everything stored, who sees it and until when (as /mijngegevens), and the file."""
    door = door_of(request)
    token = guard.token_of(request)
    if token is None:
        return see_other("/chat")
    async with visit(request, token, begin=False) as v:
        data = await _stored(v)
        brand = await _brand(v.session)
        locale = locale_of(request, v.current)
    with door.i18n.context(), door.i18n.use_locale(locale):
        frame = _frame(request, token, locale, brand)
        say = privacy.overview(data, door.settings.retention)
        main = f'<div class="say">{page.paragraphs(page.text_of(say.text))}</div>'
        if not data.empty:
            main += (
                f'<p><a href="/chat/mijngegevens.json" download>{page.t("web.download")}</a></p>'
            )
        main += f'<p><a href="/chat">{page.t("web.back")}</a></p>'
        body = page.document(frame, page.t("web.mydata"), main)
    return web.Response(text=body, content_type="text/html")


async def my_data_file(request: web.Request) -> web.Response:
    door = door_of(request)
    token = guard.token_of(request)
    if token is None:
        return see_other("/chat")
    async with visit(request, token, begin=False) as v:
        data = await _stored(v)
        for found in data.requests:
            audit.by_resident(v.session, found.id, audit_log.EXPORTED)
    document = json.dumps(
        privacy.export(data, door.settings.retention), ensure_ascii=False, indent=2
    )
    return web.Response(
        text=document,
        content_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="mijngegevens.json"'},
    )


async def _stored(v: Visit) -> stored.StoredData:
    if v.conversation is None:
        return privacy.StoredData(None, None, None, (), None)
    draft = (v.current.intake or {}).get("answers") if v.current.in_intake else None
    return await stored.stored_data(v.session, v.conversation.chat_id, draft or None)


async def forget(request: web.Request) -> web.StreamResponse:
    """ "Vergeet mij": asked once, then everything goes, as with /vergeetmij."""
    door = door_of(request)
    token = guard.token_of(request)
    answer_given = None  # GET (typed /vergeetmij, a link): only the question
    if request.method == "POST":
        form = await form_of(request)
        if form is None or not guard.csrf_ok(token, form.get("csrf"), request):
            return await refusal(request, "web.expired_form", 403)
        answer_given = form.get("confirm")
    if token is None:
        return see_other("/chat")
    erased = False
    async with visit(request, token, begin=False) as v:
        brand = await _brand(v.session)
        locale = locale_of(request, v.current)
        if answer_given == privacy.EraseAnswer.YES and v.conversation is not None:
            await erasure.erase_resident(
                v.session, door.notifier, door.bot, door.dispatcher.storage, v.conversation.chat_id
            )
            erased = True
    with door.i18n.context(), door.i18n.use_locale(locale):
        frame = _frame(request, token, locale, brand)
        if answer_given == privacy.EraseAnswer.NO:
            main = f'<div class="say" role="status"><p>{page.t("forget.kept")}</p></div>'
            main += f'<p><a href="/chat">{page.t("web.back")}</a></p>'
        elif answer_given == privacy.EraseAnswer.YES:
            main = f'<div class="say" role="status">{page.paragraphs(page.t("forget.done"))}</div>'
            main += f'<p><a href="/chat">{page.t("web.start_again")}</a></p>'
        else:
            say = privacy.confirm_erase()
            buttons = "".join(
                f'<button name="confirm" value="{b.value}">'
                f"{page.esc(page.label_of(b.label, None))}</button>"
                for row in say.buttons
                for b in row
            )
            main = (
                f'<div class="say">{page.paragraphs(page.text_of(say.text))}</div>'
                f'<form method="post" action="/chat/vergeet" class="choices">'
                f'<input type="hidden" name="csrf" value="{page.esc(frame.csrf)}">{buttons}</form>'
            )
        body = page.document(frame, page.t("web.forget"), main, nav=not erased)
    response = web.Response(text=body, content_type="text/html")
    if erased or answer_given == privacy.EraseAnswer.YES:
        guard.clear_cookie(response)
    return response


async def refusal(request: web.Request, key: str, status: int) -> web.Response:
    """A kind page in the resident's language: too big, too many, or an old form."""
    door = door_of(request)
    token = guard.token_of(request) or webchat.new_token()
    async with visit(request, guard.token_of(request), begin=False) as v:
        locale = locale_of(request, v.current)
        brand = await _brand(v.session)
    with door.i18n.context(), door.i18n.use_locale(locale):
        body = page.notice_page(_frame(request, token, locale, brand), page.t(key))
    headers = {"Retry-After": "60"} if status == 429 else {}
    return web.Response(text=body, content_type="text/html", status=status, headers=headers)


def address_of(request: web.Request) -> str:
    return request.remote or "unknown"


# Asked with Telegram's buttons, which a page cannot show: the survey stays Telegram's.
NOT_ON_THE_PAGE = ("survey", "survey_reminder")


async def _messages(session: AsyncSession, chat_id: int) -> list[tuple[int, dict[str, Any]]]:
    found = await webchat.messages(session, chat_id)
    return [(m.id, m.payload) for m in found if m.kind not in NOT_ON_THE_PAGE]


def see_other(path: str) -> web.Response:
    """Post, redirect, get: a reload never answers twice."""
    return web.Response(status=303, headers={"Location": path})
