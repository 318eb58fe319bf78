"""Retries a Bot API call that Telegram could not take just now.

Telegram answers 429 with `retry_after` under load, and 5xx (or a proxy's HTML page)
when it has trouble; neither means the call was wrong. Waiting and trying again keeps a
resident's answer from being lost. `getUpdates` is left alone: polling has its own backoff.
"""

from __future__ import annotations

import asyncio
import logging
import random

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.methods.base import Response, TelegramType

logger = logging.getLogger("meedenkers.telegram")

TRANSIENT = (TelegramServerError, TelegramNetworkError, ClientDecodeError)


class RetryMiddleware(BaseRequestMiddleware):
    def __init__(self, attempts: int = 5, base_delay: float = 0.5, max_wait: float = 30) -> None:
        self.attempts, self.base_delay, self.max_wait = attempts, base_delay, max_wait

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if isinstance(method, GetUpdates):
            return await make_request(bot, method)
        for attempt in range(1, self.attempts + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if attempt == self.attempts or exc.retry_after > self.max_wait:
                    raise
                delay = float(exc.retry_after)
            except TRANSIENT as exc:
                if attempt == self.attempts:
                    raise
                # Exponential backoff with jitter, so retries of many chats do not align.
                delay = self.base_delay * 2 ** (attempt - 1) * random.uniform(0.8, 1.2)
                logger.warning(
                    "%s failed (%s); retry %d in %.1fs",
                    method.__api_method__,
                    type(exc).__name__,
                    attempt,
                    delay,
                )
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")
