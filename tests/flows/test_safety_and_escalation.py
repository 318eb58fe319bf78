import pytest

from flows import intake
from flows.escalation import RULES, assess
from flows.intake import Command, DangerSeen, Edited, Submit, Tapped, Typed
from flows.safety import Danger, detect
from tests.flows.helpers import context, keys, profile
from tests.flows.test_intake import CTX, to_step


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("Ik denk aan zelfmoord", Danger.SUICIDE),
        ("soms wil ik niet meer leven", Danger.SUICIDE),
        ("Ik wil mezelf iets aandoen", Danger.SUICIDE),
        ("I want to kill myself", Danger.SUICIDE),
        ("Kendimi öldürmek istiyorum", Danger.SUICIDE),
        ("أريد أن أموت", Danger.SUICIDE),
        ("Mijn vriend slaat me als hij drinkt", Danger.VIOLENCE),
        ("Er is huiselijk geweld bij ons", Danger.VIOLENCE),
        ("Ik word mishandeld door mijn vader", Danger.VIOLENCE),
        ("My husband beats me", Danger.VIOLENCE),
        ("Eşim beni dövüyor", Danger.VIOLENCE),
        ("Hij heeft een mes en wil me vermoorden", Danger.ACUTE),
        ("Ik heb een overdosis genomen", Danger.ACUTE),
        ("I'm in danger", Danger.ACUTE),
    ],
)
def test_signs_of_danger_are_seen(text, danger) -> None:
    assert detect(text) == danger


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben doodmoe van al het werk",
        "Ik lach me dood om die brief",
        "Mijn zoon slaat de deur dicht",
        "We hebben een slagboom bij de flat",
        "Ik zoek een huis voor mijn moeder",
        "Het mesje van de schaar is bot",
        "Zij misten de bus",
        "",
    ],
)
def test_harmless_look_alikes_are_not(text) -> None:
    assert detect(text) is None


BASE = {"persona": "kay", "levensgebieden": ["geld"], "preference": "geen", "meedenker": "m-a"}


@pytest.mark.parametrize(
    ("change", "reason", "urgent"),
    [
        ({"danger": "suicide"}, "danger", True),
        ({"persona": "arie"}, "acute", True),
        ({"levensgebieden": ["geld", "wonen", "werk"]}, "many_levensgebieden", False),
        (
            {"preference": "formeel", "levensgebieden": ["geld", "zorg"]},
            "professional_complex",
            False,
        ),
        ({"meedenker": None, "no_match": True}, "no_match", False),
        ({"meedenker": None}, "coordinator_picks", False),
    ],
)
def test_each_escalation_rule_gives_its_reason(change, reason, urgent) -> None:
    result = assess({**BASE, **change})
    assert result is not None and reason in result.reasons
    assert result.urgent is urgent


def test_a_plain_request_needs_no_coordinator() -> None:
    assert assess(BASE) is None
    assert len({rule.reason for rule in RULES}) == len(RULES)


def test_three_levensgebieden_count_only_when_the_resident_chose_them() -> None:
    three = ["geld", "wonen", "werk"]
    guessed = {**BASE, "levensgebieden": three, "levensgebieden_guessed": three}
    assert assess(guessed) is None
    partly_own = {**guessed, "levensgebieden_guessed": ["geld"]}
    assert assess(partly_own) is None  # two of their own
    own = {**guessed, "levensgebieden_guessed": []}
    assert "many_levensgebieden" in assess(own).reasons


WIDOW = (
    "Mijn man is overleden. Nu moet ik de verzekering regelen, de huurtoeslag aanvragen "
    "en de rekeningen betalen, en ik kan slecht lopen."
)


def _submitted(taps: list[str]) -> dict:
    """The answers of an intake with the widow's question and these taps at levensgebieden."""
    ctx = context(profile("m-anna", gebieden=("geld",)))

    def tap(reply, value):
        return intake.handle(reply.state, Tapped(reply.state.seq, value), ctx)

    reply = intake.handle(None, Command.START, ctx)
    for value in ("yes", "Lisse"):
        reply = tap(reply, value)
    reply = intake.handle(reply.state, Typed(WIDOW), ctx)
    steps = [*taps, "done", "kay", "talk", "informeel", "nl", "pick.m-anna", "telegram"]
    for value in [*steps, "skip", "send"]:
        reply = tap(reply, value)
    [submit] = [e for e in reply.effects if isinstance(e, Submit)]
    return submit.answers


def test_the_bots_guesses_alone_do_not_send_a_standard_question_to_the_desk() -> None:
    answers = _submitted([])
    assert answers["levensgebieden"] == ["geld", "zorg"]  # suggested, kept as they were
    assert assess(answers) is None
    # The resident adds two and taps a guess off and on again: all three are now theirs.
    answers = _submitted(["wonen", "contacten", "zorg", "zorg"])
    assert answers["levensgebieden"] == ["wonen", "geld", "zorg", "contacten"]
    assert "many_levensgebieden" in assess(answers).reasons


def test_an_edited_message_is_read_for_danger_only() -> None:
    at = to_step("levensgebieden")
    quiet = intake.handle(at.state, Edited("ik heb hulp nodig met mijn brieven"), CTX)
    assert quiet.state == at.state and quiet.says == () and quiet.effects == ()
    alarm = intake.handle(at.state, Edited("eigenlijk wil ik niet meer leven"), CTX)
    assert keys(alarm)[0] == "crisis.body" and alarm.state.step == "levensgebieden"
    assert alarm.says[-1].buttons  # the step again, with buttons that work
    assert any(isinstance(e, DangerSeen) for e in alarm.effects)
