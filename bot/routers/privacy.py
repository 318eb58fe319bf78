"""A resident's rights: /mijngegevens (see and take their data) and /vergeet-mij (erase it);
and the coordinator's "Wie keek erin?" (the audit log of one request).

Telegram commands cannot hold a "-": the menu offers /vergeetmij, and /vergeet-mij typed
works as well.
"""

from __future__ import annotations

import contextlib
import json

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit, chat, erasure
from bot.callbacks import AuditButton, EraseNoButton, EraseYesButton, pack_plain
from bot.edits import edit_tapped
from bot.i18n import t
from bot.notify import Notifier
from bot.render import IntakeButton, inline_keyboard, intake_buttons, text_of
from bot.roles import IsCoordinator
from bot.settings import Settings
from flows import desk, privacy
from flows.lifecycle import Actor
from storage import audit as audit_log
from storage import privacy as stored
from storage import requests

router = Router(name="privacy")
router.message.filter(F.chat.type == "private")

ERASE_COMMANDS = ("vergeetmij", "vergeet-mij", "vergeet_mij")


@router.message(Command("mijngegevens"))
async def my_data(
    message: Message, state: FSMContext, session: AsyncSession, settings: Settings
) -> None:
    """Everything stored, who sees it and until when; then the same as a file to keep."""
    current = await chat.load(state)
    draft = (current.intake or {}).get("answers") if current.in_intake else None
    data = await stored.stored_data(session, message.from_user.id, draft or None)
    say = privacy.overview(data, settings.retention)
    await message.answer(text_of(say.text), reply_markup=inline_keyboard(say, intake_buttons(0)))
    if data.empty:
        return
    for request in data.requests:
        audit.by_resident(session, request.id, audit_log.EXPORTED)
    document = json.dumps(privacy.export(data, settings.retention), ensure_ascii=False, indent=2)
    await message.answer_document(
        BufferedInputFile(document.encode(), filename="mijngegevens.json"),
        caption=t("mydata.file_caption"),
    )


def _is_staff(user_id: int, meedenker: object, settings: Settings) -> bool:
    """The coordinator and Meedenkers are not erased from a chat: their messages about
    other people's requests would go too. The coordinator does it by hand."""
    return meedenker is not None or user_id in settings.coordinator_ids


@router.message(Command(*ERASE_COMMANDS))
async def forget_me(message: Message, settings: Settings, meedenker: object = None) -> None:
    if _is_staff(message.from_user.id, meedenker, settings):
        await message.answer(t("forget.staff"))
        return
    await _ask(message)


@router.callback_query(IntakeButton.filter(F.value == privacy.FORGET_ME))
async def forget_me_button(
    callback: CallbackQuery, settings: Settings, meedenker: object = None
) -> None:
    """The button after /stop, in /help and under /mijngegevens."""
    await callback.answer()
    if _is_staff(callback.from_user.id, meedenker, settings):
        await callback.message.answer(t("forget.staff"))
        return
    await _ask(callback.message)


async def _ask(message: Message) -> None:
    say = privacy.confirm_erase()
    await message.answer(text_of(say.text), reply_markup=inline_keyboard(say, pack_plain))


@router.callback_query(EraseNoButton.filter())
async def keep(callback: CallbackQuery) -> None:
    await callback.answer()
    await edit_tapped(callback.message, t("forget.kept"))


@router.callback_query(EraseYesButton.filter())
async def erase(
    callback: CallbackQuery,
    session: AsyncSession,
    notifier: Notifier,
    bot: Bot,
    fsm_storage: BaseStorage,
    settings: Settings,
    meedenker: object = None,
) -> None:
    """Withdraw what is open (its Meedenkers are told), tell whoever saw the question to
    delete their notes, then erase; last, delete what the bot sent others about it."""
    telegram_id = callback.from_user.id
    if _is_staff(telegram_id, meedenker, settings):
        await callback.answer(t("forget.staff"), show_alert=True)
        return
    our_messages = await erasure.erase_resident(session, notifier, bot, fsm_storage, telegram_id)
    await callback.answer()
    await edit_tapped(callback.message, t("forget.done"))
    for chat_id, message_id in our_messages:  # Telegram allows this for 48 hours
        with contextlib.suppress(TelegramBadRequest, TelegramForbiddenError):
            await bot.delete_message(chat_id, message_id)


@router.callback_query(AuditButton.filter(), IsCoordinator())
async def who_looked(
    callback: CallbackQuery, callback_data: AuditButton, session: AsyncSession
) -> None:
    """The coordinator's "Wie keek erin?" on an opened request."""
    events = await audit_log.of_request(session, callback_data.request)
    names = {}
    for event in events:
        if event.actor == Actor.MEEDENKER.value and event.actor_telegram_id is not None:
            if event.actor_telegram_id not in names:
                found = await requests.meedenker_by_telegram(session, event.actor_telegram_id)
                names[event.actor_telegram_id] = found.name if found else None
    lines = [
        desk.AuditLine(
            at=event.at.strftime("%d-%m %H:%M"),
            actor=event.actor,
            who=names.get(event.actor_telegram_id),
            what=event.what,
            detail=event.detail,
        )
        for event in events
    ]
    say = desk.audit_log(callback_data.request, lines)
    await callback.answer()
    await callback.message.answer(text_of(say.text))
