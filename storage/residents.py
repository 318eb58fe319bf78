"""Residents and their requests, as the intake creates them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from flows.domain import RequestStatus
from storage.models import Request, RequestEvent, Resident, utcnow


async def record_consent(session: AsyncSession, telegram_id: int, locale: str) -> Resident:
    resident = await session.scalar(select(Resident).where(Resident.telegram_id == telegram_id))
    if resident is None:
        resident = Resident(telegram_id=telegram_id)
        session.add(resident)
    resident.consent_at, resident.locale = utcnow(), locale
    await session.flush()
    return resident


async def forget_draft(session: AsyncSession, telegram_id: int) -> None:
    """Remove a resident who never sent a request; sent requests stay for their Meedenker."""
    has_requests = exists().where(Request.resident_id == Resident.id)
    await session.execute(
        delete(Resident).where(Resident.telegram_id == telegram_id, ~has_requests)
    )


async def submit_request(
    session: AsyncSession, telegram_id: int, locale: str, answers: dict[str, Any]
) -> Request:
    """Store the finished intake as a request with status "chosen" and its first event."""
    resident = await session.scalar(select(Resident).where(Resident.telegram_id == telegram_id))
    if resident is None:  # consent was given, but the row went with an earlier /stop
        resident = await record_consent(session, telegram_id, locale)
    request = Request(
        resident_id=resident.id,
        status=RequestStatus.CHOSEN.value,
        gemeente=answers.get("gemeente"),
        question=answers.get("question"),
        levensgebieden=list(answers.get("levensgebieden") or []),
        persona=answers.get("persona"),
        preference=answers.get("preference"),
        language=answers.get("language"),
        contact_method=answers.get("contact_method"),
        contact_value=answers.get("contact_value"),
        chosen_meedenker_id=answers.get("meedenker"),
    )
    request.events.append(
        RequestEvent(
            status=RequestStatus.CHOSEN.value,
            actor="resident",
            reason="coordinator_picks" if not answers.get("meedenker") else None,
        )
    )
    session.add(request)
    await session.flush()
    return request
