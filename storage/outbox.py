"""The transactional outbox: messages written with the change they tell of, sent later.

A notification is written in the same transaction as the change it reports, so either
both happen or neither. A sender (bot/outbox.py) first *claims* a row: one short
transaction gives it a lease (`claimed_until`), so no other sender, in this process or
another, takes the row while the lease runs. On PostgreSQL the claim skips rows another
transaction is claiming right now (`FOR UPDATE SKIP LOCKED`); SQLite runs one writer at a
time. A sender that dies leaves its lease to run out, and the row is taken again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import pacing
from storage.models import Notification, as_utc, utcnow

PENDING, SENT, BLOCKED, PARKED = "pending", "sent", "blocked", "parked"
ERASED = "erased"  # its recipient or subject asked to be forgotten before it went out
NOBODY = 0  # the chat of a message whose recipient was erased
URGENT = "urgent"  # danger alerts: always sent first
# Not a message: take the buttons off one sent before (an offer that no longer stands).
DROP_BUTTONS = "drop_buttons"
WITHDRAWN = "withdrawn"  # an offer that ended before it went out: never sent
# Renewed while a send takes long; a sender that died frees its row within this time.
LEASE = timedelta(seconds=15)


@dataclass(frozen=True)
class Claimed:
    """A notification a sender holds the lease of: what it needs to send it."""

    id: int
    chat_id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    request_id: int | None


def enqueue(
    session: AsyncSession,
    chat_id: int,
    kind: str,
    payload: dict[str, Any],
    request_id: int | None = None,
) -> None:
    session.add(
        Notification(
            chat_id=chat_id, kind=kind, payload=payload, status=PENDING, request_id=request_id
        )
    )


def _claimable(now):
    return (
        (Notification.status == PENDING)
        & (Notification.next_attempt_at <= now)
        & (Notification.claimed_until.is_(None) | (Notification.claimed_until <= now))
    )


async def claim(session: AsyncSession, limit: int = 1, skip: tuple[int, ...] = ()) -> list[Claimed]:
    """Take the lease of up to `limit` due notifications, urgent first, then oldest.

    PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED picks rows no other transaction is taking,
    then they are leased. SQLite: one UPDATE … WHERE id IN (SELECT …) both picks and
    leases, so it holds the write lock from the start and two senders take turns.
    """
    now = utcnow()
    chosen = (
        select(Notification.id)
        .where(
            _claimable(now),
            Notification.id.not_in(skip),
            Notification.chat_id.not_in(pacing.busy_chats()),  # their moment is not yet
        )
        .order_by(case((Notification.kind == URGENT, 0), else_=1), Notification.id)
        .limit(limit)
    )
    if session.bind.dialect.name == "postgresql":
        ids = list(await session.scalars(chosen.with_for_update(skip_locked=True)))
        if not ids:
            return []
        which = Notification.id.in_(ids)
    else:
        which = Notification.id.in_(chosen.scalar_subquery())
    rows = await session.execute(
        update(Notification)
        .where(which, _claimable(now))
        .values(claimed_until=now + LEASE)
        .returning(
            Notification.id,
            Notification.chat_id,
            Notification.kind,
            Notification.payload,
            Notification.attempts,
            Notification.request_id,
        )
        .execution_options(synchronize_session=False)
    )
    claimed = [Claimed(*row) for row in rows]
    return sorted(claimed, key=lambda n: (n.kind != URGENT, n.id))


async def mark_sent(
    session: AsyncSession, notification_id: int, message_id: int | None = None
) -> None:
    """One statement, nothing read first: the step after Telegram's answer stays short.
    Telegram's id of the message is kept, so the bot can delete it again (erasure)."""
    await session.execute(
        update(Notification)
        .where(Notification.id == notification_id)
        .values(status=SENT, sent_at=utcnow(), claimed_until=None, telegram_message_id=message_id)
        .execution_options(synchronize_session=False)
    )


async def renew(session: AsyncSession, notification_id: int) -> None:
    """Extend the lease while a send takes long (Telegram asked to wait, say)."""
    await session.execute(
        update(Notification)
        .where(Notification.id == notification_id, Notification.status == PENDING)
        .values(claimed_until=utcnow() + LEASE)
        .execution_options(synchronize_session=False)
    )


async def retry_later(
    session: AsyncSession, notification_id: int, delay: float, error: str, failed: bool = True
) -> int:
    """Try again after `delay` seconds; a 429 is no failure (`failed=False`). Returns how
    many attempts failed so far."""
    row = await session.get(Notification, notification_id)
    row.attempts += 1 if failed else 0
    row.next_attempt_at = utcnow() + timedelta(seconds=delay)
    row.claimed_until = None
    row.last_error = error
    return row.attempts


async def give_up(
    session: AsyncSession, notification_id: int, status: str, error: str
) -> Notification:
    """Not sent, and not tried again: blocked by the recipient, or parked for a person."""
    row = await session.get(Notification, notification_id)
    row.status, row.last_error = status, error
    row.attempts += 1
    row.claimed_until = None
    return row


async def release(session: AsyncSession, notification_id: int) -> None:
    """Hand a claimed row back untouched (the sender stops before sending it)."""
    await session.execute(
        update(Notification)
        .where(Notification.id == notification_id, Notification.status == PENDING)
        .values(claimed_until=None)
        .execution_options(synchronize_session=False)
    )


async def backlog(session: AsyncSession) -> tuple[int, datetime | None]:
    """How many notifications wait, and since when the oldest (for /healthz)."""
    count, oldest = (
        await session.execute(
            select(func.count(), func.min(Notification.created_at)).where(
                Notification.status == PENDING
            )
        )
    ).one()
    return count, as_utc(oldest) if oldest else None


async def withdraw_offers(
    session: AsyncSession, chat_id: int, request_id: int, kinds: tuple[str, ...]
) -> list[int]:
    """An offer about a request to one person ended: what has not gone out never will, and
    the ids of what Telegram shows are returned, to take its buttons off."""
    about = (
        (Notification.chat_id == chat_id)
        & (Notification.request_id == request_id)
        & Notification.kind.in_(kinds)
    )
    await session.execute(
        update(Notification)
        .where(about, Notification.status == PENDING, Notification.claimed_until.is_(None))
        .values(status=WITHDRAWN)
        .execution_options(synchronize_session=False)
    )
    shown = await session.scalars(
        select(Notification.telegram_message_id).where(
            about, Notification.telegram_message_id.is_not(None)
        )
    )
    return list(shown)


async def withdraw_drops(session: AsyncSession, request_ids: list[int]) -> None:
    """Buttons waiting to be taken off messages about these requests: not any more (the
    messages themselves are deleted)."""
    await session.execute(
        update(Notification)
        .where(
            Notification.request_id.in_(request_ids),
            Notification.kind == DROP_BUTTONS,
            Notification.status == PENDING,
            Notification.claimed_until.is_(None),
        )
        .values(status=WITHDRAWN)
        .execution_options(synchronize_session=False)
    )
