"""The coordinator's desk: the queue, opening a request, acting on it in a tap or two,
talking with a resident through the bot, invites and the directory's health.

Only ids in COORDINATOR_IDS get anything here; anyone else's desk buttons change nothing.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot import workflow
from bot.callbacks import DeskButton, QueuePage
from bot.i18n import t
from bot.notify import Notifier
from bot.render import inline_keyboard, text_of
from bot.roles import IsCoordinator
from bot.workflow import RELAY_FROM
from flows import desk, notices
from flows.domain import RequestStatus
from flows.ranking import available
from flows.render import Lines, Say, Text
from flows.text import shorten
from storage import directory_view, invites, requests
from storage.models import Request, as_utc, utcnow

router = Router(name="coordinator")
router.message.filter(F.chat.type == "private", IsCoordinator())

NOTE_FOR = "desk_note_for"  # coordinator's FSM data: [request id, refer target] awaiting a note
ASSIGN_FOR = "desk_assign_for"  # coordinator's FSM data: the request whose Meedenker is sought
RELAY_TO = "relay_to"  # coordinator's FSM data: [request id, resident telegram id]


@router.message(Command("wachtrij"))
async def show_queue(message: Message, session: AsyncSession) -> None:
    """The open escalations, urgent first, then oldest: the first page."""
    say = await _queue(session, 0)
    await message.answer(text_of(say.text), reply_markup=inline_keyboard(say, _queue_button))


@router.callback_query(QueuePage.filter(), IsCoordinator())
async def turn_queue_page(
    callback: CallbackQuery, callback_data: QueuePage, session: AsyncSession
) -> None:
    """Volgende / Vorige: the same message shows another page of the queue as it is now."""
    say = await _queue(session, callback_data.page)
    await callback.answer()
    with suppress(TelegramBadRequest):  # "not modified": it shows that page already
        await callback.message.edit_text(
            text_of(say.text), reply_markup=inline_keyboard(say, _queue_button)
        )


async def _queue(session: AsyncSession, page: int) -> Say:
    now = utcnow()
    items = [
        desk.QueueItem(
            r.id,
            r.gemeente or "",
            r.urgent,
            tuple(r.escalation_reasons),
            int((now - as_utc(r.created_at)).total_seconds() // 3600),
        )
        for r in await requests.desk_queue(session)
    ]
    return desk.queue(items, page)


def _queue_button(value: str) -> str:
    action, number = value.split(".")
    if action == desk.PAGE:
        return QueuePage(page=int(number)).pack()
    return DeskButton(request=int(number), action=notices.OPEN).pack()


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


@router.message(Command("klaar"))
async def end_relay(
    message: Message, state: FSMContext, fsm_storage: BaseStorage, bot: Bot
) -> None:
    """Stops talking with a resident through the bot."""
    relay = await state.get_value(RELAY_TO)
    await state.update_data({RELAY_TO: None, NOTE_FOR: None, ASSIGN_FOR: None})
    if relay:
        await workflow.resident_state(fsm_storage, bot, relay[1]).update_data({RELAY_FROM: None})
    await message.answer(t("desk.relay_ended" if relay else "desk.nothing_to_end"))


@router.message(F.text & ~F.text.startswith("/"))
async def desk_text(
    message: Message, state: FSMContext, session: AsyncSession, notifier: Notifier
) -> None:
    """A note for a referral, or a message to relay to a resident; otherwise not for the desk."""
    data = await state.get_data()
    if data.get(NOTE_FOR):
        request_id, target = data[NOTE_FOR]
        await state.update_data({NOTE_FOR: None})
        await _refer(message, session, notifier, request_id, target, message.text)
        return
    if data.get(ASSIGN_FOR):
        request_id = data[ASSIGN_FOR]
        say = desk.candidates(await _search(session, message.text))
        await message.answer(
            text_of(say.text), reply_markup=inline_keyboard(say, workflow.desk_buttons(request_id))
        )
        return
    if data.get(RELAY_TO):
        request_id, resident_id = data[RELAY_TO]
        request = await requests.resident_request(session, request_id)
        notifier.person(
            session,
            resident_id,
            "relay",
            Text("relay.to_resident", {"text": shorten(message.text, workflow.RELAY_MAX)}),
            request.resident.locale,
            request.persona,
            request_id=request_id,
        )
        await message.answer(t("desk.relayed"))
        return
    if workflow.intake_in_progress(data):
        raise SkipHandler  # the coordinator is trying the bot as a resident
    await message.answer(t("coordinator.help"))


async def _refer(
    message: Message,
    session: AsyncSession,
    notifier: Notifier,
    request_id: int,
    target: str,
    note: str | None,
) -> None:
    request = await requests.resident_request(session, request_id)
    if request is None or request.status == RequestStatus.CLOSED:
        await message.answer(t("coordinator.unknown_request"))
        return
    workflow.refer(session, notifier, request, target, note)
    await message.answer(t("desk.done_refer", id=request_id))


@router.callback_query(DeskButton.filter(), IsCoordinator())
async def on_desk_button(
    callback: CallbackQuery,
    callback_data: DeskButton,
    session: AsyncSession,
    notifier: Notifier,
    state: FSMContext,
    fsm_storage: BaseStorage,
    bot: Bot,
) -> None:
    request = await requests.resident_request(session, callback_data.request)
    if request is None:
        await callback.answer(t("coordinator.unknown_request"), show_alert=True)
        return
    action = callback_data.action
    pack = workflow.desk_buttons(request.id)
    closed = request.status == RequestStatus.CLOSED
    if action == notices.OPEN:
        say = await _opened(session, request)
    elif closed:
        await callback.answer(t("desk.already_closed"), show_alert=True)
        return
    elif action == desk.ASSIGN:
        await state.update_data({ASSIGN_FOR: request.id})
        say = desk.candidates(await _candidates(session, request))
    elif action.startswith("a."):
        await state.update_data({ASSIGN_FOR: None})
        name = await workflow.assign(session, notifier, request, action[2:])
        say = Say(
            Text(
                "desk.done_assign" if name else "desk.not_available",
                {"id": request.id, "name": name or action[2:]},
            )
        )
    elif action == desk.REFER:
        say = desk.refer_targets()
    elif action.startswith("r.") and action[2:] in desk.REFER_TARGETS:
        await state.update_data({NOTE_FOR: [request.id, action[2:]]})
        say = desk.note_ask(action[2:])
    elif action.startswith("n.") and action[2:] in desk.REFER_TARGETS:
        await state.update_data({NOTE_FOR: None})
        workflow.refer(session, notifier, request, action[2:], None)
        say = Say(Text("desk.done_refer", {"id": request.id}))
    elif action == desk.CLOSE:
        say = desk.outcomes()
    elif action.startswith("o.") and action[2:] in desk.OUTCOMES:
        workflow.close(session, notifier, request, action[2:])
        say = Say(Text("desk.done_close", {"id": request.id}))
    elif action == desk.CONTACT:
        await state.update_data({RELAY_TO: [request.id, request.resident.telegram_id]})
        await workflow.resident_state(fsm_storage, bot, request.resident.telegram_id).update_data(
            {RELAY_FROM: request.id}
        )
        request.needs_triage = False
        notifier.person(
            session,
            request.resident.telegram_id,
            "relay_start",
            Text("relay.started"),
            request.resident.locale,
            request.persona,
            request_id=request.id,
        )
        say = Say(Text("desk.relay_started", {"id": request.id}))
    else:
        await callback.answer(t("button.old"), show_alert=True)
        return
    await callback.answer()
    await callback.message.answer(text_of(say.text), reply_markup=inline_keyboard(say, pack))


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


@router.callback_query(DeskButton.filter())
async def not_for_you(callback: CallbackQuery) -> None:
    """A desk button in someone else's hands does nothing."""
    await callback.answer(t("coordinator.only"), show_alert=True)
