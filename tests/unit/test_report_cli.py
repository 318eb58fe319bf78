"""python -m storage.report: the same figures as /cijfers, as files."""

from __future__ import annotations

import asyncio
import csv

from storage import report
from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_to_head
from storage.uow import unit_of_work
from tests.unit.test_figures import seed


async def _seeded(url: str) -> None:
    engine = create_engine(url)
    await upgrade_to_head(engine)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        await seed(session)
    await engine.dispose()


def test_the_command_line_writes_csv_chart_and_text(tmp_path, monkeypatch, capsys) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'report.db'}"
    asyncio.run(_seeded(url))
    monkeypatch.setenv("DATABASE_URL", url)
    out = tmp_path / "report"
    assert report.main(["--quarter", "2026Q3", "--out", str(out)]) == 0
    assert "2026Q3: 8 registrations" in capsys.readouterr().out
    with (out / "cijfers-2026Q3.csv").open() as file:
        rows = {(r["section"], r["key"]): r["value"] for r in csv.DictReader(file)}
    assert rows[("registrations", "total")] == "8"
    assert rows[("gemeente", "Lisse")] == "6" and rows[("gemeente", "Hillegom")] == "< 5"
    assert (out / "cijfers-2026Q3.png").read_bytes().startswith(b"\x89PNG")
    text = (out / "cijfers-2026Q3.txt").read_text()
    assert "Cijfers over 2026Q3" in text and "Lisse 6" in text and "Hillegom < 5" in text


def test_a_period_it_does_not_know_is_refused(tmp_path, capsys) -> None:
    assert report.main(["--quarter", "2026Q9", "--out", str(tmp_path)]) == 2
    assert "unknown period" in capsys.readouterr().err
