"""What `benchmarks.crowd` measures with: a fake Bot API that stamps every update it hands
out and every call it receives, the two contenders as processes, and the databases they use.

Times are taken inside the fake (the bot's side of the wire), so the driver's own threads,
which only decide what a person does next, do not colour the figures.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import asyncpg

from tests.botapi import FakeTelegram, FakeUser
from tests.conftest import REPO
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.postgres import PostgresServer

# Calls that are no reply to anybody.
NOT_REPLIES = {"getUpdates", "getMe", "deleteWebhook", "setMyCommands", "deleteMyCommands"}


class _StampedCalls(list):
    """The fake's call record, with the moment and chat of each call beside it."""

    def __init__(self, fake: MeasuredTelegram) -> None:
        super().__init__()
        self.fake = fake
        self.stamps: list[tuple[float, str, object]] = []

    def append(self, item: tuple[str, dict]) -> None:
        method, params = item
        self.stamps.append((time.perf_counter(), method, self.fake._chat_of(params)))
        super().append(item)


class MeasuredTelegram(FakeTelegram):
    """The tests' fake Bot API, stamping what goes in and out."""

    def __init__(self, enforce_limits: bool = False) -> None:
        super().__init__(enforce_limits=enforce_limits)
        self.calls = _StampedCalls(self)
        self.pushed: list[tuple[float, int, int]] = []  # (moment, update_id, chat)

    def push_update(self, payload: dict) -> int:
        moment = time.perf_counter()
        update_id = super().push_update(payload)
        body = payload.get("message") or payload.get("edited_message") or {}
        chat = body.get("chat", {}).get("id") or payload.get("callback_query", {})["from"]["id"]
        with self.lock:
            self.pushed.append((moment, update_id, chat))
        return update_id

    def wait_until(self, predicate, timeout: float = 10.0, what: str = "condition"):
        """Checks every 10 ms instead of at every change: two hundred waiting people would
        otherwise all wake at every call and take the processor from the fake."""
        deadline = time.monotonic() + max(timeout, 300)
        while True:
            with self.lock:
                result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out waiting for {what}")
            time.sleep(0.01)

    @property
    def stamps(self) -> list[tuple[float, str, object]]:
        with self.lock:
            return list(self.calls.stamps)

    def replies(self) -> list[tuple[float, str, object]]:
        return [s for s in self.stamps if s[1] not in NOT_REPLIES and s[1] != "sendChatAction"]

    def first_poll_after(self, moment: float) -> float | None:
        return next((t for t, m, _ in self.stamps if m == "getUpdates" and t >= moment), None)

    def wait_quiet(self, quiet: float = 1.0, timeout: float = 900) -> float:
        """Wait until every update is taken and no reply came for `quiet` seconds; returns
        the moment of the last reply."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(0.1)
            replies = self.replies()
            last = replies[-1][0] if replies else 0.0
            if self.pending_updates() == 0 and time.perf_counter() - last >= quiet:
                return last
        raise TimeoutError("the bot never went quiet")


class PatientUser(FakeUser):
    """A person who waits as long as the crowd makes them wait."""

    def expect(self, *fragments: str, timeout: float = 300.0):
        return super().expect(*fragments, timeout=max(timeout, 300.0))


class EchoProcess(BotProcess):
    """The bare aiogram echo bot, started exactly as the real bot is."""

    module = "benchmarks.echo_bot"

    def __init__(self, fake: FakeTelegram, workdir: Path) -> None:
        super().__init__(fake, workdir, PYTHONPATH=str(REPO))  # benchmarks/ is no package


@dataclass
class Started:
    process: BotProcess
    seconds: float  # process start until its first getUpdates


def start(fake: MeasuredTelegram, process: BotProcess) -> Started:
    fake.known_chats.add(COORDINATOR_ID)
    before = time.perf_counter()
    process.start(timeout=120)
    return Started(process, fake.first_poll_after(before) - before)


def rss_mb(process: BotProcess) -> tuple[float, float]:
    """Resident memory now and at its peak, in MB."""
    status = Path(f"/proc/{process.process.pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def latencies(fake: MeasuredTelegram) -> tuple[list[float], int]:
    """For every update: seconds until the first reply in its chat (before the chat's next
    update). Returns them and the number of updates that got no reply at all."""
    replies_by_chat: dict[object, list[float]] = {}
    for moment, _, chat in fake.replies():
        replies_by_chat.setdefault(chat, []).append(moment)
    pushed_by_chat: dict[int, list[float]] = {}
    for moment, _, chat in fake.pushed:
        pushed_by_chat.setdefault(chat, []).append(moment)
    found, unanswered = [], 0
    for chat, pushes in pushed_by_chat.items():
        replies = deque(replies_by_chat.get(chat, []))
        for i, pushed in enumerate(pushes):
            until = pushes[i + 1] if i + 1 < len(pushes) else float("inf")
            while replies and replies[0] < pushed:
                replies.popleft()
            if replies and replies[0] < until:
                found.append(replies.popleft() - pushed)
            else:
                unanswered += 1
    return found, unanswered


class Databases:
    """A fresh database for each run: a file for SQLite, a new database on one throwaway
    PostgreSQL server (started on first use)."""

    def __init__(self) -> None:
        self.server: PostgresServer | None = None
        self.runs = 0

    @property
    def postgres_available(self) -> bool:
        return PostgresServer(Path(tempfile.gettempdir())).available

    def url(self, kind: str, workdir: Path) -> str:
        if kind == "sqlite":
            return f"sqlite+aiosqlite:///{workdir / 'bot.db'}"
        if self.server is None:
            self.server = PostgresServer(Path(tempfile.mkdtemp(prefix="meedenkers-pg-")))
            self.server.start()
        self.runs += 1
        return self.server.url(f"bench_{self.runs}")

    async def create(self, url: str) -> None:
        if not url.startswith("postgresql"):
            return
        name = url.rsplit("/", 1)[1]
        connection = await asyncpg.connect(self.server.url("postgres").replace("+asyncpg", ""))
        try:
            await connection.execute(f'CREATE DATABASE "{name}"')
        finally:
            await connection.close()

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()
            shutil.rmtree(self.server.directory, ignore_errors=True)
