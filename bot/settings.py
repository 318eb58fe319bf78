"""Every setting, read from the environment and `.env`; documented in `.env.example`."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AnyHttpUrl, Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import NoDecode

from flows.retention import RetentionRules
from storage.settings import StorageSettings

# The demo chat is a world of its own: never the configured database, key or outbox.
DEMO_DATABASE_URL = "sqlite+aiosqlite:///data/demo.db"
DEMO_KEY_FILE = Path("data/demo.key")


class Settings(StorageSettings):
    bot_token: SecretStr | None = None
    telegram_api_url: AnyHttpUrl = AnyHttpUrl("https://api.telegram.org")
    # Required with a token: danger alerts and the desk would otherwise go to nobody.
    coordinator_ids: Annotated[tuple[int, ...], NoDecode] = Field((), validate_default=True)
    log_level: str = Field("INFO", pattern=r"^(DEBUG|INFO|WARNING|ERROR)$")
    log_format: Literal["text", "json"] = "text"  # json: one object per line, for a collector
    # A Meedenker who has not answered an introduction gets a reminder after this many
    # hours; this many hours after the reminder the coordinator takes over.
    reminder_after_hours: float = Field(48, gt=0)
    escalate_after_hours: float = Field(24, gt=0)
    # Retention (flows/retention.py); the daily job removes what is older.
    retain_finished_requests_days: float = Field(365, gt=0)
    retain_sent_messages_days: float = Field(30, gt=0)
    retain_update_ids_days: float = Field(7, gt=0)
    retain_drafts_hours: float = Field(24, gt=0)
    # How Telegram reaches the bot: it asks (polling), or Telegram calls us (webhook).
    bot_mode: Literal["polling", "webhook"] = "polling"
    # Polling: how many updates (of different chats) are handled at the same time.
    concurrency: int = Field(32, ge=1, le=1000)
    # Webhook mode: the public https address Telegram calls, and a secret it must send along.
    webhook_url: AnyHttpUrl | None = Field(None, validate_default=True)
    webhook_secret: SecretStr | None = Field(None, validate_default=True)
    # Where the bot's own web server listens: the webhook (webhook mode), /healthz, /metrics.
    web_host: str = "127.0.0.1"
    web_port: int | None = Field(None, ge=1, le=65535)
    # The web chat for residents (bot/webchat/), on the same server: WEB_CHAT=on.
    web_chat: bool = False
    web_chat_per_address: int = Field(120, gt=0)  # form posts a minute from one address
    web_chat_per_conversation: int = Field(30, gt=0)  # answers a minute in one conversation
    web_chat_frame_ancestors: str = ""  # sites that may show it in an iframe ('self' else)

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        if value in (None, ""):
            return None  # no token: the local demo chat
        if not isinstance(value, str) or not _looks_like_token(value):
            raise ValueError("expected the token BotFather gave you, like 123456:ABC-def")
        return value

    @field_validator("coordinator_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                return tuple(int(part) for part in value.replace(" ", "").split(",") if part)
            except ValueError:
                raise ValueError("expected Telegram user ids separated by commas") from None
        return value

    @field_validator("coordinator_ids")
    @classmethod
    def _required_with_a_token(cls, value: tuple[int, ...], info: ValidationInfo) -> object:
        if info.data.get("bot_token") is not None and not value:
            raise ValueError(
                "required when BOT_TOKEN is set: the Telegram user id of each coordinator, "
                "separated by commas (danger alerts would otherwise reach nobody)"
            )
        return value

    @field_validator("webhook_url", "webhook_secret")
    @classmethod
    def _required_for_a_webhook(cls, value: object, info: ValidationInfo) -> object:
        if info.data.get("bot_mode") == "webhook" and value is None:
            raise ValueError("required when BOT_MODE=webhook")
        if isinstance(value, SecretStr) and not _SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("expected 16 to 256 characters: A-Z, a-z, 0-9, _ and -")
        return value

    @property
    def retention(self) -> RetentionRules:
        return RetentionRules(
            finished_requests=timedelta(days=self.retain_finished_requests_days),
            sent_notifications=timedelta(days=self.retain_sent_messages_days),
            processed_updates=timedelta(days=self.retain_update_ids_days),
            drafts=timedelta(hours=self.retain_drafts_hours),
        )

    @property
    def api_base(self) -> str:
        return str(self.telegram_api_url).rstrip("/")


# What Telegram allows in a webhook's secret_token; 16 characters at least, to be a secret.
_SECRET = re.compile(r"[A-Za-z0-9_-]{16,256}")


def _looks_like_token(value: str) -> bool:
    bot_id, _, secret = value.partition(":")
    return bot_id.isdigit() and bool(secret) and not any(c.isspace() for c in secret)
