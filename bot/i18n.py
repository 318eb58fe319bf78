"""Texts from the gettext catalogs in `locales/`, with a variant per persona.

Message ids are stable keys ("welcome.body"); the Dutch catalog holds the source text and
every other language falls back to Dutch for what it lacks. A persona variant is the
same key under a message context (`msgctxt "mariam"`) and falls back to the plain text.
Parameters are HTML-escaped here, once, because every message is sent as HTML; a
parameter that is itself a rendered text (`Html`) is left as it is.

Right to left (Arabic): every line starts with a right-to-left mark, and every parameter
value, /command, number and run of Latin letters (a name, "Meedenker", an address) is
isolated (FSI ... PDI), so it keeps its own direction and cannot reorder the sentence.
"""

from __future__ import annotations

import html
import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Any

from aiogram.utils.i18n import I18n

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SOURCE_LOCALE = "nl"
RIGHT_TO_LEFT = frozenset({"ar"})
RLM = "\u200f"  # makes Telegram lay out a paragraph right to left, even if it starts with a name
FSI, PDI = "\u2068", "\u2069"  # first strong isolate ... pop directional isolate
# Texts only Meedenkers and the coordinator read: kept in Dutch and English.
STAFF_PREFIXES = (
    "meedenker.",
    "coordinator.",
    "desk.",
    "health.",
    "refer.",
    "outcome.",
    "intro.",
    "escalation.",
    "danger.",
    "hint.",
    "notice.",
    "decline.",
    "audit.",
    "relay.from_resident",
    "command.wachtrij",
    "command.overzicht",
    "command.cijfers",
    "command.uitnodigen",
    "command.klaar",
    "command.open",
    "command.afwezig",
    "command.beschikbaar",
)
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "tr": "Türkçe", "ar": "العربية"}


def create_i18n(path: Path = LOCALES_DIR) -> I18n:
    """Load the compiled catalogs; refuse to start without the Dutch source catalog."""
    i18n = I18n(path=path, default_locale=SOURCE_LOCALE, domain="messages")
    source = i18n.locales.get(SOURCE_LOCALE)
    if source is None:
        raise RuntimeError(f"no compiled Dutch catalog in {path}: run `make locales`")
    for locale, translations in i18n.locales.items():
        if locale != SOURCE_LOCALE:
            translations.add_fallback(source)
    return i18n


class Html(str):
    """Text that is already HTML (a rendered catalog text): not escaped again."""


def t(key: str, /, persona: str | None = None, locale: str | None = None, **params: Any) -> str:
    """The text for `key` in the current (or the given) locale, in `persona`'s variant if any."""
    i18n = I18n.get_current()
    chosen = locale or i18n.current_locale
    translations = i18n.locales.get(chosen) or i18n.locales[SOURCE_LOCALE]
    text = translations.pgettext(persona, key) if persona else key
    if text == key:
        text = translations.gettext(key)
    escaped = {name: _escape(value) for name, value in params.items()}
    if chosen in RIGHT_TO_LEFT:
        text = _isolating_template(text, bool(params))
        text = _ISOLATING.vformat(text, (), escaped) if params else text
        text = "\n".join(
            RLM + line if line and not line.startswith(RLM) else line for line in text.split("\n")
        )
    elif params:
        text = text.format(**escaped)
    return Html(text)


def _escape(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Html):
        return html.escape(value, quote=False)
    return value


def isolate(text: str) -> str:
    """Each line of `text` in its own direction isolate (an isolate ends with the line)."""
    return "\n".join(FSI + line + PDI if line else line for line in text.split("\n"))


_LATIN = "0-9A-Za-z\u00c0-\u024f"
# In the text between tags: an HTML entity (left alone), a placeholder, a /command, or a
# run of Latin words and numbers ("Meedenker", "0800-0113", "113.nl", "Veilig Thuis").
_ISOLATE_IN_TEXT = re.compile(
    rf"(&#?\w+;)|(\{{\w+\}})|(/[a-z]+|[{_LATIN}](?:[{_LATIN}]|[.@+'\-](?=[{_LATIN}])"
    rf"| (?=[{_LATIN}]))*)"
)
_TAG = re.compile(r"(<[^>]*>)")


@lru_cache(maxsize=1024)
def _isolating_template(text: str, with_params: bool) -> str:
    """The catalog text with its placeholders marked `{name!i}` and its commands,
    numbers and Latin words isolated; tags (and their attributes) are left alone."""

    def mark(found: re.Match) -> str:
        entity, placeholder, latin = found.groups()
        if entity:
            return entity
        if placeholder:
            return placeholder[:-1] + "!i}" if with_params else placeholder
        return FSI + latin + PDI

    parts = _TAG.split(text)
    return "".join(
        part if part.startswith("<") else _ISOLATE_IN_TEXT.sub(mark, part) for part in parts
    )


class _IsolatingFormatter(string.Formatter):
    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "i":
            return isolate(str(value))
        return super().convert_field(value, conversion)


_ISOLATING = _IsolatingFormatter()
