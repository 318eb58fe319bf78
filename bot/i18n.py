"""Texts from the gettext catalogs in `locales/`, with a variant per persona.

Message ids are stable keys ("welcome.body"); the Dutch catalog holds the source text and
every other language falls back to Dutch for what it lacks. A persona variant is the
same key under a message context (`msgctxt "mariam"`) and falls back to the plain text.
Parameters are HTML-escaped here, once, because every message is sent as HTML; a
parameter that is itself a rendered text (`Html`) is left as it is.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from aiogram.utils.i18n import I18n

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SOURCE_LOCALE = "nl"
RIGHT_TO_LEFT = frozenset({"ar"})
RLM = "\u200f"  # makes Telegram lay out a paragraph right to left, even if it starts with a name
# Texts only Meedenkers and the coordinator read: kept in Dutch and English.
STAFF_PREFIXES = (
    "meedenker.",
    "coordinator.",
    "desk.",
    "health.",
    "refer.",
    "outcome.",
    "intro.",
    "status.",
    "escalation.",
    "danger.",
    "hint.",
    "notice.",
    "decline.",
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
    if params:
        text = text.format(**{name: _escape(value) for name, value in params.items()})
    if chosen in RIGHT_TO_LEFT:
        text = "\n".join(
            RLM + line if line and not line.startswith(RLM) else line for line in text.split("\n")
        )
    return Html(text)


def _escape(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Html):
        return html.escape(value, quote=False)
    return value
