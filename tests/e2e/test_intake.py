"""The resident's intake, end to end on the offline Bot API."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import BotProcess
from tests.e2e.journeys import (
    NEED_LABELS,
    TALK,
    Answers,
    complete,
    next_page,
    requests_of,
    to_choice,
    to_question,
    to_summary,
)

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

# A line that only that persona's confirmation has (its own catalog variant).
CONFIRMATION_TONE = {
    "lois": "zoals je hebt gekozen",
    "arie": "weet dat het snel moet",
    "mariam": "Je hoeft niet zelf te bellen",
    "vivian": "Schrijf alvast op",
    "willem": "Jij beslist",
    "kay": "Verstuurd. Meestal hoor je binnen twee dagen",
}


@pytest.mark.parametrize("persona", list(NEED_LABELS))
def test_each_persona_reaches_a_confirmed_choice(bot: BotProcess, new_user, persona) -> None:
    user = new_user()
    confirmation = complete(user, Answers(persona=persona))
    assert CONFIRMATION_TONE[persona] in confirmation.plain
    # Then what happens next: where the talk can be, and the human route with the phone.
    user.expect("ergens anders", "/mens", "Bel ")
    [request] = requests_of(bot, user.id)
    assert request["status"] == "introduced"
    assert request["persona"] == persona
    assert request["gemeente"] == "Lisse"
    assert request["chosen_meedenker_id"]
    assert request["found_via"] is None  # "sla over"


def test_choice_shows_at_most_three_explained_profiles(bot: BotProcess, new_user) -> None:
    user = new_user()
    choice = to_choice(user, Answers(gemeente="Teylingen", question="Ik heb geldzorgen"))
    picks = [b for b in choice.button_labels if b.startswith("Kies ") and b != "Kies jij maar"]
    assert 1 <= len(picks) <= 3
    assert choice.plain.count("Past bij je:") == len(picks)
    assert "Kies jij maar" in choice.button_labels
    assert "Tom" not in choice.plain  # inactive in the directory
    next_page(user, choice)
    assert "Lijst 2 van" in choice.plain


def test_question_text_is_kept_whole_and_suggests_levensgebieden(bot: BotProcess, new_user):
    user = new_user()
    prompt = to_question(user, Answers())
    long_question = "Mijn huur is te hoog en ik heb schulden. " * 80
    user.send(long_question.strip())
    topics = user.expect("Stap 3 van 8")
    assert "✅ Wonen" in topics.button_labels
    assert "✅ Geld en rekeningen" in topics.button_labels
    assert prompt.plain
    user.press("✅ Wonen", topics)
    bot.fake.wait_until(lambda: "Wonen" in user.messages[-1].button_labels, what="untick")
    user.press("Klaar")
    user.expect("Stap 4 van 8")
    # the whole question is in the database after the intake is sent
    complete_rest(user)
    assert requests_of(bot, user.id)[0]["found_via"] == "website"
    [request] = requests_of(bot, user.id)
    assert request["question"] == long_question.strip()
    assert request["levensgebieden"] == ["geld"]


def complete_rest(user) -> None:
    user.press(NEED_LABELS["kay"])
    user.press(TALK, user.expect("Wil je toch met iemand praten?"))
    user.press("Maakt mij niet uit", user.expect("Met wie"))
    user.press("Nederlands", user.expect("taal"))
    choice = user.expect("Stap 7 van 8")
    user.press(next(b for b in choice.button_labels if b.startswith("Kies ")), choice)
    user.press("Mail mij", user.expect("Stap 8 van 8"))
    user.expect("e-mailadres")
    user.send("niet een adres")
    user.expect("lijkt geen e-mailadres")
    user.send("sam@voorbeeld.nl")
    user.press("Via een website", user.expect("Hoe heb je ons gevonden?"))
    user.press("Ja, versturen", user.expect("Klopt dit?", "sam@voorbeeld.nl"))
    user.expect("verstuurd")


def test_sticker_photo_and_voice_get_a_kind_request_to_type(bot: BotProcess, new_user) -> None:
    user = new_user()
    to_question(user, Answers())
    for send in (user.send_sticker, user.send_photo, user.send_voice):
        send()
        # One message: what the bot can read, then the step again with working buttons.
        note = user.expect("alleen tekst lezen", "Stap 2 van 8")
        assert "0252" in note.plain  # the human route for who cannot type
        assert note.button_labels


def test_typing_a_button_word_counts_and_other_text_gets_a_hint(bot: BotProcess, new_user):
    user = new_user()
    user.send("/start")
    user.expect("gegevens")
    user.send("Ik heb schulden en veel post")  # the story first: not kept before consent
    user.expect("Ik bewaar dit nog niet")
    user.send("ja")
    user.expect("Stap 1 van 8")
    user.send("ik woon in Sassenheim")  # a village of Teylingen
    user.expect("Stap 2 van 8")
    user.send("Ik zoek hulp bij mijn post")
    user.expect("Stap 3 van 8")
    user.send("waar?")
    user.expect("Tik op een van de knoppen")
    user.settle()
    user.skip_unread()
    # Typed in pieces: words right after the question belong to it, and tick what they name.
    user.send("het gaat ook over mijn werk")
    topics = user.expect("Ik heb dit bij je vraag gezet", "Stap 3 van 8")
    assert "✅ Werk" in topics.button_labels
    user.send("Klaar!")  # the label of a button, typed: as good as tapping it
    user.expect("Stap 4 van 8")
    user.send("terug")
    user.expect("Stap 3 van 8")
    user.send("stop")  # a command without its slash
    user.expect("Gestopt")
    assert not requests_of(bot, user.id, count=1, timeout=0.3)


def test_a_turkish_resident_may_type_the_labels_she_sees(bot: BotProcess, new_user) -> None:
    user = new_user(language_code="tr")
    user.send("/start")
    user.expect("Ben bir bilgisayarım")
    user.send("Evet, uygun")
    user.expect("Adım 1 / 8")
    user.send("Lisse")
    user.expect("Adım 2 / 8")
    user.send("Borçlarım var ve çok mektup alıyorum")
    topics = user.expect("Adım 3 / 8")
    user.send("tamam")  # nothing ticked yet: told so in a message, as a tap is in a notice
    user.expect("Önce bir şey seçin")
    user.press("Para ve faturalar", topics)
    user.send("Tamam.")
    user.expect("Adım 4 / 8")


def test_old_buttons_change_nothing_and_every_tap_is_answered(bot: BotProcess, new_user) -> None:
    user = new_user()
    user.send("/start")
    consent = user.expect("gegevens")
    user.press("Ja, dat is goed", consent)
    gemeente = user.expect("Stap 1 van 8")
    # the answered step loses its buttons (just after the next step is shown)
    bot.fake.wait_until(lambda: not consent.inline_buttons, what="old buttons gone")
    # ...but an old client may still show "Nee, liever niet" and send it:
    user.tap_data("i:1:no", consent)
    user.settle()
    answer = user.last_callback_answer
    assert answer.get("show_alert") and "werkt niet meer" in answer["text"]
    assert user.last.message_id == gemeente.message_id  # nothing new, nothing changed
    assert gemeente.button_labels
    assert not user.fake.unanswered_callbacks()


def test_back_start_over_and_stop(bot: BotProcess, new_user) -> None:
    user = new_user()
    to_question(user, Answers())
    user.send("Ik heb een vraag over mijn huis")
    topics = user.expect("Stap 3 van 8")
    user.press("⬅ Terug", topics)
    user.expect("Stap 2 van 8")
    user.send("/start")
    restart = user.expect("opnieuw beginnen")
    user.press("Nee, ga verder", restart)
    user.expect("Stap 2 van 8")
    user.send("/stop")
    user.expect("Gestopt", "gewist")
    user.send("hallo")  # typing again simply begins again
    user.expect("Ik ben een computer")
    assert user.expect("gegevens").button_labels


def test_resident_text_is_shown_literally_and_never_logged(bot: BotProcess, new_user) -> None:
    user = new_user(first_name="Zeldzaamvoornaam")
    question = "Mijn geheime vraag: <b>schulden</b> & huur > 1000 euro"
    summary = to_summary(user, Answers(question=question))
    assert question in summary.plain  # escaped, so Telegram shows exactly what was typed
    user.press("Ja, versturen", summary)
    user.expect("verstuurd")
    # only the newest message keeps its buttons
    bot.fake.wait_until(lambda: not summary.inline_buttons, what="old buttons gone")
    [request] = requests_of(bot, user.id)
    assert request["question"] == question
    log = bot.log.read_text()
    assert "geheime" not in log and "Zeldzaamvoornaam" not in log
