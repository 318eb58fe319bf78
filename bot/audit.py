"""Writes the audit log (storage/audit.py) for staff: who opened or changed which request.

The person acting is the sender of the update in hand; RoleMiddleware notes them here, so
a lifecycle step deep in bot/workflow.py can name them without every caller passing it.
"""

from __future__ import annotations

from contextvars import ContextVar

from sqlalchemy.ext.asyncio import AsyncSession

from flows.lifecycle import Action, Actor
from storage import audit

acting_user: ContextVar[int | None] = ContextVar("acting_user", default=None)

STAFF = (Actor.COORDINATOR, Actor.MEEDENKER)


def opened(session: AsyncSession, request_id: int, actor: Actor, telegram_id: int) -> None:
    audit.record(session, request_id, actor.value, audit.OPENED, telegram_id)


def changed(session: AsyncSession, request_id: int, actor: Actor, action: Action) -> None:
    """A lifecycle step by staff; the resident's own steps and the timers' are not audited
    here (a resident's export and erasure are, without naming them)."""
    if actor in STAFF:
        audit.record(
            session, request_id, actor.value, audit.CHANGED, acting_user.get(), action.value
        )


def by_resident(session: AsyncSession, request_id: int, what: str) -> None:
    audit.record(session, request_id, Actor.RESIDENT.value, what)
