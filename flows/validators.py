"""Parse functions `str -> value`: a ValueError carries the message id of a kind re-prompt."""

from __future__ import annotations

import re

from flows.text import N_, utf16_len

# In UTF-16 units, as Telegram counts (4096 a message). Kept whole in the database; where
# it must share one message with our own words, the question shown is shortened.
QUESTION_MAX = 4000
EMAIL_MAX = 254  # the longest address mail servers deliver to (RFC 5321)
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


# A greeting, or "I have a question", says nothing yet of what the question is.
NOT_YET_A_QUESTION = frozenset(
    {
        *("hallo", "hoi", "hey", "hi", "hello", "dag", "hallo daar", "hoi hoi", "goeiedag"),
        *("goedemorgen", "goedemiddag", "goedenavond", "goedendag", "good morning"),
        *("ik heb een vraag", "een vraag", "vraag", "hallo ik heb een vraag", "i have a question"),
        *("merhaba", "selam", "selamun aleykum", "bir sorum var", "salam", "salaam"),
        *("مرحبا", "سلام", "السلام عليكم", "عندي سؤال", "لدي سؤال"),
    }
)


def parse_question(text: str) -> str:
    """The question in the resident's own words: anything with a few letters, kept whole."""
    question = text.strip()
    if sum(c.isalpha() for c in question) < 3:
        raise ValueError(N_("question.too_short"))
    if " ".join(re.sub(r"[^\w\s]", " ", question.lower()).split()) in NOT_YET_A_QUESTION:
        raise ValueError(N_("question.greeting"))
    if utf16_len(question) > QUESTION_MAX:
        raise ValueError(N_("question.too_long"))
    return question


def parse_email(text: str) -> str:
    email = text.strip().strip("<>").strip()
    if len(email) > EMAIL_MAX:
        raise ValueError(N_("contact.email_too_long"))
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
