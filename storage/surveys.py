"""The residents' survey answers: one row a request, made when the survey is offered."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows.domain import RequestStatus
from flows.survey import DONE, INVITE
from storage.models import Request, Resident, SurveyAnswer, utcnow


async def of_request(session: AsyncSession, request_id: int) -> SurveyAnswer | None:
    return await session.get(SurveyAnswer, request_id)


async def unfinished_of_resident(session: AsyncSession, telegram_id: int) -> int | None:
    """The request whose survey this resident is in the middle of (the newest), if any."""
    return await session.scalar(
        select(SurveyAnswer.request_id)
        .join(Request, Request.id == SurveyAnswer.request_id)
        .join(Resident, Resident.id == Request.resident_id)
        .where(Resident.telegram_id == telegram_id, SurveyAnswer.step != DONE)
        .order_by(SurveyAnswer.request_id.desc())
        .limit(1)
    )


def start(session: AsyncSession, request: Request, now: datetime | None = None) -> SurveyAnswer:
    row = SurveyAnswer(request_id=request.id, step=INVITE, asked_at=now or utcnow())
    session.add(row)
    return row


async def contacted_without_end(session: AsyncSession, contacted_before: datetime) -> list[Request]:
    """Requests still "contacted" since before then, of a resident we still know, and not
    offered the survey yet."""
    rows = await session.scalars(
        select(Request)
        .outerjoin(SurveyAnswer, SurveyAnswer.request_id == Request.id)
        .where(
            Request.status == RequestStatus.CONTACTED.value,
            Request.first_contact_at <= contacted_before,
            Request.resident_id.is_not(None),
            SurveyAnswer.request_id.is_(None),
        )
        .order_by(Request.id)
    )
    return list(rows)


async def unanswered_invitations(
    session: AsyncSession, asked_before: datetime
) -> list[tuple[SurveyAnswer, Request]]:
    """Invitations without any answer and not yet reminded, of a resident we still know."""
    rows = await session.execute(
        select(SurveyAnswer, Request)
        .join(Request, Request.id == SurveyAnswer.request_id)
        .where(
            SurveyAnswer.step == INVITE,
            SurveyAnswer.reminded_at.is_(None),
            SurveyAnswer.asked_at <= asked_before,
            Request.resident_id.is_not(None),
        )
        .order_by(SurveyAnswer.request_id)
    )
    return [(row.SurveyAnswer, row.Request) for row in rows]
