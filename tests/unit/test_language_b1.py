"""Every Dutch text the bot can show is at B1: short sentences, common words.

Read from the Dutch catalog (all persona variants, Meedenker and coordinator texts too).
The bar: Flesch-Douma >= 65 for texts of 8 words or more; on average at most 12 words a
sentence and no sentence over 20; at least 97 % of the words among the 10,000 most
frequent Dutch words or in the reviewed glossary (locales/glossary-nl.txt).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import textstat
from babel.messages.pofile import read_po
from wordfreq import top_n_list

LOCALES = Path(__file__).resolve().parents[2] / "locales"
MIN_READING_EASE = 65
MAX_AVERAGE_SENTENCE = 12
MAX_SENTENCE = 20
MIN_KNOWN_WORDS = 0.97

_NOISE = re.compile(
    r"<[^>]+>|\{[a-z_]+\}|/[a-z]+|\S+@\S+|https?://\S+|\b\d[\d\s-]*\d\b|#\S*|&[a-z]+;"
    r"|\bm-[a-z]+"  # a Meedenker's id in a usage example
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@cache
def frequent_words() -> frozenset[str]:
    glossary = {
        line.strip().lower()
        for line in (LOCALES / "glossary-nl.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return frozenset(top_n_list("nl", 10_000)) | glossary


def dutch_texts() -> list[tuple[str, str]]:
    with (LOCALES / "nl" / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po)
    return [
        (f"{m.context + ':' if m.context else ''}{m.id}", m.string)
        for m in catalog
        if m.id and m.string
    ]


def plain(text: str) -> str:
    return _NOISE.sub(" ", text)


def sentences(text: str) -> list[list[str]]:
    parts = re.split(r"[.!?:]+(?:\s|$)|\n+", plain(text))
    return [words for part in parts if (words := _WORD.findall(part))]


def problems(text: str) -> list[str]:
    found = []
    said = sentences(text)
    words = [w for s in said for w in s]
    if not words:
        return found
    if len(words) >= 8:
        textstat.set_lang("nl")
        ease = textstat.flesch_reading_ease(" ".join(". ".join(" ".join(s) for s in said)))
        if ease < MIN_READING_EASE:
            found.append(f"reading ease {ease:.0f} < {MIN_READING_EASE}")
        average = len(words) / len(said)
        if average > MAX_AVERAGE_SENTENCE:
            found.append(f"{average:.1f} words a sentence on average")
    longest = max(len(s) for s in said)
    if longest > MAX_SENTENCE:
        found.append(f"a sentence of {longest} words")
    unknown = [w for w in words if w.lower() not in frequent_words()]
    if unknown and 1 - len(unknown) / len(words) < MIN_KNOWN_WORDS:
        found.append(f"uncommon words: {', '.join(sorted(set(unknown)))}")
    return found


def test_every_dutch_text_is_b1() -> None:
    report = [(key, found) for key, text in dutch_texts() if (found := problems(text))]
    for key, found in report:
        print(f"{key}: {'; '.join(found)}")
    assert not report, f"{len(report)} texts above B1 (see the report above)"


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("Ik ben een computer, geen mens. Het is gratis.", True),
        (
            "Overeenkomstig de toepasselijke bepalingen inzake de verwerking van "
            "persoonsgegevens verstrekken wij uitsluitend noodzakelijke informatie aan "
            "geautoriseerde functionarissen binnen de organisatie.",
            False,
        ),
    ],
)
def test_the_gate_tells_plain_from_officialese(text, passes) -> None:
    assert (problems(text) == []) is passes
