"""A second opinion for the safety net: a small linear model over the words and letter
groups of the normalised text, one per kind of danger.

The rules in flows/safety_patterns.py know the ways of saying danger that someone wrote
down; a sentence said another way slips through them. This model has learnt from every
labelled sentence (tests/data/safety_eval.yaml, and the blind batches in
tests/data/safety_batches/) which words and pieces of words lean towards each kind, so it
also scores wordings nobody wrote a rule for. It only speaks when it is fairly sure
(THRESHOLD), after the rules found nothing; `make bench` prints what it adds and what it
costs in false alarms. It never silences a rule: tried, it was surest of all ("harmless")
on a goodbye such as "mijn zaken zijn op orde, de hond gaat naar de buren. het is tijd".

The weights are data (safety_model.json.gz), made by `make safety-model` from the
labelled set; a test checks they were made from the set as it is now. Training is plain
logistic regression with a fixed order, so the same set gives the same weights.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

MODEL = Path(__file__).with_name("safety_model.json.gz")
KINDS = ("suicide", "violence", "acute")
DANGER = "danger"  # any kind: learns from all dangerous sentences at once, so it sees most
THRESHOLD = 1.0  # a danger score above this counts as a sign of danger
LETTER_GROUPS = (3, 5)
EPOCHS, RATE, DECAY = 60, 0.2, 1e-4
MIN_SEEN = 2  # a feature must occur in two sentences to be learnt
MIN_WORDS = 6  # fewer words say too little to judge ("ik wil dood", "en nooit meer wakker worden")
KEEP = 0.02  # smaller weights are left out of the file: they hardly move a score


def features(normalised: str) -> set[str]:
    """Words, pairs of words and groups of letters of an already normalised text."""
    words = [w for w in normalised.split() if w not in {".", ","}]
    found = {"w:" + w for w in words}
    found.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    line = f" {' '.join(words)} "
    for size in LETTER_GROUPS:
        found.update("c:" + line[i : i + size] for i in range(len(line) - size + 1))
    return found


def _score(weights: dict[str, float], bias: float, found: Iterable[str]) -> float:
    known = [weights[f] for f in found if f in weights]
    return bias + sum(known) / math.sqrt(len(known) or 1)


def _fit(examples: Sequence[tuple[set[str], int]], vocabulary: set[str]) -> tuple[dict, float]:
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(examples)))
    for epoch in range(EPOCHS):
        random.Random(epoch).shuffle(order)
        for i in order:
            found = [f for f in examples[i][0] if f in vocabulary]
            scale = 1 / math.sqrt(len(found) or 1)
            z = bias + sum(weights.get(f, 0.0) for f in found) * scale
            error = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - examples[i][1]
            for f in found:
                w = weights.get(f, 0.0)
                weights[f] = w - RATE * (error * scale + DECAY * w)
            bias -= RATE * error
    return {f: round(w, 3) for f, w in weights.items() if abs(w) >= KEEP}, bias


def train(labelled: Iterable[tuple[str, str]]) -> dict:
    """Weights per kind from (normalised text, kind or "harmless") pairs."""
    labelled = list(labelled)
    found = [features(text) for text, _ in labelled]
    seen = Counter(f for fs in found for f in fs)
    vocabulary = {f for f, n in seen.items() if n >= MIN_SEEN}
    model = {}
    for kind in (DANGER, *KINDS):
        examples = [
            (fs, int(k == kind or (kind == DANGER and k in KINDS)))
            for fs, (_, k) in zip(found, labelled, strict=True)
        ]
        weights, bias = _fit(examples, vocabulary)
        model[kind] = {"bias": round(bias, 3), "weights": weights}
    return model


def fingerprint(labelled: Iterable[tuple[str, str]]) -> str:
    """Which labelled set the weights were made from."""
    digest = hashlib.sha256()
    for text, kind in labelled:
        digest.update(f"{kind}\t{text}\n".encode())
    return digest.hexdigest()[:16]


def save(model: dict, source: str, path: Path = MODEL) -> None:
    data = json.dumps({"source": source, "kinds": model}, sort_keys=True, separators=(",", ":"))
    path.write_bytes(gzip.compress(data.encode(), mtime=0))


@cache
def load(path: Path = MODEL) -> dict:
    return json.loads(gzip.decompress(path.read_bytes()))


def _danger(found: set[str]) -> float:
    danger = load()["kinds"][DANGER]
    return _score(danger["weights"], danger["bias"], found)


def strongest(normalised: str) -> str | None:
    """The kind of danger the model sees, if its danger score is above THRESHOLD."""
    if len(normalised.split()) < MIN_WORDS:
        return None
    found = features(normalised)
    if _danger(found) <= THRESHOLD:
        return None
    models = load()["kinds"]
    return max(KINDS, key=lambda k: _score(models[k]["weights"], models[k]["bias"], found))
