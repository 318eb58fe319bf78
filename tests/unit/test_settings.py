"""Settings come from the environment and `.env`; wrong ones stop the program clearly."""

from __future__ import annotations

import pytest

from bot.settings import Settings
from storage.settings import load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in (
        "BOT_TOKEN",
        "TELEGRAM_API_URL",
        "DATABASE_URL",
        "DIRECTORY_FILE",
        "COORDINATOR_IDS",
        "LOG_LEVEL",
        "DATA_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no developer's .env here


def test_defaults_give_the_demo_on_the_embedded_database() -> None:
    settings = Settings()
    assert settings.bot_token is None
    assert settings.database_url == "sqlite+aiosqlite:///data/meedenkers.db"
    assert settings.api_base == "https://api.telegram.org"
    assert settings.coordinator_ids == ()


def test_values_from_the_environment_and_dotenv(monkeypatch, tmp_path) -> None:
    (tmp_path / ".env").write_text("BOT_TOKEN=123:abc-DEF\nCOORDINATOR_IDS=11, 22\n")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    settings = Settings()
    assert settings.bot_token.get_secret_value() == "123:abc-DEF"
    assert settings.coordinator_ids == (11, 22)
    assert settings.api_base == "http://127.0.0.1:8081"
    assert "abc-DEF" not in repr(settings)  # the token never reaches a log


def test_a_wrong_setting_exits_2_naming_it(monkeypatch, capsys) -> None:
    monkeypatch.setenv("BOT_TOKEN", "abc")
    with pytest.raises(SystemExit) as stop:
        load_settings(Settings)
    assert stop.value.code == 2
    assert capsys.readouterr().err.startswith("Setting BOT_TOKEN is wrong: expected the token")


def test_a_bot_needs_its_coordinators_the_demo_does_not(monkeypatch, capsys) -> None:
    assert Settings().coordinator_ids == ()  # the demo chat shows a stand-in coordinator
    monkeypatch.setenv("BOT_TOKEN", "123:abc")
    with pytest.raises(SystemExit) as stop:
        load_settings(Settings)
    assert stop.value.code == 2
    assert capsys.readouterr().err.startswith("Setting COORDINATOR_IDS is wrong: required")
    monkeypatch.setenv("COORDINATOR_IDS", "7")
    assert load_settings(Settings).coordinator_ids == (7,)


def test_retention_periods_and_data_keys(monkeypatch) -> None:
    from datetime import timedelta

    from storage.crypto import new_key

    keys = f"{new_key()},{new_key()}"
    monkeypatch.setenv("DATA_KEY", keys)
    monkeypatch.setenv("RETAIN_DRAFTS_HOURS", "12")
    settings = Settings()
    assert settings.data_key.get_secret_value() == keys
    assert keys.split(",")[0] not in repr(settings)
    assert settings.retention.drafts == timedelta(hours=12)
    assert settings.retention.finished_requests == timedelta(days=365)  # the safe default
