"""storage.privacy: emptying messages about an erased resident, and erasing them."""

from __future__ import annotations

from sqlalchemy import select

from bot.notify import payload
from flows.lifecycle import Action, Actor, decide
from flows.render import Text
from storage import outbox, privacy, requests
from storage.models import ConversationState, Notification, Request, Resident
from storage.uow import unit_of_work

RESIDENT, OTHER, COORDINATOR = 555_123, 555_999, 900_001


def _say(words: str) -> dict:
    return payload(Text("relay.to_resident", {"text": words}), "nl")


async def test_a_message_in_flight_is_emptied_and_its_sent_lands_on_it_alone(sessions) -> None:
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, RESIDENT, "relay", _say("Uw schuld bij Zonnehof"))
    async with unit_of_work(sessions) as session:
        [in_flight] = await outbox.claim(session)
    async with unit_of_work(sessions) as session:
        await privacy.purge_messages(session, RESIDENT, [])
        outbox.enqueue(session, COORDINATOR, "erased", _say("iets anders"))
    async with unit_of_work(sessions) as session:
        await outbox.mark_sent(session, in_flight.id, 42)  # the sender's answer comes in
    async with unit_of_work(sessions) as session:
        rows = {row.id: row for row in await session.scalars(select(Notification))}
    emptied = rows.pop(in_flight.id)
    assert (emptied.chat_id, emptied.payload) == (outbox.NOBODY, None)
    [new] = rows.values()
    assert (new.chat_id, new.status, new.telegram_message_id) == (COORDINATOR, "pending", None)


async def test_waiting_messages_about_the_resident_never_go_out(sessions) -> None:
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, COORDINATOR, "new_request", _say("vraag"), request_id=7)
        outbox.enqueue(session, COORDINATOR, "urgent", _say(f"tg://user?id={RESIDENT}"))
        outbox.enqueue(session, COORDINATOR, "urgent", _say(f"tg://user?id={OTHER}"))
        await session.flush()
        await privacy.purge_messages(session, RESIDENT, [7])
    async with unit_of_work(sessions) as session:
        assert await outbox.claim(session, limit=10) != []
        rows = list(await session.scalars(select(Notification).order_by(Notification.id)))
    assert [row.status for row in rows[:2]] == [outbox.ERASED, outbox.ERASED]
    assert [row.payload for row in rows[:2]] == [None, None]
    assert rows[2].payload is not None  # another resident's alert stays


async def test_erase_keeps_counts_and_forgets_the_person_and_their_chat(sessions) -> None:
    async with unit_of_work(sessions) as session:
        resident = await requests.resident_for(session, RESIDENT, "nl")
        request = requests.new_request(session, resident)
        requests.fill(
            request,
            {"gemeente": "Lisse", "question": "Zonnehof", "levensgebieden": ["wonen"]},
        )
        submitted = decide(Action.SUBMIT, Actor.RESIDENT, request.status)
        await requests.apply(session, request, submitted, Actor.RESIDENT)
        session.add(ConversationState(key=f"fsm:1:{RESIDENT}:{RESIDENT}", data={"a": 1}))
        session.add(ConversationState(key=f"fsm:1:{OTHER}:{OTHER}", data={"a": 1}))
        await session.flush()
        request_id = request.id
    async with unit_of_work(sessions) as session:
        await privacy.erase(session, RESIDENT, [request_id])
    async with unit_of_work(sessions) as session:
        kept = await session.get(Request, request_id)
        assert (kept.question, kept.resident_id) == (None, None)
        assert (kept.status, kept.gemeente, kept.levensgebieden) == ("chosen", "Lisse", ["wonen"])
        assert await session.scalar(select(Resident)) is None
        keys = list(await session.scalars(select(ConversationState.key)))
        assert keys == [f"fsm:1:{OTHER}:{OTHER}"]
