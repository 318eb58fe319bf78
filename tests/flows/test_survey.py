"""The resident's survey: one question a message, skippable, stoppable, old buttons ignored."""

from __future__ import annotations

from flows import survey
from flows.notices import FinishAs, outcome_ask, referral_ask
from flows.survey import DONE, INVITE, QUESTIONS, SurveyTap, handle, typed


def _keys(reply) -> list[str]:
    return [say.text.key for say in reply.says]


def test_a_resident_answers_every_question() -> None:
    step, stored = INVITE, {}
    taps = {"invite": "yes", "network": "8", "knowledge": "7", "overall": "9", "free": "een_beetje"}
    for question, value in taps.items():
        reply = handle(step, SurveyTap(question, value))
        step, stored = reply.step, {**stored, **reply.store}
    assert step == "comment" and reply.wants_text
    reply = typed(step, "  Fijn dat er iemand meedacht.  ")
    assert reply.step == DONE and _keys(reply) == ["survey.thanks"]
    stored.update(reply.store)
    assert stored == {
        "network_mark": 8,
        "knowledge_mark": 7,
        "overall_mark": 9,
        "free_choice": "een_beetje",
        "comment": "Fijn dat er iemand meedacht.",
    }


def test_every_question_can_be_skipped_and_the_survey_stopped() -> None:
    step = handle(INVITE, SurveyTap(INVITE, "yes")).step
    skipped = []
    while step != DONE:
        reply = handle(step, SurveyTap(step, "skip"))
        assert reply.store == {}
        skipped.append(step)
        step = reply.step
    assert skipped == [q.id for q in QUESTIONS]
    stopped = handle("knowledge", SurveyTap("knowledge", "stop"))
    assert stopped.step == DONE and _keys(stopped) == ["survey.stopped"]
    declined = handle(INVITE, SurveyTap(INVITE, "no"))
    assert declined.step == DONE and _keys(declined) == ["survey.declined"]


def test_old_buttons_and_bad_values_change_nothing() -> None:
    assert handle("knowledge", SurveyTap("network", "8")) is None  # answered already
    assert handle(DONE, SurveyTap(DONE, "skip")) is None
    assert handle("network", SurveyTap("network", "11")) is None
    assert handle("free", SurveyTap("free", "misschien")) is None
    assert typed("network", "tekst") is None  # a mark is tapped, not typed
    assert typed("comment", "   ") is None


def test_the_comment_is_kept_short() -> None:
    reply = typed("comment", "woord " * 300)
    assert len(reply.store["comment"]) <= survey.COMMENT_MAX


def test_a_mark_question_offers_ten_marks_skip_and_stop() -> None:
    say = survey.ask(QUESTIONS[0])
    values = [b.value.value for row in say.buttons for b in row]
    assert values == [str(n) for n in range(1, 11)] + ["skip", "stop"]
    assert say.text.params == {"number": 1, "total": len(QUESTIONS)}


def test_afgerond_asks_the_outcome_in_one_tap() -> None:
    values = [row[0].value for row in outcome_ask().buttons]
    finishes = [v for v in values if isinstance(v, FinishAs)]
    assert [f.stored for f in finishes] == ["helped", "handed_over", "no_contact"]
    referrals = [row[0].value for row in referral_ask().buttons[:-1]]
    assert [r.stored for r in referrals] == [
        "referred:integrale_toegang",
        "referred:huisarts",
        "referred:schuldhulp",
        "referred:elders",
    ]
    assert all(r.valid for r in [*finishes, *referrals])
    assert not FinishAs("referred", "nergens").valid and not FinishAs("weg").valid


def test_answers_typed_instead_of_tapped_count() -> None:
    labels = {"survey.option.een_beetje": "Een beetje", "survey.skip": "Sla over"}

    def label(item) -> str:
        return labels.get(item.key, item.key) if not isinstance(item, str) else item

    assert typed(INVITE, "Ja!", label).step == "network"
    assert typed(INVITE, "nee", label).step == DONE
    assert typed("network", "een 8", label).store == {"network_mark": 8}
    assert typed("network", "7/10", label).store == {"network_mark": 7}
    assert typed("knowledge", "sla over", label).step == "overall"
    assert typed("free", "een beetje", label).store == {"free_choice": "een_beetje"}
    # Words that answer nothing asked now are an ordinary message.
    assert typed("network", "wanneer belt ze?", label) is None
    assert typed("network", "11", label) is None
    assert typed(DONE, "ja", label) is None
