"""Which Telegram updates were handled already."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate


async def claim(session: AsyncSession, update_id: int) -> bool:
    """Mark the update as handled in this unit of work; False if it was handled before."""
    seen = await session.scalar(
        select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == update_id)
    )
    if seen is not None:
        return False
    session.add(ProcessedUpdate(update_id=update_id))
    await session.flush()
    return True


async def last_handled(session: AsyncSession) -> int:
    """The highest update id handled so far (0 if none), so a new source can continue after it."""
    return await session.scalar(select(func.max(ProcessedUpdate.update_id))) or 0
