"""Encryption at rest of free texts and contact details, invisible to the repositories.

A column typed `EncryptedText` or `EncryptedJSON` holds a Fernet token (AES-128-CBC with an
HMAC, from the `cryptography` library): what a person wrote never reaches the database file
in the clear. The keys come from DATA_KEY, several separated by commas, newest first: the
newest encrypts, every one of them decrypts, so a key can be rotated without downtime
(`python -m storage.rotate` then re-encrypts every row with the newest).

`python -m storage.crypto` prints a new key.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator


class DataKeyError(ValueError):
    """DATA_KEY is missing, malformed, or does not open what is stored."""


def parse_keys(value: str) -> list[Fernet]:
    """The keys of a DATA_KEY value, newest first; a malformed one raises ValueError."""
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if not parts:
        raise ValueError("expected at least one key")
    try:
        return [Fernet(part) for part in parts]
    except ValueError:
        raise ValueError(
            "expected keys made by `python -m storage.crypto`, separated by commas"
        ) from None


class Keyring:
    """The process's keys; set once at start-up (`use_keys`), used by every encrypted column."""

    def __init__(self) -> None:
        self._fernet: MultiFernet | None = None

    def use(self, keys: str | None) -> None:
        fernets = parse_keys(keys) if keys else []
        self._fernet = MultiFernet(fernets) if fernets else None

    @property
    def configured(self) -> bool:
        return self._fernet is not None

    def _need(self) -> MultiFernet:
        if self._fernet is None:
            raise DataKeyError("DATA_KEY is not set: personal data cannot be read or written")
        return self._fernet

    def encrypt(self, plain: str) -> str:
        return self._need().encrypt(plain.encode()).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._need().decrypt(token.encode("ascii")).decode()
        except (InvalidToken, UnicodeEncodeError):
            raise DataKeyError("stored data does not open with any key in DATA_KEY") from None

    def rotate(self, token: str) -> str:
        """The same plain text, encrypted with the newest key."""
        try:
            return self._need().rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken:
            raise DataKeyError("stored data does not open with any key in DATA_KEY") from None


keyring = Keyring()


def use_keys(keys: str | None) -> None:
    """Set the keys every encrypted column uses from now on (None: none)."""
    keyring.use(keys)


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")


def own_key(path: Path) -> str:
    """The key kept in `path`, made there (readable by its owner only) if there is none yet:
    the demo chat encrypts without asking anyone for a key."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(new_key() + "\n")
    return path.read_text().strip()


class EncryptedText(TypeDecorator[str]):
    """A string stored as a Fernet token."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> str | None:
        return None if value is None else keyring.encrypt(value)

    def process_result_value(self, value: str | None, dialect) -> str | None:
        return None if value is None else keyring.decrypt(value)


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON value (a dict, say) stored as a Fernet token of its JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> str | None:
        if value is None:
            return None
        return keyring.encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":")))

    def process_result_value(self, value: str | None, dialect) -> Any:
        return None if value is None else json.loads(keyring.decrypt(value))


if __name__ == "__main__":
    print(new_key())
