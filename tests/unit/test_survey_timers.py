"""When the survey is offered by the clock, and its one reminder; never to a resident we no
longer know."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot import surveys
from bot.notify import Notifier
from storage.models import Notification, Request, Resident, SurveyAnswer, utcnow
from storage.uow import unit_of_work


def contacted(telegram_id: int | None, days_ago: float, status: str = "contacted") -> Request:
    now = utcnow()
    resident = Resident(telegram_id=telegram_id) if telegram_id else None
    return Request(
        resident=resident,
        status=status,
        events=[],
        first_contact_at=now - timedelta(days=days_ago),
        created_at=now - timedelta(days=days_ago + 2),
    )


async def sent(sessions) -> list[tuple[int, str]]:
    async with unit_of_work(sessions) as session:
        rows = await session.scalars(select(Notification).order_by(Notification.id))
        return [(row.chat_id, row.kind) for row in rows]


async def test_offered_14_days_after_contact_and_reminded_once(sessions) -> None:
    async with unit_of_work(sessions) as session:
        session.add_all(
            [
                contacted(11, days_ago=15),  # offered
                contacted(12, days_ago=13),  # not yet
                contacted(None, days_ago=20),  # anonymised or erased: never
                contacted(14, days_ago=30, status="closed"),  # closed: offered at Afgerond
            ]
        )
    now = utcnow()
    notifier = Notifier((1,))
    async with unit_of_work(sessions) as session:
        await surveys.due(session, notifier, now)
    assert await sent(sessions) == [(11, "survey")]
    async with unit_of_work(sessions) as session:  # the next round: nothing new
        await surveys.due(session, notifier, now + timedelta(days=1))
    assert await sent(sessions) == [(11, "survey"), (12, "survey")]
    for _ in range(2):  # days later, twice: one reminder, to 11 alone (12 was asked later)
        async with unit_of_work(sessions) as session:
            await surveys.due(session, notifier, now + timedelta(days=3, hours=1))
    assert await sent(sessions) == [(11, "survey"), (12, "survey"), (11, "survey_reminder")]


async def test_no_reminder_once_answered_or_when_the_resident_is_gone(sessions) -> None:
    async with unit_of_work(sessions) as session:
        answered, erased = contacted(21, days_ago=20), contacted(22, days_ago=20)
        session.add_all([answered, erased])
        await session.flush()
        session.add(SurveyAnswer(request_id=answered.id, step="knowledge", network_mark=7))
        session.add(SurveyAnswer(request_id=erased.id, step="invite"))
        erased.resident_id = None
    async with unit_of_work(sessions) as session:
        await surveys.due(session, Notifier((1,)), utcnow() + timedelta(days=10))
    assert await sent(sessions) == []


async def test_anonymising_a_request_keeps_the_marks_and_drops_the_sentence(sessions) -> None:
    from flows.retention import RetentionRules
    from storage import retention

    long_ago = utcnow() - timedelta(days=400)
    async with unit_of_work(sessions) as session:
        request = contacted(31, days_ago=410, status="closed")
        request.updated_at = long_ago
        session.add(request)
        await session.flush()
        session.add(
            SurveyAnswer(request_id=request.id, step="done", overall_mark=9, comment="Fijn")
        )
    async with unit_of_work(sessions) as session:
        await retention.apply(session, RetentionRules(), utcnow(), keep_chats=())
    async with unit_of_work(sessions) as session:
        row = await session.get(SurveyAnswer, request.id)
        assert (row.overall_mark, row.comment) == (9, None)
        assert (await session.get(Request, request.id)).resident_id is None
