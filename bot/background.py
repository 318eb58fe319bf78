"""The work that runs beside the updates: the outbox sender, the timers, retention."""

from __future__ import annotations

from datetime import timedelta

from aiogram import Bot
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.notify import Notifier
from bot.outbox import OutboxSender
from bot.settings import Settings
from bot.timers import DailyRetention, Timers


class Background:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        i18n: I18n,
        notifier: Notifier,
        settings: Settings,
    ) -> None:
        self.sessions, self.i18n, self.notifier, self.settings = sessions, i18n, notifier, settings
        self.sender: OutboxSender | None = None
        self.timers: Timers | None = None
        self.retention: DailyRetention | None = None

    def wake(self) -> None:
        """Called after every commit: new messages may wait in the outbox."""
        if self.sender is not None:
            self.sender.wake()

    async def start(self, bot: Bot) -> None:
        self.sender = OutboxSender(bot, self.sessions, self.i18n, self.notifier)
        self.timers = Timers(
            self.sessions,
            self.notifier,
            self.sender,
            reminder_after=timedelta(hours=self.settings.reminder_after_hours),
            hand_over_after=timedelta(hours=self.settings.escalate_after_hours),
        )
        self.retention = DailyRetention(
            self.sessions, self.settings.retention, self.settings.coordinator_ids
        )
        self.sender.start()
        self.timers.start()
        self.retention.start()

    async def stop(self) -> None:
        for worker in (self.retention, self.timers, self.sender):
            if worker is not None:
                await worker.stop()

    async def flush(self) -> None:
        """Deliver what waits in the outbox now (the demo does this before it ends)."""
        if self.sender is not None:
            await self.sender.deliver_due()
