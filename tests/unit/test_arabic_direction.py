"""Arabic is laid out right to left: every line starts with a right-to-left mark, and every
placeholder value, /command, number and Latin word sits in its own direction isolate, so
a name or "/start" at the start of a line cannot turn the line around."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import FSI, PDI, RLM, Html, create_i18n, t

LOCALES = Path(__file__).resolve().parents[2] / "locales"
SAMPLES = ["Anna de Vries", "0252 123 456", "/start", "12", "Lisse"]


def arabic_messages() -> list[tuple[str | None, str, str]]:
    with (LOCALES / "ar" / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return [(m.context, m.id, m.string) for m in read_po(po) if m.id and m.string]


def outside_isolates(text: str) -> str:
    """What is left of `text` once tags, entities and isolates are taken out."""
    text = re.sub(r"<[^>]*>|&#?\w+;", "", text)
    left, depth = [], 0
    for char in text:
        if char == FSI:
            depth += 1
        elif char == PDI:
            depth -= 1
            assert depth >= 0, "an isolate closed that was never opened"
        elif depth == 0:
            left.append(char)
    return "".join(left)


@pytest.fixture(scope="module")
def arabic():
    i18n = create_i18n()
    with i18n.context(), i18n.use_locale("ar"):
        yield


@pytest.mark.parametrize(("context", "key", "template"), arabic_messages())
def test_every_arabic_message_keeps_its_direction(arabic, context, key, template) -> None:
    names = sorted({n for _, n, _, _ in string.Formatter().parse(template) if n})
    values = {name: SAMPLES[i % len(SAMPLES)] for i, name in enumerate(names)}
    shown = t(key, persona=context, **values)
    lines = [line for line in shown.split("\n") if line]
    assert all(line.startswith(RLM) for line in lines), shown
    for value in values.values():
        assert f"{FSI}{value}{PDI}" in shown, (value, shown)
    latin = re.findall(r"[0-9A-Za-z/]+", outside_isolates(shown))
    assert not latin, f"not isolated: {latin}"


def test_a_rendered_text_inside_another_is_isolated_line_by_line(arabic) -> None:
    card = Html("\u200f<b>Anna</b> - Lumen\n\u200fمتطوع.")
    shown = t("choice.ask", cards=card, page=1, pages=2)
    assert f"{FSI}\u200f<b>Anna</b> - Lumen{PDI}" in shown
    assert f"{FSI}\u200fمتطوع.{PDI}" in shown
    assert not re.findall(r"[0-9A-Za-z]+", outside_isolates(shown))


def test_left_to_right_languages_get_no_marks() -> None:
    i18n = create_i18n()
    with i18n.context(), i18n.use_locale("nl"):
        shown = t("done.body", name="Anna", phone="0252 123 456")
    assert not {RLM, FSI, PDI} & set(shown)
