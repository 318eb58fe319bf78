"""Make flows/safety_model.json.gz from the labelled set (`make safety-model`).

Learns from the `tuning` and `independent` parts of tests/data/safety_eval.yaml and from
the blind batches in tests/data/safety_batches/; the `held_out` part and
tests/data/safety_unseen_2.yaml and _3 stay unseen, so benchmarks/safety.py can still score
them honestly. The ordinary questions of tests/data/keywords_eval.yaml count as harmless:
most of what residents write is like them, and they teach the model that everyday words
mean nothing.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.safety import batches, cases
from flows import safety_model
from flows.safety import model_reading

LEARNS_FROM = ("tuning", "independent")
QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "data" / "keywords_eval.yaml"


def labelled() -> list[tuple[str, str]]:
    questions = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    everyday = [(model_reading(q["text"]), "harmless") for part in questions.values() for q in part]
    learnt = [c for c in cases() if c.part in LEARNS_FROM] + batches()
    return [(model_reading(c.text), c.kind) for c in learnt] + everyday


def main() -> None:
    examples = labelled()
    model = safety_model.train(examples)
    safety_model.save(model, safety_model.fingerprint(examples))
    kept = sum(len(m["weights"]) for m in model.values())
    print(f"{safety_model.MODEL.name}: {len(examples)} sentences, {kept} weights kept")


if __name__ == "__main__":
    main()
