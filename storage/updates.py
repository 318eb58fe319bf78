"""Which Telegram updates were handled already."""

from __future__ import annotations

from enum import Enum

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import insert_for
from storage.models import ProcessedUpdate, utcnow


class Claim(Enum):
    NEW = "new"  # handle it
    DONE = "done"  # handled and answered before: skip it
    UNANSWERED = "unanswered"  # handled, but the process died before its replies


async def claim(session: AsyncSession, update_id: int) -> Claim:
    """Mark the update as handled in this unit of work, unless it was handled before: one
    statement for a new update (the usual case), a second one only for one seen before."""
    claimed = await session.scalar(
        insert_for(session)(ProcessedUpdate)
        .values(update_id=update_id, processed_at=utcnow())
        .on_conflict_do_nothing(index_elements=[ProcessedUpdate.update_id])
        .returning(ProcessedUpdate.update_id)
    )
    if claimed is not None:
        return Claim.NEW
    answered_at = await session.scalar(
        select(ProcessedUpdate.answered_at).where(ProcessedUpdate.update_id == update_id)
    )
    return Claim.DONE if answered_at is not None else Claim.UNANSWERED


async def answered(session: AsyncSession, update_id: int) -> None:
    await session.execute(
        update(ProcessedUpdate)
        .where(ProcessedUpdate.update_id == update_id)
        .values(answered_at=utcnow())
    )


async def last_handled(session: AsyncSession) -> int:
    """The highest update id handled so far (0 if none), so a new source can continue after it."""
    return await session.scalar(select(func.max(ProcessedUpdate.update_id))) or 0
