"""Telegram's limits for the fleet (storage/pacing.py): senders on separate connections, as
separate processes are, never get moments closer than the limits allow."""

from __future__ import annotations

import asyncio
from collections import defaultdict

from sqlalchemy import select

from storage import outbox, pacing
from storage.db import create_engine, create_sessionmaker
from storage.models import Notification, SendLane
from storage.uow import unit_of_work

EPSILON = 1e-6


async def test_two_senders_share_the_bots_and_each_chats_pace(sessions, database_url):
    other_engine = create_engine(database_url)  # as a second process would
    other = create_sessionmaker(other_engine)
    now = 1_000_000.0
    try:

        async def reserve(which, chat_id: int) -> tuple[int, float]:
            async with unit_of_work(which) as session:
                return chat_id, await pacing.reserve(session, chat_id, now)

        chats = [1, 2, 3, 1, 1, 2, 4, 5, 1, 6] * 3
        moments = await asyncio.gather(
            *(reserve(sessions if n % 2 else other, chat) for n, chat in enumerate(chats))
        )
    finally:
        await other_engine.dispose()
    every = sorted(moment for _, moment in moments)
    assert every[0] >= now
    gaps = [b - a for a, b in zip(every, every[1:], strict=False)]
    assert min(gaps) >= pacing.BOT_INTERVAL - EPSILON  # never two in one thirtieth of a second
    per_chat = defaultdict(list)
    for chat_id, moment in moments:
        per_chat[chat_id].append(moment)
    for chat_moments in per_chat.values():
        chat_moments.sort()
        assert all(
            b - a >= pacing.CHAT_INTERVAL - EPSILON
            for a, b in zip(chat_moments, chat_moments[1:], strict=False)
        )
    # Chat 1 has twelve messages: the last goes eleven seconds after the first.
    assert max(per_chat[1]) - min(per_chat[1]) >= pacing.CHAT_INTERVAL * 11 - EPSILON


async def test_a_chat_waiting_for_its_moment_is_not_claimed_meanwhile(sessions):
    async with unit_of_work(sessions) as session:
        outbox.enqueue(session, 7, "test", {})
        outbox.enqueue(session, 8, "test", {})
        await pacing.reserve(session, 7)  # a message to chat 7 goes out just now
    async with unit_of_work(sessions) as session:
        claimed = await outbox.claim(session, limit=5)
    assert [item.chat_id for item in claimed] == [8]


async def test_lanes_of_past_chats_are_forgotten_but_the_bots_stays(sessions):
    async with unit_of_work(sessions) as session:
        await pacing.reserve(session, 42, now=1_000.0)
        await pacing.reserve(session, 43)
        await pacing.forget_past(session)
    async with unit_of_work(sessions) as session:
        lanes = set(await session.scalars(select(SendLane.lane)))
        assert lanes == {pacing.BOT, 43}
        await pacing.forget_chat(session, 43)
        assert set(await session.scalars(select(SendLane.lane))) == {pacing.BOT}
        assert not list(await session.scalars(select(Notification)))
