"""Signs of danger in anything a resident writes, in every language the bot speaks.

A hit shows the crisis help at once and alerts the coordinator; it never blocks the
resident or asks them to explain. People in distress rarely write "zelfmoord": they write
"ik wil er niet meer zijn", "het hoeft voor mij niet meer", with typos, without accents,
in two messages. So the text is first brought to one plain form (`normalise`), and the
patterns describe ideas (a wish to die, not wanting to be there, ending it, self-harm, a
plan or the means, being hurt at home, a child who is unsafe, danger to life right now)
rather than fixed sentences. Two layers read it: regular expressions for the ways of
saying it that are known (flows/safety_patterns.py PATTERNS, TOGETHER), and word classes
that mean danger when they stand near each other in one sentence (CLASSES, NEAR: the means
and "ready", a high place and "jump", "nobody" and "miss me"), in every language, with a
misspelt word one letter away still counted. The second layer is meant for new wordings
of a known idea; an idea that no class holds yet still needs a new rule.

A miss is worse than a false alarm, but a flood of false alarms would teach the
coordinator to ignore them: "ik ben dood moe", "mijn telefoon is dood" and "ik lach me
dood" must stay quiet; so must talk about the subject ("een werkstuk over zelfmoord") and
money that "kills" ("die energieleverancier wurgt me"). `make bench` measures both on
tests/data/safety_eval.yaml. Every place a resident types free text uses `check`, which
reads a message together with the one before it.
"""

from __future__ import annotations

import hashlib
import re
import re._constants as re_constants
import re._parser as re_parser
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache

from flows import safety_model
from flows.safety_patterns import (
    CLASSES,
    DENIALS,
    GAMES,
    NEAR,
    OWN_CLAUSE,
    PAST_CLAUSE,
    PATTERNS,
    SAFE_NOW,
    SUBJECT_CLAUSE,
    TOGETHER,
    TOPIC_WORDS,
    Near,
)


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

# Arabic typed in Latin letters writes some sounds as digits ("n3ich", "7aya", "b9it"); a
# digit inside or at the edge of a word stays part of it, so "mab9itch" is one word.
_ARABIZI = "235789"
_TOKEN = re.compile(rf"(?:[^\W\d_]|(?<=[^\W\d_])[{_ARABIZI}]|[{_ARABIZI}](?=[^\W\d_]))+|\d+|[.,]")

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
_REAL_WORDS = frozenset("stad dode hare lade wand rand heat".split())


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
    return _tidy_marks(" ".join(_joined(words)))


def _tidy_marks(text: str) -> str:
    """One " . " between sentences, none at either end."""
    return re.sub(r"(?:\s*\.\s*)+", " . ", text).strip(" .")


# ----- matching -----------------------------------------------------------------------------

ORDER = (Danger.ACUTE, Danger.SUICIDE, Danger.VIOLENCE)  # most pressing first


def _prepare(regex: str) -> str:
    """Patterns are written as people spell; bring them to the normalised spelling too."""
    plain = _strip_marks(regex.translate(_LETTERS)).replace("ij", "y")
    return re.sub(r"([^\W\d_])\1+", r"\1", plain)


@cache
def _compiled(
    danger: Danger,
) -> tuple[tuple[frozenset[str] | None, re.Pattern[str], re.Pattern[str] | None], ...]:
    return tuple(
        (
            _required(_prepare(p.regex)),
            re.compile(r"(?<!\w)(?:" + _prepare(p.regex) + r")(?!\w)"),
            re.compile(_prepare(p.unless)) if p.unless else None,
        )
        for p in PATTERNS[danger]
    )


# ----- speed: a pattern is only tried on a text that holds one of the words it needs ---------


def _required(regex: str) -> frozenset[str] | None:
    """Pieces of text of which every match holds at least one, read from the parsed regular
    expression (None: nothing certain). Hundreds of patterns are tried on every message;
    this lets most of them be skipped with a plain `in` test."""
    return _needs(re_parser.parse(regex))


def _needs(sequence) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run = ""

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, value in sequence:
        if op is re_constants.LITERAL:
            run += chr(value)
            continue
        better(frozenset([run]) if run else None)
        run = ""
        if op is re_constants.SUBPATTERN:
            better(_needs(value[-1]))
        elif op is re_constants.BRANCH:
            branches = [_needs(b) for b in value[1]]
            if all(branches):
                better(frozenset().union(*branches))
        elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT) and value[0] >= 1:
            better(_needs(value[2]))
    better(frozenset([run]) if run else None)
    return best


def _holds(text: str, needed: frozenset[str] | None) -> bool:
    return needed is None or any(piece in text for piece in needed)


def _grams(text: str) -> frozenset[str]:
    """Every three characters in a row of the text: what `_Screen` looks rules up by."""
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


@dataclass(frozen=True)
class _Screen:
    """Which of many rules may apply to a text, looked up by the first three characters of
    the pieces each rule needs: a message is tried against a few rules instead of hundreds.
    A rule with nothing certain to look for, or a piece shorter than that, is always tried."""

    size: int
    by_gram: dict[str, tuple[int, ...]]
    always: tuple[int, ...]

    @classmethod
    def of(cls, needs: list[frozenset[str] | None]) -> _Screen:
        by_gram: dict[str, list[int]] = {}
        always = []
        for i, needed in enumerate(needs):
            if needed is None or min(map(len, needed)) < 3:
                always.append(i)
                continue
            for gram in {piece[:3] for piece in needed}:
                by_gram.setdefault(gram, []).append(i)
        return cls(len(needs), {g: tuple(v) for g, v in by_gram.items()}, tuple(always))

    def candidates(self, grams: frozenset[str]) -> list[int]:
        """The rules to try, in their own order."""
        found = set(self.always)
        for gram in grams & self.by_gram.keys():
            found.update(self.by_gram[gram])
        return sorted(found)


@cache
def _pattern_screen(danger: Danger) -> _Screen:
    return _Screen.of([needed for needed, _, _ in _compiled(danger)])


@cache
def _together_screen(danger: Danger) -> _Screen:
    return _Screen.of([needs[0] for needs, _, _ in _together(danger)])


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
) -> tuple[
    tuple[tuple[frozenset[str] | None, ...], tuple[re.Pattern[str], ...], re.Pattern[str] | None],
    ...,
]:
    return tuple(
        (
            tuple(_required(_prepare(part)) for part in t.parts),
            tuple(re.compile(r"(?<!\w)(?:" + _prepare(part) + r")(?!\w)") for part in t.parts),
            re.compile(_prepare(t.unless)) if t.unless else None,
        )
        for t in TOGETHER
        if t.danger == danger
    )


# "hij slaat me nooit", "ik laat mijn kinderen nooit alleen": hurt that is denied.
_DENIED = re.compile(r"\b(?:noit|never|asla)\b(?! (?:mer|again))")


@cache
def _game() -> re.Pattern[str]:
    """A defeat at a game ("geslagen met tennis", "beat me at chess") is not a blow (GAMES)."""
    games = "|".join(normalise(g) for g in GAMES)
    return re.compile(
        rf"(?<!\w)(?:met|bij|at|in|tydens|during) (?:het |de |a |een )?(?:{games})(?!\w)"
    )


def _matches(normalised: str, danger: Danger, grams: frozenset[str]) -> bool:
    """Whether a pattern of this danger, or its words together in one sentence, match;
    `grams` are the text's (`_grams`), to skip the rules it cannot match."""
    patterns = _compiled(danger)
    for i in _pattern_screen(danger).candidates(grams):
        needed, regex, unless = patterns[i]
        if not _holds(normalised, needed):
            continue
        for match in regex.finditer(normalised):
            if danger is Danger.VIOLENCE and (
                _DENIED.search(match.group(0))
                or _game().search(_sentence(normalised, *match.span()))
            ):
                continue
            if unless is None or not unless.search(_sentence(normalised, *match.span())):
                return True
    together = _together(danger)
    tried = [together[i] for i in _together_screen(danger).candidates(grams)]
    for sentence in normalised.split(" . ") if tried else ():
        for needs, parts, unless in tried:
            if not all(_holds(sentence, needed) for needed in needs):
                continue
            if all(part.search(sentence) for part in parts) and not (
                unless is not None and unless.search(sentence)
            ):
                if danger is not Danger.VIOLENCE or not _game().search(sentence):
                    return True
    return False


# ----- ideas: word classes near each other -------------------------------------------------

_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")  # Arabic "and", "the", "to"...


@dataclass(frozen=True)
class _Entry:
    name: str  # the class
    rest: tuple[str, ...]  # the words after the first, for a phrase
    prefix: bool  # the last word stands for every word it begins


@dataclass(frozen=True)
class _Lexicon:
    exact: dict[str, tuple[_Entry, ...]]  # first word -> entries
    prefixes: dict[str, tuple[tuple[str, _Entry], ...]]  # first three letters -> entries
    known: frozenset[str]  # every word of a class, to tell a misspelling from a word
    deletions: dict[str, frozenset[str]]  # a class word less one letter -> the words


@cache
def _lexicon() -> _Lexicon:
    exact: dict[str, list[_Entry]] = {}
    prefixes: dict[str, list[tuple[str, _Entry]]] = {}
    for name, entries in CLASSES.items():
        for entry in entries:
            words = normalise(entry.rstrip("*")).split()
            if not words:
                continue
            star = entry.endswith("*")
            if star and len(words) == 1:
                prefixes.setdefault(words[0][:3], []).append((words[0], _Entry(name, (), True)))
            else:
                exact.setdefault(words[0], []).append(_Entry(name, tuple(words[1:]), star))
    known = frozenset(
        w for entries in CLASSES.values() for e in entries for w in normalise(e.rstrip("*")).split()
    )
    deletions: dict[str, set[str]] = {}
    for word in known:
        if len(word) >= 5 and word.isalpha():
            for i in range(len(word)):
                shorter = word[:i] + word[i + 1 :]
                deletions.setdefault(shorter, set()).add(word)
    return _Lexicon(
        {k: tuple(v) for k, v in exact.items()},
        {k: tuple(v) for k, v in prefixes.items()},
        known,
        {k: frozenset(v) for k, v in deletions.items()},
    )


def _begins_known(token: str, lexicon: _Lexicon) -> bool:
    return any(token.startswith(p) for p, _ in lexicon.prefixes.get(token[:3], ()))


def _corrected(token: str, lexicon: _Lexicon) -> str:
    """A word of five letters or more one slip (a letter missing, one too many, two swapped)
    from exactly one class word becomes that word: "opgelcht", "opgeulcht", "opgeplucht".
    Not a wrong letter: that turns real words into others ("betaalt" -> "betast")."""
    if len(token) < 5 or not token.isalpha() or token in lexicon.known:
        return token
    if _begins_known(token, lexicon):
        return token
    found: set[str] = set(lexicon.deletions.get(token, ()))  # a letter missing
    for i in range(len(token)):
        shorter = token[:i] + token[i + 1 :]
        if shorter in lexicon.known and len(shorter) >= 5:
            found.add(shorter)  # a letter too many
    for i in range(len(token) - 1):
        swapped = token[:i] + token[i + 1] + token[i] + token[i + 2 :]
        if swapped in lexicon.known:
            found.add(swapped)
    return found.pop() if len(found) == 1 else token


def _forms(token: str) -> tuple[str, ...]:
    """The token, and in Arabic script also without a clitic in front."""
    if token.isascii():
        return (token,)
    return (
        token,
        *(token[len(c) :] for c in _CLITICS if token.startswith(c) and len(token) - len(c) >= 2),
    )


def _classes(words: list[str]) -> dict[str, list[int]]:
    """Where in the sentence a word (or phrase) of each class stands."""
    tokens = [_spelled(w) for w in words]
    found: dict[str, list[int]] = {"END": [len(tokens)]}
    for i, token in enumerate(tokens):
        for entry in _entries(token):
            if _phrase_at(tokens, i + 1, entry):
                found.setdefault(entry.name, []).append(i)
    return found


@lru_cache(maxsize=1 << 16)
def _spelled(word: str) -> str:
    return _corrected(word, _lexicon())


@lru_cache(maxsize=1 << 16)
def _entries(token: str) -> tuple[_Entry, ...]:
    """The class words and phrases that can begin at this (corrected) word."""
    lexicon = _lexicon()
    found: list[_Entry] = []
    for form in _forms(token):
        found += lexicon.exact.get(form, ())
        found += (e for p, e in lexicon.prefixes.get(form[:3], ()) if form.startswith(p))
    return tuple(found)


def _phrase_at(tokens: list[str], start: int, entry: _Entry) -> bool:
    if start + len(entry.rest) > len(tokens):
        return False
    for k, word in enumerate(entry.rest):
        token = tokens[start + k]
        last = k == len(entry.rest) - 1
        if token != word and not (last and entry.prefix and token.startswith(word)):
            return False
    return True


def _near(found: dict[str, list[int]], classes: tuple[str, ...], window: int) -> bool:
    if not all(name in found for name in classes):
        return False
    if len(classes) == 1:
        return True
    first, *others = classes
    return any(
        all(any(abs(j - i) <= window for j in found[name]) for name in others) for i in found[first]
    )


@cache
def _topic_words() -> re.Pattern[str]:
    words = (normalise(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in TOPIC_WORDS)
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")


def _ideas(normalised: str) -> tuple[set[Danger], str]:
    """The dangers the word classes see, and the text with the subject's name taken out of
    sentences that talk about the subject ("een werkstuk over zelfmoord")."""
    seen: set[Danger] = set()
    sentences = []
    message: dict[str, list[int]] = {}  # the classes of all sentences, for `across` rules
    offset = 0
    for sentence in normalised.split(" . "):
        words = sentence.split()
        found = _classes(words)
        game = _game().search(sentence) is not None
        for name in found:
            for rule, danger in _near_by_first_class().get(name, ()):
                if danger in seen or (game and danger is Danger.VIOLENCE):
                    continue
                if _near(found, rule.classes, rule.window):
                    if not any(other in found for other in rule.unless):
                        seen.add(danger)
        for name, places in found.items():
            if name != "END":
                message.setdefault(name, []).extend(i + offset for i in places)
        offset += len(words) + 1
        if "TOPIC" in found:
            sentence = _topic_words().sub("onderwerp", sentence)
        if _near(found, ("FIGURATIVE_HARM", "MONEY"), 8) and "PARTNER" not in found:
            sentence = ""  # "die energieleverancier wurgt me", "the rent is killing me"
        sentences.append(sentence)
    message["END"] = [offset]
    for rule in _ACROSS:
        if Danger(rule.danger) not in seen and _near(message, rule.classes, rule.window):
            if not any(name in message for name in rule.unless):
                seen.add(Danger(rule.danger))
    return seen, " . ".join(sentences)


# Rules that read the whole message: "alles geregeld. ik ben er klaar voor" is one thought.
_ACROSS = tuple(rule for rule in NEAR if rule.across)


@cache
def _near_by_first_class() -> dict[str, tuple[tuple[Near, Danger], ...]]:
    """The rules for one sentence by their first class: a rule can only hold in a sentence
    that has that class, so the others are not tried."""
    rules: dict[str, list[tuple[Near, Danger]]] = {}
    for rule in NEAR:
        if not rule.across:
            rules.setdefault(rule.classes[0], []).append((rule, Danger(rule.danger)))
    return {name: tuple(found) for name, found in rules.items()}


@dataclass(frozen=True)
class _Settling:
    """safety_patterns DENIALS, SAFE_NOW, PAST_CLAUSE, SUBJECT_CLAUSE and OWN_CLAUSE."""

    denial: re.Pattern[str]
    safe_now: re.Pattern[str]
    past: re.Pattern[str]
    subject: re.Pattern[str]
    own: re.Pattern[str]

    def left_out(self, clause: str, over: bool) -> bool:
        """About the past while the message says it is over, or about the subject and not
        the writer."""
        if over and self.past.search(clause):
            return True
        return self.subject.search(clause) is not None and self.own.search(clause) is None


@cache
def _settling() -> _Settling:
    def one(parts: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)(?:" + "|".join(_prepare(p) for p in parts) + r")(?!\w)")

    return _Settling(*map(one, (DENIALS, SAFE_NOW, PAST_CLAUSE, SUBJECT_CLAUSE, OWN_CLAUSE)))


_CLAUSE_END = re.compile(r"( (?:\.|,|mar|but|ama|fakat|بس|لكن|bas) )")  # "maar" is "mar" here


def _settled(normalised: str) -> str:
    """The text without what the writer says is not there ("ik ben niet suïcidaal"), the
    clauses about the subject (a story, first aid, their work) that do not speak of the
    writer, and, when they say it is safe now, the clauses about the past."""
    settling = _settling()
    text = settling.denial.sub(" . ", normalised)
    over = settling.safe_now.search(text) is not None
    pieces = _CLAUSE_END.split(f" {text} ")  # clauses, and between them what ends them
    return _tidy_marks(
        "".join(
            " . " if i % 2 == 0 and settling.left_out(piece, over) else piece
            for i, piece in enumerate(pieces)
        )
    )


def model_reading(text: str) -> str:
    """The text as `detect` gives it to the learnt model, which learns from it so too."""
    return _ideas(_settled(normalise(text)))[1]


def detect(text: str | None, learnt: bool = True) -> Danger | None:
    """The most pressing kind of danger the text shows signs of, or None; when the rules see
    none, the learnt model (flows/safety_model.py) may still see some, if `learnt`."""
    if not text or not text.strip():
        return None
    seen, normalised = _ideas(_settled(normalise(text)))
    grams = _grams(normalised)
    found = next(
        (danger for danger in ORDER if danger in seen or _matches(normalised, danger, grams)),
        None,
    )
    if found is None and learnt and (leaning := safety_model.strongest(normalised)):
        found = Danger(leaning)
        if found is Danger.VIOLENCE and _game().search(normalised):
            found = None  # "beat me at chess": a defeat, whoever reads it
    return found


def warm_up() -> None:
    """Compile every rule and load the learnt model now (most of a second), so that the
    first message after a start does not wait for them: a harmless text of a few words is
    read by every rule and by the model."""
    detect("een gewone vraag over de huur en de post")
    _game()


def detect_pair(previous: str | None, current: str | None) -> Danger | None:
    """Danger in `current`, or in a thought begun in `previous` and ended in `current`
    ("ik wil niet meer" + "leven"). A danger `previous` showed on its own was already
    answered, so it does not count again."""
    found = _recent_verdict(current)
    if found is not None or not previous or not current:
        return found
    if _recent_verdict(previous) is not None:
        return None
    # The model judges what someone wrote in one go, not two messages glued together.
    return detect(f"{previous} {current}", learnt=False)


# The verdicts on the last messages read: `previous` was `current` of the check before (or
# its end), so it is not read again (a third of the safety net's work per message). Keyed
# by a digest, so no resident's words are kept for it.
_RECENT_MAX = 4096
_recent: OrderedDict[bytes, Danger | None] = OrderedDict()


def _recent_verdict(text: str | None) -> Danger | None:
    if not text:
        return detect(text)
    key = hashlib.blake2b(text.encode(), digest_size=16).digest()
    if key in _recent:
        _recent.move_to_end(key)
        return _recent[key]
    found = _recent[key] = detect(text)
    if len(_recent) > _RECENT_MAX:
        _recent.popitem(last=False)
    return found


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
    if danger is not None and previous and _recent_verdict(current) is None:
        words = f"{previous}\n{current}"  # seen only with the message before
    return Seen(danger, words, kept)
