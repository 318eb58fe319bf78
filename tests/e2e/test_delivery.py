"""Delivery end to end: 400 vs 403, a poisoned outbox row, long texts, a long queue."""

from __future__ import annotations

import re

from flows.text import utf16_len
from storage import outbox
from storage.models import Request, Resident, utcnow
from tests.botapi import FakeUser, Fault
from tests.e2e.database import run_on
from tests.e2e.database import tuples as query
from tests.e2e.journeys import Answers, choose, enrol, requests_of, to_question

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

LISSE = Answers(
    gemeente="Lisse", question="Ik heb schulden en veel post", preference="Maakt mij niet uit"
)


def told(user: FakeUser, *fragments: str, timeout: float = 20) -> str:
    """The first message in the chat (read before or not) that holds every fragment."""

    def found():
        for message in user.messages:
            if all(f.lower() in message.plain.lower() for f in fragments):
                return message.plain
        return None

    return user.fake.wait_until(found, timeout, f"{fragments!r} in chat {user.id}")


def test_a_400_is_a_failed_message_and_only_a_403_is_a_block(bot, coordinator, new_user):
    anna, first, second = new_user(first_name="Anna"), new_user(), new_user()
    enrol(coordinator, anna, "m-anna")
    bot.fake.add_fault(Fault("sendMessage", status=400, chat_id=anna.id))
    choose(first, "Anna", LISSE)
    [request] = requests_of(bot, first.id)
    notice = told(coordinator, "kwam niet aan", "Anna", f"aanmelding #{request['id']}")
    assert "geblokkeerd" not in notice
    assert query(bot, "SELECT blocked_bot FROM meedenker WHERE id = 'm-anna'") == [(0,)]
    assert ("parked",) in query(bot, "SELECT status FROM notification WHERE chat_id = ?", anna.id)

    bot.fake.block(anna.id)  # now she blocks the bot
    choose(second, "Anna", LISSE)
    [request] = requests_of(bot, second.id)
    told(coordinator, "geblokkeerd", "Anna", f"aanmelding #{request['id']}")
    bot.fake.wait_until(
        lambda: query(bot, "SELECT blocked_bot FROM meedenker WHERE id = 'm-anna'") == [(1,)],
        what="Anna marked as blocked",
    )


def test_a_poisoned_notification_does_not_hold_up_a_danger_alert(bot, coordinator, new_user):
    victim, resident = new_user(), new_user()
    to_question(resident, Answers())
    broken = {"text": {"key": "coordinator.danger", "params": {"unknown": 1}}, "locale": "nl"}

    async def poison(session) -> None:  # a row no renderer can turn into a message
        outbox.enqueue(session, victim.id, "urgent", broken)

    run_on(bot, poison)
    resident.send("Hij heeft een mes en wil me vermoorden")
    resident.expect("112")
    told(coordinator, "SPOED", "direct gevaar")
    told(coordinator, "kwam niet aan", "een bewoner")
    assert query(bot, "SELECT status FROM notification WHERE chat_id = ?", victim.id) == [
        ("parked",)
    ]
    assert "vermoorden" not in bot.log.read_text()


def test_a_4000_unit_question_with_emoji_reaches_the_meedenker_and_the_desk(
    bot, coordinator, new_user
) -> None:
    sentence = "Ik krijg veel post 📬 en ik snap de brieven niet 😟 "
    question = sentence * (4000 // utf16_len(sentence))
    question += "x" * (4000 - utf16_len(question))
    assert utf16_len(question) == 4000 and len(question) < 4000
    greet, resident = new_user(first_name="Greet"), new_user()
    enrol(coordinator, greet, "m-greet")
    choose(resident, "Greet", Answers(gemeente="Lisse", question=question))
    introduction = greet.expect("Nieuwe vraag voor jou")
    assert question[:300] in introduction.plain and "…" in introduction.plain
    [request] = requests_of(bot, resident.id)
    assert request["question"] == question  # kept whole
    notice = f"Nieuwe aanmelding #{request['id']}"
    told(coordinator, notice)
    coordinator.press("Bekijk", next(m for m in coordinator.messages if notice in m.plain))
    detail = coordinator.expect(f"Aanmelding #{request['id']} (")
    assert question[:300] in detail.plain


def test_sixty_queued_requests_page_through_the_queue(bot, coordinator) -> None:
    async def queue_sixty(session) -> list[int]:
        ids = []
        for n in range(60):
            resident = Resident(telegram_id=800_000 + n, locale="nl", consent_at=utcnow())
            session.add(resident)
            await session.flush()
            request = Request(
                resident_id=resident.id,
                status="escalated",
                gemeente="Lisse",
                question="Ik weet niet waar ik moet beginnen",
                needs_triage=True,
                escalation_reasons=["coordinator_picks"],
            )
            session.add(request)
            await session.flush()
            ids.append(request.id)
        return ids

    ids = run_on(bot, queue_sixty)
    coordinator.send("/wachtrij")
    queue = coordinator.expect("Wachtrij")
    total = int(re.search(r"Wachtrij \((\d+)\)", queue.plain).group(1))
    pages = -(-total // 10)
    assert total >= 60 and f"Pagina 1 van {pages}" in queue.plain
    seen: list[int] = []
    for page in range(1, pages + 1):
        assert f"Pagina {page} van {pages}" in queue.plain
        seen += [int(label.split("#")[1]) for label in queue.button_labels if "#" in label]
        if page < pages:
            coordinator.press("Volgende", queue)
            bot.fake.wait_until(lambda p=page: f"Pagina {p + 1} van" in queue.plain, what="page")
    assert "Volgende" not in queue.button_labels
    assert len(seen) == len(set(seen)) == total and set(ids) <= set(seen)
    coordinator.press("Vorige", queue)
    bot.fake.wait_until(lambda: f"Pagina {pages - 1} van" in queue.plain, what="previous page")
    last = ids[-1]
    if f"Open #{last}" not in queue.button_labels:
        coordinator.press("Volgende", queue)
        bot.fake.wait_until(lambda: f"Open #{last}" in queue.button_labels, what="its page")
    coordinator.press(f"Open #{last}", queue)
    coordinator.expect(f"Aanmelding #{last} (")
