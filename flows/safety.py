"""Signs of danger in anything a resident writes, in every language the bot speaks.

A hit shows the crisis help at once and alerts the coordinator; it never blocks the
resident or asks them to explain. Phrases are matched on whole words (a phrase ending in
"*" also matches longer words: "mishandel*" matches mishandeld, mishandeling), so
"doodmoe" or "ik lach me dood" do not count. A miss is worse than a false alarm, but a
flood of false alarms would teach the coordinator to ignore them: keep phrases specific.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache


class Danger(StrEnum):
    SUICIDE = "suicide"  # suicide or self-harm
    VIOLENCE = "violence"  # domestic violence, abuse
    ACUTE = "acute"  # acute danger to life or health


PHRASES: dict[Danger, tuple[str, ...]] = {
    Danger.SUICIDE: (
        # nl
        "zelfmoord*",
        "suïcid*",
        "suicid*",
        "zelfdoding",
        "mezelf van kant",
        "mijzelf van kant",
        "er een eind aan maken",
        "er een einde aan maken",
        "een eind aan mijn leven",
        "een einde aan mijn leven",
        "niet meer leven",
        "dood willen",
        "niet meer willen leven",
        "wil dood",
        "wil ik dood",
        "wil liever dood",
        "was ik maar dood",
        "ik zie het niet meer zitten",
        "mezelf iets aandoen",
        "mijzelf iets aandoen",
        "mezelf pijn doen",
        "mijzelf pijn doen",
        "mezelf snijden",
        "snij mezelf",
        "zelfbeschadiging",
        "voor de trein springen",
        "van het dak springen",
        "alle pillen innemen",
        # en
        "suicide",
        "kill myself",
        "end my life",
        "want to die",
        "hurt myself",
        "self harm",
        "self-harm",
        "don't want to live",
        "dont want to live",
        # tr
        "intihar*",
        "kendimi öldür*",
        "ölmek istiyorum",
        "yaşamak istemiyorum",
        "canıma kıy*",
        # ar
        "انتحار",
        "انتحر",
        "أقتل نفسي",
        "اقتل نفسي",
        "أريد أن أموت",
        "اريد ان اموت",
        "لا أريد أن أعيش",
        "أؤذي نفسي",
    ),
    Danger.VIOLENCE: (
        # nl
        "huiselijk geweld",
        "mishandel*",
        "slaat mij",
        "slaat me",
        "sloeg mij",
        "sloeg me",
        "schopt mij",
        "schopt me",
        "duwt mij",
        "wurgt",
        "gewurgd",
        "misbruik*",
        "misbruikt",
        "aangerand",
        "aanranding",
        "verkracht*",
        "seksueel geweld",
        "bedreigt mij",
        "bedreigt me",
        "durf niet naar huis",
        "ben bang voor mijn man",
        "ben bang voor mijn vader",
        "ben bang voor mijn partner",
        "ben bang voor mijn vrouw",
        "ben bang voor mijn moeder",
        "veilig thuis",
        "geweld thuis",
        "slaat mijn moeder",
        "slaat mijn kinderen",
        # en
        "domestic violence",
        "hits me",
        "beats me",
        "abuses me",
        "abused",
        "raped",
        "afraid of my husband",
        "afraid of my partner",
        # tr
        "beni dövüyor",
        "dövüyor",
        "şiddet*",
        "tecavüz*",
        "taciz*",
        # ar
        "يضربني",
        "عنف منزلي",
        "عنف",
        "اعتداء",
        "اغتصاب",
        "تحرش",
    ),
    Danger.ACUTE: (
        # nl
        "in levensgevaar",
        "ben in gevaar",
        "zijn in gevaar",
        "wil mij vermoorden",
        "wil me vermoorden",
        "wil me doodmaken",
        "gaat me vermoorden",
        "heeft een mes",
        "heeft een wapen",
        "met een mes",
        "bedreigt me met",
        "overdosis",
        "ik bloed",
        "ben niet veilig",
        "nu meteen hulp",
        "help me nu",
        # en
        "i am in danger",
        "i'm in danger",
        "going to kill me",
        "wants to kill me",
        "has a knife",
        "has a gun",
        "overdose",
        "not safe",
        # tr
        "tehlikedeyim",
        "beni öldürecek",
        "bıçak*",
        # ar
        "في خطر",
        "سيقتلني",
        "يريد قتلي",
        "سكين",
    ),
}


@cache
def _pattern(danger: Danger) -> re.Pattern[str]:
    parts = []
    for phrase in PHRASES[danger]:
        stem = re.escape(phrase.rstrip("*")).replace(r"\ ", r"\s+")
        tail = r"\w*" if phrase.endswith("*") else r"(?!\w)"
        parts.append(stem + tail)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def detect(text: str | None) -> Danger | None:
    """The most serious kind of danger the text shows signs of, or None."""
    if not text:
        return None
    normalised = text.replace("’", "'")
    for danger in (Danger.ACUTE, Danger.SUICIDE, Danger.VIOLENCE):
        if _pattern(danger).search(normalised):
            return danger
    return None
