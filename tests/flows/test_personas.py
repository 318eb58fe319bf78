"""Routes per persona in the intake: Arie's call back, Lois's "weet ik niet", the youth
Meedenker first, and what counts for escalation."""

from __future__ import annotations

import pytest

from flows import intake
from flows.escalation import assess
from flows.intake import (
    GUESSED,
    Command,
    Context,
    Network,
    Reply,
    SharedContact,
    Submit,
    Tapped,
    Typed,
)
from flows.ranking import NO_PREFERENCE, PREFER_PROFESSIONAL, rank
from flows.render import Say
from flows.urgency import sounds_urgent
from tests.flows.helpers import TODAY, buttons, keys, profile

NETWORK = Network(
    "Netwerk",
    ("Lisse", "Teylingen"),
    "0252 000 000",
    "info@example.org",
    places={"Sassenheim": "Teylingen"},
)
CTX = Context(
    NETWORK,
    [
        profile("m-anna", gebieden=("geld", "wonen"), gemeenten=("Lisse", "Teylingen")),
        profile(
            "m-sanne", gebieden=("wonen",), gemeenten=("Teylingen",), doelgroepen=("jongeren",)
        ),
        profile("m-bert", kind="formeel", gebieden=("zorg",), gemeenten=("Teylingen",)),
    ],
    TODAY,
)


def start() -> Reply:
    return intake.handle(None, Command.START, CTX)


def tap(reply: Reply, value: str) -> Reply:
    return intake.handle(reply.state, Tapped(reply.state.seq, value), CTX)


def typed(reply: Reply, text: str) -> Reply:
    return intake.handle(reply.state, Typed(text), CTX)


def walk(*script: str) -> Reply:
    """Taps, or typed text when prefixed with "> "."""
    reply = start()
    for item in script:
        reply = typed(reply, item[2:]) if item.startswith("> ") else tap(reply, item)
    return reply


def submitted(reply: Reply) -> dict:
    [submit] = [e for e in reply.effects if isinstance(e, Submit)]
    return submit.answers


# ----- the urgency check ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het moet snel, het gaat niet goed",
        "Ik heb DRINGEND hulp nodig met de huur",
        "spoed!",
        "Kan iemand me vandaag nog bellen?",
        "ik weet het niet meer",
        "Het gaat niet goed met mij",
        "I need help urgently, please",
        "Acil yardım lazım",
        "İyi değilim, ne yapacağımı bilmiyorum",
        "أحتاج مساعدة عاجلة",
        "أنا لست بخير",
    ],
)
def test_urgent_words_are_heard_in_every_language(text) -> None:
    assert sounds_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil me voorbereiden op later",
        "Het gaat goed, maar ik heb een vraag over huurtoeslag",
        "ik weet het niet",  # not knowing is Lois's answer, not an emergency
        "Vandaag heb ik de gemeente gebeld",
        "Hemen hemen her gün yorgunum",  # "almost every day"
        "",
    ],
)
def test_ordinary_words_are_not_urgent(text) -> None:
    assert not sounds_urgent(text)


# ----- Arie -------------------------------------------------------------------------------


def test_arie_at_the_need_step_is_offered_a_call_at_once() -> None:
    reply = walk("yes", "Lisse", "> Ik heb schulden", "done", "arie")
    assert reply.state.step == "urgent"
    assert keys(reply) == ["need.ack", "urgent.ask"]
    assert buttons(reply) == ["call", "continue", "back"]
    assert reply.says[-1].step is None  # an offer, not one of the numbered questions


def test_the_call_back_sends_the_request_as_soon_as_the_number_is_given() -> None:
    reply = walk("yes", "Lisse", "> Ik heb schulden", "done", "arie", "call")
    assert reply.state.step == "callback_phone"
    assert reply.says[-1].ask_contact  # Telegram's "share my number" button
    assert reply.effects == ()
    reply = typed(reply, "06 1234 5678")
    answers = submitted(reply)
    assert answers["contact_method"] == "phone"
    assert answers["contact_value"] == "0612345678"
    assert answers["meedenker"] is None  # the coordinator picks
    assert answers["persona"] == "arie"
    assert reply.state.step == "done"
    assert keys(reply) == ["callback.sent", "callback.next"]  # no crisis text: no danger
    escalation = assess(answers)
    assert escalation.urgent
    assert escalation.reasons == ("acute", "coordinator_picks")
    # Done is done: nothing more is sent, whatever comes next.
    assert not any(isinstance(e, Submit) for e in typed(reply, "hallo").effects)


def test_a_shared_contact_gives_the_number_too() -> None:
    reply = walk("yes", "Lisse", "> Ik heb schulden", "done", "arie", "call")
    reply = intake.handle(reply.state, SharedContact("+31612345678", own=True), CTX)
    assert submitted(reply)["contact_value"] == "+31612345678"


def test_a_bad_number_is_asked_again_kindly_and_sends_nothing() -> None:
    reply = walk("yes", "Lisse", "> Ik heb schulden", "done", "arie", "call", "> geen idee")
    assert reply.state.step == "callback_phone"
    assert keys(reply)[0] == "contact.phone_invalid"
    assert reply.effects == ()


def test_urgent_words_in_the_question_offer_the_call_before_anything_else() -> None:
    reply = walk("yes", "Lisse", "> Het moet snel, ik kan de huur niet betalen")
    assert reply.state.step == "urgent"
    reply = tap(reply, "call")
    reply = typed(reply, "0612345678")
    answers = submitted(reply)
    assert answers["question"].startswith("Het moet snel")
    assert answers["gemeente"] == "Lisse"
    assert assess(answers).urgent


def test_declining_the_call_goes_on_where_the_resident_was_and_is_not_asked_twice() -> None:
    reply = walk("yes", "Lisse", "> Dringend: ik kan de huur niet betalen", "continue")
    assert reply.state.step == "levensgebieden"
    assert reply.says[-1].step == 3
    reply = tap(tap(reply, "done"), "arie")
    assert reply.state.step == "preference"  # said once; no second offer
    assert reply.says[-1].step == 5


def test_urgent_words_where_a_tap_was_expected_offer_the_call_then_come_back() -> None:
    reply = walk("yes", "> het gaat niet goed, ik weet het niet meer")
    assert reply.state.step == "urgent"
    reply = tap(reply, "continue")
    assert reply.state.step == "gemeente"


def test_urgent_words_at_the_offer_itself_do_not_offer_it_again() -> None:
    reply = walk("yes", "Lisse", "> Spoed, de huur", "> het moet echt snel")
    assert reply.state.step == "urgent"
    assert keys(reply)[0] == "input.tap"
    assert tap(reply, "continue").state.step == "levensgebieden"


def test_danger_seen_earlier_brings_the_crisis_numbers_again_with_the_call_back() -> None:
    reply = walk("yes", "Lisse", "> Ik wil niet meer leven, het moet snel")
    assert "crisis.body" in keys(reply)
    reply = typed(tap(reply, "call"), "0612345678")
    assert keys(reply)[0] == "crisis.body"
    assert submitted(reply)["danger"]


def test_on_behalf_the_coordinator_calls_the_one_who_asked() -> None:
    reply = walk("yes_other", "familie", "yes", "Lisse", "> Spoed, mijn vader valt steeds")
    answers = submitted(typed(tap(reply, "call"), "0612345678"))
    assert answers["for_other"] and answers["contact_person"] == "registrant"


# ----- Lois -------------------------------------------------------------------------------


def test_not_knowing_the_gemeente_asks_for_the_place() -> None:
    reply = walk("yes", "unknown")
    assert reply.state.step == "gemeente_place"
    assert reply.says[-1].step == 1  # still the first question
    assert reply.says[-1].text.params["example"] == "Sassenheim"
    assert typed(reply, "Sassenheim").state.answers["gemeente"] == "Teylingen"
    unknown_place = typed(reply, "Atlantis")
    assert unknown_place.state.step == "gemeente_place"
    assert keys(unknown_place)[0] == "gemeente.place_unknown"


def test_not_knowing_the_place_either_goes_on_and_the_coordinator_sorts_it_out() -> None:
    reply = walk("yes", "unknown", "unknown")
    assert reply.state.step == "question"
    assert reply.state.answers["gemeente"] is None
    reply = walk("yes", "unknown", "unknown", "> Ik weet niet", "unknown", "lois", "unknown", "nl")
    assert keys(reply) == ["choice.nobody"]  # nobody known for no gemeente: "kies jij maar"


def test_lois_can_say_weet_ik_niet_on_every_step_and_meets_the_youth_meedenker_first() -> None:
    reply = walk("yes", "> weet ik niet")
    assert reply.state.step == "gemeente_place"
    reply = typed(reply, "ik woon in Sassenheim")
    reply = typed(reply, "Ik wil het huis uit maar ik weet niet hoe")
    reply = typed(reply, "Weet ik niet.")  # levensgebieden: none chosen
    assert reply.state.answers["levensgebieden"] == []
    reply = tap(reply, "lois")
    assert "unknown" in buttons(reply)
    reply = typed(reply, "geen idee")  # preference
    assert reply.state.answers["preference"] == NO_PREFERENCE
    reply = tap(reply, "nl")
    picks = [b for b in buttons(reply) if b.startswith("pick.")]
    assert picks[0] == "pick.m-sanne"
    card = reply.says[-1].text.params["cards"].items[0]
    assert card.params["why"].items[0].key == "reason.group_jongeren"
    answers = submitted(tap(tap(tap(tap(reply, picks[0]), "telegram"), "skip"), "send"))
    assert assess(answers) is None  # not knowing is no reason for the desk


def test_the_youth_meedenker_comes_first_only_for_lois() -> None:
    profiles = CTX.profiles
    common = dict(gemeente="Teylingen", levensgebieden=[], preference=NO_PREFERENCE)
    for_lois = rank(profiles, **common, language="nl", today=TODAY, persona="lois")
    assert for_lois[0].profile.id == "m-sanne" and for_lois[0].serves_group
    for_kay = rank(profiles, **common, language="nl", today=TODAY, persona="kay")
    assert not any(m.serves_group for m in for_kay)
    assert [m.profile.id for m in for_kay][0] == "m-anna"  # by name: nothing else differs


def test_a_chosen_kind_still_weighs_more_than_the_youth_group() -> None:
    matches = rank(
        CTX.profiles,
        gemeente="Teylingen",
        levensgebieden=[],
        preference=PREFER_PROFESSIONAL,
        language="nl",
        today=TODAY,
        persona="lois",
    )
    assert matches[0].profile.id == "m-bert"


# ----- what counts for escalation --------------------------------------------------------


def test_professional_complex_counts_only_the_levensgebieden_the_resident_kept() -> None:
    base = {"persona": "kay", "preference": PREFER_PROFESSIONAL, "meedenker": "m-a"}
    guessed = {**base, "levensgebieden": ["geld", "zorg"], GUESSED: ["geld", "zorg"]}
    assert assess(guessed) is None
    own = {**guessed, GUESSED: []}
    assert assess(own).reasons == ("professional_complex",)


def test_numbering_stays_one_to_eight_on_the_call_back_path() -> None:
    shown = []
    reply = start()
    for item in ("yes", "Lisse", "> Ik heb schulden", "done", "arie", "call", "> 0612345678"):
        reply = typed(reply, item[2:]) if item.startswith("> ") else tap(reply, item)
        shown += [s.step for s in reply.says if isinstance(s, Say) and s.step]
    assert shown == [1, 2, 3, 4]


# ----- typed instead of tapped at "what do you need most" ----------------------------------


@pytest.mark.parametrize(
    ("text", "persona"),
    [
        ("weet ik niet", "lois"),
        ("Geen idee...", "lois"),
        ("snap ik niet", "lois"),
        ("alleen advies", "kay"),
        ("Informatie!", "kay"),
        ("ik doe het liever zelf", "willem"),
        ("voorbereiden", "vivian"),
        ("ik heb hulp nodig", "mariam"),
        ("yardım istiyorum", "mariam"),
        ("نصيحة", "kay"),
    ],
)
def test_typed_words_at_the_need_step_choose_the_answer_they_mean(text, persona) -> None:
    reply = walk("yes", "Lisse", "> Ik heb schulden", "done", f"> {text}")
    assert reply.state.persona == persona
    assert reply.state.step != "need"


def test_words_that_name_no_answer_at_the_need_step_ask_to_tap() -> None:
    reply = walk("yes", "Lisse", "> Ik heb schulden", "done", "> banaan")
    assert reply.state.step == "need"
    assert keys(reply)[0] == "input.tap"
