"""A request's life after the intake: introduced, answered, reminded, escalated, closed.

Every status change is kept as a RequestEvent (who, when, why) for the coordinator's
history and the network's figures.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows.domain import IntroductionStatus, RequestStatus
from flows.notices import RequestFacts
from storage.models import Introduction, Meedenker, Request, RequestEvent, Resident, utcnow
from storage.residents import record_consent


def set_status(
    request: Request, status: RequestStatus, actor: str, reason: str | None = None
) -> None:
    request.status = status.value
    request.events.append(RequestEvent(status=status.value, actor=actor, reason=reason))


async def submit(
    session: AsyncSession,
    telegram_id: int,
    locale: str,
    answers: dict[str, Any],
    display_name: str | None,
) -> Request:
    """Store the finished intake. A request whose Meedenker passed is updated, not duplicated."""
    resident = await session.scalar(select(Resident).where(Resident.telegram_id == telegram_id))
    if resident is None:  # consent was given, but the row went with an earlier /stop
        resident = await record_consent(session, telegram_id, locale)
    request = await session.scalar(
        select(Request).where(
            Request.resident_id == resident.id, Request.status == RequestStatus.DECLINED.value
        )
    )
    if request is None:
        request = Request(resident_id=resident.id, status=RequestStatus.DRAFT.value)
        session.add(request)
    request.gemeente = answers.get("gemeente")
    request.question = answers.get("question")
    request.levensgebieden = list(answers.get("levensgebieden") or [])
    request.persona = answers.get("persona")
    request.preference = answers.get("preference")
    request.language = answers.get("language")
    request.contact_method = answers.get("contact_method")
    request.contact_value = answers.get("contact_value")
    request.chosen_meedenker_id = answers.get("meedenker")
    request.display_name = display_name
    set_status(
        request,
        RequestStatus.CHOSEN,
        "resident",
        None if request.chosen_meedenker_id else "coordinator_picks",
    )
    await session.flush()
    await session.refresh(request, ["resident", "chosen_meedenker"])
    return request


async def introduce(session: AsyncSession, request: Request, meedenker: Meedenker) -> Introduction:
    introduction = Introduction(request_id=request.id, meedenker_id=meedenker.id)
    session.add(introduction)
    set_status(request, RequestStatus.INTRODUCED, "system")
    await session.flush()
    await session.refresh(introduction)
    return introduction


async def introduction(session: AsyncSession, introduction_id: int) -> Introduction | None:
    return await session.get(Introduction, introduction_id)


async def answer(
    session: AsyncSession, introduction: Introduction, accepted: bool, reason: str | None = None
) -> None:
    introduction.status = (
        IntroductionStatus.ACCEPTED if accepted else IntroductionStatus.DECLINED
    ).value
    introduction.answered_at, introduction.decline_reason = utcnow(), reason
    request = introduction.request
    if accepted:
        set_status(request, RequestStatus.ACCEPTED, "meedenker")
    else:
        request.excluded = [*request.excluded, introduction.meedenker_id]
        set_status(request, RequestStatus.DECLINED, "meedenker", reason)


async def open_introductions(session: AsyncSession, meedenker_id: str) -> list[Introduction]:
    """Introductions waiting for an answer, or taken on and not yet closed."""
    rows = await session.scalars(
        select(Introduction)
        .join(Request, Request.id == Introduction.request_id)
        .where(
            Introduction.meedenker_id == meedenker_id,
            Introduction.status.in_(
                [IntroductionStatus.PENDING.value, IntroductionStatus.ACCEPTED.value]
            ),
            Request.status.not_in([RequestStatus.CLOSED.value, RequestStatus.WITHDRAWN.value]),
        )
        .order_by(Introduction.id)
    )
    return list(rows)


async def unanswered(
    session: AsyncSession, since_before: datetime, reminded: bool
) -> list[Introduction]:
    """Pending introductions made before `since_before` (reminded ones: reminded before it)."""
    moment = Introduction.reminded_at if reminded else Introduction.created_at
    query = select(Introduction).where(
        Introduction.status == IntroductionStatus.PENDING.value, moment <= since_before
    )
    if not reminded:
        query = query.where(Introduction.reminded_at.is_(None))
    return list(await session.scalars(query.order_by(Introduction.id)))


async def meedenker_by_telegram(session: AsyncSession, telegram_id: int) -> Meedenker | None:
    return await session.scalar(select(Meedenker).where(Meedenker.telegram_id == telegram_id))


async def resident_request(session: AsyncSession, request_id: int) -> Request | None:
    return await session.get(Request, request_id)


def facts(request: Request) -> RequestFacts:
    """What a Meedenker or the coordinator may read of a request."""
    return RequestFacts(
        id=request.id,
        gemeente=request.gemeente or "",
        question=request.question or "",
        levensgebieden=tuple(request.levensgebieden),
        persona=request.persona,
        contact_method=request.contact_method,
        contact_value=request.contact_value,
        display_name=request.display_name,
        # None once retention has anonymised the request
        resident_telegram_id=request.resident.telegram_id if request.resident else None,
        meedenker_name=request.chosen_meedenker.name if request.chosen_meedenker else None,
    )


async def expire(session: AsyncSession, introduction: Introduction) -> None:
    """No answer in time: the coordinator takes the request over."""
    introduction.status = IntroductionStatus.EXPIRED.value
    flag_for_desk(introduction.request, ("no_answer",), urgent=False, take_over=True)


def flag_for_desk(
    request: Request, reasons: tuple[str, ...], urgent: bool, take_over: bool
) -> None:
    """Put the request on the coordinator's desk. With `take_over` (nobody else is working
    on it) it becomes the coordinator's to handle: status "escalated"."""
    request.needs_triage = True
    request.urgent = request.urgent or urgent
    request.escalation_reasons = list(dict.fromkeys([*request.escalation_reasons, *reasons]))
    status = RequestStatus.ESCALATED if take_over else RequestStatus(request.status)
    set_status(request, status, "system", ",".join(reasons))


def in_progress(request: Request) -> bool:
    """A Meedenker has been asked, or is helping."""
    return request.status in (
        RequestStatus.INTRODUCED,
        RequestStatus.ACCEPTED,
        RequestStatus.CONTACTED,
    )


async def desk_queue(session: AsyncSession) -> list[Request]:
    """Requests waiting for the coordinator: urgent first, then oldest."""
    rows = await session.scalars(
        select(Request)
        .where(Request.needs_triage.is_(True))
        .order_by(Request.urgent.desc(), Request.created_at, Request.id)
    )
    return list(rows)


async def latest_of_resident(session: AsyncSession, telegram_id: int) -> Request | None:
    return await session.scalar(
        select(Request)
        .join(Resident, Resident.id == Request.resident_id)
        .where(Resident.telegram_id == telegram_id)
        .order_by(Request.id.desc())
        .limit(1)
    )


async def introductions_of(session: AsyncSession, request_id: int) -> list[Introduction]:
    rows = await session.scalars(
        select(Introduction).where(Introduction.request_id == request_id).order_by(Introduction.id)
    )
    return list(rows)


async def meedenker(session: AsyncSession, meedenker_id: str) -> Meedenker | None:
    return await session.get(Meedenker, meedenker_id)
