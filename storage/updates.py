"""Which Telegram updates were handled already."""

from __future__ import annotations

from enum import Enum

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate, utcnow


class Claim(Enum):
    NEW = "new"  # handle it
    DONE = "done"  # handled and answered before: skip it
    UNANSWERED = "unanswered"  # handled, but the process died before its replies


async def claim(session: AsyncSession, update_id: int) -> Claim:
    """Mark the update as handled in this unit of work, unless it was handled before."""
    seen = await session.get(ProcessedUpdate, update_id)
    if seen is not None:
        return Claim.DONE if seen.answered_at is not None else Claim.UNANSWERED
    session.add(ProcessedUpdate(update_id=update_id))
    await session.flush()
    return Claim.NEW


async def answered(session: AsyncSession, update_id: int) -> None:
    await session.execute(
        update(ProcessedUpdate)
        .where(ProcessedUpdate.update_id == update_id)
        .values(answered_at=utcnow())
    )


async def last_handled(session: AsyncSession) -> int:
    """The highest update id handled so far (0 if none), so a new source can continue after it."""
    return await session.scalar(select(func.max(ProcessedUpdate.update_id))) or 0
