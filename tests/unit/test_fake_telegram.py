"""The offline Bot API counts as Telegram does: text in UTF-16 units, callback data in bytes."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from tests.botapi import FakeTelegram

CHAT = 31


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeTelegram]:
    server = FakeTelegram().start()
    server.known_chats.add(CHAT)
    yield server
    server.stop()


def call(fake: FakeTelegram, method: str, **params) -> dict:
    request = urllib.request.Request(
        f"{fake.base_url}/bot{fake.token}/{method}",
        data=json.dumps(params).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        return json.load(error)


def test_message_length_is_counted_in_utf16_units(fake) -> None:
    fits = "😀" * 2048  # 2048 code points, 4096 UTF-16 units
    assert call(fake, "sendMessage", chat_id=CHAT, text=fits)["ok"]
    refused = call(fake, "sendMessage", chat_id=CHAT, text=fits + "a")
    assert refused["error_code"] == 400 and "too long" in refused["description"]
    assert call(fake, "sendMessage", chat_id=CHAT, text="a" * 4096)["ok"]
    fake.take_violations()


def test_caption_length_is_counted_in_utf16_units(fake) -> None:
    assert call(fake, "sendPhoto", chat_id=CHAT, photo="p1", caption="😀" * 512)["ok"]
    refused = call(fake, "sendPhoto", chat_id=CHAT, photo="p1", caption="😀" * 513)
    assert refused["error_code"] == 400 and "caption is too long" in refused["description"]
    fake.take_violations()


def test_callback_data_is_counted_in_bytes(fake) -> None:
    def keyboard(data: str) -> dict:
        return {"inline_keyboard": [[{"text": "Ja", "callback_data": data}]]}

    assert call(fake, "sendMessage", chat_id=CHAT, text="x", reply_markup=keyboard("a" * 64))["ok"]
    refused = call(fake, "sendMessage", chat_id=CHAT, text="x", reply_markup=keyboard("é" * 33))
    assert "BUTTON_DATA_INVALID" in refused["description"]
    fake.take_violations()
