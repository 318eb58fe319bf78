"""Delivers the outbox within Telegram's limits: urgent first, one row at a time.

Each row is claimed (storage/outbox.py) before it is sent, so two senders never send it
both. At most 30 messages a second in all and one a second per chat, for all processes
together: each send reserves its moment in the database first (storage/pacing.py). A 429
waits as long as Telegram asks; other failures back off with jitter, and a message that
keeps failing (MAX_ATTEMPTS), or that Telegram refuses (400), or that cannot be rendered,
is *parked*: kept, not tried again, and the coordinator is told which request it
concerned. Only a 403 means the recipient blocked the bot. Whatever goes wrong with one
row, the next row is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.types import InlineKeyboardMarkup, Message
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.callbacks import pack_for_request
from bot.notify import Notifier
from bot.render import inline_keyboard, text_of
from bot.worker import Worker
from flows import notices
from flows.render import Button, Say, Text, from_data
from flows.text import N_
from storage import outbox, pacing, requests, webchat
from storage.uow import unit_of_work, writer_turn
from storage.webchat import is_web_chat

logger = logging.getLogger("meedenkers.outbox")

POLL_INTERVAL = 1.0
MAX_BACKOFF = 300.0
MAX_ATTEMPTS = 5  # failed sends (each already retried by bot/retry.py) before parking
ROUND_MAX = 500  # rows in one round at most; the next round goes on
STOP_GRACE = 10.0  # seconds a shutdown waits for the message in hand
UNDELIVERABLE = "undeliverable"  # the kind of a notice about a message that did not arrive


class OutboxSender(Worker):
    name = "outbox"

    def __init__(
        self, bot: Bot, sessions: async_sessionmaker[AsyncSession], i18n: I18n, notifier: Notifier
    ) -> None:
        super().__init__()
        self.bot, self.sessions, self.i18n, self.notifier = bot, sessions, i18n, notifier
        self._wake = asyncio.Event()
        self._one_round = asyncio.Lock()  # the demo's flush and the loop never overlap

    def wake(self) -> None:
        """Something was committed to the outbox: look now instead of at the next poll."""
        self._wake.set()

    async def round(self) -> None:
        await self.deliver_due()

    async def pause(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), POLL_INTERVAL)
        self._wake.clear()

    async def stop(self, grace: float = STOP_GRACE) -> None:
        """Finish the message in hand (so it is marked sent), then stop."""
        self._stopping = True
        self.wake()
        await super().stop(grace)

    async def deliver_due(self) -> int:
        """Send what is due, one claimed row at a time, so an urgent row that comes in
        meanwhile goes next. Returns how many rows were tried."""
        async with self._one_round:
            tried: list[int] = []
            while not self._stopping and len(tried) < ROUND_MAX:
                async with unit_of_work(self.sessions) as session:
                    claimed = await outbox.claim(session, skip=tuple(tried[-50:]))
                if not claimed:
                    break
                for item in claimed:
                    tried.append(item.id)
                    await self._deliver_safely(item)
            if tried:
                async with unit_of_work(self.sessions) as session:
                    await pacing.forget_past(session)
            return len(tried)

    async def _deliver_safely(self, item: outbox.Claimed) -> None:
        try:
            await self._deliver(item)
        except Exception as exc:  # noqa: BLE001 - one bad row must not stop the others
            # The type only: a traceback could quote the message, and logs carry no text.
            logger.error("notification %s (%s) failed: %s", item.id, item.kind, type(exc).__name__)
            with contextlib.suppress(Exception):
                await self._failed(item, type(exc).__name__)

    async def _deliver(self, item: outbox.Claimed) -> None:
        if is_web_chat(item.chat_id):  # the web chat's page shows it: kept is delivered
            async with unit_of_work(self.sessions) as session:
                await webchat.delivered(session, item.id)
            metrics.OUTBOX_SENT.inc()
            return
        try:
            text, markup = (None, None) if _edit_only(item) else self._render(item.payload)
        except Exception as exc:  # noqa: BLE001 - a broken payload is parked, not retried
            logger.error(
                "notification %s (%s) cannot be rendered: %s",
                item.id,
                item.kind,
                type(exc).__name__,
            )
            await self._undeliverable(item, outbox.PARKED, f"render: {type(exc).__name__}")
            return
        await self._respect_limits(item.chat_id)
        if self._stopping:
            async with unit_of_work(self.sessions) as session:
                await outbox.release(session, item.id)
            return
        async with self._holding(item.id), self.sessions() as marker:
            # The connection for "sent" is ready before Telegram is asked, so between its
            # answer and the commit there is one UPDATE and nothing else.
            await marker.connection()
            try:
                sent = await self._send(item, text, markup)
            except TelegramRetryAfter as exc:
                await self._later(item, exc.retry_after, "429", failed=False)
                return
            except TelegramForbiddenError:
                await self._undeliverable(item, outbox.BLOCKED, "403 blocked")
                return
            except TelegramBadRequest as exc:
                logger.error("notification %s (%s) refused: %s", item.id, item.kind, exc.message)
                await self._undeliverable(item, outbox.PARKED, f"400 {exc.message}")
                return
            except Exception as exc:  # noqa: BLE001 - 5xx, network, anything: try again later
                await self._failed(item, type(exc).__name__)
                return
            async with writer_turn(self.sessions):  # SQLite: after the update in hand
                await outbox.mark_sent(marker, item.id, sent.message_id if sent else None)
                await marker.commit()
            metrics.OUTBOX_SENT.inc()

    @contextlib.asynccontextmanager
    async def _holding(self, notification_id: int) -> AsyncIterator[None]:
        """Renew the row's lease while Telegram (and bot/retry.py) take their time."""

        async def renew() -> None:
            while True:
                await asyncio.sleep(outbox.LEASE.total_seconds() / 3)
                async with unit_of_work(self.sessions) as session:
                    await outbox.renew(session, notification_id)

        renewing = asyncio.create_task(renew())
        try:
            yield
        finally:
            renewing.cancel()
            await asyncio.gather(renewing, return_exceptions=True)

    async def _send(self, item: outbox.Claimed, text, markup) -> Message | None:
        """The message; or, for an offer that ended, its buttons taken off (a message already
        without them, or deleted by its reader, is done just as well)."""
        if not _edit_only(item):
            return await self.bot.send_message(item.chat_id, text, reply_markup=markup)
        try:
            await self.bot.edit_message_reply_markup(
                chat_id=item.chat_id, message_id=item.payload["message_id"], reply_markup=None
            )
        except TelegramBadRequest as exc:
            if "not modified" not in exc.message and "not found" not in exc.message:
                raise
        return None

    async def _respect_limits(self, chat_id: int) -> None:
        """Wait for this message's moment, reserved for the whole fleet."""
        async with unit_of_work(self.sessions) as session:
            moment = await pacing.reserve(session, chat_id)
        wait = moment - time.time()
        if wait > 0:
            await asyncio.sleep(wait)

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

    async def _failed(self, item: outbox.Claimed, why: str) -> None:
        """A failure that may pass (5xx, network): back off, and park after MAX_ATTEMPTS."""
        if item.attempts + 1 >= MAX_ATTEMPTS:
            await self._undeliverable(item, outbox.PARKED, f"{why} ({MAX_ATTEMPTS} attempts)")
            return
        delay = min(MAX_BACKOFF, 3.0 ** (item.attempts + 1)) * random.uniform(0.5, 1.5)
        await self._later(item, delay, why)

    async def _later(self, item: outbox.Claimed, delay: float, why: str, failed=True) -> None:
        logger.warning("notification %s: %s, again in %.1fs", item.id, why, delay)
        async with unit_of_work(self.sessions) as session:
            await outbox.retry_later(session, item.id, delay, why, failed=failed)

    async def _undeliverable(self, item: outbox.Claimed, status: str, why: str) -> None:
        metrics.OUTBOX_FAILED.labels(status).inc()
        """Keep the row with its status; tell the coordinator(s) who missed a message."""
        logger.warning("notification %s (%s) not delivered: %s", item.id, item.kind, status)
        blocked = status == outbox.BLOCKED
        async with unit_of_work(self.sessions) as session:
            await outbox.give_up(session, item.id, status, why)
            if item.kind == UNDELIVERABLE:
                return  # a notice about a lost notice: no chain of notices
            if item.chat_id in self.notifier.coordinator_ids:
                logger.error(
                    "a %s notification (%s) to a coordinator did not arrive", item.kind, status
                )
                who: Text | str = Text(N_("coordinator.a_coordinator"))
            else:
                meedenker = await requests.meedenker_by_telegram(session, item.chat_id)
                if meedenker is not None and blocked:
                    meedenker.blocked_bot = True
                who = meedenker.name if meedenker else Text(N_("coordinator.a_resident"))
            request_id = item.request_id
            self.notifier.coordinators(
                session,
                UNDELIVERABLE,
                notices.undeliverable_for_coordinator(who, request_id, blocked=blocked),
                pack=pack_for_request(request_id),
                request_id=request_id,
                but=item.chat_id,
            )
        self.wake()


def _edit_only(item: outbox.Claimed) -> bool:
    return item.kind == outbox.DROP_BUTTONS
