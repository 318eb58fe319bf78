"""The quarterly report as files: a CSV, a chart (PNG) and the text, from the bot (/cijfers)
or from the command line:

    python -m storage.report --quarter 2026Q3 --out report/
    python -m storage.report --year 2026 --out report/

Both show the same figures (storage.figures), with small numbers hidden (flows.figures).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import html
import io
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from flows.figures import SMALL, Figures, count, parse_period, rows
from flows.render import Text

Label = Callable[[Text], str]  # a catalog text as plain words


def to_csv(figures: Figures) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["period", "section", "key", "value"])
    for section, key, value in rows(figures):
        writer.writerow([figures.period.label, section, key, value])
    return out.getvalue().encode("utf-8")


def _bars(axis, title: str, counts: dict[str, int], label: Callable[[str], str]) -> None:
    """One bar per value; a small number gets no bar of its own height, only "< 5"."""
    items = sorted(((k, n) for k, n in counts.items() if n), key=lambda kv: -kv[1])
    names = [label(k) for k, _ in items]
    heights = [n if n >= SMALL else 0 for _, n in items]
    axis.set_title(title, fontsize=10)
    if not items:
        axis.axis("off")
        return
    bars = axis.barh(names, heights, color="#2a7ab0")
    axis.invert_yaxis()
    axis.tick_params(labelsize=8)
    for bar, (_, n) in zip(bars, items, strict=True):
        axis.annotate(
            count(n),
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )


def to_png(figures: Figures, label: Label) -> bytes:
    """Four panels: how people came in, where from, about what, and how they found us."""
    # matplotlib is imported here, not at the top: it costs the bot ~0.5 s and tens of MB at
    # start, for a chart the coordinator asks for now and then.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # A Figure of its own on the Agg canvas (files only, no screen), not pyplot's shared
    # state: safe to draw in a worker thread.
    figure = Figure(figsize=(11, 8))
    FigureCanvasAgg(figure)
    axes = figure.subplots(2, 2)
    panels = (
        ("coordinator.figures_chart_source", figures.by_source, "coordinator.figures.source."),
        ("coordinator.figures_chart_gemeente", figures.by_gemeente, None),
        ("coordinator.figures_chart_levensgebied", figures.by_levensgebied, "levensgebied."),
        (
            "coordinator.figures_chart_found_via",
            figures.found_via,
            "coordinator.figures.found_via.",
        ),
    )
    for axis, (title, counts, prefix) in zip(axes.flat, panels, strict=True):
        _bars(
            axis,
            label(Text(title)),
            counts,
            (lambda key, p=prefix: label(Text(f"{p}{key}"))) if prefix else str,
        )
    figure.suptitle(
        label(Text("coordinator.figures_chart_title", {"period": figures.period.label}))
    )
    figure.subplots_adjust(
        left=0.2, right=0.97, hspace=0.3, wspace=0.55
    )  # cheaper than tight_layout
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=80)
    return out.getvalue()


def _dutch_labels() -> tuple[Label, Callable[[Figures], str]]:
    """Catalog texts in Dutch outside the bot (the command line)."""
    from aiogram.utils.i18n import I18n

    from bot.i18n import create_i18n
    from bot.render import label_of, text_of
    from flows.figures import summary

    i18n = create_i18n()
    I18n.set_current(i18n)
    i18n.current_locale = "nl"

    def plain(figures: Figures) -> str:  # the HTML for Telegram, as plain text
        return html.unescape(re.sub(r"</?[a-z]+>", "", text_of(summary(figures).text)))

    return (lambda text: label_of(text, None)), plain


async def _compute(period) -> Figures:
    """Read only: the bot brings the schema up to date when it starts."""
    from storage import figures
    from storage.db import create_engine, create_sessionmaker
    from storage.settings import StorageSettings, load_settings
    from storage.uow import unit_of_work

    engine = create_engine(load_settings(StorageSettings).database_url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            return await figures.compute(session, period)
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storage.report", description=__doc__)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--quarter", help="e.g. 2026Q3 (default: the last full quarter)")
    which.add_argument("--year", help="e.g. 2026")
    parser.add_argument("--out", type=Path, default=Path("report"))
    args = parser.parse_args(argv)
    period = parse_period(args.quarter or args.year, date.today())
    if period is None:
        print("unknown period: use 2026Q3 or 2026", file=sys.stderr)
        return 2
    found = asyncio.run(_compute(period))
    label, text = _dutch_labels()
    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"cijfers-{period.label}"
    (args.out / f"{stem}.csv").write_bytes(to_csv(found))
    (args.out / f"{stem}.png").write_bytes(to_png(found, label))
    (args.out / f"{stem}.txt").write_text(text(found) + "\n", encoding="utf-8")
    print(f"{period.label}: {found.registrations} registrations; written to {args.out}/{stem}.*")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
