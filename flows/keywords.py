"""Which levensgebieden a resident's own words name, to tick them in advance.

Precision first: the resident sees the ticks and may change them, but a wrong tick is work
to undo and a guess counts for nothing (see escalation.py), while a missing one is one tap.
So a word counts only for what it clearly names, and a levensgebied is ticked on one clear
word (weight 2) or two vaguer ones (weight 1 each). At each place in the text the longest
entry wins: "huurtoeslag" is money, not housing; "huisarts" is care; "werkt niet" names
nothing. Measured by `make bench` (benchmarks/keywords.py) on tests/data/keywords_eval.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from flows.domain import LEVENSGEBIEDEN

CLEAR, VAGUE = 2, 1
ENOUGH = 2  # weight a levensgebied needs to be ticked
MOST = 3  # never tick more than this: better one right than four guesses


def _phrases(listed: str) -> tuple[str, ...]:
    return tuple(phrase.strip() for phrase in listed.split(","))


# Entries are words or phrases; a trailing "*" lets the last word run on ("schuld*":
# schulden, schuldhulp). An entry may name several levensgebieden, or none at all (it
# then only stops a shorter entry from matching there).
CLEAR_WORDS: dict[str, tuple[str, ...]] = {
    "wonen": _phrases(
        "huur, huren, huurhuis, huurwoning, woning*, woningcorporatie, verhuiz*, verhuis*, "
        "verhuurder, huisbaas, dakloos, ontruim*, schimmel, uit huis, woonruimte, traplift, "
        "woningaanpassing, huis aanpassen, flat, lift, huurcontract, woningzoekende, urgentie, "
        "kamer zoeken, huurachterstand"
    ),
    "geld": _phrases(
        "geld*, schuld*, toeslag*, huurtoeslag, zorgtoeslag, uitkering*, inkomen, bijstand, "
        "bijzondere bijstand, belasting*, belastingdienst, aangifte, aanmaning*, incasso*, "
        "deurwaarder*, betalingsregeling, rekening*, energierekening, boete*, cjib, aow, "
        "pensioen*, verzekering*, zorgverzekering, armoede, budget*, rondkomen, kom niet rond, "
        "betal*, eigen bijdrage, kinderbijslag, alimentatie, voedselbank, loonbeslag, beslag, "
        "kosten, kinderopvangtoeslag, huurachterstand, administratie, financien, financieel, "
        "lening*, krediet*"
    ),
    "werk": _phrases(
        "werk, werken, baan, banen, werkloos, werkloosheid, ww, werkgever*, ontslag*, sollicit*, "
        "uwv, ziek gemeld, ziekgemeld, ziekmelding, re-integratie*, reintegratie*, "
        "vrijwilligerswerk, werkzoekend*, contract, arbeidscontract, stage, kan niet werken, "
        "dienst*, zzp"
    ),
    "zorg": _phrases(
        "zorg, zorgverlener, huisarts*, dokter, ziekenhuis*, thuiszorg, wmo, dementie, "
        "depress*, somber*, psycholo*, psychiat*, ggz, verslaaf*, verslaving, blowen, blowt, "
        "drugs, alcohol, drinkt, gezondheid, rolstoel, rollator, scootmobiel, beperking, "
        "handicap, autisme, adhd, medicijn*, dagbesteding, huishoudelijke hulp, indicatie, "
        "fysiotherap*, slecht lopen, slecht ter been, slaap slecht, angst*, ongeluk gehad, "
        "revalid*, ziek gemeld, ziekgemeld, vergeetachtig*, vergeet steeds, kom de trap niet, "
        "klacht*, parkinson, kanker, diabetes, operatie"
    ),
    "contacten": _phrases(
        "eenzaam*, geen vrienden, maatje, sociale contacten, contact met anderen, "
        "weinig contact, geen contact, onder de mensen, alleen sinds, voel me alleen, "
        "erg alleen, zo alleen, niemand om, mensen leren kennen"
    ),
    "opvoeding": _phrases(
        "kind, kinderen, kids, kindje, zoon, dochter, zoontje, dochtertje, puber*, opvoed*, "
        "baby, peuter, kleuter, omgang, omgangsregeling, kinderopvang, kinderopvangtoeslag, "
        "jeugdzorg, gezin, luistert niet, gepest, pesten"
    ),
    "mantelzorg": _phrases(
        "mantelzorg*, zorg voor mijn, zorg voor haar, zorg voor hem, zorgen voor mijn, "
        "zorgen voor onze, zorgen samen voor, zorg elke dag voor, respijt*, doe alles voor, "
        "help haar, help hem, ouders worden ouder, ouder worden"
    ),
    "onderwijs": _phrases(
        "school, scholen, studie, studeren, student, opleiding*, diploma, mbo, hbo, cursus, "
        "inburger*, taal leren, nederlands leren, taalles*, taalcursus, leerplicht*, huiswerk, "
        "les, lessen, leraar, juf, meester, studiefinanciering, spijbel*"
    ),
    "vervoer": _phrases(
        "vervoer, auto, autos, autorijden, rijden, rijbewijs, bus, buspas, taxi, regiotaxi, "
        "fiets*, scootmobiel, parkeer*, ov, ov-chipkaart, trein, reizen, valys, vervoerspas"
    ),
}

VAGUE_WORDS: dict[str, tuple[str, ...]] = {
    "wonen": _phrases("huis, woon, woont, kamer, trap"),
    "geld": _phrases("brief, brieven, post, papieren, formulier*"),
    "zorg": _phrases("ziek, ziekte, pijn, lopen, vergeet, moe, stress, slapen"),
    "contacten": _phrases("alleen, familie, ruzie, vrienden, buren, buurman, buurvrouw"),
    "onderwijs": _phrases("leren"),
    "mantelzorg": _phrases("zorgen voor"),
}

# Words that name nothing here, but would otherwise start a shorter entry.
NOTHING = _phrases(
    "werkt, werkt niet, zorgen over, maak me zorgen, maakt zich zorgen, huishouden, "
    "contact opnemen, huiselijk*, lopen door, kosten wat, post je, de post, alleen maar, "
    "helemaal alleen, ik alleen, gezond*, dood"
)

RELATIVES = frozenset(
    "vader moeder ouders man vrouw broer zus oma opa schoonmoeder schoonvader buurvrouw "
    "buurman partner".split()
)
NEEDS_CARE = frozenset("ziek dementie vergeet beperking handicap oud hulpbehoevend".split())
CHILDREN = frozenset("zoon dochter zoontje dochtertje".split())
# "Mijn zoon van 20", "mijn dochter wil gaan studeren": a grown child is not opvoeding.
GROWN = re.compile(r"\bvan (?:1[89]|[2-9]\d)\b|\bstuder|\bstudie|\bwerk\b|\bbaan\b")


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]
    runs_on: bool  # the last word may be longer
    gebieden: tuple[str, ...]
    weight: int


@cache
def _entries() -> dict[str, list[_Entry]]:
    """Entries by their first word (its first four letters, for words that run on)."""
    found: dict[tuple[str, bool], tuple[set[str], int]] = {}

    def add(phrase: str, gebied: str | None, weight: int) -> None:
        key = (phrase.rstrip("*"), phrase.endswith("*"))
        gebieden, old = found.get(key, (set(), 0))
        found[key] = (gebieden | ({gebied} if gebied else set()), max(old, weight))

    for gebied, phrases in CLEAR_WORDS.items():
        for phrase in phrases:
            add(phrase, gebied, CLEAR)
    for gebied, phrases in VAGUE_WORDS.items():
        for phrase in phrases:
            add(phrase, gebied, VAGUE)
    for phrase in NOTHING:
        add(phrase, None, 0)
    index: dict[str, list[_Entry]] = {}
    for (phrase, runs_on), (gebieden, weight) in found.items():
        words = tuple(phrase.split())
        entry = _Entry(words, runs_on, tuple(sorted(gebieden)), weight)
        index.setdefault(words[0][:4], []).append(entry)
    for entries in index.values():  # longest first: the most specific entry wins
        entries.sort(key=lambda e: (len(e.words), len(" ".join(e.words))), reverse=True)
    return index


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+(?:-[a-z]+)*|[.!?;]", plain.replace("'", ""))


def _fits(entry: _Entry, words: list[str], at: int) -> bool:
    size = len(entry.words)
    if at + size > len(words):
        return False
    *whole, last = entry.words
    head = words[at : at + size - 1]
    tail = words[at + size - 1]
    return list(whole) == head and (tail.startswith(last) if entry.runs_on else tail == last)


@cache
def _heads() -> list[_Entry]:
    """Clear one-word entries that can end a Dutch compound ("energie" + "kosten")."""
    singles = [
        e
        for entries in _entries().values()
        for e in entries
        if len(e.words) == 1 and e.weight == CLEAR and e.gebieden and len(e.words[0]) >= 5
    ]
    return sorted(singles, key=lambda e: len(e.words[0]), reverse=True)


def _compound(word: str) -> _Entry | None:
    """A compound names what its last part names: "rugklachten" is care, "huurwoning" housing."""
    for entry in _heads():
        part = entry.words[0]
        at = word.find(part, 3)
        if at > 0 and (entry.runs_on or word.endswith(part)):
            return entry
    return None


def _found(words: list[str]) -> list[_Entry]:
    hits, at = [], 0
    while at < len(words):
        entry = next((e for e in _entries().get(words[at][:4], []) if _fits(e, words, at)), None)
        if entry is not None:
            hits.append(entry)
            at += len(entry.words)
            continue
        if (head := _compound(words[at])) is not None:
            hits.append(head)
        at += 1
    return hits


def _sentences(words: list[str]) -> list[list[str]]:
    parts, current = [], []
    for word in words:
        if word in ".!?;":
            parts.append(current)
            current = []
        else:
            current.append(word)
    return [*parts, current]


def suggest_levensgebieden(text: str) -> list[str]:
    """The levensgebieden the text clearly names, in table order, at most MOST of them."""
    weights: dict[str, int] = {}
    for sentence in _sentences(_words(text)):
        for entry in _found(sentence):
            for gebied in entry.gebieden:
                if entry.words[0] in CHILDREN and GROWN.search(" ".join(sentence)):
                    continue
                weights[gebied] = weights.get(gebied, 0) + entry.weight
        # Someone close who needs care, in the same sentence: caring for another.
        if RELATIVES & set(sentence) and NEEDS_CARE & set(sentence):
            weights["mantelzorg"] = weights.get("mantelzorg", 0) + CLEAR
    ticked = [g for g in LEVENSGEBIEDEN if weights.get(g, 0) >= ENOUGH]
    strongest = sorted(ticked, key=lambda g: weights[g], reverse=True)[:MOST]
    return [g for g in ticked if g in strongest]
