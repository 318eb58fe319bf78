"""Several bot processes in webhook mode on one PostgreSQL database, behind one fake Telegram
that posts to them in turn (as a load balancer would): every intake completes, each message
is answered once, and the clock's work is done once; killing one of them mid-way loses
nothing (what it had just answered, before it could say so, may be said twice)."""

from __future__ import annotations

import asyncio
import re
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import asyncpg
import pytest

from tests.botapi import FakeTelegram
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.journeys import Answers, complete, enrol
from tests.e2e.test_webhook import free_port, webhook_env

PROCESSES, RESIDENTS = 3, 50
REMIND_SECONDS, HAND_OVER_SECONDS = 8, 4
# Every Meedenker who serves Lisse, connected to the bot: the introductions can be counted.
LISSE = ("anna", "carla", "greet", "hassan", "ingrid", "karin", "lotte", "nel", "omar", "sanne")


async def _sql(url: str, query: str, database: str = "postgres") -> list:
    connection = await asyncpg.connect(
        url.replace("+asyncpg", "").rsplit("/", 1)[0] + "/" + database
    )
    try:
        return await connection.fetch(query)
    finally:
        await connection.close()


def start_fleet(fake: FakeTelegram, url: str, workdirs, **env: str) -> list[BotProcess]:
    """PROCESSES bot processes in webhook mode on the PostgreSQL database at `url`, behind
    one address that `fake` spreads over them, as a load balancer would."""
    asyncio.run(_sql(url, f"CREATE DATABASE {url.rsplit('/', 1)[1]}"))
    fake.known_chats.add(COORDINATOR_ID)
    ports = [free_port() for _ in range(PROCESSES)]
    public = webhook_env(ports[0])["WEBHOOK_URL"]
    processes = [
        BotProcess(
            fake,
            workdirs.mktemp(f"bot{i}"),
            **webhook_env(port, WEBHOOK_URL=public, DATABASE_URL=url, **env),
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
    return processes


@pytest.fixture(scope="module")
def fleet(fake: FakeTelegram, postgres, tmp_path_factory) -> Iterator[list[BotProcess]]:
    processes = start_fleet(
        fake,
        postgres.url("fleet"),
        tmp_path_factory,
        REMINDER_AFTER_HOURS=str(REMIND_SECONDS / 3600),
        ESCALATE_AFTER_HOURS=str(HAND_OVER_SECONDS / 3600),
    )
    yield processes
    for process in processes:
        process.kill()


def test_residents_at_once_across_processes(fleet, fake, coordinator, new_user):
    assert all(p.process and p.process.poll() is None for p in fleet)
    meedenkers = [new_user(first_name=name.title()) for name in LISSE]
    for name, meedenker in zip(LISSE, meedenkers, strict=True):
        enrol(coordinator, meedenker, f"m-{name}")
    residents = [new_user() for _ in range(RESIDENTS)]
    with ThreadPoolExecutor(RESIDENTS) as pool:
        list(pool.map(lambda resident: complete(resident, Answers()), residents))
    for resident in residents:  # every step answered once
        texts = [m.plain for m in resident.messages]
        for step in ("Stap 1 van 8", "Stap 2 van 8", "Klopt dit?", "verstuurd"):
            assert sum(step.lower() in t.lower() for t in texts) == 1, (step, texts)
    url = fleet[0].env["DATABASE_URL"]
    [row] = asyncio.run(_sql(url, "SELECT count(*) AS n FROM request", "fleet"))
    assert row["n"] == RESIDENTS

    # Nobody answers: each request is introduced once, reminded once and handed over once,
    # whichever process had the clock at the time.
    def counted(marker: str) -> Counter:
        found = Counter()
        for meedenker in meedenkers:
            for message in meedenker.messages:
                if marker in message.plain:
                    found[re.search(r"#(\d+)", message.plain).group(1)] += 1
        return found

    def handed_over() -> list:
        return asyncio.run(
            _sql(
                url,
                "SELECT request_id, count(*) AS n FROM request_event WHERE reason = 'no_answer' "
                "GROUP BY request_id",
                "fleet",
            )
        )

    fake.wait_until(
        lambda: len(handed_over()) == RESIDENTS,
        timeout=REMIND_SECONDS + HAND_OVER_SECONDS + 90,
        what="every request handed over",
    )
    assert {r["n"] for r in handed_over()} == {1}  # the clock's work done once
    reminded = asyncio.run(
        _sql(
            url,
            "SELECT request_id, count(*) AS n, count(reminded_at) AS r FROM introduction "
            "GROUP BY request_id",
            "fleet",
        )
    )
    assert len(reminded) == RESIDENTS and {(r["n"], r["r"]) for r in reminded} == {(1, 1)}
    # What reached the Meedenkers came once (an offer not yet sent when it was handed over
    # is withdrawn, so not every reminder needs to arrive).
    introduced, reminders = counted("Nieuwe vraag voor jou"), counted("Herinnering")
    assert introduced and set(introduced.values()) == {1}
    assert set(reminders.values()) <= {1}
    # The coordinator's chat takes one message a second: whatever has come, came once.
    notices = Counter(
        m.plain.split("\n")[0] for m in coordinator.messages if "Nieuwe aanmelding" in m.plain
    )
    assert notices and set(notices.values()) == {1}


def test_a_process_killed_in_the_middle_loses_nothing(fleet, fake, new_user):
    url = fleet[0].env["DATABASE_URL"]
    [before] = asyncio.run(_sql(url, "SELECT count(*) AS n FROM request", "fleet"))
    residents = [new_user() for _ in range(20)]

    def half_way() -> bool:
        return sum(any("Stap 3 van 8" in m.plain for m in r.messages) for r in residents) >= 5

    with ThreadPoolExecutor(len(residents)) as pool:
        walks = [pool.submit(complete, resident, Answers()) for resident in residents]
        fake.wait_until(half_way, timeout=120, what="some residents half-way")
        fleet[1].kill()  # what it was posted is posted again, to the others
        for walk in walks:
            walk.result()
    said_twice = 0
    for resident in residents:  # every step answered; twice at most where the dead one
        texts = [m.plain.lower() for m in resident.messages]  # had just answered it
        for step in ("stap 1 van 8", "stap 2 van 8", "klopt dit?", "verstuurd"):
            times = sum(step in t for t in texts)
            assert 1 <= times <= 2, (step, texts)
            said_twice += times - 1
    assert said_twice <= 3
    [after] = asyncio.run(_sql(url, "SELECT count(*) AS n FROM request", "fleet"))
    assert after["n"] - before["n"] == len(residents)
    # A tap the dead one had taken but not answered yet is too old to answer by the time
    # another process has it again (the spinner stops by itself): at most those.
    with fake.lock:
        left = [fake.callbacks[cid] for cid in fake.unanswered_callbacks()]
        assert len(left) <= 3
        for record in left:
            record.answered = True
