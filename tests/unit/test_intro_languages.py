"""A Meedenker's intro on the choice card: in the resident's language when the directory
has it, or else in Dutch with a note in the resident's language that says so."""

from __future__ import annotations

import pytest

from bot.i18n import FSI, PDI, create_i18n
from bot.render import text_of
from flows.render import InLanguages, Text, from_data, to_data

INTRO = InLanguages({"nl": "Ik help je graag.", "en": "I am glad to help."})
CARD = Text(
    "card.body",
    {
        "name": "Anna",
        "organisation": "Lumen",
        "kind": "",
        "experience": "",
        "why": "",
        "intro": INTRO,
    },
)


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("nl", "<i>Ik help je graag.</i>"),
        ("en", "<i>I am glad to help.</i>"),
        ("tr", "<i>Ik help je graag. (Felemenkçe)</i>"),
        ("ar", f"{FSI}Ik help je graag.{PDI} (باللغة الهولندية)"),
    ],
)
def test_the_card_shows_the_intro_in_the_readers_language_or_says_it_is_dutch(
    locale, shown
) -> None:
    i18n = create_i18n()
    with i18n.context(), i18n.use_locale(locale):
        assert shown in text_of(CARD)


def test_an_intro_in_several_languages_survives_the_outbox() -> None:
    assert from_data(to_data(CARD)) == CARD
