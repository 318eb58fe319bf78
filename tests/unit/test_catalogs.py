"""The catalogs: Dutch is the source; English is complete; Turkish and Arabic have every
text a resident can see. Placeholders and HTML survive translation."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import STAFF_PREFIXES
from tests.botapi.html import plain_text

LOCALES = Path(__file__).resolve().parents[2] / "locales"
SOURCE_CODE = [p for d in ("bot", "flows") for p in (LOCALES.parent / d).rglob("*.py")]


def catalog(locale: str):
    with (LOCALES / locale / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return {(m.context, m.id): m for m in read_po(po) if m.id}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


SOURCE = catalog("nl")


@pytest.mark.parametrize("locale", ["en", "tr", "ar"])
def test_translations_are_complete_and_not_fuzzy(locale) -> None:
    translated = catalog(locale)
    needed = {k for k in SOURCE if locale == "en" or not k[1].startswith(STAFF_PREFIXES)}
    missing = sorted(k[1] for k in needed if not (k in translated and translated[k].string))
    assert not missing, f"{locale} lacks: {missing}"
    assert not [k for k, m in translated.items() if m.fuzzy], f"{locale} has fuzzy entries"
    assert not set(translated) - set(SOURCE), "entries that Dutch no longer has"


@pytest.mark.parametrize("locale", ["nl", "en", "tr", "ar"])
def test_placeholders_and_html_survive(locale) -> None:
    for key, message in catalog(locale).items():
        if not message.string:
            continue  # not translated (a staff text): shown in Dutch
        assert placeholders(message.string) == placeholders(SOURCE[key].string), key
        filled = message.string.format(**{n: "x" for n in placeholders(message.string)})
        plain_text(filled)  # raises on HTML that Telegram would refuse


def test_every_key_the_code_names_is_in_the_dutch_catalog() -> None:
    keys = set()
    for path in SOURCE_CODE:
        keys |= set(
            re.findall(
                r"""(?:\bN_|\bt|\bText)\(\s*["']([a-z_]+\.[a-z_.]+)["']""",
                path.read_text(encoding="utf-8"),
            )
        )
    assert keys, "found no message ids in the code"
    ids = {key for _, key in SOURCE}
    assert not sorted(keys - ids)
