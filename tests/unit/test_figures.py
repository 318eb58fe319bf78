"""The figures, counted in SQL on SQLite and PostgreSQL, against a hand count."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from flows.figures import (
    HIDDEN,
    NOT_SHOWN,
    Figures,
    Mean,
    parse_period,
    quarter_of,
    rows,
    summary,
)
from storage import figures
from storage.models import Meedenker, Organisation, Request, Resident, SurveyAnswer
from storage.uow import unit_of_work

Q3 = parse_period("2026Q3", date(2026, 11, 23))
DAY = datetime(2026, 8, 3, 9, 0, tzinfo=UTC)


def a_request(n: int, **fields) -> Request:
    values = {
        "status": "closed",
        "gemeente": "Lisse",
        "levensgebieden": ["geld"],
        "created_at": DAY + timedelta(hours=n),
        "events": [],
        **fields,
    }
    return Request(**values)


async def seed(session) -> None:
    session.add(Organisation(id="org", name="Org"))
    session.add_all(
        [
            Meedenker(id="m-vrij", name="Vera", organisation_id="org", kind="informeel"),
            Meedenker(id="m-pro", name="Piet", organisation_id="org", kind="formeel"),
        ]
    )
    resident = Resident(telegram_id=77)
    # Six requests in Lisse, two in Hillegom; three before or after the quarter, one draft.
    inside = [
        a_request(
            i,
            resident=resident if i == 0 else None,  # the others are anonymised
            chosen_meedenker_id="m-vrij" if i < 5 else "m-pro",
            first_contact_at=DAY + timedelta(hours=i, days=i + 1),  # 1..6 days
            outcome="helped",
            found_via="website" if i < 5 else None,
        )
        for i in range(6)
    ]
    inside += [
        a_request(
            10,
            gemeente="Hillegom",
            levensgebieden=["geld", "wonen"],
            escalation_reasons=["danger", "acute"],
            outcome="referred:huisarts",
            source="professional",
        ),
        a_request(
            11,
            gemeente="Hillegom",
            levensgebieden=["wonen", "zorg", "werk"],
            escalation_reasons=["many_levensgebieden", "no_answer"],
            outcome="referred",  # the desk's close, without a place
        ),
    ]
    outside = [
        a_request(0, created_at=datetime(2026, 6, 30, 23, 59, tzinfo=UTC)),
        a_request(0, created_at=datetime(2026, 10, 1, 0, 0, tzinfo=UTC)),
        a_request(0, status="draft"),
    ]
    session.add_all(inside + outside)
    await session.flush()
    marks = [(8, 7, "ja"), (6, None, "ja"), (9, 9, "een_beetje"), (7, 8, "nee"), (10, 6, "ja")]
    for request, (network, knowledge, free) in zip(inside, marks, strict=False):
        session.add(
            SurveyAnswer(
                request_id=request.id,
                step="done",
                network_mark=network,
                knowledge_mark=knowledge,
                overall_mark=network,
                free_choice=free,
            )
        )
    session.add(SurveyAnswer(request_id=inside[5].id, step="invite"))  # never answered
    session.add(SurveyAnswer(request_id=outside[0].id, step="done", network_mark=1))


async def test_the_figures_match_a_hand_count(sessions) -> None:
    async with unit_of_work(sessions) as session:
        await seed(session)
    async with unit_of_work(sessions) as session:
        found = await figures.compute(session, Q3)
    assert found.registrations == 8
    assert found.by_source == {"self": 7, "professional": 1}
    assert found.by_gemeente == {"Lisse": 6, "Hillegom": 2}
    assert found.by_levensgebied["geld"] == 7 and found.by_levensgebied["wonen"] == 2
    assert found.by_levensgebied["zorg"] == 1 and found.by_levensgebied["vervoer"] == 0
    assert found.by_kind == {"informeel": 5, "formeel": 1, "none": 2}
    assert found.escalated == 2
    assert found.escalations["danger"] == 1 and found.escalations["no_answer"] == 1
    assert found.escalations["coordinator_picks"] == 0
    assert found.outcomes == {"helped": 6, "referred": 2}
    assert found.referrals == {"huisarts": 1, "elders": 1}
    assert found.first_contact.n == 6
    assert round(found.first_contact.median) == 3  # days 1..6: the 3rd of 6
    assert round(found.first_contact.p90) == 6
    assert found.marks["network"] == Mean(5, 8.0)
    assert found.marks["knowledge"] == Mean(4, 7.5)
    assert found.free_choice == {"ja": 3, "een_beetje": 1, "nee": 1}
    assert found.found_via == {"website": 5, "none": 3}


async def test_an_empty_period_has_only_zeros(sessions) -> None:
    async with unit_of_work(sessions) as session:
        found = await figures.compute(session, parse_period("2025", date(2026, 1, 1)))
    assert found.registrations == 0 and found.first_contact.n == 0
    assert found.marks["overall"] == Mean(0, None)
    assert ("first_contact_days", "median", NOT_SHOWN) in rows(found)


def test_small_numbers_are_hidden() -> None:
    found = Figures(
        Q3,
        registrations=12,
        by_gemeente={"Lisse": 9, "Hillegom": 3},
        marks={"network": Mean(4, 7.5), "overall": Mean(5, 8.25)},
        free_choice={"ja": 4},
    )
    shown = {(section, key): value for section, key, value in rows(found)}
    assert shown[("registrations", "total")] == "12"
    assert shown[("gemeente", "Lisse")] == "9" and shown[("gemeente", "Hillegom")] == HIDDEN
    assert shown[("mark_network", "n")] == HIDDEN
    assert shown[("mark_network", "mean")] == NOT_SHOWN
    assert shown[("mark_overall", "mean")] == "8,2"
    assert shown[("free_choice", "percent_ja")] == NOT_SHOWN  # 4 answers only
    assert summary(found).text.params["gemeenten"].items[1].params["count"] == HIDDEN


def test_periods() -> None:
    today = date(2026, 11, 23)
    assert parse_period(None, today).label == "2026Q3"
    assert parse_period("", date(2027, 2, 1)).label == "2026Q4"
    assert parse_period("nu", today).label == parse_period("dit kwartaal", today).label == "2026Q4"
    q4 = parse_period("2026q4", today)
    assert (q4.start, q4.end) == (
        datetime(2026, 10, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
    )
    assert parse_period("Q2 2026", today).label == "2026Q2"
    assert parse_period("2026", today).end == datetime(2027, 1, 1, tzinfo=UTC)
    assert parse_period("gisteren", today) is None
    assert parse_period("2026Q5", today) is None


async def test_information_only_is_counted_per_quarter_and_levensgebied(sessions) -> None:
    """Kay's "dit is genoeg": no request, only counts; a year adds up its quarters."""
    async with unit_of_work(sessions) as session:
        for levensgebieden, day in (
            (["geld", "wonen"], date(2026, 8, 3)),
            (["geld"], date(2026, 9, 30)),
            ([], date(2026, 7, 1)),  # "weet ik niet"
            (["zorg"], date(2026, 10, 1)),  # the next quarter
        ):
            await figures.count_information_only(session, levensgebieden, day)
    async with unit_of_work(sessions) as session:
        q3 = await figures.compute(session, Q3)
        year = await figures.compute(session, parse_period("2026", date(2026, 11, 23)))
        assert await session.scalar(select(func.count()).select_from(Request)) == 0
    assert q3.information_only == {"total": 3, "geld": 2, "wonen": 1, "none": 1}
    assert year.information_only == {"total": 4, "geld": 2, "wonen": 1, "none": 1, "zorg": 1}
    shown = {(section, key): value for section, key, value in rows(q3)}
    assert shown[("information_only", "total")] == HIDDEN  # 3: too few to show
    assert shown[("information_only", "geld")] == HIDDEN
    params = summary(q3).text.params
    assert params["information"] == HIDDEN
    assert [i.params["name"].key for i in params["information_topics"].items] == [
        "levensgebied.geld",
        "levensgebied.none",
        "levensgebied.wonen",
    ]


def test_the_quarter_of_a_day() -> None:
    assert quarter_of(date(2026, 11, 23)) == date(2026, 10, 1)
    assert quarter_of(date(2026, 3, 31)) == date(2026, 1, 1)
    assert quarter_of(date(2026, 4, 1)) == date(2026, 4, 1)
