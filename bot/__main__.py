"""`python -m bot`: run the bot, or the local demo chat when no BOT_TOKEN is set."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.settings import Settings
from flows.errors import MeedenkersError
from storage.crypto import own_key, use_keys
from storage.settings import load_settings, refuse

# Libraries whose detailed logs would show what people send and what is stored: update
# contents (aiogram, aiohttp), SQL parameters and result rows (sqlalchemy, aiosqlite,
# asyncpg). They speak up only about trouble, whatever LOG_LEVEL says.
QUIET_LOGGERS = ("aiogram", "aiohttp", "sqlalchemy", "aiosqlite", "asyncpg", "alembic", "asyncio")


def main() -> int:
    settings = load_settings(Settings)
    setup_logging(settings.log_level)
    use_keys(data_keys(settings))
    try:
        if settings.bot_token is None:
            from bot.demo import run_demo

            asyncio.run(run_demo(settings))
        else:
            from bot.runner import poll

            asyncio.run(poll(settings))
    except MeedenkersError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def data_keys(settings: Settings) -> str:
    """DATA_KEY; a real bot refuses to start without it, the demo chat makes its own."""
    if settings.data_key is not None:
        return settings.data_key.get_secret_value()
    if settings.bot_token is not None:
        refuse("DATA_KEY", "is missing: make a key with `python -m storage.crypto`, put it in .env")
    return own_key(demo_key_file(settings.database_url))


def demo_key_file(database_url: str) -> Path:
    """Beside the SQLite database file (`data/meedenkers.key`), else in data/."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).with_suffix(".key")
    return Path("data/demo.key")


if __name__ == "__main__":
    sys.exit(main())
