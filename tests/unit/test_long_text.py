"""Whatever the bot sends, Telegram never refuses it for its length: long texts go in parts."""

from __future__ import annotations

import re

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.long_text import MESSAGE_MAX, SplitLongMessages, split_html
from flows.text import utf16_len
from tests.botapi.html import plain_text
from tests.unit.test_delivery import RecordingSession


def words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text).split()


@pytest.mark.parametrize(
    "text",
    [
        "<b>Aanmelding #7</b>\n" + "Mijn post 📬 &amp; mijn huur 🏠 stapelen zich op.\n" * 300,
        "<b>" + "héél lang 😟 " * 900 + "</b>",  # one line, bold all through
        "x" * 9000,  # nowhere to break but anywhere
        '<a href="tg://user?id=5">Sam</a> ' + "&lt;geen tag&gt; " * 800,
    ],
)
def test_a_long_text_is_split_into_well_formed_parts_that_fit(text) -> None:
    parts = split_html(text)
    assert len(parts) > 1
    for part in parts:
        assert utf16_len(part) <= MESSAGE_MAX
        plain_text(part)  # raises on HTML Telegram would refuse
    joined = " ".join(plain_text(p) for p in parts)
    if " " in text:
        assert words(joined) == words(plain_text(text))  # nothing lost, nothing cut in a word
    else:
        assert joined.replace(" ", "") == text


def test_a_text_that_fits_is_left_alone() -> None:
    text = "<b>Kort</b> 😟" * 10
    assert split_html(text) == [text]


async def test_a_too_long_message_is_sent_in_parts_with_the_buttons_on_the_last() -> None:
    telegram = RecordingSession()
    telegram.middleware(SplitLongMessages())
    bot = Bot("1:test", session=telegram, default=DefaultBotProperties(parse_mode="HTML"))
    buttons = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Aannemen", callback_data="m:1:accept")]]
    )
    message = await bot.send_message(5, "Lange vraag 😟\n" * 600, reply_markup=buttons)
    assert len(telegram.sent) == 3
    assert all(utf16_len(text) <= MESSAGE_MAX for _, text in telegram.sent)
    assert [markup is not None for markup in telegram.markups] == [False, False, True]
    assert message.message_id == 3  # the part with the buttons, for later edits
