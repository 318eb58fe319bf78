"""Carry out the retention rules (flows/retention.py): anonymise, empty, prune, forget.

Every step is one statement or two, safe to run again: what was done before is not matched
a second time. `now` is passed in, so a test can run the rules at any moment it likes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from flows.retention import ANONYMISED_FIELDS, FINISHED, RetentionResult, RetentionRules
from storage import webchat
from storage.models import (
    ConversationState,
    Meedenker,
    Notification,
    ProcessedUpdate,
    Request,
    Resident,
    SurveyAnswer,
)
from storage.outbox import PENDING


async def apply(
    session: AsyncSession,
    rules: RetentionRules,
    now: datetime,
    keep_chats: Iterable[int] = (),
) -> RetentionResult:
    """Run every rule once. `keep_chats`: people whose conversation is never forgotten
    (the coordinators; Meedenkers and residents who gave consent are kept anyway)."""
    cutoffs = rules.cutoffs(now)
    anonymised, removed = await _anonymise_finished_requests(session, cutoffs.finished_requests)
    return RetentionResult(
        anonymised_requests=anonymised,
        removed_residents=removed,
        emptied_notifications=await _empty_old_notifications(session, cutoffs.sent_notifications),
        pruned_updates=await _prune_update_ids(session, cutoffs.processed_updates),
        forgotten_drafts=await _forget_drafts(session, cutoffs.drafts, set(keep_chats)),
    )


async def _anonymise_finished_requests(session: AsyncSession, cutoff: datetime) -> tuple[int, int]:
    """Free texts, contact, name and the link to the resident go; the figures stay. A
    resident left without any request goes too (a new intake makes them anew)."""
    old = await session.execute(
        select(Request.id, Request.resident_id).where(
            Request.status.in_([status.value for status in FINISHED]),
            Request.updated_at <= cutoff,
            or_(*(getattr(Request, field).is_not(None) for field in ANONYMISED_FIELDS)),
        )
    )
    rows = old.all()
    if not rows:
        return 0, 0
    await anonymise_requests(session, [request_id for request_id, _ in rows])
    residents = {resident_id for _, resident_id in rows if resident_id is not None}
    still_asking = select(Request.resident_id).where(Request.resident_id.is_not(None))
    removed = await session.execute(
        delete(Resident).where(Resident.id.in_(residents), Resident.id.not_in(still_asking))
    )
    return len(rows), removed.rowcount


async def anonymise_requests(session: AsyncSession, request_ids: list[int]) -> None:
    """Free texts, contact, name and the link to the resident go; the figures stay."""
    anonymous = dict.fromkeys(ANONYMISED_FIELDS)
    anonymous["updated_at"] = Request.updated_at  # when it was finished stays what it was
    await session.execute(
        update(Request)
        .where(Request.id.in_(request_ids))
        .values(anonymous)
        .execution_options(synchronize_session=False)
    )
    # The survey's marks stay for the figures; the resident's own sentence goes.
    await session.execute(
        update(SurveyAnswer)
        .where(SurveyAnswer.request_id.in_(request_ids))
        .values(comment=None)
        .execution_options(synchronize_session=False)
    )


async def _empty_old_notifications(session: AsyncSession, cutoff: datetime) -> int:
    """A message that no longer waits to go out loses its contents; the row (when, to whom,
    how it went) stays for the outbox's own bookkeeping."""
    emptied = await session.execute(
        update(Notification)
        .where(
            Notification.status != PENDING,
            Notification.payload.is_not(None),
            func.coalesce(Notification.sent_at, Notification.created_at) <= cutoff,
        )
        .values(payload=None)
        .execution_options(synchronize_session=False)
    )
    return emptied.rowcount


async def _prune_update_ids(session: AsyncSession, cutoff: datetime) -> int:
    pruned = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.processed_at <= cutoff)
    )
    return pruned.rowcount


async def _forget_drafts(session: AsyncSession, cutoff: datetime, keep: set[int]) -> int:
    """Idle conversations of people who never consented: what they typed, and the state."""
    await webchat.forget_idle(session, cutoff)  # and their web chat's cookie opens nothing
    idle = await session.scalars(
        select(ConversationState.key).where(ConversationState.updated_at <= cutoff)
    )
    keys = list(idle)
    if not keys:
        return 0
    consented = await session.scalars(
        select(Resident.telegram_id).where(Resident.consent_at.is_not(None))
    )
    meedenkers = await session.scalars(
        select(Meedenker.telegram_id).where(Meedenker.telegram_id.is_not(None))
    )
    keep = keep | set(consented) | set(meedenkers)
    forget = [key for key in keys if (user := _user_of(key)) is not None and user not in keep]
    for start in range(0, len(forget), 500):
        await session.execute(
            delete(ConversationState).where(ConversationState.key.in_(forget[start : start + 500]))
        )
    return len(forget)


def _user_of(key: str) -> int | None:
    """The Telegram user of an FSM key (`fsm:<bot>:<chat>:<user>`); None keeps the row."""
    last = key.rsplit(":", 1)[-1]
    return int(last) if last.lstrip("-").isdigit() else None
