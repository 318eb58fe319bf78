"""The Meedenker's Afgerond: how did it end (one tap, or where it was referred to), then
the lifecycle's COMPLETE, and the resident is asked how it went."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from bot import workflow
from bot.callbacks import (
    CompleteAsButton,
    CompleteButton,
    OutcomeBackButton,
    ReferredAskButton,
)
from bot.edits import drop_buttons
from bot.i18n import t
from bot.notify import Notifier
from bot.routers.meedenker import _fits, _own_introduction, _refused, _replace
from flows import notices
from flows.lifecycle import Action
from flows.notices import FinishAs
from storage import requests

router = Router(name="completion")


@router.callback_query(CompleteButton.filter())
@router.callback_query(ReferredAskButton.filter())
@router.callback_query(OutcomeBackButton.filter())
async def on_outcome_question(
    callback: CallbackQuery,
    callback_data: CompleteButton | ReferredAskButton | OutcomeBackButton,
    session: AsyncSession,
) -> None:
    """Afgerond asks how it ended; "doorverwezen" asks where to; "terug" shows the request."""
    introduction = await _own_introduction(callback, callback_data, session)
    if introduction is None:
        return
    if refusal := _fits(introduction, Action.COMPLETE):
        await _refused(callback, refusal)
        return
    if isinstance(callback_data, OutcomeBackButton):
        say = notices.accepted_for_meedenker(requests.facts(introduction.request))
    elif isinstance(callback_data, ReferredAskButton):
        say = notices.referral_ask()
    else:
        say = notices.outcome_ask()
    await _replace(callback, say, introduction)


@router.callback_query(CompleteAsButton.filter())
async def on_complete_as(
    callback: CallbackQuery,
    callback_data: CompleteAsButton,
    session: AsyncSession,
    notifier: Notifier,
) -> None:
    introduction = await _own_introduction(callback, callback_data, session)
    if introduction is None:
        return
    finish = FinishAs(callback_data.outcome, callback_data.target)
    if not finish.valid:
        await callback.answer(t("button.old"), show_alert=True)
        return
    refusal = await workflow.meedenker_completed(session, notifier, introduction, finish.stored)
    if refusal is not None:
        await _refused(callback, refusal)
        return
    await callback.answer(t("meedenker.noted_closed"), show_alert=True)
    await drop_buttons(callback.message)
