"""Meedenkersbot under a crowd, beside a bare aiogram echo bot on the same offline Bot API.

Both run as their own process, polling the tests' fake Bot API (tests/botapi), as the e2e
tests start them. Printed in one table, each figure with its target (issue #16):

  flood    200 users x 10 messages at once: updates/s, and the ratio to the echo bot
  latency  200 residents walking the whole intake at once: reply time p50/p99
  outbox   queued messages against Telegram's limits: messages/s and 429s
  queue    100,000 stored requests: memory of the bot process, /wachtrij reply time
  ranking  flows.ranking.rank over 5,000 Meedenkers
  startup  process start until its first getUpdates

.venv/bin/python -m benchmarks.crowd                       # everything, SQLite and PostgreSQL
.venv/bin/python -m benchmarks.crowd --only flood,ranking --db sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks import seed, walkers
from benchmarks.harness import (
    Databases,
    EchoProcess,
    MeasuredTelegram,
    PatientUser,
    latencies,
    percentile,
    rss_mb,
    start,
)
from flows.domain import LEVENSGEBIEDEN, MeedenkerKind
from flows.ranking import Profile, rank
from tests.e2e.conftest import COORDINATOR_ID, BotProcess

PARTS = ("flood", "latency", "outbox", "queue", "ranking", "startup")
ECHO = "echo"


@dataclass
class Figure:
    name: str
    unit: str
    target: str
    meets: object = None  # value -> bool, or None: no target of its own
    values: dict[str, float | None] = field(default_factory=dict)  # column -> value
    note: str = ""


class Run:
    """One run of the chosen parts; figures are gathered in the order they are printed."""

    def __init__(self, databases: list[str], users: int, messages: int, stored: int) -> None:
        self.databases, self.users, self.messages, self.stored = databases, users, messages, stored
        self.dbs = Databases()
        self.figures: dict[str, Figure] = {}
        self.notes: list[str] = []

    def figure(self, name: str, unit: str, target: str = "", meets=None) -> Figure:
        return self.figures.setdefault(name, Figure(name, unit, target, meets))

    # ----- contenders -------------------------------------------------------------------

    def contender(self, who: str, fake: MeasuredTelegram, **env: str):
        workdir = Path(tempfile.mkdtemp(prefix=f"crowd-{who}-"))
        if who == ECHO:
            return EchoProcess(fake, workdir)
        url = self.dbs.url(who, workdir)
        asyncio.run(self.dbs.create(url))
        return BotProcess(fake, workdir, DATABASE_URL=url, LOG_LEVEL="WARNING", **env)

    def contenders(self) -> list[str]:
        return [*self.databases, ECHO]

    def started(self, who: str, started_in: float, fresh: bool) -> None:
        name = "start-up, empty database" if fresh else f"start-up, {self.stored:,} requests"
        self.figure(name, "s", "≤ 1.5 s", lambda v: v <= 1.5).values[who] = started_in

    # ----- parts ------------------------------------------------------------------------

    def flood(self) -> None:
        rates = {}
        for who in self.contenders():
            fake = MeasuredTelegram().start()
            process = self.contender(who, fake)
            try:
                up = start(fake, process)
                self.started(who, up.seconds, fresh=True)
                people = [PatientUser(fake, 600_000 + i) for i in range(self.users)]
                with fake.lock:  # all at once, as a newsletter brings them
                    for n in range(self.messages):
                        for person in people:
                            person.send(f"Hallo, ik heb een vraag ({n})")
                first = fake.pushed[0][0]
                last = fake.wait_quiet()
                rates[who] = len(fake.pushed) / (last - first)
                if who == ECHO:
                    self.figure("memory, echo bot idle", "MB").values[who] = rss_mb(process)[0]
            finally:
                process.kill()
                fake.stop()
        total = self.users * self.messages
        figure = self.figure(
            f"flood {self.users}×{self.messages}", "updates/s", "≥ 50 % of echo", self._half_echo
        )
        figure.values.update(rates)
        self.echo_rate = rates.get(ECHO)
        self.notes.append(f"flood: {total} texts from {self.users} new users, pushed at once")

    def _half_echo(self, value: float) -> bool | None:
        echo = getattr(self, "echo_rate", None)
        return None if not echo else value >= 0.5 * echo

    def latency(self) -> None:
        for who in self.contenders():
            fake = MeasuredTelegram().start()
            process = self.contender(who, fake)
            try:
                start(fake, process)
                failures = self._walk(fake, who)
                found, unanswered = latencies(fake)
            finally:
                process.kill()
                fake.stop()
            for share, label in ((0.5, "p50"), (0.99, "p99")):
                figure = self.figure(
                    f"reply {label}, {self.users} residents in the intake",
                    "ms",
                    "≤ 50 ms" if label == "p99" else "",
                    (lambda v: v <= 50) if label == "p99" else None,
                )
                figure.values[who] = percentile(found, share) * 1000 if found else None
            if failures or unanswered:
                self.notes.append(
                    f"latency on {who}: {failures} walks failed, {unanswered} updates unanswered"
                )
        self.notes.append(
            f"latency: {self.users} people at once; residents walk the whole intake "
            f"(journeys.complete's steps, {walkers.INTAKE_UPDATES} updates), the echo bot's "
            f"users send {walkers.INTAKE_UPDATES} texts, each after the echo of the one before; "
            f"time from the update's arrival at the fake to the first reply in that chat; "
            f"each person reads and taps in {self.think:g} s (±50 %)"
        )

    def _walk(self, fake: MeasuredTelegram, who: str) -> int:
        people = [PatientUser(fake, 700_000 + n) for n in range(self.users)]
        walk = walkers.echoes if who == ECHO else walkers.intake
        return walkers.run(people, walk, self.think)

    def outbox(self) -> None:
        chats, per_chat = list(range(800_000, 800_100)), 3
        wanted = set(chats)
        for who in self.databases:
            fake = MeasuredTelegram(enforce_limits=True).start()
            fake.known_chats.update(chats)
            process = self.contender(who, fake)
            try:
                asyncio.run(seed.notifications(process.env["DATABASE_URL"], chats, per_chat))
                start(fake, process)
                want = len(chats) * per_chat
                fake.wait_until(
                    lambda f=fake, w=want: sum(1 for _, m, c in f.calls.stamps if c in wanted) >= w,
                    timeout=600,
                    what="the outbox to empty",
                )
                sends = [t for t, m, c in fake.stamps if m == "sendMessage" and c in wanted]
                rate = (len(sends) - 1) / (sends[-1] - sends[0])
                refused = fake.refused_for_limits
            finally:
                process.kill()
                fake.stop()
            self.figure("outbox sending rate", "msg/s", "≥ 29/s", lambda v: v >= 29).values[who] = (
                rate
            )
            self.figure("outbox 429s", "", "0", lambda v: v == 0).values[who] = refused
        self.notes.append(
            f"outbox: {len(chats) * per_chat} queued messages to {len(chats)} chats; the fake "
            "refuses (429) more than 30 sends in a second, or two within a second in one chat"
        )

    def queue(self) -> None:
        for who in self.databases:
            fake = MeasuredTelegram().start()
            process = self.contender(who, fake)
            try:
                desk = asyncio.run(seed.requests(process.env["DATABASE_URL"], self.stored))
                up = start(fake, process)
                self.started(who, up.seconds, fresh=False)
                coordinator = PatientUser(fake, COORDINATOR_ID)
                coordinator.skip_unread()
                times = []
                for _ in range(20):
                    fake.pushed.clear()
                    coordinator.send("/wachtrij")
                    coordinator.expect("Wachtrij")
                    times.extend(latencies(fake)[0])
                now, peak = rss_mb(process)
            finally:
                process.kill()
                fake.stop()
            self.figure(
                f"memory with {self.stored:,} requests", "MB", "≤ 150 MB", lambda v: v <= 150
            ).values[who] = now
            self.figure(f"memory peak, {self.stored:,} requests", "MB").values[who] = peak
            self.figure("/wachtrij reply, median", "ms").values[who] = (
                statistics.median(times) * 1000
            )
            self.figure(
                "/wachtrij reply, slowest of 20", "ms", "≤ 50 ms", lambda v: v <= 50
            ).values[who] = max(times) * 1000
        self.notes.append(
            f"queue: {self.stored:,} requests of as many residents (80 % closed, 1 % on the "
            f"desk: {desk:,}), encrypted as stored; memory after 20 × /wachtrij"
        )

    def ranking(self) -> None:
        profiles = _meedenkers(5_000)
        per_call = []
        for i in range(60):
            started = time.perf_counter()
            ranking = rank(
                profiles,
                gemeente="Lisse",
                levensgebieden=["geld", "wonen"],
                preference="informeel" if i % 2 else "geen",
                language="tr",
                today=date.today(),
            )
            ranking[:3]  # the first page of cards, as the resident sees it
            per_call.append(time.perf_counter() - started)
        figure = self.figure("ranking 5,000 Meedenkers", "ms", "≤ 2 ms", lambda v: v <= 2)
        figure.values["all"] = statistics.median(per_call) * 1000

    def startup(self) -> None:
        for who in self.contenders():
            fake = MeasuredTelegram().start()
            process = self.contender(who, fake)
            try:
                self.started(who, start(fake, process).seconds, fresh=True)
            finally:
                process.kill()
                fake.stop()

    # ----- the table --------------------------------------------------------------------

    def print(self) -> None:
        columns = [*self.databases, ECHO]
        heads = {"sqlite": "SQLite", "postgresql": "PostgreSQL", ECHO: "echo bot"}
        print()
        print(
            f"{'figure':<44}"
            + "".join(f"{heads[c]:>12}" for c in columns)
            + f"  {'target':<16}verdict"
        )
        for figure in self.figures.values():
            if "all" in figure.values:  # one figure for the bot, whatever its database
                cells = f"{_cell(figure.values['all']):>12}" + " " * 12 * (len(columns) - 1)
                verdicts = _verdict(figure, figure.values["all"])
            else:
                cells = "".join(f"{_cell(figure.values.get(c)):>12}" for c in columns)
                verdicts = " ".join(
                    f"{heads[c]} {_verdict(figure, figure.values[c])}"
                    for c in self.databases
                    if figure.meets and figure.values.get(c) is not None
                )
            label = f"{figure.name} ({figure.unit})" if figure.unit else figure.name
            print(f"{label:<44}{cells}  {figure.target:<16}{verdicts}")
            if figure.name.startswith("flood") and self.echo_rate:
                ratios = "".join(
                    f"{_ratio(figure.values.get(c), self.echo_rate):>12}" for c in columns
                )
                print(f"{'  ratio to echo':<44}{ratios}")
        for note in self.notes:
            print(f"- {note}")


def _cell(value: float | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):  # a count
        return f"{value:,}"
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}" if value < 10 else f"{value:.1f}"


def _ratio(value: float | None, echo: float) -> str:
    return "—" if value is None else f"{value / echo:.0%}"


def _verdict(figure: Figure, value: float | None) -> str:
    if figure.meets is None or value is None:
        return ""
    verdict = figure.meets(value)
    return "" if verdict is None else "PASS" if verdict else "MISS"


def _meedenkers(count: int) -> list[Profile]:
    gemeenten = ("Hillegom", "Lisse", "Teylingen", "Noordwijk")
    return [
        Profile(
            id=f"m-{n}",
            name=f"Meedenker {n}",
            organisation=f"org-{n % 40}",
            kind=MeedenkerKind.INFORMEEL if n % 3 else MeedenkerKind.FORMEEL,
            ervaringsdeskundig=n % 5 == 0,
            levensgebieden=tuple(LEVENSGEBIEDEN[(n + k) % len(LEVENSGEBIEDEN)] for k in range(3)),
            gemeenten=tuple(g for k, g in enumerate(gemeenten) if (n >> k) & 1) or ("Lisse",),
            talen=("nl", "tr") if n % 11 == 0 else ("nl",),
            intro="Ik denk graag met je mee.",
            load=n % 7,
        )
        for n in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated: {PARTS}")
    parser.add_argument("--db", default="sqlite,postgresql", help="sqlite,postgresql")
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument(
        "--think", type=float, default=1.0, help="seconds a person takes per step (latency)"
    )
    args = parser.parse_args()
    parts = [p for p in args.only.split(",") if p]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    databases = [d for d in args.db.split(",") if d]
    run = Run(databases, args.users, args.messages, args.requests)
    run.think = args.think
    if "postgresql" in databases and not run.dbs.postgres_available:
        print("PostgreSQL: skipped (no initdb/pg_ctl on this machine; see tests/postgres.py)")
        run.databases = [d for d in databases if d != "postgresql"]
    run.echo_rate = None
    load_before = load_now()
    try:
        for part in PARTS:
            if part in parts:
                print(f"… {part}", flush=True)
                getattr(run, part)()
    finally:
        run.dbs.close()
    run.print()
    print(f"- machine: {machine()}; load average before {load_before}, after {load_now()}")


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown CPU",
    )
    return f"{os.cpu_count()} × {cpu}, Python {platform.python_version()}"


def load_now() -> str:
    return " ".join(f"{n:.1f}" for n in os.getloadavg())


if __name__ == "__main__":
    main()
