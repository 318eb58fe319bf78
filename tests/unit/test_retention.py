"""Retention at a simulated clock: it removes what the rules say, and nothing else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from flows.retention import ANONYMISED_FIELDS, KEPT_FIELDS, RetentionResult, RetentionRules
from storage import requests, retention
from storage.models import (
    ConversationState,
    Introduction,
    Meedenker,
    Notification,
    Organisation,
    ProcessedUpdate,
    Request,
    RequestEvent,
    Resident,
    as_utc,
)
from storage.uow import unit_of_work

NOW = datetime(2027, 12, 1, 12, 0, tzinfo=UTC)
COORDINATOR = 9001
MEEDENKER = 8001


def ago(**delta: float) -> datetime:
    return NOW - timedelta(**delta)


def a_request(resident: Resident, status: str, last_change: datetime, **fields) -> Request:
    return Request(
        resident=resident,
        status=status,
        gemeente="Lisse",
        levensgebieden=["geld", "wonen"],
        question="Ik heb schulden en mijn buurman Kees weet het",
        contact_method="phone",
        contact_value="+31612345678",
        display_name="Fatima",
        outcome="geholpen" if status == "closed" else None,
        created_at=last_change - timedelta(days=20),
        updated_at=last_change,
        events=[RequestEvent(status=status, actor="coordinator", reason="klaar", at=last_change)],
        **fields,
    )


def fsm(user: int) -> str:
    return f"fsm:1:{user}:{user}"


async def fill(session) -> dict[str, int]:
    session.add(Organisation(id="org", name="Org"))
    session.add(
        Meedenker(
            id="m-anna", name="Anna", organisation_id="org", kind="informeel", telegram_id=MEEDENKER
        )
    )
    gone, recent, busy, both = (
        Resident(telegram_id=t, consent_at=ago(days=800)) for t in (1, 2, 3, 4)
    )
    old_closed = a_request(gone, "closed", ago(days=366))
    old_withdrawn = a_request(both, "withdrawn", ago(days=400))
    kept = [
        a_request(recent, "closed", ago(days=364)),
        a_request(busy, "accepted", ago(days=500)),  # old, but someone still works on it
        a_request(both, "contacted", ago(days=400)),
    ]
    session.add_all([old_closed, old_withdrawn, *kept])
    await session.flush()
    session.add(Introduction(request_id=old_closed.id, meedenker_id="m-anna", status="accepted"))
    session.add_all(
        [
            Notification(
                chat_id=1, kind="a", payload={"q": "x"}, status="sent", sent_at=ago(days=31)
            ),
            Notification(
                chat_id=1, kind="b", payload={"q": "x"}, status="sent", sent_at=ago(days=29)
            ),
            Notification(
                chat_id=1, kind="c", payload={"q": "x"}, status="failed", created_at=ago(days=40)
            ),
            Notification(
                chat_id=1, kind="d", payload={"q": "x"}, status="pending", created_at=ago(days=60)
            ),
            ProcessedUpdate(update_id=1, processed_at=ago(days=8)),
            ProcessedUpdate(update_id=2, processed_at=ago(days=6)),
            ConversationState(key=fsm(501), data={"question": "x"}, updated_at=ago(hours=25)),
            ConversationState(key=fsm(502), data={"question": "x"}, updated_at=ago(hours=23)),
            ConversationState(key=fsm(2), data={"locale": "tr"}, updated_at=ago(days=30)),
            ConversationState(key=fsm(MEEDENKER), data={}, updated_at=ago(days=30)),
            ConversationState(key=fsm(COORDINATOR), data={}, updated_at=ago(days=30)),
            ConversationState(key="other:shape", data={}, updated_at=ago(days=30)),
        ]
    )
    await session.flush()
    return {"old_closed": old_closed.id, "old_withdrawn": old_withdrawn.id}


async def test_retention_removes_what_it_should_and_nothing_else(sessions) -> None:
    async with unit_of_work(sessions) as session:
        ids = await fill(session)
    async with unit_of_work(sessions) as session:
        before = {r.id: r for r in await session.scalars(select(Request))}

    async with unit_of_work(sessions) as session:
        result = await retention.apply(session, RetentionRules(), NOW, keep_chats=(COORDINATOR,))
    assert result == RetentionResult(
        anonymised_requests=2,
        removed_residents=1,  # the resident with an open request stays
        emptied_notifications=2,
        pruned_updates=1,
        forgotten_drafts=1,
    )

    async with unit_of_work(sessions) as session:
        requests_by_id = {r.id: r for r in await session.scalars(select(Request))}
        for request_id, request in requests_by_id.items():
            was = before[request_id]
            if request_id in ids.values():
                assert (request.question, request.contact_value, request.display_name) == (
                    None,
                    None,
                    None,
                )
                assert request.resident_id is None
            else:
                assert request.question == was.question and request.resident_id is not None
                assert request.contact_value == was.contact_value
            # what the figures need stays
            assert (request.status, request.gemeente, request.levensgebieden, request.outcome) == (
                was.status,
                was.gemeente,
                was.levensgebieden,
                was.outcome,
            )
            assert as_utc(request.created_at) == as_utc(was.created_at)
            assert as_utc(request.updated_at) == as_utc(was.updated_at)
            assert [e.reason for e in request.events] == ["klaar"]
        assert await session.scalar(select(Introduction.request_id)) == ids["old_closed"]
        # the coordinator can still open it: what is left, and nothing of the person
        facts = requests.facts(requests_by_id[ids["old_closed"]])
        assert (facts.question, facts.resident_telegram_id, facts.gemeente) == ("", None, "Lisse")
        assert sorted(await session.scalars(select(Resident.telegram_id))) == [2, 3, 4]
        payloads = dict(
            (await session.execute(select(Notification.kind, Notification.payload))).all()
        )
        assert payloads == {"a": None, "b": {"q": "x"}, "c": None, "d": {"q": "x"}}
        assert list(await session.scalars(select(ProcessedUpdate.update_id))) == [2]
        assert sorted(await session.scalars(select(ConversationState.key))) == sorted(
            [fsm(502), fsm(2), fsm(MEEDENKER), fsm(COORDINATOR), "other:shape"]
        )

    async with unit_of_work(sessions) as session:  # a second run finds nothing more to do
        again = await retention.apply(session, RetentionRules(), NOW, keep_chats=(COORDINATOR,))
    assert again == RetentionResult()


async def test_shorter_periods_from_the_settings_are_followed(sessions) -> None:
    async with unit_of_work(sessions) as session:
        await fill(session)
    rules = RetentionRules(finished_requests=timedelta(days=300))
    async with unit_of_work(sessions) as session:
        result = await retention.apply(session, rules, NOW, keep_chats=(COORDINATOR,))
    assert result.anonymised_requests == 3  # the one closed 364 days ago as well


def test_every_column_of_a_request_is_either_kept_or_anonymised() -> None:
    # A new column must be sorted into one of the two lists: is it personal or not?
    assert set(KEPT_FIELDS).isdisjoint(ANONYMISED_FIELDS)
    assert set(KEPT_FIELDS) | set(ANONYMISED_FIELDS) == set(Request.__table__.columns.keys())


async def test_idle_web_conversations_without_consent_are_forgotten(sessions) -> None:
    from storage.models import WebConversation
    from storage.webchat import WEB_CHAT_LOW

    idle, busy, agreed = WEB_CHAT_LOW + 1, WEB_CHAT_LOW + 2, WEB_CHAT_LOW + 3
    async with unit_of_work(sessions) as session:
        for n, (chat_id, seen) in enumerate(
            ((idle, ago(hours=25)), (busy, ago(hours=1)), (agreed, ago(hours=25)))
        ):
            session.add(WebConversation(token_hash=f"{n:064d}", chat_id=chat_id, seen_at=seen))
        session.add(Resident(telegram_id=agreed, channel="web", consent_at=ago(days=2)))
    async with unit_of_work(sessions) as session:
        await retention.apply(session, RetentionRules(), NOW)
    async with unit_of_work(sessions) as session:
        left = set(await session.scalars(select(WebConversation.chat_id)))
    assert left == {busy, agreed}
