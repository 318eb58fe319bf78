"""Work that is due by the clock: reminders, handing over unanswered introductions, and
the requests of Meedenkers who left the directory; and the daily retention job."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import surveys, workflow
from bot.notify import Notifier
from bot.outbox import OutboxSender
from bot.worker import Worker
from flows.retention import RetentionRules
from storage import instance, retention
from storage.models import utcnow
from storage.uow import unit_of_work

logger = logging.getLogger("meedenkers.timers")


class Timers(Worker):
    name = "timers"

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        notifier: Notifier,
        sender: OutboxSender,
        reminder_after: timedelta,
        hand_over_after: timedelta,
    ):
        super().__init__()
        self.sessions, self.notifier, self.sender = sessions, notifier, sender
        self.reminder_after, self.hand_over_after = reminder_after, hand_over_after
        # Check often enough to be at most a quarter of the shortest period late.
        shortest = min(reminder_after, hand_over_after).total_seconds()
        self.interval = min(60.0, max(0.5, shortest / 4))

    async def round(self) -> None:
        async with unit_of_work(self.sessions) as session:
            if not await instance.lead(session):
                return  # another process of this bot does the clock's work just now
            await workflow.remind_and_hand_over(
                session, self.notifier, self.reminder_after, self.hand_over_after
            )
            await workflow.meedenkers_left(session, self.notifier)
            await surveys.due(session, self.notifier, utcnow())
        self.sender.wake()

    async def pause(self) -> None:
        await asyncio.sleep(self.interval)


class DailyRetention(Worker):
    """Once a day (and once at start): remove what is kept longer than the rules allow."""

    name = "retention"
    interval = 24 * 3600.0

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        rules: RetentionRules,
        keep_chats: tuple[int, ...],
    ):
        super().__init__()
        self.sessions, self.rules, self.keep_chats = sessions, rules, keep_chats

    async def round(self) -> None:
        async with unit_of_work(self.sessions) as session:
            if not await instance.lead(session, instance.RETENTION):
                return
            result = await retention.apply(session, self.rules, utcnow(), self.keep_chats)
        logger.info("retention: %s", ", ".join(f"{k} {v}" for k, v in asdict(result).items()))

    async def pause(self) -> None:
        await asyncio.sleep(self.interval)
