"""Parse functions `str -> value`: a ValueError carries the message id of a kind re-prompt."""

from __future__ import annotations

import re

from flows.text import N_

QUESTION_MAX = 3500  # kept whole, with room for our own words in one message (4096)
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


def parse_question(text: str) -> str:
    """The question in the resident's own words: anything with a few letters, kept whole."""
    question = text.strip()
    if sum(c.isalpha() for c in question) < 3:
        raise ValueError(N_("question.too_short"))
    if len(question) > QUESTION_MAX:
        raise ValueError(N_("question.too_long"))
    return question


def parse_email(text: str) -> str:
    email = text.strip().strip("<>").strip()
    if not _EMAIL.match(email):
        raise ValueError(N_("contact.email_invalid"))
    return email


def parse_phone(text: str) -> str:
    """A Dutch or international phone number, normalised to digits with an optional +."""
    compact = re.sub(r"[\s().-]", "", text.strip())
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    digits = compact[1:] if compact.startswith("+") else compact
    if not digits.isdigit() or not 9 <= len(digits) <= 15:
        raise ValueError(N_("contact.phone_invalid"))
    return compact
