"""Signs of danger in anything a resident writes, in every language the bot speaks.

A hit shows the crisis help at once and alerts the coordinator; it never blocks the
resident or asks them to explain. People in distress rarely write "zelfmoord": they write
"ik wil er niet meer zijn", "het hoeft voor mij niet meer", with typos, without accents,
in two messages. So the text is first brought to one plain form (`normalise`), and the
patterns describe ideas (a wish to die, not wanting to be there, ending it, self-harm, a
plan or the means, being hurt at home, a child who is unsafe, danger to life right now)
rather than fixed sentences.

A miss is worse than a false alarm, but a flood of false alarms would teach the
coordinator to ignore them: "ik ben dood moe", "mijn telefoon is dood" and "ik lach me
dood" must stay quiet. `make bench` measures both on tests/data/safety_eval.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from flows.safety_patterns import PATTERNS, TOGETHER


class Danger(StrEnum):
    SUICIDE = "suicide"  # suicide or self-harm
    VIOLENCE = "violence"  # domestic violence, abuse, a child who is not safe
    ACUTE = "acute"  # acute danger to life or health


# ----- one plain form of the text -----------------------------------------------------------

# Letters a keyboard may lack, or that Arabic writes in several ways.
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ة": "ه",
        "ى": "ي",
        "ـ": None,  # tatweel, a stretch of the line
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
    }
)

# Common spellings of the words the patterns use, after letters are collapsed
# ("meeeer" and "meer" both became "mer"); each maps to the form the patterns use.
_SPELLINGS = {
    # nl
    "k": "ik",
    "ic": "ik",
    "ike": "ik",
    "wl": "wil",
    "wel": "wel",
    "nie": "niet",
    "nit": "niet",
    "nt": "niet",
    "nied": "niet",
    "mr": "mer",
    "meer": "mer",
    "mear": "mer",
    "mzelf": "mezelf",
    "mnzelf": "mezelf",
    "myzelf": "mezelf",
    "mezelve": "mezelf",
    "mezelluf": "mezelf",
    "mijzelf": "mezelf",
    "mn": "myn",
    "mijn": "myn",
    "men": "men",
    "zn": "zyn",
    "zijn": "zyn",
    "dr": "er",
    "der": "er",
    "t": "het",
    "kwil": "ik wil",
    "wrden": "worden",
    "wordn": "worden",
    "levuh": "leven",
    "levu": "leven",
    "levn": "leven",
    "slagt": "slat",
    "fur": "vor",
    "vur": "vor",
    "vr": "vor",
    "kben": "ik ben",
    "kga": "ik ga",
    "kzie": "ik zie",
    "khou": "ik hou",
    "kdoe": "ik doe",
    "kheb": "ik heb",
    "kan t": "kan het",
    "ut": "het",
    "dot": "dod",
    "dood": "dod",
    "zelfmort": "zelfmord",
    "selfmord": "zelfmord",
    "zelmord": "zelfmord",
    "zelfmord": "zelfmord",
    "zelfmordt": "zelfmord",
    "leve": "leven",
    "lefen": "leven",
    "leuven": "leven",
    "lven": "leven",
    "gwn": "gewon",
    "gewoonweg": "gewon",
    "egt": "echt",
    "ech": "echt",
    "wakker": "waker",
    "wakke": "waker",
    "slape": "slapen",
    "word": "word",
    "worde": "worden",
    "hoefd": "hoeft",
    "hoef": "hoef",
    "zien": "zien",
    "ziten": "ziten",
    "zitte": "ziten",
    "zite": "ziten",
    "snyde": "snyden",
    "snijen": "snyden",
    "snyen": "snyden",
    "pillen": "pilen",
    "tabletjes": "tabletten",
    "pilletjes": "pilen",
    "pilletje": "pilen",
    "sla": "sla",
    "slaad": "slat",
    "slat": "slat",
    "slaagt": "slat",
    "mishandeld": "mishandeld",
    "mishandelt": "mishandelt",
    "hy": "hy",
    "hey": "hy",
    "zy": "zy",
    "ze": "ze",
    "vermoort": "vermordt",
    "vermoordt": "vermordt",
    "vermordt": "vermordt",
    "vermord": "vermordt",
    # en
    "im": "im",
    "i": "i",
    "dont": "dont",
    "wana": "want to",
    "gona": "going to",
    "myslef": "myself",
    "myselfe": "myself",
    "mysef": "myself",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "anymore": "anymore",
    "any more": "anymore",
    "cant": "cant",
    # tr
    "istiyom": "istiyorum",
    "istiyorm": "istiyorum",
    "istemiyom": "istemiyorum",
    "istemiyorm": "istemiyorum",
    "istemiyrum": "istemiyorum",
}

# Words people glue together when they type fast ("ikwilnietmeerleven"); a token made
# wholly of these is split up. Only words that carry the patterns, none shorter than two.
_GLUE_WORDS = frozenset(
    "ik wil wou niet nie mer leven levn leve dod er myn mezelf zyn hoeft voor my me van kant maken "
    "eind einde aan slapen waker worden zelfmord wakker kan zie het ziten echt gewon "
    "want to die kill myself dont live end life i im".split()
)

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[.,]")

# "me vader", "me leven": in speech and chat "me" often stands for "mijn".
_OWNED = frozenset(
    "leven man vrouw vader moeder zon dochter kind kinderen kindje vriend vriendin partner ex "
    "broer zus stiefvader pa ma opa oma baby lichaam arm armen pols polsen".split()
)


def _plain_letters(text: str) -> str:
    """Lower case, no diacritics or Arabic vowel marks, one spelling of ij, no doubled letters."""
    text = text.lower().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = text.replace("ij", "y")
    return re.sub(r"([^\W\d_])\1+", r"\1", text)  # "dooooood" -> "dod", "meer" -> "mer"


def _split_glued(token: str) -> list[str]:
    if len(token) < 5 or token in _GLUE_WORDS:
        return [token]
    # Shortest split into known words, by dynamic programming over the token.
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 9), end - 1):
            head = best[start]
            if head is not None and token[start:end] in _GLUE_WORDS:
                if best[end] is None or len(head) + 1 < len(best[end]):
                    best[end] = [*head, token[start:end]]
    found = best[len(token)]
    return found if found and len(found) > 1 else [token]


# Real words that a slip-rule would otherwise turn into a word of the patterns.
_REAL_WORDS = frozenset("stad dode hare lade wand rand".split())


def _variants(token: str) -> list[str]:
    """Spellings one or two common slips away: a dropped final n ("leve", "geslage"),
    d for t ("slaad"), f for v ("lefe"), i for ie ("vrind")."""
    found = [token + "n"]
    if token[-1] in "dt":
        found.append(token[:-1] + ("t" if token[-1] == "d" else "d"))
    if "f" in token:
        found += [token.replace("f", "v"), token.replace("f", "v") + "n"]
    if "i" in token and "ie" not in token:
        found.append(token.replace("i", "ie", 1))
    return found


def _respell(token: str) -> str:
    """A word the patterns do not know, brought to the nearest word they do, if one is close."""
    known = _vocabulary()
    if len(token) < 4 or token in known or token in _REAL_WORDS or not token.isascii():
        return token
    return next((v for v in _variants(token) if v in known), token)


def _joined(words: list[str]) -> list[str]:
    """Two words that people write for one: "me zelf" -> "mezelf", "me vader" -> "myn vader",
    "zelf moord" -> "zelfmord", "want 2 die" -> "want to die"."""
    out: list[str] = []
    for word in words:
        if word == "zelf" and out and out[-1] in ("me", "my", "m", "zich", "mn", "myn"):
            out[-1] = "zichzelf" if out[-1] == "zich" else "mezelf"
        elif out and out[-1] == "me" and word in _OWNED:
            out[-1:] = ["myn", word]
        elif out and out[-1] == "zelf" and word in ("mord", "mort", "doding"):
            out[-1] = "zelf" + word
        elif word == "2" and out and out[-1] in ("want", "going", "need", "have", "like", "ready"):
            out.append("to")
        else:
            out.append(word)
    return out


def normalise(text: str) -> str:
    """The text in one plain form the patterns are written for.

    Lower case; no diacritics ("suïcide" -> "suicide", "ölmek" -> "olmek", "أريد" -> "اريد");
    repeated letters once ("doooood" and "dood" -> "dod"); "ij" -> "y"; common misspellings
    and chat spellings made regular ("nie mr" -> "niet mer", "k wil" -> "ik wil"); glued
    words split ("ikwilnietmeer" -> "ik wil niet mer"); sentence marks, new lines and emoji
    become " . ", so a pattern never runs from one sentence into the next.
    """
    text = _plain_letters(text).replace("'", "")
    text = re.sub(r"(?<=[^\W\d_])\.(?=[^\W\d_])", " ", text)  # "niet.meer": a slip, not an end
    text = re.sub(r"[.!?;:…\n\r]+", " . ", text)
    text = re.sub(r"[^\w\s,.]", " . ", text)  # emoji and other symbols end a thought
    words: list[str] = []
    for token in _TOKEN.findall(text):
        token = _SPELLINGS.get(token, token)
        if token.isalpha():
            words.extend(_respell(_SPELLINGS.get(p, p)) for p in _split_glued(token))
        else:
            words.append(token)
    joined = " ".join(_joined(words))
    return re.sub(r"(?:\s*\.\s*)+", " . ", joined).strip(" .")


# ----- matching -----------------------------------------------------------------------------

ORDER = (Danger.ACUTE, Danger.SUICIDE, Danger.VIOLENCE)  # most pressing first


def _prepare(regex: str) -> str:
    """Patterns are written as people spell; bring them to the normalised spelling too."""
    plain = _strip_marks(regex.translate(_LETTERS)).replace("ij", "y")
    return re.sub(r"([^\W\d_])\1+", r"\1", plain)


@cache
def _compiled(danger: Danger) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    return tuple(
        (
            re.compile(r"(?<!\w)(?:" + _prepare(p.regex) + r")(?!\w)"),
            re.compile(_prepare(p.unless)) if p.unless else None,
        )
        for p in PATTERNS[danger]
    )


@cache
def _vocabulary() -> frozenset[str]:
    """Every word of four letters or more that the patterns spell out."""
    return frozenset(
        word
        for patterns in PATTERNS.values()
        for p in patterns
        for word in re.findall(r"(?<![\\\w])[a-z]{4,}(?![a-z])", _prepare(p.regex))
    )


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _sentence(text: str, start: int, end: int) -> str:
    left = text.rfind(" . ", 0, start)
    right = text.find(" . ", end)
    return text[left + 1 if left >= 0 else 0 : right if right >= 0 else len(text)]


@cache
def _together(
    danger: Danger,
) -> tuple[tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None], ...]:
    return tuple(
        (
            tuple(re.compile(r"(?<!\w)(?:" + _prepare(part) + r")(?!\w)") for part in t.parts),
            re.compile(_prepare(t.unless)) if t.unless else None,
        )
        for t in TOGETHER
        if t.danger == danger
    )


def _matches(normalised: str, danger: Danger) -> bool:
    for regex, unless in _compiled(danger):
        for match in regex.finditer(normalised):
            if unless is None or not unless.search(_sentence(normalised, *match.span())):
                return True
    for sentence in normalised.split(" . "):
        for parts, unless in _together(danger):
            if all(part.search(sentence) for part in parts) and not (
                unless is not None and unless.search(sentence)
            ):
                return True
    return False


def detect(text: str | None) -> Danger | None:
    """The most pressing kind of danger the text shows signs of, or None."""
    if not text or not text.strip():
        return None
    normalised = normalise(text)
    return next((danger for danger in ORDER if _matches(normalised, danger)), None)


def detect_pair(previous: str | None, current: str | None) -> Danger | None:
    """Danger in `current`, or in a thought begun in `previous` and ended in `current`
    ("ik wil niet meer" + "leven"). A danger `previous` showed on its own was already
    answered, so it does not count again."""
    found = detect(current)
    if found is not None or not previous or not current:
        return found
    if detect(previous) is not None:
        return None
    return detect(f"{previous} {current}")


# ----- one check for every place a resident types free text ---------------------------------

LAST_WORDS_MAX = 200  # enough of the previous message to finish a thought across two


@dataclass(frozen=True)
class Seen:
    """What one typed message shows, read together with the message before it."""

    danger: Danger | None
    words: str | None  # for the alert: this message, or both when the thought began before
    last_words: str | None  # the end of this message, to read with the next one


def check(previous: str | None, current: str | None) -> Seen:
    """The safety check for free text anywhere (intake steps, notes, the survey's sentence,
    a conversation with the coordinator): `previous` is what `last_words` of the check
    before returned; keep this check's `last_words` for the next message."""
    danger = detect_pair(previous, current)
    kept = current[-LAST_WORDS_MAX:] if current else None
    words = current
    if danger is not None and previous and detect(current) is None:
        words = f"{previous}\n{current}"  # seen only with the message before
    return Seen(danger, words, kept)
