"""Editing the message whose button was tapped, only when the edit changes something.

Telegram refuses an edit that leaves text and buttons as they are ("message is not
modified"); a stale or repeated tap would otherwise make exactly that call.
"""

from __future__ import annotations

import contextlib
import html
import re

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardMarkup, MaybeInaccessibleMessage, Message

_TAG = re.compile(r"<[^>]+>")


async def edit_tapped(
    message: MaybeInaccessibleMessage | None,
    text: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Show `text` (HTML) and `reply_markup` in the tapped message, if it does not already."""
    if not isinstance(message, Message) or shows(message, text, reply_markup):
        return
    with contextlib.suppress(TelegramBadRequest):  # too old to edit, or deleted
        await message.edit_text(text, reply_markup=reply_markup)


def shows(message: Message, text: str, reply_markup: InlineKeyboardMarkup | None) -> bool:
    """Does the message show this text (HTML) and these buttons already?"""
    shown = (message.text or message.caption or "").strip()
    return _plain(text) == shown and _same_buttons(message.reply_markup, reply_markup)


async def drop_buttons(message: MaybeInaccessibleMessage | None) -> None:
    """Take the buttons off the tapped message, if it still has any."""
    if not isinstance(message, Message) or _same_buttons(message.reply_markup, None):
        return
    with contextlib.suppress(TelegramBadRequest):  # too old to edit, or deleted
        await message.edit_reply_markup(reply_markup=None)


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub("", text)).strip()


def _same_buttons(shown, wanted: InlineKeyboardMarkup | None) -> bool:
    def rows(markup) -> list:
        if not isinstance(markup, InlineKeyboardMarkup):
            return []
        return [[b.model_dump(exclude_none=True) for b in row] for row in markup.inline_keyboard]

    return rows(shown) == rows(wanted)
