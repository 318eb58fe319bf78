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

from bot.i18n import STAFF_PREFIXES

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


# Words and phrases a resident should not read: jargon (with the plain words to use
# instead), a patronising phrase, and a promise the network cannot keep. Texts only
# Meedenkers and the coordinator read may keep their jargon.
FORBIDDEN_FOR_RESIDENTS = {
    r"cli[eë]ntondersteun\w*": "iemand die met je meedenkt",
    r"aangevinkt": "gekozen, aangetikt",
    r"integrale toegang": "VoorIeder1 (the name in this region)",
    r"schuldhulp\w*": "hulp bij schulden",
    r"notitie\w*": "bericht",
    r"aanmelding\w*": "je vraag",
    r"regie": "jij beslist",
    r"je hebt het goed gedaan": "(patronising)",
    r"je hoeft (?:zelf|nu) niets te doen": "(promises too much)",
}


def resident_texts() -> list[tuple[str, str]]:
    """Meedenker, coordinator, desk and health texts (STAFF_PREFIXES) left out."""
    return [(k, t) for k, t in dutch_texts() if not k.rpartition(":")[2].startswith(STAFF_PREFIXES)]


def test_resident_texts_avoid_jargon_and_empty_promises() -> None:
    found = [
        f"{key}: '{word}' (say: {instead})"
        for key, text in resident_texts()
        for word, instead in FORBIDDEN_FOR_RESIDENTS.items()
        if re.search(rf"\b{word}\b", text, re.IGNORECASE)
    ]
    assert not found, "\n".join(found)


def test_the_forbidden_list_reads_resident_texts_only() -> None:
    keys = {key for key, _ in resident_texts()}
    assert "welcome.body" in keys and "mariam:done.body" in keys
    assert "coordinator.new_request" not in keys and "desk.note_ask" not in keys
