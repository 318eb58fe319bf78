"""The transactional outbox: messages written with the change they tell of, sent later.

A notification is written in the same transaction as the change it reports, so either
both happen or neither. The sender (bot/outbox.py) marks it sent the moment Telegram
has accepted it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Notification, utcnow

PENDING, SENT, BLOCKED, FAILED = "pending", "sent", "blocked", "failed"


def enqueue(session: AsyncSession, chat_id: int, kind: str, payload: dict[str, Any]) -> None:
    session.add(Notification(chat_id=chat_id, kind=kind, payload=payload, status=PENDING))


async def due(session: AsyncSession, limit: int = 50) -> list[Notification]:
    """Pending notifications whose time has come, oldest first."""
    rows = await session.scalars(
        select(Notification)
        .where(Notification.status == PENDING, Notification.next_attempt_at <= utcnow())
        .order_by(Notification.id)
        .limit(limit)
    )
    return list(rows)


async def mark_sent(session: AsyncSession, notification_id: int) -> None:
    row = await session.get(Notification, notification_id)
    row.status, row.sent_at = SENT, utcnow()


async def retry_later(
    session: AsyncSession, notification_id: int, delay: float, error: str
) -> None:
    row = await session.get(Notification, notification_id)
    row.attempts += 1
    row.next_attempt_at = utcnow() + timedelta(seconds=delay)
    row.last_error = error[:200]


async def give_up(
    session: AsyncSession, notification_id: int, status: str, error: str
) -> Notification:
    row = await session.get(Notification, notification_id)
    row.status, row.last_error = status, error[:200]
    row.attempts += 1
    return row
