"""What the catalogs promise per persona: 112 only for danger now, no pushing, and a
call back that says honestly when the coordinator calls."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALES = Path(__file__).resolve().parents[2] / "locales"
# Where 112 belongs: the crisis help, and the coordinator's danger alert that quotes it.
DANGER_TEXTS = {"crisis.body", "coordinator.danger"}


def messages(locale: str) -> list[tuple[str | None, str, str]]:
    with (LOCALES / locale / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return [(m.context, m.id, m.string) for m in read_po(po) if m.id and m.string]


@pytest.mark.parametrize("locale", ["nl", "en", "tr", "ar"])
def test_112_is_offered_only_where_there_is_danger_now(locale) -> None:
    offered = [
        f"{context or ''}:{key}"
        for context, key, text in messages(locale)
        if re.search(r"\b112\b", text) and key not in DANGER_TEXTS
    ]
    assert not offered


def test_no_text_pushes_the_resident_to_hurry() -> None:
    pushy = re.compile(r"kies snel|snel kiezen|schiet op", re.IGNORECASE)
    assert not [key for _, key, text in messages("nl") if pushy.search(text)]


def test_the_call_back_promises_no_time_the_desk_does_not_keep() -> None:
    [text] = [t for _, key, t in messages("nl") if key == "callback.next"]
    assert "zo snel als het kan" in text and "niet elke dag" in text
    assert not re.search(r"binnen (een|\d+) (uur|dag)", text)
