"""The network's figures, counted in SQL over the requests registered in a period.

Every figure is a GROUP BY or an aggregate: no request is loaded. Nothing here needs a
person: an anonymised request (no resident) counts like any other, and survey answers are
kept by request. Lists stored as JSON (levensgebieden, desk reasons) are counted per known
value with a LIKE on their text, which SQLite and PostgreSQL read alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import String, case, cast, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from flows import escalation
from flows.domain import LEVENSGEBIEDEN, REFERRED, RequestStatus
from flows.figures import INFORMATION_TOTAL, MARKS, Figures, Mean, Period, Spread, quarter_of
from storage.db import insert_for
from storage.models import InformationCount, Meedenker, Request, SurveyAnswer

# Every reason a request can be on the coordinator's desk for.
DESK_REASONS: tuple[str, ...] = (
    *(rule.reason for rule in escalation.RULES),
    escalation.DECLINED,
    escalation.NO_ANSWER,
    escalation.ASKED_HUMAN,
    escalation.MEEDENKER_LEFT,
)
NOT_SAID = "none"  # a grouped value that was left empty


def _in(period: Period):
    return (
        Request.created_at >= period.start,
        Request.created_at < period.end,
        Request.status != RequestStatus.DRAFT.value,
    )


async def compute(session: AsyncSession, period: Period) -> Figures:
    where = _in(period)
    return Figures(
        period=period,
        registrations=await session.scalar(select(func.count()).where(*where)) or 0,
        by_source=await _grouped(session, Request.source, where),
        by_gemeente=await _grouped(session, Request.gemeente, where),
        by_levensgebied=await _contains(session, Request.levensgebieden, LEVENSGEBIEDEN, where),
        by_kind=await _kinds(session, where),
        escalated=await _any(session, Request.escalation_reasons, where),
        escalations=await _contains(session, Request.escalation_reasons, DESK_REASONS, where),
        outcomes=await _outcomes(session, where),
        referrals=await _referrals(session, where),
        first_contact=await _first_contact(session, where),
        marks=await _marks(session, where),
        free_choice=await _free_choice(session, where),
        found_via=await _grouped(session, Request.found_via, where),
        information_only=await _information_only(session, period),
    )


async def count_information_only(
    session: AsyncSession, levensgebieden: Iterable[str], day: date
) -> None:
    """One resident for whom the information was enough: +1 for the quarter of `day`, for
    each levensgebied they ticked ("none" if none) and for the total. Nothing else."""
    topics = [*dict.fromkeys(levensgebieden)] or [NOT_SAID]
    quarter = quarter_of(day)
    insert = insert_for(session)
    for topic in (INFORMATION_TOTAL, *topics):
        statement = insert(InformationCount).values(quarter=quarter, topic=topic, count=1)
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=[InformationCount.quarter, InformationCount.topic],
                set_={"count": InformationCount.count + 1},
            )
        )


async def _information_only(session: AsyncSession, period: Period) -> dict[str, int]:
    """The quarters that begin inside the period (a quarter, or a year of four)."""
    rows = await session.execute(
        select(InformationCount.topic, func.sum(InformationCount.count))
        .where(
            InformationCount.quarter >= period.start.date(),
            InformationCount.quarter < period.end.date(),
        )
        .group_by(InformationCount.topic)
    )
    return {topic: int(n) for topic, n in rows}


async def _grouped(session: AsyncSession, column, where) -> dict[str, int]:
    rows = await session.execute(select(column, func.count()).where(*where).group_by(column))
    return {value if value is not None else NOT_SAID: n for value, n in rows}


def _text(column):
    return cast(column, String)


async def _contains(session: AsyncSession, column, values, where) -> dict[str, int]:
    """Requests whose JSON list holds each value: one row of sums."""
    sums = [
        func.coalesce(func.sum(case((_text(column).like(f'%"{v}"%'), 1), else_=0)), 0)
        for v in values
    ]
    row = (await session.execute(select(*sums).where(*where))).one()
    return dict(zip(values, row, strict=True))


async def _any(session: AsyncSession, column, where) -> int:
    """Requests whose JSON list is not empty."""
    query = select(func.count()).where(*where, _text(column).like('%"%'))
    return await session.scalar(query) or 0


async def _kinds(session: AsyncSession, where) -> dict[str, int]:
    """Formeel / informeel: the kind of the Meedenker the request went to."""
    rows = await session.execute(
        select(Meedenker.kind, func.count())
        .select_from(Request)
        .outerjoin(Meedenker, Meedenker.id == Request.chosen_meedenker_id)
        .where(*where)
        .group_by(Meedenker.kind)
    )
    return {kind if kind is not None else NOT_SAID: n for kind, n in rows}


async def _outcomes(session: AsyncSession, where) -> dict[str, int]:
    """How requests ended: "referred:<where>" counts as referred."""
    kind = case((Request.outcome.like(f"{REFERRED}%"), literal(REFERRED)), else_=Request.outcome)
    rows = await session.execute(
        select(kind, func.count()).where(*where, Request.outcome.is_not(None)).group_by(kind)
    )
    return dict(rows.all())


async def _referrals(session: AsyncSession, where) -> dict[str, int]:
    rows = await session.execute(
        select(Request.outcome, func.count())
        .where(*where, Request.outcome.like(f"{REFERRED}%"))
        .group_by(Request.outcome)
    )
    found: dict[str, int] = {}
    for outcome, n in rows:
        target = outcome.partition(":")[2] or "elders"  # the desk's "referred" names none
        found[target] = found.get(target, 0) + n
    return found


def _days(session: AsyncSession):
    """Days from registration to first contact, as the database computes them."""
    if session.bind.dialect.name == "postgresql":
        seconds = func.extract("epoch", Request.first_contact_at - Request.created_at)
        return seconds / 86400.0
    return func.julianday(Request.first_contact_at) - func.julianday(Request.created_at)


async def _first_contact(session: AsyncSession, where) -> Spread:
    """Median and 90th percentile (nearest rank), each one row read at its place."""
    contacted = (*where, Request.first_contact_at.is_not(None))
    n = await session.scalar(select(func.count()).where(*contacted)) or 0
    if not n:
        return Spread()
    days = _days(session)

    async def at(fraction: float) -> float:
        rank = max(1, -(-int(fraction * n * 1000) // 1000))  # ceil(fraction * n)
        query = select(days).where(*contacted).order_by(days).offset(rank - 1).limit(1)
        return float(await session.scalar(query))

    return Spread(n, await at(0.5), await at(0.9))


async def _marks(session: AsyncSession, where) -> dict[str, Mean]:
    columns = [getattr(SurveyAnswer, f"{m}_mark") for m in MARKS]
    aggregates = [f(c) for c in columns for f in (func.count, func.avg)]
    row = (
        await session.execute(
            select(*aggregates)
            .select_from(SurveyAnswer)
            .join(Request, Request.id == SurveyAnswer.request_id)
            .where(*where)
        )
    ).one()
    return {
        m: Mean(row[2 * i], float(row[2 * i + 1]) if row[2 * i + 1] is not None else None)
        for i, m in enumerate(MARKS)
    }


async def _free_choice(session: AsyncSession, where) -> dict[str, int]:
    rows = await session.execute(
        select(SurveyAnswer.free_choice, func.count())
        .join(Request, Request.id == SurveyAnswer.request_id)
        .where(*where, SurveyAnswer.free_choice.is_not(None))
        .group_by(SurveyAnswer.free_choice)
    )
    return dict(rows.all())
