"""Shows what the intake engine said in one chat, and keeps that chat tidy.

Only the newest step message keeps its buttons: older ones lose them, so a person is
never tempted by a button that no longer counts.
"""

from __future__ import annotations

import contextlib

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot import chat
from bot.edits import shows
from bot.i18n import t
from bot.render import (
    contact_keyboard,
    inline_keyboard,
    intake_buttons,
    label_of,
    message_text,
    text_of,
)
from flows.intake import IntakeState
from flows.render import Alert, Say


async def show(
    bot: Bot,
    chat_id: int,
    says: tuple[Say | Alert, ...],
    intake: IntakeState | None,
    current: chat.ChatState,
    callback: CallbackQuery | None = None,
    drop_old: bool = True,
) -> dict[str, object]:
    """Send what the engine said; returns the chat's changes (its newest buttons) to save.
    `current` is the chat as the update left it."""
    persona = intake.persona if intake else None
    seq = intake.seq if intake else 0
    alert = next((s for s in says if isinstance(s, Alert)), None)
    if callback is not None:
        with contextlib.suppress(TelegramBadRequest):  # too old to answer: nothing lost
            await callback.answer(
                label_of(alert.text, persona) if alert else None, show_alert=alert is not None
            )
    elif alert is not None:  # typed, not tapped ("klaar" with nothing ticked): say it
        await bot.send_message(chat_id, text_of(alert.text, persona))
    prompt_id, reply_buttons = current.prompt_id, current.reply_buttons
    for say in (s for s in says if isinstance(s, Say)):
        text = message_text(say, persona)
        keyboard = inline_keyboard(say, intake_buttons(seq), persona)
        tapped = callback.message if callback and isinstance(callback.message, Message) else None
        if say.edit and tapped is not None and tapped.message_id == prompt_id:
            if not shows(tapped, text, keyboard):  # a repeated tap changes nothing
                await _edit(bot, chat_id, prompt_id, text, keyboard)
            continue
        if say.ask_contact:
            markup = contact_keyboard(say, persona)
            reply_buttons = {
                label_of(b.label, persona): b.value for row in say.buttons for b in row
            }
        elif reply_buttons is not None:  # the share-number keyboard has done its job
            await bot.send_message(chat_id, t("contact.noted"), reply_markup=ReplyKeyboardRemove())
            markup, reply_buttons = keyboard, None
        else:
            markup = keyboard
        sent = await bot.send_message(chat_id, text, reply_markup=markup)
        # Only the newest message keeps its buttons. Dropped after the new one is out, so a
        # failed send leaves the old buttons in place for the retry. A resumed update drops
        # none: the process that died may have dropped them already, and Telegram refuses
        # a second drop.
        if prompt_id is not None and drop_old:
            await _drop_buttons(bot, chat_id, prompt_id)
        prompt_id = sent.message_id if keyboard is not None and not say.ask_contact else None
    return {"prompt_id": prompt_id, "reply_buttons": reply_buttons}


async def _edit(bot: Bot, chat_id: int, message_id: int, text: str, markup) -> None:
    try:
        await bot.edit_message_text(
            text=text, chat_id=chat_id, message_id=message_id, reply_markup=markup
        )
    except TelegramBadRequest as exc:
        if "not modified" not in exc.message:
            raise


async def _drop_buttons(bot: Bot, chat_id: int, message_id: int) -> None:
    with contextlib.suppress(TelegramBadRequest):  # deleted by the person, or too old
        await bot.edit_message_reply_markup(
            chat_id=chat_id, message_id=message_id, reply_markup=None
        )
