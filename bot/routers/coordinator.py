"""The coordinator's desk: the queue, opening a request, acting on it in a tap or two,
talking with a resident through the bot, invites and the directory's health.

Only ids in COORDINATOR_IDS get anything here; anyone else's desk buttons change nothing.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from aiogram import BaseMiddleware, Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import audit, chat, workflow
from bot.callbacks import (
    AssignButton,
    AssignToButton,
    CloseAsButton,
    CloseButton,
    OnRequest,
    OpenButton,
    QueuePageButton,
    ReferButton,
    ReferToButton,
    ReferWithoutNoteButton,
    TalkButton,
    pack_for_request,
)
from bot.chat import DeskInput, DeskMode
from bot.edits import edit_tapped
from bot.i18n import t
from bot.notify import Notifier
from bot.render import inline_keyboard, label_of, text_of
from bot.roles import IsCoordinator, OutsideIntake
from flows import desk, lifecycle, notices
from flows.lifecycle import Action, Actor, Refusal
from flows.ranking import available
from flows.render import Lines, Say, Text
from storage import directory_view, invites, requests
from storage.models import Request, as_utc, utcnow
from storage.uow import unit_of_work

logger = logging.getLogger("meedenkers.desk")

router = Router(name="coordinator")
router.message.filter(F.chat.type == "private", IsCoordinator())


@router.message(Command("wachtrij"))
async def show_queue(message: Message, session: AsyncSession) -> None:
    """The open escalations, urgent first, then oldest: the first page."""
    say = await _queue(session, 0)
    await message.answer(text_of(say.text), reply_markup=inline_keyboard(say, pack_for_request()))


_warming: set[asyncio.Task[None]] = set()


async def warm_up_queue(sessions: async_sessionmaker[AsyncSession], i18n: I18n) -> None:
    """At start-up, beside the first updates: the first /wachtrij would otherwise build its
    statements and code paths while the coordinator waits (a tenth of a second)."""

    async def warm() -> None:
        try:
            async with unit_of_work(sessions) as session:
                say = await _queue(session, 0)
            with i18n.context(), i18n.use_locale(i18n.default_locale):
                text_of(say.text), inline_keyboard(say, pack_for_request())
        except Exception as exc:  # noqa: BLE001 - only a head start: the command works anyway
            logger.warning("warming up /wachtrij failed: %s", type(exc).__name__)

    task = asyncio.create_task(warm())
    _warming.add(task)
    task.add_done_callback(_warming.discard)


async def _queue(session: AsyncSession, page: int) -> Say:
    now = utcnow()
    total = await requests.desk_queue_count(session)
    page = desk.queue_page(page, total)
    shown = [
        desk.QueueItem(
            r.id,
            r.gemeente or "",
            r.urgent,
            tuple(r.escalation_reasons),
            int((now - as_utc(r.created_at)).total_seconds() // 3600),
        )
        for r in await requests.desk_queue(session, page * desk.QUEUE_PAGE, desk.QUEUE_PAGE)
    ]
    return desk.queue(shown, total, page)


@router.message(Command("overzicht"))
async def show_health(message: Message, session: AsyncSession) -> None:
    """Every Meedenker: load, last activity, absent, inactive, never enrolled."""
    say = desk.health(await directory_view.health(session, date.today()))
    await message.answer(text_of(say.text))


@router.message(Command("uitnodigen"))
async def invite(message: Message, command: CommandObject, session: AsyncSession, bot: Bot) -> None:
    """/uitnodigen <meedenker-id>: a one-time link, valid for a week."""
    meedenker_id = (command.args or "").strip()
    if not meedenker_id:
        await message.answer(t("coordinator.invite_usage"))
        return
    created = await invites.create(session, meedenker_id)
    if created is None:
        await message.answer(t("coordinator.invite_unknown", id=meedenker_id))
        return
    me = await bot.me()
    link = f"https://t.me/{me.username}?start={created.code}"
    await message.answer(t("coordinator.invite_link", id=meedenker_id, link=link))
    if created.meedenker.telegram_id is not None:
        await message.answer(t("coordinator.invite_enrolled", name=created.meedenker.name))


@router.message(Command("klaar"))
async def end_mode(message: Message, state: FSMContext, fsm_storage: BaseStorage, bot: Bot) -> None:
    """Stops what the coordinator's typed text was for: a note, a search, a conversation."""
    ended = await _switch_mode(state, None, fsm_storage, bot)
    await message.answer(text_of(ended) if ended else t("desk.nothing_to_end"))


async def _switch_mode(
    state: FSMContext, mode: DeskMode | None, fsm_storage: BaseStorage, bot: Bot
) -> Text | None:
    """One input mode at a time: the new one (or none) ends the previous. Says what ended."""
    current = await chat.load(state)
    await chat.save(state, current.with_(desk=mode))
    previous = current.desk
    if previous is None or previous == mode:
        return None
    if previous.input is DeskInput.RELAY:
        await _end_relay_of_resident(previous, state.key.chat_id, fsm_storage, bot)
    return Text(f"desk.ended_{previous.input}", {"id": previous.request})


async def _end_relay_of_resident(
    mode: DeskMode, coordinator_id: int, fsm_storage: BaseStorage, bot: Bot
) -> None:
    resident_chat = chat.of_private_chat(fsm_storage, bot, mode.resident)
    resident = await chat.load(resident_chat)
    if resident.relay == chat.Relay(mode.request, coordinator_id):
        await chat.save(resident_chat, resident.with_(relay=None))


@router.message(Command("help"), OutsideIntake())
@router.message(~F.text, OutsideIntake())
async def desk_help(message: Message, state: FSMContext) -> None:
    """/help, or a photo or sticker, from the coordinator: what the desk can do. (While
    talking with a resident only typed text goes to them.)"""
    if (await chat.load(state)).desk is not None and message.text is None:
        await message.answer(t("desk.text_only"))
        return
    await message.answer(t("coordinator.help"))


@router.message(F.text & ~F.text.startswith("/"))
async def desk_text(
    message: Message,
    state: FSMContext,
    session: AsyncSession,
    notifier: Notifier,
    fsm_storage: BaseStorage,
    bot: Bot,
) -> None:
    """Typed text goes where the one input mode says: a note, a search, the resident."""
    current = await chat.load(state)
    mode = current.desk
    if mode is None:
        if current.in_intake:
            raise SkipHandler  # the coordinator is trying the bot as a resident
        await message.answer(t("coordinator.help"))
        return
    request = await requests.resident_request(session, mode.request)
    if request is None or request.status in lifecycle.FINISHED:
        await _switch_mode(state, None, fsm_storage, bot)
        await message.answer(t("desk.mode_gone", id=mode.request))
        return
    if mode.input is DeskInput.SEARCH:
        say = desk.candidates(await _search(session, message.text))
        await message.answer(
            text_of(say.text), reply_markup=inline_keyboard(say, pack_for_request(request.id))
        )
    elif mode.input is DeskInput.NOTE:
        await _switch_mode(state, None, fsm_storage, bot)
        refusal = await workflow.refer(session, notifier, request, mode.target, message.text)
        await message.answer(_done_or_refused(refusal, "desk.done_refer", request.id))
    else:
        workflow.relay_to_resident(session, notifier, request, message.text)
        await message.answer(t("desk.relayed", id=request.id))


def _done_or_refused(refusal: Refusal | None, done_key: str, request_id: int, **params) -> str:
    if refusal is not None:
        return text_of(notices.refused(refusal))
    return t(done_key, id=request_id, **params)


desk_buttons = Router(name="desk_buttons")
desk_buttons.callback_query.filter(IsCoordinator())


@dataclass
class DeskTap:
    """A coordinator's tap on a request's button, and how the desk answers it."""

    callback: CallbackQuery
    request: Request
    state: FSMContext
    fsm_storage: BaseStorage
    bot: Bot

    async def show(self, say: Say, news: Text | None = None) -> None:
        """Answers with a new message (the desk keeps its history in the chat)."""
        await self.callback.answer()
        text = text_of(say.text)
        if news is not None:
            text = f"{text_of(news)}\n\n{text}"
        await self.callback.message.answer(
            text, reply_markup=inline_keyboard(say, pack_for_request(self.request.id))
        )

    async def ask(self, action: Action, say: Say, mode: DeskMode | None = None) -> None:
        """The first step of `action` (a question): only if the action still fits; a new
        input mode ends the previous one."""
        decision = lifecycle.decide(action, Actor.COORDINATOR, self.request.status)
        if isinstance(decision, Refusal):
            await self.refused(decision)
            return
        ended = await _switch_mode(self.state, mode, self.fsm_storage, self.bot) if mode else None
        await self.show(say, ended)

    async def done(self, refusal: Refusal | None, say: Say, mode: DeskMode | None = None):
        """The action is carried out (or refused): it ends the previous input mode."""
        if refusal is not None:
            await self.refused(refusal)
            return
        await self.show(say, await _switch_mode(self.state, mode, self.fsm_storage, self.bot))

    async def refused(self, refusal: Refusal) -> None:
        await self.callback.answer(label_of(notices.refused(refusal), None), show_alert=True)


class DeskTapMiddleware(BaseMiddleware):
    """Gives each desk handler its `tap`: the request the button names, loaded; a request
    that no longer exists is said so, and nothing else happens."""

    async def __call__(self, handler, event: CallbackQuery, data: dict[str, Any]) -> Any:
        button = data.get("callback_data")
        if not isinstance(button, OnRequest):
            return await handler(event, data)
        request = await requests.resident_request(data["session"], button.request)
        if request is None:
            await event.answer(t("coordinator.unknown_request"), show_alert=True)
            return None
        data["tap"] = DeskTap(event, request, data["state"], data["fsm_storage"], data["bot"])
        return await handler(event, data)


desk_buttons.callback_query.middleware(DeskTapMiddleware())


@desk_buttons.callback_query(QueuePageButton.filter())
async def on_queue_page(
    callback: CallbackQuery, callback_data: QueuePageButton, session: AsyncSession
) -> None:
    """Volgende / Vorige: the same message shows another page of the queue as it is now."""
    say = await _queue(session, callback_data.page)
    await callback.answer()
    await edit_tapped(callback.message, text_of(say.text), inline_keyboard(say, pack_for_request()))


@desk_buttons.callback_query(OpenButton.filter())
async def on_open(callback: CallbackQuery, tap: DeskTap, session: AsyncSession) -> None:
    audit.opened(session, tap.request.id, Actor.COORDINATOR, callback.from_user.id)
    await tap.show(await _opened(session, tap.request))


@desk_buttons.callback_query(AssignButton.filter())
async def on_assign(_: CallbackQuery, tap: DeskTap, session: AsyncSession) -> None:
    """Whom to ask: ranked candidates, or typed words to search by (a mode of its own)."""
    candidates = desk.candidates(await _candidates(session, tap.request))
    await tap.ask(Action.ASSIGN, candidates, DeskMode(DeskInput.SEARCH, tap.request.id))


@desk_buttons.callback_query(AssignToButton.filter())
async def on_assign_to(
    _: CallbackQuery,
    callback_data: AssignToButton,
    tap: DeskTap,
    session: AsyncSession,
    notifier: Notifier,
) -> None:
    request, meedenker = tap.request, await requests.meedenker(session, callback_data.meedenker)
    if meedenker is None or not meedenker.active:
        await tap.callback.answer(
            t("desk.not_available", id=request.id, name=callback_data.meedenker), show_alert=True
        )
        return
    refusal = await workflow.assign(session, notifier, request, meedenker)
    await tap.done(
        refusal, Say(Text("desk.done_assign", {"id": request.id, "name": meedenker.name}))
    )


@desk_buttons.callback_query(ReferButton.filter())
async def on_refer(_: CallbackQuery, tap: DeskTap) -> None:
    await tap.ask(Action.REFER, desk.refer_targets())


@desk_buttons.callback_query(ReferToButton.filter(F.target.in_(desk.REFER_TARGETS)))
async def on_refer_to(_: CallbackQuery, callback_data: ReferToButton, tap: DeskTap) -> None:
    """Asks for a note for the resident: the next typed text is that note."""
    target, request_id = callback_data.target, tap.request.id
    mode = DeskMode(DeskInput.NOTE, request_id, target=target)
    await tap.ask(Action.REFER, desk.note_ask(target, request_id), mode)


@desk_buttons.callback_query(ReferWithoutNoteButton.filter(F.target.in_(desk.REFER_TARGETS)))
async def on_refer_without_note(
    _: CallbackQuery,
    callback_data: ReferWithoutNoteButton,
    tap: DeskTap,
    session: AsyncSession,
    notifier: Notifier,
) -> None:
    refusal = await workflow.refer(session, notifier, tap.request, callback_data.target, None)
    await tap.done(refusal, Say(Text("desk.done_refer", {"id": tap.request.id})))


@desk_buttons.callback_query(CloseButton.filter())
async def on_close(_: CallbackQuery, tap: DeskTap) -> None:
    await tap.ask(Action.CLOSE, desk.outcomes())


@desk_buttons.callback_query(CloseAsButton.filter(F.outcome.in_(desk.OUTCOMES)))
async def on_close_as(
    _: CallbackQuery,
    callback_data: CloseAsButton,
    tap: DeskTap,
    session: AsyncSession,
    notifier: Notifier,
) -> None:
    refusal = await workflow.close(session, notifier, tap.request, callback_data.outcome)
    await tap.done(refusal, Say(Text("desk.done_close", {"id": tap.request.id})))


@desk_buttons.callback_query(TalkButton.filter())
async def on_talk(
    callback: CallbackQuery, tap: DeskTap, session: AsyncSession, notifier: Notifier
) -> None:
    """Talk with the resident through the bot, until /klaar, another action, or the request
    is finished."""
    request = tap.request
    refusal = await workflow.talk(session, notifier, request)
    resident_id = request.resident.telegram_id
    if refusal is None:
        resident_chat = chat.of_private_chat(tap.fsm_storage, tap.bot, resident_id)
        resident = await chat.load(resident_chat)
        relay = chat.Relay(request.id, callback.from_user.id)
        await chat.save(resident_chat, resident.with_(relay=relay))
    mode = DeskMode(DeskInput.RELAY, request.id, resident=resident_id)
    await tap.done(refusal, Say(Text("desk.relay_started", {"id": request.id})), mode)


async def _opened(session: AsyncSession, request: Request) -> Say:
    offered = [
        (i.meedenker.name, i.status) for i in await requests.introductions_of(session, request.id)
    ]
    history = Lines(
        tuple(
            Text(
                "coordinator.history_line",
                {
                    "at": e.at.strftime("%d-%m %H:%M"),
                    "status": Text(f"status.{e.status}"),
                    "reason": e.reason or "",
                },
            )
            for e in request.events
        )
    )
    return desk.opened(
        requests.facts(request), request.status, tuple(request.escalation_reasons), offered, history
    )


async def _candidates(session: AsyncSession, request: Request):
    """Who could take it: available, serving the gemeente, not asked before; least busy first."""
    today = date.today()
    return sorted(
        (
            p
            for p in await directory_view.profiles(session)
            if available(p, today)
            and request.gemeente in p.gemeenten
            and p.id not in request.excluded
        ),
        key=lambda p: (-len(set(p.levensgebieden) & set(request.levensgebieden)), p.load, p.name),
    )


async def _search(session: AsyncSession, words: str):
    """Available Meedenkers whose name or levensgebied matches what the coordinator typed."""
    wanted = words.strip().lower()
    today = date.today()

    def matches(profile) -> bool:
        words_of_profile = [profile.name, *profile.levensgebieden]
        words_of_profile += [t(f"levensgebied.{g}") for g in profile.levensgebieden]
        return any(wanted in word.lower() for word in words_of_profile)

    return sorted(
        (p for p in await directory_view.profiles(session) if available(p, today) and matches(p)),
        key=lambda p: (p.load, p.name),
    )
