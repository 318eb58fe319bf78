"""The quarterly figures over 10,000 requests on SQLite: the SQL alone, and the whole report
(figures, chart and CSV) as /cijfers makes it. Target: under one second.

.venv/bin/python -m benchmarks.report
"""

from __future__ import annotations

import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bot.i18n import create_i18n
from bot.render import label_of
from flows.domain import LEVENSGEBIEDEN
from flows.figures import parse_period
from storage import figures, report
from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_to_head
from storage.models import Request, SurveyAnswer
from storage.uow import unit_of_work

REQUESTS = 10_000
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)


def _requests(rng: random.Random) -> list[dict]:
    rows = []
    for n in range(1, REQUESTS + 1):
        created = YEAR_START + timedelta(minutes=rng.randrange(365 * 24 * 60))
        rows.append(
            {
                "id": n,
                "resident_id": None,  # anonymised: the figures never need the person
                "status": rng.choice(["closed", "closed", "contacted", "escalated"]),
                "gemeente": rng.choice(["Hillegom", "Lisse", "Teylingen", "Noordwijk"]),
                "levensgebieden": rng.sample(LEVENSGEBIEDEN, rng.randint(0, 3)),
                "excluded": [],
                "needs_triage": False,
                "urgent": False,
                "escalation_reasons": rng.choice([[], [], ["danger"], ["no_answer", "acute"]]),
                "outcome": rng.choice(["helped", "referred:huisarts", "no_contact", None]),
                "source": rng.choice(["self", "self", "self", "professional", "naaste"]),
                "found_via": rng.choice(["website", "kennis", "gemeente", None]),
                "first_contact_at": created + timedelta(hours=rng.randrange(1, 400))
                if rng.random() < 0.7
                else None,
                "created_at": created,
                "updated_at": created,
            }
        )
    return rows


async def main() -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}")
    await upgrade_to_head(engine)
    sessions = create_sessionmaker(engine)
    rng = random.Random(14)
    async with unit_of_work(sessions) as session:
        await session.execute(insert(Request), _requests(rng))
        answers = [
            {
                "request_id": n,
                "step": "done",
                "asked_at": YEAR_START,
                "network_mark": rng.randint(1, 10),
                "knowledge_mark": rng.randint(1, 10),
                "overall_mark": rng.randint(1, 10),
                "free_choice": rng.choice(["ja", "een_beetje", "nee"]),
            }
            for n in range(1, REQUESTS + 1, 3)
        ]
        await session.execute(insert(SurveyAnswer), answers)
    i18n = create_i18n()
    timings: dict[str, list[float]] = {"figures (SQL)": [], "whole report": []}
    for label in ("2026Q3", "2026"):
        period = parse_period(label, date(2026, 11, 23))
        for _ in range(5):
            started = time.perf_counter()
            async with unit_of_work(sessions) as session:
                found = await figures.compute(session, period)
            counted = time.perf_counter()
            with i18n.context(), i18n.use_locale("nl"):
                report.to_png(found, lambda text: label_of(text, None))
            report.to_csv(found)
            timings["figures (SQL)"].append(counted - started)
            timings["whole report"].append(time.perf_counter() - started)
    await engine.dispose()
    print(f"report over {REQUESTS} requests (a quarter and a year, 5 runs each), SQLite:")
    for name, values in timings.items():
        print(
            f"  {name:14} median {statistics.median(values) * 1000:6.1f} ms, "
            f"max {max(values) * 1000:6.1f} ms (target < 1000 ms)"
        )


if __name__ == "__main__":
    asyncio.run(main())
