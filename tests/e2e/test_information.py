"""The information-only route, end to end: Kay reads what he can do himself and stops
there, leaving nothing behind; Willem reads it and then wants a person after all."""

from __future__ import annotations

from datetime import date

from flows.figures import quarter_of
from storage.crypto import keyring
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.database import tuples as rows
from tests.e2e.journeys import ENOUGH, NEED_LABELS, TALK, Answers, requests_of, to_question

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

DEBTS = "Ik heb schulden en ik krijg veel brieven."


def to_information(user, persona: str, question: str = DEBTS):
    """From /start to the information (Kay and Willem get it right after step 4)."""
    to_question(user, Answers(persona=persona))
    user.send(question)
    user.press("Klaar", user.expect("Stap 3 van 8"))
    user.press(NEED_LABELS[persona], user.expect("Stap 4 van 8"))
    return user.expect("Wil je toch met iemand praten?")


def test_kay_reads_the_money_answer_and_stops_leaving_nothing_behind(
    bot: BotProcess, new_user, coordinator
) -> None:
    kay = new_user()
    to_coordinator = "SELECT count(*) FROM notification WHERE chat_id = ?"
    [(before,)] = rows(bot, to_coordinator, COORDINATOR_ID)
    counted_before = dict(rows(bot, "SELECT topic, count FROM information_count"))
    information = to_information(kay, "kay")
    assert "Geld en rekeningen" in information.plain
    assert "https://www.nibud.nl" in information.plain
    assert "https://www.geldfit.nl" in information.plain
    assert "0252" in information.plain  # the network's own phone
    assert "Stap " not in information.plain  # an answer, not a numbered question
    assert information.button_labels == [TALK, ENOUGH, "⬅ Terug"]

    kay.press(ENOUGH, information)
    goodbye = kay.expect("niets van je vraag bewaard")
    assert "/start" in goodbye.plain and not goodbye.button_labels
    kay.settle()

    assert requests_of(bot, kay.id, timeout=0.5) == []
    assert rows(bot, "SELECT id FROM resident WHERE telegram_id = ?", kay.id) == []
    kept = rows(bot, "SELECT data FROM conversation_state WHERE key LIKE ?", f"%:{kay.id}:%")
    assert kept  # the chat itself (its language, say) is still known ...
    assert not any("schulden" in keyring.decrypt(data) for (data,) in kept)  # ... its question not
    assert rows(bot, to_coordinator, COORDINATOR_ID) == [(before,)]
    assert not any("schulden" in m.plain for m in coordinator.messages)
    # Counted for the figures, by quarter and levensgebied only.
    counted = dict(rows(bot, "SELECT topic, count FROM information_count"))
    assert counted["total"] == counted_before.get("total", 0) + 1
    assert counted["geld"] == counted_before.get("geld", 0) + 1
    [(quarter,)] = rows(bot, "SELECT DISTINCT quarter FROM information_count")
    assert str(quarter) == quarter_of(date.today()).isoformat()  # a date on PostgreSQL


def test_willem_reads_the_information_then_chooses_a_person_without_repeating_himself(
    bot: BotProcess, new_user
) -> None:
    willem = new_user()
    information = to_information(willem, "willem", "Mijn huur is te hoog")
    assert "Wonen" in information.plain and "https://www.huurcommissie.nl" in information.plain
    read = len(willem.messages)
    willem.press(TALK, information)
    willem.press("Maakt mij niet uit", willem.expect("Stap 5 van 8", "Met wie"))
    willem.press("Nederlands", willem.expect("Stap 6 van 8", "taal"))
    choice = willem.expect("Stap 7 van 8")
    assert any(label.startswith("Kies ") for label in choice.button_labels)
    later = [m.plain for m in willem.messages[read:]]
    assert not any("Stap 2 van 8" in text or "Stap 4 van 8" in text for text in later)
    assert not any("snel" in text.lower() for text in later)


def test_an_old_button_of_the_information_gets_a_kind_answer(bot: BotProcess, new_user) -> None:
    kay = new_user()
    information = to_information(kay, "kay")
    talk = next(b["callback_data"] for b in information.inline_buttons if b["text"] == TALK)
    kay.press(ENOUGH, information)
    kay.expect("niets van je vraag bewaard")
    bot.fake.wait_until(lambda: not information.inline_buttons, what="old buttons gone")

    kay.tap_data(talk, information)  # an old client still shows "Ja, ik wil ..."
    kay.settle()
    answer = kay.last_callback_answer
    assert answer.get("show_alert") and "gesprek is klaar" in answer["text"]
    assert "/start" in answer["text"]
    assert requests_of(bot, kay.id, timeout=0.5) == []

    kay.send("/start")  # and a new question can begin at once
    kay.expect("gegevens")
