"""End-to-end: the real `python -m bot` process against the offline Bot API fake."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import asyncpg
import pytest

from tests.botapi import FakeTelegram, FakeUser
from tests.conftest import EXAMPLE_DIRECTORY, TEST_DATA_KEY

COORDINATOR_ID = 900_001
_user_ids = count(500_001)
_databases = count(1)


class BotProcess:
    """The bot as production runs it: a separate process polling the fake."""

    module = "bot"  # what `python -m` runs (benchmarks start a bare echo bot the same way)

    def __init__(self, fake: FakeTelegram, workdir: Path, **env: str) -> None:
        self.fake, self.workdir = fake, workdir
        self.log = workdir / "bot.log"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}},
            "BOT_TOKEN": fake.token,
            "TELEGRAM_API_URL": fake.base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{workdir / 'bot.db'}",
            "DIRECTORY_FILE": str(EXAMPLE_DIRECTORY),
            "COORDINATOR_IDS": str(COORDINATOR_ID),
            "LOG_LEVEL": "INFO",
            "DATA_KEY": TEST_DATA_KEY,
            **env,
        }
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> BotProcess:
        # Ready once it polls, or (webhook mode) once it has told Telegram where to post.
        ready_call = "setWebhook" if self.env.get("BOT_MODE") == "webhook" else "getUpdates"
        polls_before = len(self.fake.calls_of(ready_call))
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", self.module],
                cwd=self.workdir,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            self.fake.wait_until(
                lambda: (
                    len(self.fake.calls_of(ready_call)) > polls_before
                    or self.process.poll() is not None
                ),
                timeout=timeout,
                what="the bot to start polling",
            )
        except TimeoutError:
            self.kill()
            raise
        if self.process.poll() is not None:
            raise RuntimeError(
                f"bot exited with {self.process.returncode}:\n{self.log.read_text()}"
            )
        return self

    def kill(self) -> None:
        """kill -9: no chance to finish anything."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def terminate(self, timeout: float = 20) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def restart(self) -> BotProcess:
        self.kill()
        return self.start()


@pytest.fixture(scope="module")
def fake(database: dict[str, str]) -> Iterator[FakeTelegram]:
    """A Telegram of its own for each module (and each database it runs on)."""
    server = FakeTelegram().start()
    yield server
    server.stop()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A module that says `ON_POSTGRESQL = True` runs its tests against the bot on each
    database: the embedded one and the production one."""
    if "database" in metafunc.fixturenames and getattr(metafunc.module, "ON_POSTGRESQL", False):
        metafunc.parametrize("database", ["sqlite", "postgresql"], indirect=True, scope="module")


@pytest.fixture(scope="module")
def database(request: pytest.FixtureRequest) -> dict[str, str]:
    """The bot's settings for its database: none for SQLite in its work folder (the
    default), or the DATABASE_URL of a new PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return {}
    server = request.getfixturevalue("postgres")
    name = f"e2e_{next(_databases)}"
    asyncio.run(_create_database(server, name))
    return {"DATABASE_URL": server.url(name)}


async def _create_database(server, name: str) -> None:
    connection = await asyncpg.connect(server.url("postgres").replace("+asyncpg", ""))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


@pytest.fixture(scope="module")
def bot(
    fake: FakeTelegram, database: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotProcess]:
    fake.known_chats.add(COORDINATOR_ID)  # the coordinator has started the bot before
    process = BotProcess(fake, tmp_path_factory.mktemp("bot"), **database).start()
    yield process
    process.kill()


@pytest.fixture(autouse=True)
def strict_telegram(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every call Telegram would refuse, and every tap left unanswered, fails the test."""
    if "fake" not in request.fixturenames:
        yield
        return
    fake: FakeTelegram = request.getfixturevalue("fake")
    fake.take_violations()
    yield
    try:
        fake.wait_until(lambda: not fake.unanswered_callbacks(), timeout=5, what="answers")
    except TimeoutError:
        pytest.fail(f"callback queries never answered: {fake.unanswered_callbacks()}")
    violations = fake.take_violations()
    assert not violations, f"the bot made calls Telegram refuses: {violations}"


@pytest.fixture
def new_user(fake: FakeTelegram):
    """A factory of people who have not talked to the bot before."""

    def make(language_code: str | None = "nl", first_name: str = "Sam") -> FakeUser:
        return FakeUser(fake, next(_user_ids), first_name=first_name, language_code=language_code)

    return make


@pytest.fixture
def coordinator(fake: FakeTelegram) -> FakeUser:
    user = FakeUser(fake, COORDINATOR_ID, first_name="Coordinator")
    user.skip_unread()
    return user


def pytest_runtest_makereport(item, call):
    """On a failing e2e test, show the bot's log."""
    if call.when == "call" and call.excinfo is not None and "bot" in item.fixturenames:
        process = item.funcargs.get("bot")
        if process and process.log.exists():
            item.add_report_section("call", "bot log", process.log.read_text()[-20000:])
        if process and (process.workdir / "bot.db").exists():
            with sqlite3.connect(process.workdir / "bot.db") as db:
                rows = db.execute(
                    "SELECT id, chat_id, kind, status, attempts, next_attempt_at, last_error "
                    "FROM notification ORDER BY id DESC LIMIT 30"
                ).fetchall()
            item.add_report_section("call", "outbox", "\n".join(map(repr, rows)))
