"""Turns the conversation's `Say` into Telegram text and keyboards (HTML parse mode)."""

from __future__ import annotations

import html
from collections.abc import Callable

from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)
from aiogram.utils.i18n import I18n

from bot.i18n import SOURCE_LOCALE, Html, t
from flows.intake import STEP_COUNT
from flows.render import InLanguages, Lines, Say, Text


class IntakeButton(CallbackData, prefix="i"):
    """A tapped intake button: which showing of a step (`seq`) and which answer."""

    seq: int
    value: str


def text_of(item: Text | Lines | InLanguages | str, persona: str | None = None) -> Html:
    """Translate a Text and the Texts inside it; plain strings are data and get escaped."""
    if isinstance(item, Lines):
        return Html(item.sep.join(text_of(part, persona) for part in item.items))
    if isinstance(item, InLanguages):
        own = item.texts.get(I18n.get_current().current_locale)
        if own is not None:
            return Html(html.escape(own, quote=False))
        return t(item.note, text=item.texts.get(SOURCE_LOCALE, ""))
    if isinstance(item, str):
        return Html(html.escape(item, quote=False))
    params = {
        name: text_of(value, persona) if isinstance(value, Text | Lines | InLanguages) else value
        for name, value in item.params.items()
    }
    return t(item.key, persona=persona, **params)


def label_of(item: Text | str, persona: str | None) -> str:
    """Button labels are plain text in Telegram: no HTML, no escaping."""
    return html.unescape(text_of(item, persona)) if isinstance(item, Text) else item


def message_text(say: Say, persona: str | None) -> str:
    body = text_of(say.text, persona)
    if say.step is None:
        return body
    return f"{t('progress', step=say.step, total=STEP_COUNT)}\n{body}"


def inline_keyboard(
    say: Say, pack: Callable[[str], str], persona: str | None = None
) -> InlineKeyboardMarkup | None:
    """Buttons whose values `pack` turns into callback data."""
    if not say.buttons:
        return None
    rows = [
        [
            InlineKeyboardButton(text=label_of(b.label, persona), callback_data=pack(b.value))
            for b in row
        ]
        for row in say.buttons
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


def intake_buttons(seq: int) -> Callable[[str], str]:
    return lambda value: IntakeButton(seq=seq, value=value).pack()


def contact_keyboard(say: Say, persona: str | None) -> ReplyKeyboardMarkup:
    """Telegram's share-my-number button; other buttons become plain reply buttons."""
    rows = [[KeyboardButton(text=t("contact.share_button"), request_contact=True)]]
    rows += [[KeyboardButton(text=label_of(b.label, persona)) for b in row] for row in say.buttons]
    return ReplyKeyboardMarkup(keyboard=rows, resize_keyboard=True, one_time_keyboard=True)
