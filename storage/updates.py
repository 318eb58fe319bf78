"""Which Telegram updates were handled already."""

from __future__ import annotations

from sqlalchemy import select
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
