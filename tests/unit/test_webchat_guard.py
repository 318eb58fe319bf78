"""The web chat's defences on their own: rate limits, form tokens, cookie tokens."""

from __future__ import annotations

from aiohttp.test_utils import make_mocked_request

from bot.webchat import guard
from storage.webchat import WEB_CHAT_HIGH, WEB_CHAT_LOW, is_web_chat, new_token


def test_a_rate_limit_counts_per_key_and_forgets_after_its_window(monkeypatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(guard.time, "monotonic", lambda: now[0])
    limit = guard.RateLimit(3, window=60)
    assert [limit.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limit.allow("b")  # another address or conversation has its own count
    now[0] += 61
    assert limit.allow("a")


def test_a_form_token_belongs_to_one_conversation_and_one_site() -> None:
    token, other = new_token(), new_token()
    here = make_mocked_request("POST", "/chat", headers={"Host": "chat.example"})
    assert guard.csrf_ok(token, guard.csrf_for(token), here)
    assert not guard.csrf_ok(token, guard.csrf_for(other), here)
    assert not guard.csrf_ok(None, guard.csrf_for(token), here)
    assert not guard.csrf_ok(token, None, here)
    elsewhere = make_mocked_request(
        "POST", "/chat", headers={"Host": "chat.example", "Origin": "https://evil.example"}
    )
    assert not guard.csrf_ok(token, guard.csrf_for(token), elsewhere)


def test_only_tokens_of_our_shape_are_read_from_the_cookie() -> None:
    good = new_token()
    request = make_mocked_request("GET", "/chat", headers={"Cookie": f"{guard.COOKIE}={good}"})
    assert guard.token_of(request) == good
    bad = make_mocked_request("GET", "/chat", headers={"Cookie": f"{guard.COOKIE}=../x"})
    assert guard.token_of(bad) is None


def test_web_chat_ids_are_never_telegram_chats() -> None:
    assert is_web_chat(WEB_CHAT_LOW) and not is_web_chat(WEB_CHAT_HIGH)
    for telegram_chat in (1, 900_001, 2**52, -1, -1001234567890, -(10**15)):
        assert not is_web_chat(telegram_chat)


def test_the_leaflet_qr_code_is_a_png_of_the_address(tmp_path) -> None:
    import struct

    import segno

    from bot.webchat import qr

    target = qr.make("https://meedenkers.example.org/chat", tmp_path / "qr.png")
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    modules = segno.make("https://meedenkers.example.org/chat", error="q", micro=False).symbol_size(
        scale=12, border=4
    )
    assert (width, height) == modules
