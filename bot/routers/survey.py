"""The resident's survey in the chat: a tapped answer is kept, and the next question follows.

Only the resident of the request may answer, and only while we still know them: a request
whose resident erased their data (or that retention anonymised) takes no answers.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Filter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot import chat, watch
from bot.callbacks import SurveyButton, pack_for_survey
from bot.edits import drop_buttons
from bot.i18n import t
from bot.notify import Notifier
from bot.render import inline_keyboard, label_of, message_text
from flows import survey
from flows.survey import SurveyReply, SurveyTap
from storage import requests, surveys
from storage.models import Request, SurveyAnswer, utcnow

router = Router(name="survey")
router.message.filter(F.chat.type == "private")


async def _own_survey(
    session: AsyncSession, request_id: int, user_id: int
) -> tuple[Request, SurveyAnswer] | None:
    request = await requests.resident_request(session, request_id)
    row = await surveys.of_request(session, request_id)
    if request is None or row is None or request.resident is None:
        return None
    if request.resident.telegram_id != user_id:
        return None
    return request, row


@router.callback_query(SurveyButton.filter())
async def on_answer(
    callback: CallbackQuery, callback_data: SurveyButton, session: AsyncSession, state: FSMContext
) -> None:
    found = await _own_survey(session, callback_data.request, callback.from_user.id)
    reply = None
    if found is not None:
        request, row = found
        reply = survey.handle(row.step, SurveyTap(callback_data.question, callback_data.value))
    if reply is None:
        await callback.answer(t("button.old"), show_alert=True)
        return
    await callback.answer()
    await drop_buttons(callback.message)  # answered: its buttons no longer count
    await _go_on(callback.message, request, row, reply, state)


class InSurvey(Filter):
    """The resident (not in an intake) is in a survey: the request it is about. Its
    sentence step is kept in the chat; any other step is looked up, for an answer typed
    instead of tapped ("8", "ja")."""

    async def __call__(
        self, message: Message, session: AsyncSession, state: FSMContext | None = None
    ) -> bool | dict:
        if state is None:
            return False
        current = await chat.load(state)
        if current.in_intake:
            return False
        found = current.survey or await surveys.unfinished_of_resident(
            session, message.from_user.id
        )
        return {"survey_request": found} if found else False


@router.message(F.text & ~F.text.startswith("/"), InSurvey())
async def on_typed(
    message: Message,
    session: AsyncSession,
    state: FSMContext,
    notifier: Notifier,
    survey_request: int,
) -> None:
    current = await chat.load(state)
    found = await _own_survey(session, survey_request, message.from_user.id)
    reply = None
    if found is not None:
        persona = found[0].persona
        reply = survey.typed(found[1].step, message.text, lambda item: label_of(item, persona))
    if reply is None:  # the survey moved on (or is gone), or this answers nothing in it
        if current.survey is not None:
            await chat.save(state, current.with_(survey=None))
        raise SkipHandler
    request, row = found
    await watch.free_text(message, state, session, notifier)
    await _go_on(message, request, row, reply, state)


async def _go_on(
    message: Message, request: Request, row: SurveyAnswer, reply: SurveyReply, state: FSMContext
) -> None:
    """Keep the answer, move to the next step, and ask it."""
    for column, value in reply.store.items():
        setattr(row, column, value)
    if reply.store:
        row.answered_at = utcnow()
    row.step = reply.step
    current = await chat.load(state)
    await chat.save(state, current.with_(survey=request.id if reply.wants_text else None))
    for say in reply.says:
        await message.answer(
            message_text(say, request.persona),
            reply_markup=inline_keyboard(say, pack_for_survey(request.id), request.persona),
        )
