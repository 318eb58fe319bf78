"""Telegram's sending limits hold for the fleet, not per process: three bot processes
emptying one outbox never send more than 30 messages a second in all, or two within a
second to one chat (the fake answers 429 to anything more, as Telegram does), and killing
one of them half-way loses nothing."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator

import pytest

from bot.notify import payload
from flows.render import Text
from storage import outbox
from storage.db import create_engine, create_sessionmaker
from storage.uow import unit_of_work
from tests.botapi import FakeTelegram
from tests.e2e.test_fleet import start_fleet

CHATS = range(810_000, 810_060)
PER_CHAT = 3


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeTelegram]:
    server = FakeTelegram(enforce_limits=True).start()
    yield server
    server.stop()


async def queue(url: str) -> None:
    """PER_CHAT numbered messages to each chat, interleaved as a busy day leaves them."""
    engine = create_engine(url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        for n in range(PER_CHAT):
            for chat in CHATS:
                outbox.enqueue(session, chat, "test", payload(Text(f"bericht {chat}-{n}"), "nl"))
    await engine.dispose()


def test_three_processes_keep_telegrams_limits_together(fake, postgres, tmp_path_factory):
    fake.known_chats.update(CHATS)
    url = postgres.url("limits")
    fleet = start_fleet(fake, url, tmp_path_factory)
    try:
        assert all(p.process and p.process.poll() is None for p in fleet)
        asyncio.run(queue(url))

        def delivered() -> Counter:
            return Counter(m.plain for chat in CHATS for m in fake.messages.get(chat, []))

        fake.wait_until(lambda: sum(delivered().values()) >= len(CHATS), what="a third sent")
        fleet[0].kill()  # in the middle of it: its lease runs out, another one takes over
        everything = {f"bericht {chat}-{n}" for chat in CHATS for n in range(PER_CHAT)}
        fake.wait_until(
            lambda: set(delivered()) == everything, timeout=90, what="every message sent"
        )
    finally:
        for process in fleet:
            process.kill()
    assert fake.refused_for_limits == 0
    # The one message in the killed process's hands when it died may have gone twice.
    assert sum(delivered().values()) - len(everything) <= 1
