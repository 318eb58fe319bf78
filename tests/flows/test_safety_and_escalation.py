import pytest

from flows.escalation import RULES, assess
from flows.safety import Danger, detect


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
