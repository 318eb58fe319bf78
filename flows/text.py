"""Marks message ids for extraction (`pybabel extract -k N_`); translation happens in bot/.

Typed words brought to a plain form to compare them with a button's label. And lengths
as Telegram counts them: in UTF-16 code units, where an emoji (outside the Basic
Multilingual Plane) counts two. A message may hold 4096 of them.
"""

import re

ELLIPSIS = "…"
_JOINERS = "\u200d\ufe0f"  # a zero-width joiner or emoji variation selector left dangling


def N_(key: str) -> str:  # noqa: N802 - the gettext convention
    return key


def utf16_len(text: str) -> int:
    """The length Telegram counts: UTF-16 code units."""
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def shorten(text: str, limit: int) -> str:
    """`text` itself if it fits in `limit` UTF-16 units; else its start and "…", together
    at most `limit` units. Never splits an emoji's surrogate pair; cuts at a space when
    one is near."""
    if utf16_len(text) <= limit:
        return text
    budget = limit - utf16_len(ELLIPSIS)
    used, end = 0, 0
    for end, char in enumerate(text):  # noqa: B007 - `end` is used after the loop
        width = 2 if ord(char) > 0xFFFF else 1
        if used + width > budget:
            break
        used += width
    cut = text[:end]
    space = cut.rfind(" ")
    if 0 < space >= len(cut) - 20:  # a whole last word, if that costs little
        cut = cut[:space]
    return cut.rstrip().rstrip(_JOINERS) + ELLIPSIS


def bare(text: str) -> str:
    """Lower-case words without punctuation, to compare what was typed with a label:
    "Nee, dank je!" -> "nee dank je"."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
