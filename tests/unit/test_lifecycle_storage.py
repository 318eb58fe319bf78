"""The lifecycle carried out by storage, on SQLite and on PostgreSQL: statuses, the
introductions a move ends, the desk, and the history."""

from __future__ import annotations

from flows.domain import IntroductionStatus as Intro
from flows.domain import RequestStatus as Status
from flows.lifecycle import Action, Actor, Decision, decide
from storage import directory_view, requests
from storage.db import create_engine, create_sessionmaker
from storage.directory import import_directory, load_directory
from storage.migrate import upgrade_to_head
from storage.models import Meedenker, Request
from storage.uow import unit_of_work
from tests.conftest import EXAMPLE_DIRECTORY


async def _step(session, request, action, actor, **details):
    introduction = details.get("introduction")
    decision = decide(action, actor, request.status, introduction.status if introduction else None)
    assert isinstance(decision, Decision), (action, request.status, decision)
    return await requests.apply(session, request, decision, actor, **details)


async def _submitted(session, telegram_id: int, question: str) -> Request:
    """A resident of Lisse sends a request with this question."""
    request = requests.new_request(session, await requests.resident_for(session, telegram_id, "nl"))
    requests.fill(request, {"gemeente": "Lisse", "question": question})
    await _step(session, request, Action.SUBMIT, Actor.RESIDENT)
    return request


async def test_a_reassignment_ends_the_first_meedenker_and_a_close_ends_all(sessions) -> None:
    async with unit_of_work(sessions) as session:
        await import_directory(session, load_directory(EXAMPLE_DIRECTORY))
    async with unit_of_work(sessions) as session:
        anna, greet = (
            await session.get(Meedenker, "m-anna"),
            await session.get(Meedenker, "m-greet"),
        )
        request = await _submitted(session, 77, "Huur")
        first = await _step(session, request, Action.INTRODUCE, Actor.SYSTEM, meedenker=anna)
        await _step(
            session, request, Action.ACCEPT, Actor.MEEDENKER, introduction=first.introduction
        )
        reassigned = await _step(
            session, request, Action.ASSIGN, Actor.COORDINATOR, meedenker=greet
        )
        request_id = request.id
        assert [i.meedenker_id for i in reassigned.ended] == ["m-anna"]
    async with unit_of_work(sessions) as session:
        request = await session.get(Request, request_id)
        live = await requests.live_introductions(session, request_id)
        assert [(i.meedenker_id, i.status) for i in live] == [("m-greet", Intro.PENDING)]
        assert request.status == Status.INTRODUCED and request.chosen_meedenker_id == "m-greet"
        assert await requests.open_introductions(session, "m-anna") == []
        closed = await _step(session, request, Action.CLOSE, Actor.COORDINATOR, reason="helped")
        assert [i.meedenker_id for i in closed.ended] == ["m-greet"]
    async with unit_of_work(sessions) as session:
        request = await session.get(Request, request_id)
        assert await requests.live_introductions(session, request_id) == []
        assert [(e.status, e.actor) for e in request.events] == [
            ("chosen", "resident"),
            ("introduced", "system"),
            ("accepted", "meedenker"),
            ("introduced", "coordinator"),
            ("closed", "coordinator"),
        ]
        assert not request.needs_triage


async def test_the_desk_and_the_live_introductions_of_someone_who_left(sessions) -> None:
    async with unit_of_work(sessions) as session:
        await import_directory(session, load_directory(EXAMPLE_DIRECTORY))
    async with unit_of_work(sessions) as session:
        anna = await session.get(Meedenker, "m-anna")
        request = await _submitted(session, 78, "Post")
        await _step(session, request, Action.INTRODUCE, Actor.SYSTEM, meedenker=anna)
        await _step(
            session, request, Action.ESCALATE, Actor.RESIDENT, desk_reasons=("asked_human",)
        )
        assert request.status == Status.INTRODUCED and request.needs_triage  # a Meedenker is on it
        anna.active = False
    async with unit_of_work(sessions) as session:
        [orphan] = await requests.live_introductions_of_inactive(session)
        await _step(
            session,
            orphan.request,
            Action.MEEDENKER_LEFT,
            Actor.SYSTEM,
            introduction=orphan,
            desk_reasons=("meedenker_left",),
        )
        assert orphan.status == Intro.ENDED
        assert orphan.request.status == Status.ESCALATED
        assert orphan.request.escalation_reasons == ["asked_human", "meedenker_left"]
    async with unit_of_work(sessions) as session:
        assert await requests.live_introductions_of_inactive(session) == []


async def test_a_process_counts_loads_and_sees_enrolments_another_process_made(
    database_url,
) -> None:
    """Each process keeps the directory and the loads in memory; a status change or an
    enrolment by another process (its own engine) is seen at the next unit of work."""
    this, other = (create_sessionmaker(create_engine(database_url)) for _ in range(2))
    await upgrade_to_head(this.kw["bind"])
    async with unit_of_work(other) as session:
        await import_directory(session, load_directory(EXAMPLE_DIRECTORY))

    async def anna_here() -> tuple[int, bool]:
        async with unit_of_work(this) as session:
            [anna] = [p for p in await directory_view.profiles(session) if p.id == "m-anna"]
            return anna.load, await directory_view.is_enrolled(session, 4242)

    assert await anna_here() == (0, False)
    async with unit_of_work(other) as session:
        anna = await session.get(Meedenker, "m-anna")
        request = await _submitted(session, 79, "Huur")
        await _step(session, request, Action.INTRODUCE, Actor.SYSTEM, meedenker=anna)
    assert await anna_here() == (1, False)
    async with unit_of_work(other) as session:
        (await session.get(Meedenker, "m-anna")).telegram_id = 4242
    assert await anna_here() == (1, True)
    async with unit_of_work(other) as session:
        request = await session.get(Request, request.id)
        await _step(session, request, Action.CLOSE, Actor.COORDINATOR, reason="helped")
    assert await anna_here() == (0, True)
    for sessions in (this, other):
        await sessions.kw["bind"].dispose()
