"""The Meedenker's side: enrolment by invite, introductions, availability."""

from __future__ import annotations

import contextlib
from datetime import date, datetime

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession

from bot import workflow
from bot.callbacks import IntroductionButton
from bot.commands import set_meedenker_commands
from bot.i18n import t
from bot.notify import Notifier
from bot.render import inline_keyboard, message_text
from bot.roles import IsMeedenker, OutsideIntake
from flows import notices
from flows.domain import DECLINE_REASONS, IntroductionStatus, RequestStatus
from flows.render import Say, Text
from flows.text import N_
from storage import invites, requests
from storage.models import Meedenker

router = Router(name="meedenker")
router.message.filter(F.chat.type == "private")


@router.message(CommandStart(deep_link=True))
async def enrol(
    message: Message, command: CommandObject, session: AsyncSession, i18n: I18n
) -> None:
    """/start <code> from an invite link connects a Meedenker's account."""
    meedenker = await invites.redeem(
        session, command.args, message.from_user.id, i18n.current_locale
    )
    if meedenker is None:
        if not command.args.startswith(invites.PREFIX):
            raise SkipHandler  # some other start link (a flyer, say): the normal welcome
        await message.answer(t("meedenker.invite_invalid"))
        return
    await message.answer(t("meedenker.welcome", name=meedenker.name))
    await set_meedenker_commands(message.bot, i18n, message.chat.id)
    for introduction in await requests.open_introductions(session, meedenker.id):
        await _show_introduction(message, introduction)


@router.message(Command("open"), IsMeedenker())
async def open_introductions(message: Message, meedenker: Meedenker, session: AsyncSession) -> None:
    """Lists the Meedenker's open introductions, each with its buttons."""
    found = await requests.open_introductions(session, meedenker.id)
    if not found:
        await message.answer(t("meedenker.none_open"))
    for introduction in found:
        await _show_introduction(message, introduction)


async def _show_introduction(message: Message, introduction) -> None:
    say = notices.open_introduction(
        requests.facts(introduction.request),
        accepted=introduction.status == IntroductionStatus.ACCEPTED,
    )
    await message.answer(
        message_text(say, None),
        reply_markup=inline_keyboard(say, workflow.introduction_buttons(introduction.id)),
    )


@router.message(IsMeedenker(), F.text & ~F.text.startswith("/"), OutsideIntake())
async def meedenker_help(message: Message, meedenker: Meedenker) -> None:
    """Free text from a Meedenker outside an intake: what they can do here."""
    await message.answer(t("meedenker.help", name=meedenker.name))


@router.message(Command("afwezig"), IsMeedenker())
async def away(message: Message, command: CommandObject, meedenker: Meedenker) -> None:
    """/afwezig tot 31-12-2026: hidden from residents' choice until then."""
    until = _parse_date((command.args or "").removeprefix("tot").strip())
    if until is None or until < date.today():
        await message.answer(t("meedenker.away_usage"))
        return
    meedenker.absent_until = until
    await message.answer(t("meedenker.away_set", until=until.strftime("%d-%m-%Y")))


@router.message(Command("beschikbaar"), IsMeedenker())
async def available(message: Message, meedenker: Meedenker) -> None:
    meedenker.absent_until = None
    await message.answer(t("meedenker.available"))


def _parse_date(text: str) -> date | None:
    for pattern in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%y"):
        with contextlib.suppress(ValueError):
            return datetime.strptime(text, pattern).date()
    return None


@router.callback_query(IntroductionButton.filter())
async def on_answer(
    callback: CallbackQuery,
    callback_data: IntroductionButton,
    session: AsyncSession,
    bot: Bot,
    notifier: Notifier,
    fsm_storage: BaseStorage,
) -> None:
    """Aannemen, Doorgeven (with a reason), contact gehad, afgerond. Only the Meedenker the
    introduction was made to can answer it; anyone else changes nothing."""
    introduction = await requests.introduction(session, callback_data.introduction)
    if introduction is None or introduction.meedenker.telegram_id != callback.from_user.id:
        await callback.answer(t("meedenker.not_yours"), show_alert=True)
        return
    action, status = callback_data.action, introduction.status
    facts = requests.facts(introduction.request)
    pack = workflow.introduction_buttons(introduction.id)
    pending = status == IntroductionStatus.PENDING
    in_progress = status == IntroductionStatus.ACCEPTED and introduction.request.status in (
        RequestStatus.ACCEPTED,
        RequestStatus.CONTACTED,
    )
    if action == notices.ACCEPT and pending:
        await workflow.meedenker_accepted(session, notifier, introduction)
        await _replace(callback, notices.accepted_for_meedenker(facts), pack)
    elif action == notices.DECLINE and pending:
        await _replace(callback, notices.decline_reasons(), pack)
    elif action == notices.BACK and pending:
        await _replace(callback, notices.introduction(facts), pack)
    elif action.removeprefix(notices.REASON_PREFIX) in DECLINE_REASONS and pending:
        resident = introduction.request.resident.telegram_id
        resident_state = workflow.resident_state(fsm_storage, bot, resident)
        reason = action.removeprefix(notices.REASON_PREFIX)
        await workflow.meedenker_declined(session, notifier, introduction, reason, resident_state)
        await _replace(callback, Say(Text(N_("meedenker.declined_done"))), pack)
    elif action in (notices.CONTACTED, notices.CLOSED) and in_progress:
        new_status = (
            RequestStatus.CONTACTED if action == notices.CONTACTED else RequestStatus.CLOSED
        )
        requests.set_status(introduction.request, new_status, "meedenker")
        await callback.answer(t(f"meedenker.noted_{action}"), show_alert=True)
        if new_status is RequestStatus.CLOSED:
            with contextlib.suppress(TelegramBadRequest):
                await callback.message.edit_reply_markup(reply_markup=None)
        return
    else:
        await callback.answer(t("meedenker.already_handled"), show_alert=True)
        return
    await callback.answer()


async def _replace(callback: CallbackQuery, say: Say, pack) -> None:
    """Show the new state of an introduction in the message whose button was tapped."""
    with contextlib.suppress(TelegramBadRequest):  # unchanged, or too old to edit
        await callback.message.edit_text(
            message_text(say, None), reply_markup=inline_keyboard(say, pack)
        )
