"""The network's figures for a period: what the municipalities are told each quarter.

Pure: storage/ counts (in SQL) and fills `Figures`; this module names the period, hides
small numbers and says it all as rows (for the CSV and the chart) and as a text.
A count from 1 to 4 is shown as "< 5", and a mean or percentage of fewer than 5 answers
is not shown at all, so no resident can be recognised in the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from flows.render import Lines, Say, Text
from flows.text import N_

SMALL = 5  # counts below this (but above 0) are shown as "< 5"
HIDDEN = f"< {SMALL}"
NOT_SHOWN = "-"


@dataclass(frozen=True)
class Period:
    label: str  # "2026Q3", "2026"
    start: datetime  # inclusive, UTC
    end: datetime  # exclusive, UTC


def _quarter(year: int, quarter: int) -> Period:
    start = datetime(year, 3 * quarter - 2, 1, tzinfo=UTC)
    end = (
        datetime(year + 1, 1, 1, tzinfo=UTC)
        if quarter == 4
        else datetime(year, 3 * quarter + 1, 1, tzinfo=UTC)
    )
    return Period(f"{year}Q{quarter}", start, end)


def quarter_of(day: date) -> date:
    """The first day of the quarter `day` is in."""
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def last_full_quarter(today: date) -> Period:
    quarter = (today.month - 1) // 3 + 1
    return _quarter(today.year - 1, 4) if quarter == 1 else _quarter(today.year, quarter - 1)


# "/cijfers nu": the quarter under way, so far.
NOW_WORDS = frozenset({"NU", "DITKWARTAAL", "NOW"})


def parse_period(text: str | None, today: date) -> Period | None:
    """ "2026Q3" (or "2026-Q3", "q3 2026"), "2026", "nu" (this quarter so far), or nothing:
    the last full quarter. None when it names no period."""
    words = (text or "").strip().upper().replace("-", "").replace(" ", "")
    if not words:
        return last_full_quarter(today)
    if words in NOW_WORDS:
        return _quarter(today.year, (today.month - 1) // 3 + 1)
    if match := re.fullmatch(r"(\d{4})Q([1-4])|Q([1-4])(\d{4})", words):
        year = int(match.group(1) or match.group(4))
        return _quarter(year, int(match.group(2) or match.group(3)))
    if re.fullmatch(r"\d{4}", words) and 2000 <= int(words) <= 2100:
        year = int(words)
        return Period(words, datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC))
    return None


@dataclass(frozen=True)
class Spread:
    """Days from registration to first contact."""

    n: int = 0
    median: float | None = None
    p90: float | None = None


@dataclass(frozen=True)
class Mean:
    n: int = 0
    mean: float | None = None


@dataclass(frozen=True)
class Figures:
    """Everything counted over the requests registered in `period`."""

    period: Period
    registrations: int = 0
    by_source: dict[str, int] = field(default_factory=dict)
    by_gemeente: dict[str, int] = field(default_factory=dict)
    by_levensgebied: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)  # formeel / informeel / none
    escalated: int = 0  # requests that went to the coordinator's desk for any reason
    escalations: dict[str, int] = field(default_factory=dict)  # reason -> requests
    outcomes: dict[str, int] = field(default_factory=dict)  # helped, referred, ...
    referrals: dict[str, int] = field(default_factory=dict)  # where to -> requests
    first_contact: Spread = Spread()
    marks: dict[str, Mean] = field(default_factory=dict)  # network, knowledge, overall
    free_choice: dict[str, int] = field(default_factory=dict)  # ja / een_beetje / nee
    found_via: dict[str, int] = field(default_factory=dict)  # "none": not said
    # Residents for whom the information alone was enough (no request was made): per
    # levensgebied ("none": nothing ticked) and INFORMATION_TOTAL, per quarter.
    information_only: dict[str, int] = field(default_factory=dict)


MARKS = ("network", "knowledge", "overall")
INFORMATION_TOTAL = "total"
FREE_CHOICE = ("ja", "een_beetje", "nee")


def count(n: int) -> str:
    return HIDDEN if 0 < n < SMALL else str(n)


def _number(value: float | None, n: int, digits: int = 1) -> str:
    if value is None or n < SMALL:
        return NOT_SHOWN
    return f"{value:.{digits}f}".replace(".", ",")


def free_share(figures: Figures, answer: str = "ja") -> tuple[int, float | None]:
    answered = sum(figures.free_choice.get(a, 0) for a in FREE_CHOICE)
    if not answered:
        return 0, None
    return answered, 100 * figures.free_choice.get(answer, 0) / answered


def rows(figures: Figures) -> list[tuple[str, str, str]]:
    """(section, key, shown value): the CSV, and what the chart and text are made of."""
    out: list[tuple[str, str, str]] = [("registrations", "total", count(figures.registrations))]
    sections = (
        ("source", figures.by_source),
        ("gemeente", figures.by_gemeente),
        ("levensgebied", figures.by_levensgebied),
        ("kind", figures.by_kind),
        ("escalation", figures.escalations),
        ("outcome", figures.outcomes),
        ("referral", figures.referrals),
        ("found_via", figures.found_via),
        ("free_choice", figures.free_choice),
    )
    for section, counts in sections:
        out += [(section, key, count(n)) for key, n in sorted(counts.items()) if n]
    out.append(("escalation", "total", count(figures.escalated)))
    out.append(("information_only", "total", count(_information_total(figures))))
    out += [
        ("information_only", key, count(n))
        for key, n in sorted(_information_topics(figures).items())
        if n
    ]
    spread = figures.first_contact
    out += [
        ("first_contact_days", "n", count(spread.n)),
        ("first_contact_days", "median", _number(spread.median, spread.n)),
        ("first_contact_days", "p90", _number(spread.p90, spread.n)),
    ]
    for mark in MARKS:
        mean = figures.marks.get(mark, Mean())
        out += [
            (f"mark_{mark}", "n", count(mean.n)),
            (f"mark_{mark}", "mean", _number(mean.mean, mean.n)),
        ]
    answered, share = free_share(figures)
    out.append(("free_choice", "percent_ja", _number(share, answered, 0)))
    return out


def _information_total(figures: Figures) -> int:
    return figures.information_only.get(INFORMATION_TOTAL, 0)


def _information_topics(figures: Figures) -> dict[str, int]:
    return {k: n for k, n in figures.information_only.items() if k != INFORMATION_TOTAL}


def _list(prefix: str, counts: dict[str, int], plain: bool = False) -> Lines | Text:
    shown = [(k, n) for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n]
    if not shown:
        return Text(N_("coordinator.figures_none"))
    return Lines(
        tuple(
            Text(
                N_("coordinator.figures_item"),
                {"name": k if plain else Text(f"{prefix}{k}"), "count": count(n)},
            )
            for k, n in shown
        ),
        sep=", ",
    )


def summary(figures: Figures) -> Say:
    """The text for the coordinator, in plain words."""
    spread = figures.first_contact
    answered, share = free_share(figures)
    marks = {m: figures.marks.get(m, Mean()) for m in MARKS}
    return Say(
        Text(
            N_("coordinator.figures_summary"),
            {
                "period": figures.period.label,
                "total": count(figures.registrations),
                "sources": _list("coordinator.figures.source.", figures.by_source),
                "gemeenten": _list("", figures.by_gemeente, plain=True),
                "levensgebieden": _list("levensgebied.", figures.by_levensgebied),
                "kinds": _list("coordinator.figures.kind.", figures.by_kind),
                "escalated": count(figures.escalated),
                "reasons": _list("escalation.", figures.escalations),
                "outcomes": _list("coordinator.figures.outcome.", figures.outcomes),
                "referrals": _list("refer.", figures.referrals),
                "contact_n": count(spread.n),
                "median": _number(spread.median, spread.n),
                "p90": _number(spread.p90, spread.n),
                **{f"{m}_mean": _number(marks[m].mean, marks[m].n) for m in MARKS},
                **{f"{m}_n": count(marks[m].n) for m in MARKS},
                "free": _number(share, answered, 0),
                "free_n": count(answered),
                "found_via": _list("coordinator.figures.found_via.", figures.found_via),
                "information": count(_information_total(figures)),
                "information_topics": _list("levensgebied.", _information_topics(figures)),
            },
        )
    )
