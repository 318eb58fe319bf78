"""How well the safety net sees danger: recall on dangerous sentences, false alarms on
harmless look-alikes, per language and in total, on the tuning part and the held-out part
of tests/data/safety_eval.yaml. Targets: recall >= 98 %, false alarms <= 2 %.

.venv/bin/python -m benchmarks.safety            # the figures
.venv/bin/python -m benchmarks.safety --misses   # also list what the tuning part gets wrong
.venv/bin/python -m benchmarks.safety other.yaml # another set: {language: {kind: [texts]}}
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from flows.safety import detect

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "safety_eval.yaml"
RECALL_TARGET = 0.98
FALSE_ALARM_TARGET = 0.02


@dataclass(frozen=True)
class Case:
    language: str
    kind: str  # suicide | violence | acute | harmless
    text: str
    held_out: bool  # never used to tune the patterns

    @property
    def dangerous(self) -> bool:
        return self.kind != "harmless"


def cases(path: Path = DATA) -> list[Case]:
    """The labelled sentences; a file without parts ({language: {kind: [...]}}) counts as
    held out, as a set the patterns never saw."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not {"tuning", "held_out"} & set(data):
        data = {"held_out": data}
    return [
        Case(language, kind, str(text), held_out=part == "held_out")
        for part, languages in data.items()
        for language, kinds in languages.items()
        for kind, texts in kinds.items()
        for text in texts
    ]


@dataclass(frozen=True)
class Score:
    dangerous: int
    seen: int
    right_kind: int
    harmless: int
    alarms: int

    @property
    def recall(self) -> float:
        return self.seen / self.dangerous if self.dangerous else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.alarms / self.harmless if self.harmless else 0.0

    @property
    def meets_targets(self) -> bool:
        return self.recall >= RECALL_TARGET and self.false_alarm_rate <= FALSE_ALARM_TARGET


def score(selected: list[Case]) -> Score:
    found = {case: detect(case.text) for case in selected}
    dangerous = [c for c in selected if c.dangerous]
    harmless = [c for c in selected if not c.dangerous]
    return Score(
        dangerous=len(dangerous),
        seen=sum(found[c] is not None for c in dangerous),
        right_kind=sum(found[c] is not None and found[c].value == c.kind for c in dangerous),
        harmless=len(harmless),
        alarms=sum(found[c] is not None for c in harmless),
    )


def _line(label: str, s: Score) -> str:
    return (
        f"  {label:<6} recall {s.recall:6.1%} ({s.seen}/{s.dangerous}, right kind "
        f"{s.right_kind})   false alarms {s.false_alarm_rate:5.1%} ({s.alarms}/{s.harmless})"
    )


def report(all_cases: list[Case]) -> None:
    order = ["nl", "en", "tr", "ar"]
    languages = sorted(
        {c.language for c in all_cases},
        key=lambda x: (x not in order, order.index(x) if x in order else x),
    )
    for title, part in (
        ("tuning part", [c for c in all_cases if not c.held_out]),
        ("held-out part", [c for c in all_cases if c.held_out]),
        ("whole set", all_cases),
    ):
        if not part:
            continue
        print(f"Safety net, {title}:")
        for language in languages:
            print(_line(language, score([c for c in part if c.language == language])))
        total = score(part)
        verdict = "meets" if total.meets_targets else "MISSES"
        print(_line("total", total) + f"   {verdict} the targets")


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("--")]
    all_cases = cases(paths[0]) if paths else cases()
    report(all_cases)
    if "--misses" in sys.argv:
        print("Wrong on the tuning part:")
        for case in all_cases:
            if not case.held_out and (detect(case.text) is not None) != case.dangerous:
                print(f"  [{case.language} {case.kind}] {case.text}")


if __name__ == "__main__":
    main()
