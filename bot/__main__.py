"""`python -m bot`: run the bot, or the local demo chat when no BOT_TOKEN is set."""

from __future__ import annotations

import gc

# The modules make some millions of objects that live as long as the process; the cyclic
# collector would go through all of them again and again while they load (a fifth of a
# second each time, later in the middle of an update). It waits until start-up is done,
# and then leaves them out (bot.runner.settled).
gc.disable()

import asyncio  # noqa: E402
import sys  # noqa: E402

from bot.logs import setup_logging  # noqa: E402
from bot.settings import DEMO_KEY_FILE, Settings  # noqa: E402
from flows.errors import MeedenkersError  # noqa: E402
from storage.crypto import own_key, use_keys  # noqa: E402
from storage.settings import load_settings, refuse  # noqa: E402

NO_TERMINAL = (
    "No BOT_TOKEN is set, so this would be the demo chat, but there is no terminal to type in. "
    "Run `make run` in a terminal, or set BOT_TOKEN (see .env.example) to run the bot."
)


def main() -> int:
    settings = load_settings(Settings)
    setup_logging(settings.log_level, settings.log_format)
    if settings.bot_token is None and not sys.stdin.isatty():
        print(NO_TERMINAL, file=sys.stderr)
        return 2
    use_keys(data_keys(settings))
    try:
        if settings.bot_token is None:
            gc.enable()  # the demo chat: nobody waits for a collection there
            from bot.demo import run_demo

            asyncio.run(run_demo(settings))
        else:
            from bot.runner import poll, serve_webhook

            asyncio.run(
                serve_webhook(settings) if settings.bot_mode == "webhook" else poll(settings)
            )
    except MeedenkersError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def data_keys(settings: Settings) -> str:
    """DATA_KEY; a real bot refuses to start without it. The demo chat, a world of its own,
    always uses its own key, beside its own database."""
    if settings.bot_token is None:
        return own_key(DEMO_KEY_FILE)
    if settings.data_key is None:
        refuse("DATA_KEY", "is missing: make a key with `python -m storage.crypto`, put it in .env")
    return settings.data_key.get_secret_value()


if __name__ == "__main__":
    sys.exit(main())
