"""How well the pre-ticked levensgebieden match what the resident's words name: precision
(of what the bot ticks, how much is right) and recall (of what is named, how much is ticked)
on tests/data/keywords_eval.yaml. Precision comes first: a wrong tick is work to undo.

.venv/bin/python -m benchmarks.keywords            # the figures
.venv/bin/python -m benchmarks.keywords --misses   # also every question it gets wrong
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from flows.keywords import suggest_levensgebieden

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "keywords_eval.yaml"


@dataclass(frozen=True)
class Question:
    text: str
    expected: frozenset[str]
    held_out: bool  # written after tuning, only scored


def questions(path: Path = DATA) -> list[Question]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Question(item["text"], frozenset(item["expected"] or ()), part == "held_out")
        for part, items in data.items()
        for item in items
    ]


@dataclass(frozen=True)
class Score:
    questions: int
    ticked: int
    named: int
    right: int
    exact: int
    over_ticked: int  # three or more ticks where fewer were named

    @property
    def precision(self) -> float:
        return self.right / self.ticked if self.ticked else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.named if self.named else 1.0


def score(selected: list[Question]) -> Score:
    suggested = [frozenset(suggest_levensgebieden(q.text)) for q in selected]
    return Score(
        questions=len(selected),
        ticked=sum(len(s) for s in suggested),
        named=sum(len(q.expected) for q in selected),
        right=sum(len(s & q.expected) for s, q in zip(suggested, selected, strict=True)),
        exact=sum(s == q.expected for s, q in zip(suggested, selected, strict=True)),
        over_ticked=sum(
            len(s) >= 3 > len(q.expected) for s, q in zip(suggested, selected, strict=True)
        ),
    )


def main() -> None:
    everything = questions()
    for title, part in (
        ("tuning part", [q for q in everything if not q.held_out]),
        ("held-out part", [q for q in everything if q.held_out]),
    ):
        s = score(part)
        print(f"Levensgebieden suggested from the question, {title} ({s.questions} questions):")
        print(f"  precision {s.precision:6.1%}  ({s.right} of {s.ticked} ticks right)")
        print(f"  recall    {s.recall:6.1%}  ({s.right} of {s.named} named gebieden ticked)")
        print(
            f"  exactly right {s.exact}/{s.questions}, "
            f"3+ ticks where fewer were named {s.over_ticked}"
        )
    if "--misses" in sys.argv:
        for q in everything:
            got = frozenset(suggest_levensgebieden(q.text))
            if got != q.expected:
                extra, missing = sorted(got - q.expected), sorted(q.expected - got)
                print(f"  +{extra} -{missing}: {q.text}")


if __name__ == "__main__":
    main()
