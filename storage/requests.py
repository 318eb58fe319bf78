"""Requests and introductions in the database; `apply` carries out the lifecycle's decisions.

Every status change is kept as a RequestEvent (who, when, why) for the coordinator's
history and the network's figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import flag_modified

from flows.domain import IntroductionStatus, RequestStatus
from flows.intake import source_of
from flows.lifecycle import LIVE_INTRODUCTIONS, OPEN, Actor, Decision
from flows.notices import RequestFacts
from flows.privacy import CONSENT_VERSION
from storage import directory_view
from storage.models import Introduction, Meedenker, Request, RequestEvent, Resident, utcnow
from storage.residents import record_consent


@dataclass
class Applied:
    """What carrying out a lifecycle decision changed."""

    request: Request
    introduction: Introduction | None  # the one acted on, or the one made
    ended: list[Introduction] = field(default_factory=list)  # live ones that ended with it


async def apply(
    session: AsyncSession,
    request: Request,
    decision: Decision,
    actor: Actor,
    *,
    introduction: Introduction | None = None,
    meedenker: Meedenker | None = None,
    reason: str | None = None,
    desk_reasons: tuple[str, ...] = (),
    urgent: bool = False,
) -> Applied:
    """Carry out a decision of flows.lifecycle: the only place a status is set."""
    applied = Applied(request, introduction)
    if decision.ends_introductions:
        for live in await live_introductions(session, request.id):
            if live is not introduction:
                live.status = IntroductionStatus.ENDED.value
                applied.ended.append(live)
    if introduction is not None and decision.introduction is not None:
        introduction.status = decision.introduction.value
        if decision.introduction in (IntroductionStatus.ACCEPTED, IntroductionStatus.DECLINED):
            introduction.answered_at, introduction.decline_reason = utcnow(), reason
    if decision.excludes_meedenker and introduction is not None:
        request.excluded = [*request.excluded, introduction.meedenker_id]
    if decision.creates_introduction:
        request.chosen_meedenker = meedenker
        applied.introduction = Introduction(request=request, meedenker=meedenker)
        session.add(applied.introduction)
    if decision.to_desk:
        request.needs_triage = True
        request.urgent = request.urgent or urgent
        request.escalation_reasons = list(
            dict.fromkeys([*request.escalation_reasons, *desk_reasons])
        )
    elif decision.to_desk is False:
        request.needs_triage = False
    if decision.first_contact and request.first_contact_at is None:
        request.first_contact_at = utcnow()
    request.status = decision.status.value
    await directory_view.loads_changed(session)
    event_reason = reason or (",".join(desk_reasons) if desk_reasons else None)
    request.events.append(
        RequestEvent(status=request.status, actor=actor.value, reason=event_reason)
    )
    await session.flush()
    if applied.introduction is not None:
        await session.refresh(applied.introduction)
    return applied


def new_request(session: AsyncSession, resident: Resident) -> Request:
    """A request not yet sent: the lifecycle's SUBMIT makes it real."""
    request = Request(
        resident=resident, status=RequestStatus.DRAFT.value, events=[], chosen_meedenker=None
    )
    session.add(request)
    return request


async def resident_for(session: AsyncSession, telegram_id: int, locale: str) -> Resident:
    resident = await session.scalar(select(Resident).where(Resident.telegram_id == telegram_id))
    if resident is None:  # consent was given, but the row went with an earlier /stop
        resident = await record_consent(session, telegram_id, locale, CONSENT_VERSION)
    return resident


def fill(request: Request, answers: dict[str, Any]) -> None:
    """The intake's answers on the request (a new one, or one the resident chose again for)."""
    request.gemeente = answers.get("gemeente")
    request.question = answers.get("question")
    request.levensgebieden = list(answers.get("levensgebieden") or [])
    request.persona = answers.get("persona")
    request.preference = answers.get("preference")
    request.language = answers.get("language")
    request.contact_method = answers.get("contact_method")
    request.contact_value = answers.get("contact_value")
    # The Telegram name is not kept: the Meedenker reaches the resident by a link.
    request.display_name = None
    request.found_via = answers.get("found_via")
    request.source = source_of(answers)
    on_behalf = request.source != "self"
    request.relation = answers.get("relation") if on_behalf else None
    request.contact_person = answers.get("contact_person") if on_behalf else None


async def live_introductions(session: AsyncSession, request_id: int) -> list[Introduction]:
    rows = await session.scalars(
        select(Introduction).where(
            Introduction.request_id == request_id,
            Introduction.status.in_([s.value for s in LIVE_INTRODUCTIONS]),
        )
    )
    return list(rows)


async def live_introductions_of_inactive(session: AsyncSession) -> list[Introduction]:
    """Live introductions of Meedenkers who left the directory."""
    rows = await session.scalars(
        select(Introduction)
        .join(Meedenker, Meedenker.id == Introduction.meedenker_id)
        .where(
            Meedenker.active.is_(False),
            Introduction.status.in_([s.value for s in LIVE_INTRODUCTIONS]),
        )
        .order_by(Introduction.id)
    )
    return list(rows)


async def introduction(session: AsyncSession, introduction_id: int) -> Introduction | None:
    return await session.get(Introduction, introduction_id)


async def open_introductions(session: AsyncSession, meedenker_id: str) -> list[Introduction]:
    """Introductions waiting for an answer, or taken on and not yet closed."""
    rows = await session.scalars(
        select(Introduction)
        .join(Request, Request.id == Introduction.request_id)
        .where(
            Introduction.meedenker_id == meedenker_id,
            Introduction.status.in_([s.value for s in LIVE_INTRODUCTIONS]),
            Request.status.in_([s.value for s in OPEN]),
        )
        .order_by(Introduction.id)
    )
    return list(rows)


async def unanswered(
    session: AsyncSession, since_before: datetime, reminded: bool
) -> list[Introduction]:
    """Pending introductions made before `since_before` (reminded ones: reminded before it)."""
    moment = Introduction.reminded_at if reminded else Introduction.created_at
    query = (
        select(Introduction)
        .join(Request, Request.id == Introduction.request_id)
        .where(
            Introduction.status == IntroductionStatus.PENDING.value,
            Request.status.in_([s.value for s in OPEN]),
            moment <= since_before,
        )
    )
    if not reminded:
        query = query.where(Introduction.reminded_at.is_(None))
    return list(await session.scalars(query.order_by(Introduction.id)))


async def meedenker_by_telegram(session: AsyncSession, telegram_id: int) -> Meedenker | None:
    return await session.scalar(select(Meedenker).where(Meedenker.telegram_id == telegram_id))


def seen(meedenker: Meedenker) -> None:
    """They are talking to us (again). Not a change to the directory: `updated_at` stays,
    so no process rebuilds its copy of it (storage/directory_view.py) for this."""
    meedenker.last_seen_at = utcnow()
    meedenker.blocked_bot = False
    flag_modified(meedenker, "updated_at")  # written as it was: no onupdate


def set_absence(meedenker: Meedenker, until: date | None) -> None:
    """Away until `until` (None: available again). A change to the directory, so its
    `updated_at` moves even when `seen` kept it the same in this unit of work."""
    meedenker.absent_until = until
    meedenker.updated_at = utcnow()


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
        relation=request.relation,
        contact_person=request.contact_person,
        web=request.resident is not None and request.resident.channel == "web",
    )


async def desk_queue_count(session: AsyncSession) -> int:
    """How many requests wait for the coordinator."""
    count = await session.scalar(
        select(func.count()).select_from(Request).where(Request.needs_triage.is_(True))
    )
    return count or 0


async def desk_queue(session: AsyncSession, offset: int, limit: int) -> list[Row]:
    """A page of the requests waiting for the coordinator, urgent first, then oldest: only
    the columns the queue shows (nothing to decrypt), however many requests are stored."""
    rows = await session.execute(
        select(
            Request.id,
            Request.gemeente,
            Request.urgent,
            Request.escalation_reasons,
            Request.created_at,
        )
        .where(Request.needs_triage.is_(True))
        .order_by(Request.urgent.desc(), Request.created_at, Request.id)
        .offset(offset)
        .limit(limit)
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
