"""Which Telegram updates were handled already."""

from __future__ import annotations

from enum import Enum
from functools import cache

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import core, insert_for
from storage.models import ProcessedUpdate, utcnow

# Built once (per database kind): every update runs them.
_TABLE = ProcessedUpdate.__table__


@cache
def _claim_new(insert):
    return (
        insert(_TABLE)
        .values(update_id=bindparam("id"), processed_at=bindparam("now"))
        .on_conflict_do_nothing(index_elements=[_TABLE.c.update_id])
        .returning(_TABLE.c.update_id)
    )


_ANSWERED = (
    update(_TABLE).where(_TABLE.c.update_id == bindparam("id")).values(answered_at=bindparam("now"))
)


class Claim(Enum):
    NEW = "new"  # handle it
    DONE = "done"  # handled and answered before: skip it
    UNANSWERED = "unanswered"  # handled, but the process died before its replies


async def claim(session: AsyncSession, update_id: int) -> Claim:
    """Mark the update as handled in this unit of work, unless it was handled before: one
    statement for a new update (the usual case), a second one only for one seen before."""
    claim_new = _claim_new(insert_for(session))
    claimed = (await core(session, claim_new, {"id": update_id, "now": utcnow()})).scalar()
    if claimed is not None:
        return Claim.NEW
    answered_at = await session.scalar(
        select(ProcessedUpdate.answered_at).where(ProcessedUpdate.update_id == update_id)
    )
    return Claim.DONE if answered_at is not None else Claim.UNANSWERED


async def answered(session: AsyncSession, update_id: int) -> None:
    await core(session, _ANSWERED, {"id": update_id, "now": utcnow()})


async def last_handled(session: AsyncSession) -> int:
    """The highest update id handled so far (0 if none), so a new source can continue after it."""
    return await session.scalar(select(func.max(ProcessedUpdate.update_id))) or 0
