"""Settings that storage needs on its own (the directory command line); the bot extends them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TypeVar

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from storage.db import DEFAULT_DATABASE_URL

DEFAULT_DIRECTORY_FILE = Path("data/directory.yaml")


class StorageSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(
        DEFAULT_DATABASE_URL, pattern=r"^(sqlite\+aiosqlite|postgresql\+asyncpg)://"
    )
    directory_file: Path = DEFAULT_DIRECTORY_FILE


S = TypeVar("S", bound=BaseSettings)


def load_settings(cls: type[S]) -> S:
    """Read settings; a wrong one ends the program with one line naming it (exit code 2)."""
    try:
        return cls()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        reason = first["msg"].removeprefix("Value error, ")
        print(f"Setting {name} is wrong: {reason}", file=sys.stderr)
        raise SystemExit(2) from None
