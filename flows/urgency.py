"""Does the resident say their question cannot wait? ("het moet snel", "dringend").

Not the danger detector (flows/safety.py): urgency is no danger to life, so it gets no 112
and no crisis help, only the offer that the coordinator calls back soon. A short list of
ways to say it in the four languages the bot speaks, matched on whole words after case
and diacritics are taken away ("Spoed!", "DRİNGEND", "acil" all count).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

PHRASES: dict[str, tuple[str, ...]] = {
    "nl": (
        "het moet snel",
        "moet snel",
        "snel hulp",
        "zo snel mogelijk",
        "dringend",
        "spoed",
        "spoedig",
        "vandaag nog",
        "nu meteen",
        "per direct",
        "ik weet het niet meer",
        "ik weet niet meer wat ik moet",
        "het gaat niet goed",
        "het gaat helemaal niet goed",
        "het gaat slecht",
        "ik kan niet meer wachten",
        "het kan niet wachten",
        "ik red het niet meer",
    ),
    "en": (
        "urgent",
        "urgently",
        "asap",
        "as soon as possible",
        "right away",
        "by today",
        "still today",
        "emergency",
        "i dont know what to do anymore",
        "i dont know anymore",
        "i am not doing well",
        "im not doing well",
        "it cant wait",
        "things are not going well",
        "i cant cope",
    ),
    "tr": (
        "acil",
        "acilen",
        "hemen yardim",
        "bugun icinde",
        "cok kotu",
        "iyi degilim",
        "ne yapacagimi bilmiyorum",
        "artik bilmiyorum",
        "bekleyemem",
        "bekleyemez",
        "en kisa surede",
    ),
    "ar": (
        "عاجل",
        "عاجلة",
        "مستعجل",
        "مستعجلة",
        "بسرعه",
        "فورا",
        "قبل نهايه اليوم",
        "حالا",
        "لست بخير",
        "لا اعرف ماذا افعل",
        "لم اعد اعرف",
        "لا يمكن ان ينتظر",
    ),
}


def _plain(text: str) -> str:
    """Lower case, no diacritics, Arabic letter variants made one, words split by spaces."""
    text = text.lower().replace("ı", "i").replace("’", "").replace("'", "")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"}))
    return " ".join(re.findall(r"\w+", text))


@cache
def _pattern() -> re.Pattern[str]:
    phrases = sorted({_plain(p) for ps in PHRASES.values() for p in ps}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")


def sounds_urgent(text: str | None) -> bool:
    """True when the text says, in so many words, that it is urgent."""
    return bool(text) and _pattern().search(_plain(text)) is not None
