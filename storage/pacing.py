"""Telegram's sending limits for the whole fleet: each sender reserves its moment here.

Telegram takes about 30 messages a second from one bot and one a second in one chat,
however many processes send them. A lane (`send_lane`) holds when its next message may
go: lane 0 for the bot, one lane per chat. A reservation takes the chat's moment first,
then the bot's first moment at or after it, so a message goes at a moment of both lanes
and the lanes are always locked in the same order (no two senders wait for each other).
The rows are locked until the reservation commits, so senders in other processes queue
behind it for a moment instead of taking the same one.
"""

from __future__ import annotations

import time

from sqlalchemy import case, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import insert_for
from storage.models import SendLane

BOT = 0  # the lane of the bot as a whole; Telegram never gives a chat the id 0
BOT_INTERVAL = 1 / 30
CHAT_INTERVAL = 1.0
FORGET_AFTER = 60.0  # seconds after its moment has passed a chat's lane is dropped


async def reserve(session: AsyncSession, chat_id: int, now: float | None = None) -> float:
    """The Unix time at which this message may go; the lanes move on behind it."""
    now = time.time() if now is None else now
    in_chat = await _take(session, chat_id, now, CHAT_INTERVAL)
    moment = await _take(session, BOT, in_chat, BOT_INTERVAL)
    if moment > in_chat:  # the bot's lane was busier: the chat's next one waits for this one
        await _take(session, chat_id, moment, CHAT_INTERVAL, replace=True)
    return moment


def busy_chats(now: float | None = None):
    """The chats whose next moment has not come yet (to claim other chats' rows first)."""
    now = time.time() if now is None else now
    return select(SendLane.lane).where(SendLane.next_at > now, SendLane.lane != BOT)


async def forget_past(session: AsyncSession, now: float | None = None) -> None:
    """Drop the lanes of chats nothing was sent to lately: they pace nothing any more, and
    a chat id is not kept longer than it is of use."""
    now = time.time() if now is None else now
    await session.execute(
        delete(SendLane)
        .where(SendLane.lane != BOT, SendLane.next_at < now - FORGET_AFTER)
        .execution_options(synchronize_session=False)
    )


async def forget_chat(session: AsyncSession, chat_id: int) -> None:
    """The chat's lane, for an erasure."""
    await session.execute(
        delete(SendLane)
        .where(SendLane.lane == chat_id)
        .execution_options(synchronize_session=False)
    )


async def _take(
    session: AsyncSession, lane: int, not_before: float, interval: float, replace: bool = False
) -> float:
    """The lane's first free moment at or after `not_before` (or `not_before` itself, with
    `replace`); the lane's next moment becomes that plus `interval`. One statement."""
    statement = insert_for(session)(SendLane).values(lane=lane, next_at=not_before + interval)
    moved_on = (
        not_before
        if replace
        else case((SendLane.next_at > not_before, SendLane.next_at), else_=not_before)
    )
    next_at = await session.scalar(
        statement.on_conflict_do_update(
            index_elements=[SendLane.lane], set_={"next_at": moved_on + interval}
        ).returning(SendLane.next_at)
    )
    return next_at - interval
