"""The safety net and the coordinator's desk, end to end."""

from __future__ import annotations

import pytest

from flows import safety
from tests.e2e.conftest import BotProcess
from tests.e2e.journeys import (
    Answers,
    complete,
    leave_the_choice_to_the_coordinator,
    open_request,
    requests_of,
    to_question,
)

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

CRISIS_NUMBERS = ("112", "113", "0800-0113", "0800-2000")


@pytest.mark.parametrize(
    ("words", "category"),
    [
        ("Ik wil niet meer leven, ik denk aan zelfmoord", "zelfmoord"),
        ("Mijn man slaat me en ik durf niet naar huis", "geweld"),
        ("Hij heeft een mes en wil me vermoorden", "direct gevaar"),
        # a denial is left out, what follows it is still read
        ("Ik ben niet suïcidaal, maar ik wil gewoon nooit meer wakker worden", "zelfmoord"),
    ],
)
def test_danger_gets_crisis_help_at_once_and_an_urgent_alert(
    bot: BotProcess, coordinator, new_user, words, category
) -> None:
    user = new_user()
    to_question(user, Answers())
    user.send(words)
    crisis = user.expect("112")
    assert all(number in crisis.plain for number in CRISIS_NUMBERS)
    user.expect("Stap 3 van 8")  # the conversation goes on, kindly
    alert = coordinator.expect("SPOED", category)
    assert words in alert.plain  # the resident agreed to share what they write


def test_a_thought_split_over_two_messages_gets_crisis_help(bot, coordinator, new_user) -> None:
    user = new_user()
    to_question(user, Answers())
    user.send("soms wil ik gewoon gaan slapen")
    user.expect("Stap 3 van 8")
    assert not any("112" in m.plain for m in user.messages)  # on its own it is no danger
    user.send("en nooit meer wakker worden")
    crisis = user.expect("113")
    assert all(number in crisis.plain for number in CRISIS_NUMBERS)
    alert = coordinator.expect("SPOED", "zelfmoord")
    assert "soms wil ik gewoon gaan slapen" in alert.plain
    assert "nooit meer wakker worden" in alert.plain


def test_a_wording_no_rule_knows_is_caught_by_the_learnt_model(bot, coordinator, new_user):
    user = new_user()
    to_question(user, Answers())
    question = "het voelt alsof ik niet meer verder kan leven"
    assert safety.detect(question, learnt=False) is None  # the rules alone miss it
    user.send(question)
    crisis = user.expect("113")
    assert all(number in crisis.plain for number in CRISIS_NUMBERS)
    alert = coordinator.expect("SPOED", "zelfmoord")
    assert "niet meer verder kan leven" in alert.plain


def test_a_standard_question_the_bot_reads_as_many_levensgebieden_stays_off_the_desk(
    bot, coordinator, new_user
) -> None:
    user = new_user()
    widow = (
        "Mijn man is overleden. Ik moet de verzekering regelen, huurtoeslag aanvragen "
        "en de rekeningen betalen."
    )
    complete(user, Answers(question=widow))
    notice = coordinator.expect("Nieuwe aanmelding")
    assert "drie of meer onderwerpen" not in notice.plain


def test_danger_added_to_an_earlier_message_gets_crisis_help(bot, coordinator, new_user):
    resident = new_user()
    to_question(resident, Answers())
    resident.send("Ik heb hulp nodig met mijn post")
    resident.expect("Stap 3 van 8")
    resident.settle()
    shown = len(resident.messages)
    resident.edit_last("Ik heb hulp nodig met mijn brieven")  # a harmless edit: nothing to say
    resident.settle()
    assert len(resident.messages) == shown
    resident.edit_last("Ik heb hulp nodig met mijn post, maar eigenlijk wil ik niet meer leven")
    resident.expect("113")
    coordinator.expect("SPOED")
    # The step again, and its buttons still work.
    resident.press("Weet ik niet", resident.expect("Stap 3 van 8"))
    resident.expect("Stap 4 van 8")


def test_danger_before_consent_alerts_without_the_words(bot, coordinator, new_user) -> None:
    user = new_user(language_code="nl")
    user.send("/start")
    user.expect("gegevens")
    user.send("I want to kill myself")
    user.expect("113")
    alert = coordinator.expect("SPOED")
    assert "kill myself" not in alert.plain


@pytest.mark.parametrize(
    "words",
    [
        "Ik ben doodmoe van al die brieven en mijn zoon slaat de deur dicht",
        # what the writer denies, harm that is over and safe now, a story: left out
        "Ik ben echt niet suïcidaal hoor, ik wil alleen hulp met de huurtoeslag",
        "Vroeger sloeg mijn ex me, nu woon ik al jaren veilig. Kan ik mijn naam terugkrijgen?",
        "We lezen een roman waarin de vader zijn vrouw slaat, is er een leesclub in Lisse?",
    ],
)
def test_harmless_look_alikes_get_no_crisis_message(bot, coordinator, new_user, words) -> None:
    user = new_user()
    to_question(user, Answers())
    alerts_before = len(coordinator.messages)
    user.send(words)
    user.expect("Stap 3 van 8")
    user.settle()
    assert not any("112" in m.plain for m in user.messages)
    assert not any("SPOED" in m.plain for m in coordinator.messages[alerts_before:])


def test_escalation_reasons_reach_the_queue_urgent_first(bot, coordinator, new_user) -> None:
    calm, acute = new_user(), new_user()
    # Three levensgebieden the resident ticks; the bot's own guesses would not count.
    topics = ("Wonen", "Werk", "Gezondheid en zorg")
    complete(calm, Answers(persona="kay", question="Ik heb een paar vragen", topics=topics))
    coordinator.expect("Nieuwe aanmelding", "drie of meer onderwerpen")
    complete(acute, Answers(persona="arie"))
    coordinator.expect("Nieuwe aanmelding", "Spoed", "het moet snel")
    coordinator.send("/wachtrij")
    queue = coordinator.expect("Wachtrij")
    lines = [line for line in queue.plain.splitlines() if line.startswith(("#", "🔴"))]
    assert lines[0].startswith("🔴")
    [acute_request] = requests_of(bot, acute.id)
    assert f"Open #{acute_request['id']}" in queue.button_labels


def test_asking_for_a_human_reaches_the_coordinator(bot, coordinator, new_user) -> None:
    user = new_user()
    complete(user, Answers())
    user.send("/mens")
    human = user.expect("met een mens wilt praten", "0252")
    assert "De coördinator neemt contact met je op" in human.plain and "meenemen" in human.plain
    coordinator.expect("met een mens praten")
    [request] = requests_of(bot, user.id)
    coordinator.send("/wachtrij")
    queue = coordinator.expect("Wachtrij")
    assert f"#{request['id']} - Lisse - wil een mens spreken" in queue.plain


def test_a_professional_for_a_complex_matter_goes_to_the_desk(bot, coordinator, new_user):
    user = new_user()
    # Two levensgebieden the resident ticks: the bot's guesses alone would not count.
    topics = ("Wonen", "Werk")
    answers = Answers(
        preference="Een professional", question="Ik heb een paar vragen", topics=topics
    )
    complete(user, answers)
    coordinator.expect("Nieuwe aanmelding", "vraagt een professional bij een ingewikkelde vraag")


def test_desk_actions_each_tell_the_resident(bot, coordinator, new_user) -> None:
    one, two, three, four = new_user(), new_user(), new_user(), new_user()
    for user in (one, two, three, four):
        leave_the_choice_to_the_coordinator(user)
    ids = [requests_of(bot, u.id)[0]["id"] for u in (one, two, three, four)]
    coordinator.skip_unread()

    # assign a Meedenker
    opened = open_request(coordinator, ids[0])
    coordinator.press("Meedenker kiezen", opened)
    candidates = coordinator.expect("Wie vraag je?")
    coordinator.press(candidates.button_labels[0], candidates)
    coordinator.expect(f"#{ids[0]}: ", "is gevraagd")
    one.expect("De coördinator heeft", "gevraagd")

    # refer, with a note
    opened = open_request(coordinator, ids[1])
    coordinator.press("Doorverwijzen", opened)
    coordinator.press("VoorIeder1 (gemeente)", coordinator.expect("Naar welke hulp"))
    coordinator.expect("notitie")
    coordinator.send("Vraag naar Petra, zij weet ervan.")
    coordinator.expect("doorverwezen")
    two.expect("VoorIeder1", "Vraag naar Petra")

    # close with an outcome
    opened = open_request(coordinator, ids[2])
    coordinator.press("Afsluiten", opened)
    coordinator.press("Geholpen", coordinator.expect("Hoe is het afgelopen?"))
    three.expect("afgesloten")
    bot.fake.wait_until(
        lambda: requests_of(bot, three.id)[0]["status"] == "closed",
        what="closed",
    )

    # talk with the resident through the bot, both ways
    opened = open_request(coordinator, ids[3])
    coordinator.press("Zelf contact", opened)
    coordinator.expect("Je praat nu met")
    four.expect("De coördinator wil je graag zelf spreken")
    coordinator.send("Hallo, zal ik je morgen bellen?")
    four.expect("Bericht van de coördinator", "morgen bellen")
    four.send("Ja graag, na tienen")
    coordinator.expect("Antwoord van", "na tienen")
    coordinator.send("/klaar")
    coordinator.expect("Gestopt")


def test_only_the_coordinator_gets_the_desk(bot, coordinator, new_user) -> None:
    resident, stranger = new_user(), new_user()
    leave_the_choice_to_the_coordinator(resident)
    [request] = requests_of(bot, resident.id)
    stranger.send("/wachtrij")
    stranger.expect("/start")
    stranger.send("/overzicht")
    stranger.expect("/start")
    notice = coordinator.expect(f"#{request['id']}", "Nieuwe aanmelding")
    open_button = next(b["callback_data"] for b in notice.inline_buttons)
    stranger.tap_data(open_button.replace("co:", "cx:") + ":helped", notice)  # forged "close"
    stranger.settle()
    assert "alleen voor de coördinator" in stranger.last_callback_answer["text"]
    assert requests_of(bot, resident.id)[0]["status"] != "closed"
    coordinator.send("/overzicht")
    health = coordinator.expect("Meedenkers")
    assert "nog niet gekoppeld" in health.plain and "Tom: 0 open - niet actief" in health.plain


def test_the_coordinator_finds_a_meedenker_by_typing(bot, coordinator, new_user) -> None:
    resident = new_user()
    leave_the_choice_to_the_coordinator(resident)
    [request] = requests_of(bot, resident.id)
    opened = open_request(coordinator, request["id"])
    coordinator.press("Meedenker kiezen", opened)
    coordinator.expect("Wie vraag je?")
    coordinator.send("mantelzorg")  # a levensgebied; Jan and Greet know it
    found = coordinator.expect("Wie vraag je?")
    assert any(label.startswith("Jan ") for label in found.button_labels)
    coordinator.press(next(b for b in found.button_labels if b.startswith("Jan ")), found)
    coordinator.expect(f"#{request['id']}: Jan is gevraagd")
    resident.expect("De coördinator heeft", "Jan")


def test_free_text_from_staff_outside_an_intake_gets_their_commands(bot, coordinator) -> None:
    coordinator.send("hallo bot")
    assert "/wachtrij" in coordinator.expect("Dit kun je hier doen").plain
    coordinator.send("/help")
    assert "/cijfers" in coordinator.expect("Dit kun je hier doen").plain
    coordinator.send_sticker()
    coordinator.expect("Dit kun je hier doen")
    assert not any("gegevens" in m.plain for m in coordinator.messages)
