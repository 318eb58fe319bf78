"""Delivers the outbox within Telegram's limits, each message once.

At most 30 messages a second in all and one a second per chat. A 429 waits as long as
Telegram asks; 5xx and network errors back off with jitter; a recipient who blocked the
bot (or never started it) is marked, and the coordinator is told.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.notify import Notifier
from bot.render import inline_keyboard, text_of
from bot.retry import TRANSIENT
from bot.worker import Worker
from flows import notices
from flows.render import Button, Say, Text, from_data
from flows.text import N_
from storage import outbox, requests
from storage.uow import unit_of_work

logger = logging.getLogger("meedenkers.outbox")

GLOBAL_INTERVAL = 1 / 30  # Telegram: about 30 messages a second in all
CHAT_INTERVAL = 1.0  # and one a second in one chat
POLL_INTERVAL = 1.0
MAX_BACKOFF = 300.0


class OutboxSender(Worker):
    name = "outbox"

    def __init__(
        self, bot: Bot, sessions: async_sessionmaker[AsyncSession], i18n: I18n, notifier: Notifier
    ) -> None:
        super().__init__()
        self.bot, self.sessions, self.i18n, self.notifier = bot, sessions, i18n, notifier
        self._wake = asyncio.Event()
        self._one_round = asyncio.Lock()  # two rounds at once would send a message twice
        self._last_sent = 0.0
        self._last_in_chat: dict[int, float] = {}

    def wake(self) -> None:
        """Something was committed to the outbox: look now instead of at the next poll."""
        self._wake.set()

    async def round(self) -> None:
        await self.deliver_due()

    async def pause(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), POLL_INTERVAL)
        self._wake.clear()

    async def deliver_due(self) -> int:
        async with self._one_round:
            async with unit_of_work(self.sessions) as session:
                due = [
                    (n.id, n.chat_id, n.kind, n.payload, n.attempts)
                    for n in await outbox.due(session)
                ]
            for item in due:
                await self._deliver(*item)
            return len(due)

    async def _deliver(
        self, notification_id: int, chat_id: int, kind: str, payload: dict[str, Any], attempts: int
    ) -> None:
        await self._respect_limits(chat_id)
        try:
            text, markup = self._render(payload)
            await self.bot.send_message(chat_id, text, reply_markup=markup)
        except TelegramRetryAfter as exc:
            await self._later(notification_id, exc.retry_after, "429")
        except TRANSIENT as exc:
            delay = min(MAX_BACKOFF, 2.0**attempts) * random.uniform(0.5, 1.5)
            await self._later(notification_id, delay, type(exc).__name__)
        except TelegramForbiddenError:
            await self._undeliverable(notification_id, chat_id, outbox.BLOCKED)
        except TelegramBadRequest as exc:
            logger.error("notification %s (%s) refused: %s", notification_id, kind, exc.message)
            await self._undeliverable(notification_id, chat_id, outbox.FAILED, exc.message)
        else:
            # Recorded as sent in the step that learned Telegram accepted it.
            async with unit_of_work(self.sessions) as session:
                await outbox.mark_sent(session, notification_id)

    async def _respect_limits(self, chat_id: int) -> None:
        now = time.monotonic()
        wait = max(
            self._last_sent + GLOBAL_INTERVAL - now,
            self._last_in_chat.get(chat_id, 0.0) + CHAT_INTERVAL - now,
        )
        if wait > 0:
            await asyncio.sleep(wait)
        self._last_sent = self._last_in_chat[chat_id] = time.monotonic()

    def _render(self, payload: dict[str, Any]) -> tuple[str, InlineKeyboardMarkup | None]:
        """The waiting message in its recipient's language; its buttons are packed already."""
        say = Say(
            from_data(payload["text"]),
            tuple(
                tuple(Button(from_data(b["label"]), b["data"]) for b in row)
                for row in payload.get("buttons", [])
            ),
        )
        persona = payload.get("persona")
        with self.i18n.context(), self.i18n.use_locale(payload.get("locale") or "nl"):
            return text_of(say.text, persona), inline_keyboard(say, lambda data: data, persona)

    async def _later(self, notification_id: int, delay: float, why: str) -> None:
        logger.warning("notification %s: %s, again in %.1fs", notification_id, why, delay)
        async with unit_of_work(self.sessions) as session:
            await outbox.retry_later(session, notification_id, delay, why)

    async def _undeliverable(
        self, notification_id: int, chat_id: int, status: str, why: str = "blocked"
    ) -> None:
        logger.warning("notification %s cannot be delivered: %s", notification_id, status)
        async with unit_of_work(self.sessions) as session:
            await outbox.give_up(session, notification_id, status, why)
            if chat_id in self.notifier.coordinator_ids:
                return  # nobody else to tell
            meedenker = await requests.meedenker_by_telegram(session, chat_id)
            if meedenker is not None:
                meedenker.blocked_bot = True
                who: Text | str = meedenker.name
            else:
                who = Text(N_("coordinator.a_resident"))
            self.notifier.coordinators(
                session, "undeliverable", notices.undeliverable_for_coordinator(who, None)
            )
        self.wake()
