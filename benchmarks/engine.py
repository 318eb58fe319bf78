"""Speed of the pure conversation logic: a whole intake, and ranking a large directory.

.venv/bin/python -m benchmarks.engine
"""

from __future__ import annotations

import time
import tracemalloc
from datetime import date

from flows import intake
from flows.domain import LEVENSGEBIEDEN, MeedenkerKind
from flows.intake import Command, Context, Network, Tapped, Typed
from flows.ranking import Profile, rank

NETWORK = Network("Netwerk", ("Hillegom", "Lisse", "Teylingen", "Noordwijk"), "0252", "a@b.nl")


def profiles(count: int) -> list[Profile]:
    return [
        Profile(
            id=f"m-{i}",
            name=f"Naam {i}",
            organisation="Org",
            kind=MeedenkerKind.FORMEEL if i % 2 else MeedenkerKind.INFORMEEL,
            ervaringsdeskundig=i % 3 == 0,
            levensgebieden=(LEVENSGEBIEDEN[i % 10], LEVENSGEBIEDEN[(i * 7) % 10]),
            gemeenten=(NETWORK.gemeenten[i % 4], NETWORK.gemeenten[(i + 1) % 4]),
            talen=("nl", "tr") if i % 5 == 0 else ("nl",),
            intro="Hallo.",
            load=i % 4,
        )
        for i in range(count)
    ]


def one_intake(ctx: Context) -> None:
    reply = intake.handle(None, Command.START, ctx)
    for kind, value in [
        ("tap", "yes"),
        ("tap", "Lisse"),
        ("type", "Ik heb schulden en huur"),
        ("tap", "done"),
        ("tap", "mariam"),
        ("tap", "informeel"),
        ("tap", "nl"),
        ("tap", "more"),
        ("tap", "any"),
        ("tap", "telegram"),
        ("tap", "send"),
    ]:
        event = Tapped(reply.state.seq, value) if kind == "tap" else Typed(value)
        reply = intake.handle(reply.state, event, ctx)
    assert reply.state.step == "done"


def main() -> None:
    ctx = Context(NETWORK, profiles(18), date(2026, 11, 23))
    runs = 2000
    started = time.perf_counter()
    for _ in range(runs):
        one_intake(ctx)
    per_intake = (time.perf_counter() - started) / runs * 1000
    print(f"whole intake (12 events, 18 Meedenkers): {per_intake:.2f} ms")

    big = profiles(2000)
    started = time.perf_counter()
    for _ in range(50):
        rank(
            big,
            gemeente="Lisse",
            levensgebieden=["geld", "wonen"],
            preference="informeel",
            language="tr",
            today=date(2026, 11, 23),
        )
    print(f"ranking 2000 Meedenkers: {(time.perf_counter() - started) / 50 * 1000:.2f} ms")

    tracemalloc.start()
    one_intake(Context(NETWORK, big, date(2026, 11, 23)))
    _, peak = tracemalloc.get_traced_memory()
    print(f"peak memory of one intake over 2000 Meedenkers: {peak / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
