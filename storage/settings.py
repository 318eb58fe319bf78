"""Settings that storage needs on its own (the directory command line); the bot extends them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn, TypeVar

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from storage.crypto import parse_keys
from storage.db import DEFAULT_DATABASE_URL

DEFAULT_DIRECTORY_FILE = Path("data/directory.yaml")


class StorageSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(
        DEFAULT_DATABASE_URL, pattern=r"^(sqlite\+aiosqlite|postgresql\+asyncpg)://"
    )
    directory_file: Path = DEFAULT_DIRECTORY_FILE
    # Keys that encrypt free texts and contact details, newest first (storage/crypto.py).
    data_key: SecretStr | None = None

    @field_validator("data_key", mode="before")
    @classmethod
    def _fernet_keys(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if isinstance(value, str):
            parse_keys(value)  # raises with the reason
        return value


S = TypeVar("S", bound=BaseSettings)


def load_settings(cls: type[S]) -> S:
    """Read settings; a wrong one ends the program with one line naming it (exit code 2)."""
    try:
        return cls()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        reason = first["msg"].removeprefix("Value error, ")
        refuse(name, f"is wrong: {reason}")


def refuse(name: str, why: str) -> NoReturn:
    """End the program over one setting: one line naming it, exit code 2."""
    print(f"Setting {name} {why}", file=sys.stderr)
    raise SystemExit(2)
