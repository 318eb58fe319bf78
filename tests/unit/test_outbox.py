"""The outbox sender delivers each message once, even when two rounds overlap."""

from __future__ import annotations

import asyncio
import io

from aiogram import Bot
from sqlalchemy import select

from bot.demo import TerminalSession
from bot.i18n import create_i18n
from bot.notify import Notifier, payload
from bot.outbox import OutboxSender
from flows.render import Text
from storage import outbox
from storage.models import Notification
from storage.uow import unit_of_work


async def test_overlapping_rounds_send_each_message_once(sessions) -> None:
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 77, "test", payload(Text("contact.noted"), "nl"))
    printed = io.StringIO()
    bot = Bot("1:demo", session=TerminalSession(out=printed))
    sender = OutboxSender(bot, sessions, create_i18n(), Notifier(()))
    await asyncio.gather(sender.deliver_due(), sender.deliver_due())
    assert printed.getvalue().count("ik heb het genoteerd") == 1
    async with unit_of_work(sessions) as session:
        [row] = (await session.scalars(select(Notification))).all()
        assert row.status == outbox.SENT and row.sent_at is not None
