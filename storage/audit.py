"""The audit log: who opened, changed, exported or erased which request, and when."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEvent

OPENED, CHANGED, EXPORTED, ERASED = "opened", "changed", "exported", "erased"


def record(
    session: AsyncSession,
    request_id: int | None,
    actor: str,
    what: str,
    actor_telegram_id: int | None = None,
    detail: str | None = None,
) -> None:
    """`actor_telegram_id` names staff (coordinator, Meedenker); a resident stays unnamed."""
    session.add(
        AuditEvent(
            request_id=request_id,
            actor=actor,
            what=what,
            actor_telegram_id=actor_telegram_id,
            detail=detail,
        )
    )


async def of_request(session: AsyncSession, request_id: int, limit: int = 30) -> list[AuditEvent]:
    """The latest steps on one request, oldest first."""
    rows = await session.scalars(
        select(AuditEvent)
        .where(AuditEvent.request_id == request_id)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    return list(reversed(list(rows)))
