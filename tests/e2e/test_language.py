"""The bot in the resident's own language: from the phone's setting, or chosen with /taal."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import BotProcess
from tests.e2e.journeys import Answers, to_question

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

RLM = "\u200f"


@pytest.mark.parametrize(
    ("phone", "welcome", "consent_button"),
    [
        ("en", "I am a computer, not a person", "Yes, that is OK"),
        ("tr", "Ben bir bilgisayarım", "Evet, uygun"),
        ("ar", "أنا حاسوب", "نعم، موافق"),
        ("de", "Ik ben een computer", "Ja, dat is goed"),  # not spoken: Dutch
        (None, "Ik ben een computer", "Ja, dat is goed"),
    ],
)
def test_the_welcome_comes_in_the_phones_language(
    bot: BotProcess, new_user, phone, welcome, consent_button
) -> None:
    user = new_user(language_code=phone)
    user.send("/start")
    greeting = user.expect(welcome)
    consent = user.next_message()
    assert any(consent_button in label for label in consent.button_labels)
    if phone == "ar":  # every line laid out right to left, even one that starts with a name
        assert all(line.startswith(RLM) for line in greeting.plain.splitlines() if line)


def test_taal_switches_mid_intake_without_losing_answers(bot: BotProcess, new_user) -> None:
    user = new_user(language_code="nl")
    to_question(user, Answers(gemeente="Noordwijk"))
    user.send("/taal")
    languages = user.expect("welke taal")
    user.press("English", languages)
    user.expect("Step 2 of 8", "What is your question?")
    user.send("I have debts and many letters")
    user.expect("Step 3 of 8")
    user.send("/help")
    assert "/taal" in user.expect("This is how it works").plain
    user.settle()
    user.send("/start")
    user.press("No, go on", user.expect("start again"))
    user.expect("Step 3 of 8")
    user.send("Ik wil nu stoppen met typen")  # typed Dutch, the bot stays in English
    user.expect("I have added this to your question")


def test_crisis_help_in_every_language(bot: BotProcess, new_user, coordinator) -> None:
    for phone, words, expected in (
        ("en", "I want to end my life", "Are you thinking about suicide?"),
        ("tr", "kendimi öldürmek istiyorum", "İntiharı mı düşünüyorsunuz?"),
        ("ar", "أريد أن أموت", "هل تفكر في الانتحار؟"),
    ):
        user = new_user(language_code=phone)
        user.send("/start")
        user.next_message()
        user.send(words)
        crisis = user.expect(expected)
        assert "0800-0113" in crisis.plain and "0800-2000" in crisis.plain
        coordinator.expect("SPOED")
