"""Several bot processes in webhook mode on one PostgreSQL database, behind one fake Telegram
that posts to them in turn (as a load balancer would): every intake completes, each message
is answered once, each notice is sent once, and killing one process loses nothing."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import asyncpg
import pytest

from tests.botapi import FakeTelegram
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.journeys import Answers, complete
from tests.e2e.test_webhook import free_port, webhook_env

PROCESSES, RESIDENTS = 3, 24


async def _sql(url: str, query: str, database: str = "postgres") -> list:
    connection = await asyncpg.connect(
        url.replace("+asyncpg", "").rsplit("/", 1)[0] + "/" + database
    )
    try:
        return await connection.fetch(query)
    finally:
        await connection.close()


@pytest.fixture(scope="module")
def fleet(fake: FakeTelegram, postgres, tmp_path_factory) -> Iterator[list[BotProcess]]:
    url = postgres.url("fleet")
    asyncio.run(_sql(url, "CREATE DATABASE fleet"))
    fake.known_chats.add(COORDINATOR_ID)
    ports = [free_port() for _ in range(PROCESSES)]
    public = webhook_env(ports[0])["WEBHOOK_URL"]  # one address; the balancer spreads it
    processes = [
        BotProcess(
            fake,
            tmp_path_factory.mktemp(f"bot{i}"),
            **webhook_env(port, WEBHOOK_URL=public, DATABASE_URL=url),
        )
        for i, port in enumerate(ports)
    ]
    fake.webhook_backends = [f"http://127.0.0.1:{port}" for port in ports]
    # All at once (migrations included); on a busy two-core machine that takes a while.
    starting = [threading.Thread(target=p.start, args=(120,)) for p in processes]
    for thread in starting:
        thread.start()
    for thread in starting:
        thread.join(150)
    yield processes
    for process in processes:
        process.kill()


def test_residents_at_once_across_processes_and_one_killed(fleet, fake, coordinator, new_user):
    assert all(p.process and p.process.poll() is None for p in fleet)
    residents = [new_user() for _ in range(RESIDENTS)]
    killer = threading.Timer(4.0, fleet[1].kill)  # one process dies while people are busy
    killer.start()
    with ThreadPoolExecutor(RESIDENTS) as pool:
        list(pool.map(lambda resident: complete(resident, Answers()), residents))
    killer.join()
    for resident in residents:  # every step answered once
        texts = [m.plain for m in resident.messages]
        for step in ("Stap 1 van 7", "Stap 2 van 7", "Klopt dit?", "verstuurd"):
            assert sum(step.lower() in t.lower() for t in texts) == 1, (step, texts)
    url = fleet[0].env["DATABASE_URL"]
    [row] = asyncio.run(_sql(url, "SELECT count(*) AS n FROM request", "fleet"))
    assert row["n"] == RESIDENTS
    coordinator.settle(quiet=1.5, timeout=60)
    notices = Counter(
        m.plain.split("\n")[0] for m in coordinator.messages if "Nieuwe aanmelding" in m.plain
    )
    assert len(notices) == RESIDENTS and set(notices.values()) == {1}  # each sent once
    served = {status for _, status in fake.webhook_posts}
    assert 200 in served
