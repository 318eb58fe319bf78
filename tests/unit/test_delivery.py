"""The outbox on SQLite and PostgreSQL: claims, parking, 400 vs 403, and the unbounded
columns a maximal escalation needs."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramServerError
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response
from sqlalchemy import select, update

from bot.i18n import create_i18n
from bot.notify import Notifier, payload
from bot.outbox import MAX_ATTEMPTS, OutboxSender
from flows import escalation, lifecycle
from flows.lifecycle import Action, Actor
from flows.render import Text
from storage import outbox, pacing, requests
from storage.db import create_engine, create_sessionmaker
from storage.directory import import_directory, load_directory
from storage.models import Meedenker, Notification, Request, RequestEvent, utcnow
from storage.uow import unit_of_work
from tests.conftest import EXAMPLE_DIRECTORY

COORDINATOR, OTHER_COORDINATOR = 900, 901


class RecordingSession(BaseSession):
    """Telegram as a list: records every message sent; chats in `refuse` answer with an
    error (400, 403 or 500) instead."""

    def __init__(self, refuse: dict[int, int] | None = None, delay: float = 0.0) -> None:
        super().__init__()
        self.sent: list[tuple[int, str]] = []
        self.markups: list[Any] = []
        self.refuse = refuse or {}
        self.delay = delay

    async def close(self) -> None:
        pass

    async def stream_content(self, *args: Any, **kwargs: Any):  # pragma: no cover
        raise NotImplementedError

    async def make_request(self, bot: Bot, method: TelegramMethod[Any], timeout=None) -> Any:  # noqa: ASYNC109
        await asyncio.sleep(self.delay)
        status = self.refuse.get(method.chat_id)
        if status == 400:
            raise TelegramBadRequest(method, "Bad Request: chat not found")
        if status == 403:
            raise TelegramForbiddenError(method, "Forbidden: bot was blocked by the user")
        if status == 500:
            raise TelegramServerError(method, "Internal Server Error")
        self.sent.append((method.chat_id, method.text))
        self.markups.append(method.reply_markup)
        message = {
            "message_id": len(self.sent),
            "date": 0,
            "chat": {"id": method.chat_id, "type": "private"},
            "text": method.text,
        }
        response = Response[method.__returning__].model_validate(
            {"ok": True, "result": message}, context={"bot": bot}
        )
        return response.result


def sender(sessions, telegram: RecordingSession, coordinators=(COORDINATOR,)) -> OutboxSender:
    bot = Bot("1:test", session=telegram)
    return OutboxSender(bot, sessions, create_i18n(), Notifier(coordinators))


def note(text: str = "contact.noted") -> dict:
    return payload(Text(text), "nl")


async def rows(sessions) -> dict[int, Notification]:
    async with unit_of_work(sessions) as session:
        return {
            n.id: n for n in await session.scalars(select(Notification).order_by(Notification.id))
        }


@pytest.fixture(autouse=True)
def no_pacing(monkeypatch) -> None:
    """Telegram's pacing is the sender's business, not these tests'."""
    monkeypatch.setattr(pacing, "BOT_INTERVAL", 0.0)
    monkeypatch.setattr(pacing, "CHAT_INTERVAL", 0.0)


async def test_two_senders_on_one_database_never_send_a_row_twice(sessions, database_url):
    async with unit_of_work(sessions) as session:
        for chat_id in range(1, 41):
            outbox.enqueue(session, chat_id, "test", note())
    other_engine = create_engine(database_url)  # as a second process would
    try:
        other_sessions = create_sessionmaker(other_engine)
        async with unit_of_work(other_sessions) as session:  # connected, as a running one is
            await session.execute(select(1))
        first, second = RecordingSession(delay=0.01), RecordingSession(delay=0.01)
        await asyncio.gather(
            sender(sessions, first).deliver_due(), sender(other_sessions, second).deliver_due()
        )
    finally:
        await other_engine.dispose()
    chats = [chat for chat, _ in first.sent + second.sent]
    assert sorted(chats) == list(range(1, 41))  # each row once, none lost
    assert first.sent and second.sent  # both took part
    assert {n.status for n in (await rows(sessions)).values()} == {outbox.SENT}


async def test_a_claimed_row_is_nobody_elses_until_its_lease_runs_out(sessions) -> None:
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 1, "test", note())
        outbox.enqueue(session, 2, "test", note())
    async with unit_of_work(sessions) as session:
        [first] = await outbox.claim(session)
    async with unit_of_work(sessions) as session:
        [second] = await outbox.claim(session)
        assert await outbox.claim(session) == []
    assert first.id != second.id
    async with unit_of_work(sessions) as session:  # the first sender died: its lease ran out
        await session.execute(
            update(Notification)
            .where(Notification.id == first.id)
            .values(claimed_until=utcnow() - timedelta(seconds=1))
        )
    async with unit_of_work(sessions) as session:
        assert [n.id for n in await outbox.claim(session)] == [first.id]


async def test_postgresql_skips_a_row_another_transaction_is_claiming(sessions) -> None:
    if sessions.kw["bind"].dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time: nothing to skip")
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 1, "test", note())
        outbox.enqueue(session, 2, "test", note())
    async with sessions() as slow, slow.begin():
        [held] = await outbox.claim(slow)  # locked, not yet committed
        async with unit_of_work(sessions) as session:
            [other] = await asyncio.wait_for(outbox.claim(session), 5)  # does not wait
        assert held.id != other.id


async def test_urgent_goes_first_and_a_poisoned_row_stops_nothing(sessions) -> None:
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 5, "new_request", note())
        broken = {"text": {"key": "coordinator.danger", "params": {"unknown": 1}}, "locale": "nl"}
        outbox.enqueue(session, 6, "urgent", broken, request_id=17)
        outbox.enqueue(session, 7, "urgent", note("contact.noted"))
    telegram = RecordingSession()
    await sender(sessions, telegram).deliver_due()
    assert [chat for chat, _ in telegram.sent[:2]] == [7, 5]  # the urgent one first
    found = await rows(sessions)
    assert [n.status for n in found.values()][:3] == [outbox.SENT, outbox.PARKED, outbox.SENT]
    notice = next(n for n in found.values() if n.kind == "undeliverable")
    assert notice.chat_id == COORDINATOR and notice.request_id == 17
    assert (COORDINATOR, notice_text(telegram, COORDINATOR)) in telegram.sent
    assert "#17" in notice_text(telegram, COORDINATOR)


def notice_text(telegram: RecordingSession, chat_id: int) -> str:
    return next(text for chat, text in telegram.sent if chat == chat_id)


async def with_meedenker(sessions, telegram_id: int) -> None:
    async with unit_of_work(sessions) as session:
        await import_directory(session, load_directory(EXAMPLE_DIRECTORY))
        (await session.get(Meedenker, "m-anna")).telegram_id = telegram_id


async def test_400_parks_the_message_and_403_marks_the_meedenker_blocked(sessions) -> None:
    await with_meedenker(sessions, 55)
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 55, "introduction", note(), request_id=3)
    telegram = RecordingSession(refuse={55: 400})
    await sender(sessions, telegram).deliver_due()
    async with unit_of_work(sessions) as session:
        assert (await session.get(Meedenker, "m-anna")).blocked_bot is False
    assert [n.status for n in (await rows(sessions)).values()][0] == outbox.PARKED
    text = notice_text(telegram, COORDINATOR)
    assert "Anna" in text and "#3" in text and "geblokkeerd" not in text

    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 55, "reminder", note(), request_id=3)
    telegram = RecordingSession(refuse={55: 403})
    await sender(sessions, telegram).deliver_due()
    async with unit_of_work(sessions) as session:
        assert (await session.get(Meedenker, "m-anna")).blocked_bot is True
    assert "geblokkeerd" in notice_text(telegram, COORDINATOR)


async def test_a_message_a_coordinator_missed_is_told_to_the_others(sessions, caplog) -> None:
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, COORDINATOR, "urgent", note(), request_id=9)
    telegram = RecordingSession(refuse={COORDINATOR: 403})
    await sender(sessions, telegram, coordinators=(COORDINATOR, OTHER_COORDINATOR)).deliver_due()
    text = notice_text(telegram, OTHER_COORDINATOR)
    assert "een andere coördinator" in text and "#9" in text
    assert [chat for chat, _ in telegram.sent] == [OTHER_COORDINATOR]  # no chain of notices
    assert "to a coordinator did not arrive" in caplog.text


async def test_a_lone_coordinator_who_misses_a_message_is_logged(sessions, caplog) -> None:
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, COORDINATOR, "urgent", note(), request_id=9)
    await sender(sessions, RecordingSession(refuse={COORDINATOR: 400})).deliver_due()
    assert [n.status for n in (await rows(sessions)).values()] == [outbox.PARKED]
    assert "to a coordinator did not arrive" in caplog.text


async def test_a_message_that_keeps_failing_is_parked_after_max_attempts(sessions) -> None:
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 8, "accepted", note(), request_id=4)
    telegram = RecordingSession(refuse={8: 500})
    deliver = sender(sessions, telegram)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        async with unit_of_work(sessions) as session:  # its next attempt is due now
            await session.execute(update(Notification).values(next_attempt_at=utcnow()))
        await deliver.deliver_due()
        [row] = [n for n in (await rows(sessions)).values() if n.chat_id == 8]
        assert row.attempts == attempt
        assert row.status == (outbox.PARKED if attempt == MAX_ATTEMPTS else outbox.PENDING)
    assert "#4" in notice_text(telegram, COORDINATOR)


async def test_a_maximal_escalation_is_stored(sessions) -> None:
    """Every reason at once, a long e-mail address: unbounded columns on PostgreSQL too."""
    every_reason = tuple(rule.reason for rule in escalation.RULES) + (
        escalation.DECLINED,
        escalation.NO_ANSWER,
        escalation.ASKED_HUMAN,
        escalation.MEEDENKER_LEFT,
    )
    email = "a" * 64 + "@" + "b" * 185 + ".nl"
    answers = {
        "gemeente": "Lisse",
        "question": "Ik heb veel vragen 😟 " * 190,
        "levensgebieden": ["wonen", "geld", "werk", "zorg", "contacten", "opvoeding"],
        "persona": "arie",
        "preference": "professional",
        "language": "nl",
        "contact_method": "email",
        "contact_value": email,
    }
    async with unit_of_work(sessions) as session:
        request = requests.new_request(session, await requests.resident_for(session, 4242, "nl"))
        requests.fill(request, answers)
        submitted = lifecycle.decide(Action.SUBMIT, Actor.RESIDENT, request.status)
        await requests.apply(session, request, submitted, Actor.RESIDENT)
        escalated = lifecycle.decide(Action.ESCALATE, Actor.SYSTEM, request.status)
        await requests.apply(
            session, request, escalated, Actor.SYSTEM, desk_reasons=every_reason, urgent=True
        )
        request_id = request.id
    async with unit_of_work(sessions) as session:
        stored = await session.get(Request, request_id)
        assert stored.contact_value == email and stored.urgent
        reasons = await session.scalars(
            select(RequestEvent.reason).where(RequestEvent.request_id == request_id)
        )
        assert ",".join(every_reason) in list(reasons)
    assert len(",".join(every_reason)) > 64
