"""The safety net's second opinion: made from the labelled set as it is now, and only heard
when the rules are silent and it is sure."""

from __future__ import annotations

from benchmarks import safety_model as making
from flows import safety_model
from flows.safety import Danger, detect, normalise


def test_the_weights_were_made_from_the_labelled_set_as_it_is_now() -> None:
    made_from = safety_model.load()["source"]
    assert made_from == safety_model.fingerprint(making.labelled()), "run `make safety-model`"


def test_training_learns_words_that_lean_to_a_kind() -> None:
    labelled = [("ik wil dood", "suicide"), ("ik wil dood echt", "suicide")] * 3 + [
        ("ik wil koffie", "harmless"),
        ("ik wil koffie echt", "harmless"),
    ] * 3
    model = safety_model.train(labelled)
    weights = model["suicide"]["weights"]
    assert weights["w:dood"] > 0 > weights["w:koffie"]
    assert model["danger"]["weights"]["w:dood"] > 0
    assert safety_model.train(labelled) == model  # the same set gives the same weights


def test_it_catches_a_wording_no_rule_spells_out() -> None:
    text = "het voelt alsof ik niet meer verder kan leven"
    assert safety_model.strongest(normalise(text)) == "suicide"
    assert detect(text) is Danger.SUICIDE


def test_an_ordinary_question_stays_quiet() -> None:
    for text in (
        "ik wil graag hulp met de huurtoeslag",
        "mijn moeder wordt vergeetachtig, wie kan helpen",
        "i need help with my energy bill",
    ):
        assert safety_model.strongest(normalise(text)) is None
