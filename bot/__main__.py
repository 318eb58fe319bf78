"""`python -m bot`: run the bot, or the local demo chat when no BOT_TOKEN is set."""

from __future__ import annotations

import asyncio
import logging
import sys

from bot.settings import Settings
from flows.errors import MeedenkersError
from storage.settings import load_settings

NO_TERMINAL = (
    "No BOT_TOKEN is set, so this would be the demo chat, but there is no terminal to type in. "
    "Run `make run` in a terminal, or set BOT_TOKEN (see .env.example) to run the bot."
)


def main() -> int:
    settings = load_settings(Settings)
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # aiohttp's access and aiogram's event logs would name chats; keep them quiet.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if settings.bot_token is None and not sys.stdin.isatty():
        print(NO_TERMINAL, file=sys.stderr)
        return 2
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


if __name__ == "__main__":
    sys.exit(main())
