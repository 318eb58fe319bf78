"""The catalogs: Dutch is the source; English is complete; Turkish and Arabic have every
text a resident can see. Placeholders and HTML survive translation."""

from __future__ import annotations

import os
import re
import shutil
import string
import subprocess
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


def _defined(locale: str) -> list[tuple[str | None, str]]:
    """Every (msgctxt, msgid) as written in the file, duplicates included (Babel keeps only
    the first of two, so a duplicate would silently hide a text)."""
    found, context, lines = (
        [],
        None,
        iter(
            (LOCALES / locale / "LC_MESSAGES" / "messages.po")
            .read_text(encoding="utf-8")
            .splitlines()
        ),
    )
    for line in lines:
        if line.startswith("msgctxt "):
            context = line[len("msgctxt ") :].strip('"')
        elif line.startswith("msgid "):
            found.append((context, line[len("msgid ") :].strip('"')))
            context = None
    return [key for key in found if key[1]]


@pytest.mark.parametrize("locale", ["nl", "en", "tr", "ar"])
def test_every_catalog_passes_the_checkers(locale) -> None:
    """What `msgfmt -c` checks, always: no message defined twice, Babel's own checkers
    (placeholders, plural forms); and msgfmt itself where it is installed."""
    defined = _defined(locale)
    twice = sorted({key for key in defined if defined.count(key) > 1}, key=str)
    assert not twice, f"{locale} defines these twice: {twice}"
    path = LOCALES / locale / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as po:
        problems = [(m.id, errors) for m, errors in read_po(po, locale=locale).check()]
    assert not problems
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt is not installed: checked with Babel only")
    result = subprocess.run(
        [msgfmt, "-c", "-o", os.devnull, str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


# Turkish speaks to a resident formally ("siz"): no "sen" and its forms, no verb in the
# informal second person ("istiyorsun", "edersin", "getirebilirsin").
INFORMAL_TURKISH = re.compile(
    r"\b(?:sen|sana|seni|senin|seninle|sende|senden)\b"
    r"|\b\w+(?:yor|[aeıiuü]r|ecek|acak|malı|meli|dı|di|du|dü|mış|miş)s[ıiuü]n\b",
    re.IGNORECASE,
)


def test_turkish_addresses_residents_formally() -> None:
    informal = {
        key: found
        for key, message in catalog("tr").items()
        if message.string
        and not key[1].startswith(STAFF_PREFIXES)
        and (found := INFORMAL_TURKISH.findall(message.string))
    }
    assert not informal
    assert INFORMAL_TURKISH.findall("Ne istiyorsun? Sana yardım ederim, sen seçersin.") == [
        "istiyorsun",
        "Sana",
        "sen",
        "seçersin",
    ]
    assert not INFORMAL_TURKISH.findall("Ne istiyorsunuz? Size yardım ederim, siz seçersiniz.")


DAY = 24  # hours


def test_the_days_the_texts_promise_are_the_timers_days() -> None:
    """The texts say "meestal binnen twee dagen" (the Meedenker is reminded after 48 hours)
    and "na drie dagen" (the coordinator takes over 24 hours later): clock days, as the
    timers count, never working days."""
    from bot.settings import Settings

    remind = Settings.model_fields["reminder_after_hours"].default
    hand_over = remind + Settings.model_fields["escalate_after_hours"].default
    assert (remind / DAY, hand_over / DAY) == (2, 3)
    texts = {key: m.string for key, m in SOURCE.items()}
    assert not [key for key, text in texts.items() if "werkdag" in text.lower()]
    for persona in (None, "mariam", "vivian", "willem", "kay"):
        said = texts[(persona, "done.body")]
        assert "binnen twee dagen" in said and "drie dagen" in said, persona
