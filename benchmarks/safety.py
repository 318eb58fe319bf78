"""How well the safety net sees danger: recall on dangerous sentences (per kind), false
alarms on harmless look-alikes, per language, for each part of tests/data/safety_eval.yaml,
with the sentences it gets wrong, and the time it takes per message.
Targets: recall >= 98 %, false alarms <= 2 %.

Parts: `tuning` (the patterns were built against it), `held_out` (written blind by the
project, scored, never tuned on), `independent` (written by other people who never saw the
detector; scored only), and `learning`: the blind batches of tests/data/safety_batches/,
which only the learnt model learns from (how well it fits them, no misses listed).

.venv/bin/python -m benchmarks.safety            # the figures and the misses
.venv/bin/python -m benchmarks.safety other.yaml # another set: {language: {kind: [texts]}}
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from flows.safety import detect

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "safety_eval.yaml"
BATCHES = DATA.with_name("safety_batches")
RECALL_TARGET = 0.98
FALSE_ALARM_TARGET = 0.02
PARTS = ("tuning", "held_out", "independent", "learning")
KINDS = ("suicide", "violence", "acute")
LANGUAGES = ("nl", "en", "tr", "ar")


@dataclass(frozen=True)
class Case:
    language: str
    kind: str  # suicide | violence | acute | harmless
    text: str
    part: str  # tuning | held_out | independent | learning

    @property
    def dangerous(self) -> bool:
        return self.kind != "harmless"


def cases(path: Path = DATA) -> list[Case]:
    """The labelled sentences; a file without parts ({language: {kind: [...]}}) counts as
    independent, as a set the patterns never saw."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not set(PARTS) & set(data):
        data = {"independent": data}
    return [
        Case(language, kind, str(text), part)
        for part, languages in data.items()
        for language, kinds in languages.items()
        for kind, texts in kinds.items()
        for text in texts
    ]


def batches() -> list[Case]:
    """The blind batches the learnt model learns from, as the `learning` part."""
    return [
        Case(c.language, c.kind, c.text, "learning")
        for path in sorted(BATCHES.glob("*.yaml"))
        for c in cases(path)
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


def score(selected: list[Case], learnt: bool = True) -> Score:
    found = {case: detect(case.text, learnt) for case in selected}
    dangerous = [c for c in selected if c.dangerous]
    harmless = [c for c in selected if not c.dangerous]
    return Score(
        dangerous=len(dangerous),
        seen=sum(found[c] is not None for c in dangerous),
        right_kind=sum(found[c] is not None and found[c].value == c.kind for c in dangerous),
        harmless=len(harmless),
        alarms=sum(found[c] is not None for c in harmless),
    )


def _recall(selected: list[Case]) -> str:
    s = score(selected)
    return f"{s.recall:6.1%} ({s.seen:>4}/{s.dangerous:<4})" if s.dangerous else " " * 17


def _line(label: str, selected: list[Case]) -> str:
    s = score(selected)
    kinds = " ".join(_recall([c for c in selected if c.kind == kind]) for kind in KINDS)
    return (
        f"  {label:<6} {_recall(selected)} {kinds}  "
        f"{s.false_alarm_rate:5.1%} ({s.alarms:>3}/{s.harmless:<4})  right kind {s.right_kind}"
    )


def report(all_cases: list[Case]) -> None:
    languages = sorted(
        {c.language for c in all_cases},
        key=lambda x: (x not in LANGUAGES, LANGUAGES.index(x) if x in LANGUAGES else x),
    )
    header = f"  {'':<6} {'recall':<17} " + " ".join(f"{k:<17}" for k in KINDS)
    for part in PARTS:
        selected = [c for c in all_cases if c.part == part]
        if not selected:
            continue
        print(f"Safety net, {part} part:")
        print(header + " false alarms")
        for language in languages:
            if own := [c for c in selected if c.language == language]:
                print(_line(language, own))
        verdict = "meets" if score(selected).meets_targets else "MISSES"
        print(_line("total", selected) + f"   {verdict} the targets")
        rules = score(selected, learnt=False)
        print(
            f"  {'':<6} the rules alone: recall {rules.recall:.1%}, "
            f"false alarms {rules.false_alarm_rate:.1%} (the rest is the learnt model's)"
        )


def misses(all_cases: list[Case]) -> None:
    for part in PARTS[:-1]:
        wrong = [
            c for c in all_cases if c.part == part and (detect(c.text) is not None) != c.dangerous
        ]
        if wrong:
            print(f"Wrong on the {part} part ({len(wrong)}):")
            for case in wrong:
                print(f"  [{case.language} {case.kind}] {case.text}")


def speed(all_cases: list[Case], rounds: int = 3) -> None:
    texts = [c.text for c in all_cases]
    detect(texts[0])  # compile the patterns first
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            detect(text)
        best = min(best, time.process_time() - start)
    typical = sorted(len(t) for t in texts)[len(texts) // 2]
    print(
        f"Speed: {best / len(texts) * 1e6:.0f} µs of CPU time per message "
        f"({len(texts)} messages, median length {typical} characters)"
    )


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("--")]
    all_cases = cases(paths[0]) if paths else cases()
    report(all_cases if paths else all_cases + batches())
    speed(all_cases)
    misses(all_cases)


if __name__ == "__main__":
    main()
