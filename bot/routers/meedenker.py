"""The Meedenker's side: enrolment by invite, introductions, availability."""

from __future__ import annotations

import contextlib
from datetime import date, datetime

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit, chat, workflow
from bot.callbacks import (
    AcceptButton,
    ContactedButton,
    DeclineBackButton,
    DeclineBecauseButton,
    DeclineButton,
    OnIntroduction,
    pack_for_introduction,
)
from bot.commands import set_meedenker_commands
from bot.edits import drop_buttons, edit_tapped
from bot.i18n import t
from bot.notify import Notifier
from bot.render import inline_keyboard, label_of, message_text
from bot.roles import IsMeedenker, OutsideIntake
from flows import lifecycle, notices
from flows.domain import DECLINE_REASONS, IntroductionStatus
from flows.lifecycle import Action, Actor, Refusal
from flows.render import Say, Text
from flows.text import N_
from storage import invites, requests
from storage.invites import Redeemed
from storage.models import Introduction, Meedenker

router = Router(name="meedenker")
router.message.filter(F.chat.type == "private")


@router.message(CommandStart(deep_link=True))
async def enrol(
    message: Message, command: CommandObject, session: AsyncSession, i18n: I18n, notifier: Notifier
) -> None:
    """/start <code> from an invite link connects a Meedenker's account. The coordinator
    hears who enrolled, and of anyone else trying a used link."""
    if not command.args.startswith(invites.PREFIX):
        raise SkipHandler  # some other start link (a flyer, say): the normal welcome
    redeemed = await invites.redeem(
        session, command.args, message.from_user.id, i18n.current_locale
    )
    meedenker = redeemed.meedenker
    if redeemed.outcome is Redeemed.AGAIN:
        await message.answer(t("meedenker.already_enrolled", name=meedenker.name))
        return
    if redeemed.outcome is not Redeemed.ENROLLED:
        await message.answer(t("meedenker.invite_invalid"))
        if redeemed.outcome is Redeemed.TAKEN:
            notifier.coordinators(
                session,
                "invite_taken",
                Say(Text(N_("coordinator.invite_taken"), {"name": meedenker.name})),
            )
        return
    key = (
        N_("coordinator.enrolled_again")
        if redeemed.replaced_account
        else N_("coordinator.enrolled")
    )
    notifier.coordinators(session, "enrolled", Say(Text(key, {"name": meedenker.name})))
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
        audit.opened(session, introduction.request_id, Actor.MEEDENKER, message.from_user.id)
        await _show_introduction(message, introduction)


async def _show_introduction(message: Message, introduction) -> None:
    say = notices.open_introduction(
        requests.facts(introduction.request),
        accepted=introduction.status == IntroductionStatus.ACCEPTED,
    )
    await message.answer(
        message_text(say, None),
        reply_markup=inline_keyboard(say, pack_for_introduction(introduction.id)),
    )


@router.message(IsMeedenker(), F.text & ~F.text.startswith("/"), OutsideIntake())
@router.message(IsMeedenker(), Command("help"), OutsideIntake())
@router.message(IsMeedenker(), ~F.text, OutsideIntake())
async def meedenker_help(message: Message, meedenker: Meedenker) -> None:
    """Free text, /help or a photo from a Meedenker outside an intake: what they can do
    here (not a resident's intake)."""
    await message.answer(t("meedenker.help", name=meedenker.name))


@router.message(Command("afwezig"), IsMeedenker())
async def away(message: Message, command: CommandObject, meedenker: Meedenker) -> None:
    """/afwezig tot 31-12-2026: hidden from residents' choice until then."""
    until = _parse_date((command.args or "").removeprefix("tot").strip())
    if until is None or until < date.today():
        await message.answer(t("meedenker.away_usage"))
        return
    requests.set_absence(meedenker, until)
    await message.answer(t("meedenker.away_set", until=until.strftime("%d-%m-%Y")))


@router.message(Command("beschikbaar"), IsMeedenker())
async def available(message: Message, meedenker: Meedenker) -> None:
    requests.set_absence(meedenker, None)
    await message.answer(t("meedenker.available"))


def _parse_date(text: str) -> date | None:
    for pattern in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%y"):
        with contextlib.suppress(ValueError):
            return datetime.strptime(text, pattern).date()
    return None


async def _own_introduction(
    callback: CallbackQuery, data: OnIntroduction, session: AsyncSession
) -> Introduction | None:
    """The introduction the button is about, if it was made to the person tapping and they
    are still in the directory; anyone else is told it is not theirs, and nothing changes."""
    introduction = await requests.introduction(session, data.introduction)
    if (
        introduction is None
        or introduction.meedenker.telegram_id != callback.from_user.id
        or not introduction.meedenker.active
    ):
        await callback.answer(t("meedenker.not_yours"), show_alert=True)
        return None
    return introduction


async def _refused(callback: CallbackQuery, refusal: Refusal) -> None:
    """The action no longer fits: say why, and take away the buttons that no longer count."""
    await callback.answer(label_of(notices.refused(refusal), None), show_alert=True)
    await drop_buttons(callback.message)


def _fits(introduction: Introduction, action: Action) -> Refusal | None:
    """Would the Meedenker's action fit now? (For the steps that only ask something first.)"""
    decision = lifecycle.decide(
        action, Actor.MEEDENKER, introduction.request.status, introduction.status
    )
    return decision if isinstance(decision, Refusal) else None


@router.callback_query(AcceptButton.filter())
async def on_accept(
    callback: CallbackQuery, callback_data: AcceptButton, session: AsyncSession, notifier: Notifier
) -> None:
    introduction = await _own_introduction(callback, callback_data, session)
    if introduction is None:
        return
    refusal = await workflow.meedenker_accepted(session, notifier, introduction)
    if refusal is not None:
        await _refused(callback, refusal)
        return
    facts = requests.facts(introduction.request)
    await _replace(callback, notices.accepted_for_meedenker(facts), introduction)


@router.callback_query(DeclineButton.filter())
@router.callback_query(DeclineBackButton.filter())
async def on_decline_step(
    callback: CallbackQuery,
    callback_data: DeclineButton | DeclineBackButton,
    session: AsyncSession,
) -> None:
    """Doorgeven first asks why; Terug goes back to the introduction. Both only while the
    introduction can still be passed on."""
    introduction = await _own_introduction(callback, callback_data, session)
    if introduction is None:
        return
    if refusal := _fits(introduction, Action.DECLINE):
        await _refused(callback, refusal)
        return
    if isinstance(callback_data, DeclineButton):
        say = notices.decline_reasons()
    else:
        say = notices.introduction(requests.facts(introduction.request))
    await _replace(callback, say, introduction)


@router.callback_query(DeclineBecauseButton.filter(F.reason.in_(DECLINE_REASONS)))
async def on_decline_because(
    callback: CallbackQuery,
    callback_data: DeclineBecauseButton,
    session: AsyncSession,
    bot: Bot,
    notifier: Notifier,
    fsm_storage: BaseStorage,
) -> None:
    introduction = await _own_introduction(callback, callback_data, session)
    if introduction is None:
        return
    resident = introduction.request.resident.telegram_id
    refusal = await workflow.meedenker_declined(
        session,
        notifier,
        introduction,
        callback_data.reason,
        chat.of_private_chat(fsm_storage, bot, resident),
    )
    if refusal is not None:
        await _refused(callback, refusal)
        return
    await _replace(callback, Say(Text(N_("meedenker.declined_done"))), introduction)


@router.callback_query(ContactedButton.filter())
async def on_progress(
    callback: CallbackQuery,
    callback_data: ContactedButton,
    session: AsyncSession,
    notifier: Notifier,
) -> None:
    """Contact gehad: only for the Meedenker who has the request now. (Afgerond first asks
    how it ended: bot/routers/completion.py.)"""
    introduction = await _own_introduction(callback, callback_data, session)
    if introduction is None:
        return
    refusal = await workflow.meedenker_progress(session, notifier, introduction, Action.CONTACTED)
    if refusal is not None:
        await _refused(callback, refusal)
        return
    await callback.answer(t("meedenker.noted_contacted"), show_alert=True)


async def _replace(callback: CallbackQuery, say: Say, introduction: Introduction) -> None:
    """Show the new state of an introduction in the message whose button was tapped."""
    await callback.answer()
    await edit_tapped(
        callback.message,
        message_text(say, None),
        inline_keyboard(say, pack_for_introduction(introduction.id)),
    )
