"""Webhook mode and operations: Telegram posts updates to the bot, which answers a post only
once its work is committed; /healthz and /metrics; what a wrong secret gets."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from tests.botapi import FakeTelegram
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.journeys import Answers, complete

# Webhook mode runs on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

SECRET = "a-webhook-secret-of-the-test"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def webhook_env(port: int, **extra: str) -> dict[str, str]:
    return {
        "BOT_MODE": "webhook",
        "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
        "WEBHOOK_SECRET": SECRET,
        "WEB_PORT": str(port),
        **extra,
    }


@pytest.fixture(scope="module")
def bot(fake: FakeTelegram, database, tmp_path_factory) -> Iterator[BotProcess]:
    fake.known_chats.add(COORDINATOR_ID)
    port = free_port()
    process = BotProcess(fake, tmp_path_factory.mktemp("bot"), **webhook_env(port), **database)
    process.port = port
    yield process.start()
    process.kill()


def _post(url: str, body: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, json.dumps(body).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as refused:
        return refused.code


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode()


def test_a_resident_completes_the_intake_through_the_webhook(bot, coordinator, new_user):
    resident = new_user()
    complete(resident, Answers())
    coordinator.expect("Nieuwe aanmelding")
    assert all(status == 200 for _, status in bot.fake.webhook_posts)
    hook = bot.fake.calls_of("setWebhook")[-1]
    assert hook["secret_token"] == SECRET and hook["url"].endswith("/telegram")


def test_a_post_without_the_secret_is_refused_and_changes_nothing(bot, new_user) -> None:
    stranger = new_user()
    update = {
        "update_id": 999_001,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": {"id": stranger.id, "type": "private"},
            "from": {"id": stranger.id, "is_bot": False, "first_name": "X"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }
    url = f"http://127.0.0.1:{bot.port}/telegram"
    assert _post(url, update, None) == 401
    assert _post(url, update, "not-the-secret-at-all") == 401
    stranger.settle()
    assert stranger.messages == []


def test_healthz_and_metrics_answer(bot, new_user) -> None:
    complete(new_user(), Answers())
    status, body = _get(f"http://127.0.0.1:{bot.port}/healthz")
    health = json.loads(body)
    assert status == 200 and health["status"] == "ok" and health["database"] == "ok"
    assert isinstance(health["outbox_backlog"], int)
    status, text = _get(f"http://127.0.0.1:{bot.port}/metrics")
    handled = [
        line
        for line in text.splitlines()
        if line.startswith('meedenkers_updates_total{outcome="handled"}')
    ]
    assert status == 200 and handled and float(handled[0].split()[-1]) > 10
    assert "meedenkers_outbox_backlog" in text and "meedenkers_handler_seconds_bucket" in text
