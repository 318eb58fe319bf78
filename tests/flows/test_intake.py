"""The intake engine, driven directly: no Telegram, no database."""

from __future__ import annotations

from flows import intake
from flows.intake import (
    STEPS,
    Command,
    ConsentGiven,
    Forget,
    IntakeState,
    Media,
    Reply,
    SharedContact,
    Submit,
    Tapped,
    Typed,
)
from flows.render import Alert, Say, Text
from tests.flows.helpers import buttons, context, keys, profile

CTX = context(
    profile("m-anna", gebieden=("geld", "wonen"), ervaringsdeskundig=True),
    profile("m-bert", kind="formeel", gebieden=("zorg",)),
    profile("m-carla", gebieden=("geld",)),
    profile("m-dirk", gebieden=("werk",)),
    profile("m-hil", gemeenten=("Hillegom",)),
)


def tap(reply: Reply, value: str) -> Reply:
    return intake.handle(reply.state, Tapped(reply.state.seq, value), CTX)


def typed(reply: Reply, text: str) -> Reply:
    return intake.handle(reply.state, Typed(text), CTX)


def to_step(step: str) -> Reply:
    """Walk the happy path until `step` is shown."""
    reply = intake.handle(None, Command.START, CTX)
    script = [
        ("tap", "yes"),
        ("tap", "Lisse"),
        ("type", "Ik heb schulden en huurachterstand"),
        ("tap", "done"),
        ("tap", "mariam"),
        ("tap", "informeel"),
        ("tap", "nl"),
        ("tap", "pick.m-anna"),
        ("tap", "telegram"),
        ("tap", "website"),
    ]
    for action, value in script:
        if reply.state.step == step:
            return reply
        reply = tap(reply, value) if action == "tap" else typed(reply, value)
    assert reply.state.step == step
    return reply


def test_steps_are_well_formed() -> None:
    intake.check_steps()
    assert len({s.id for s in STEPS}) == len(STEPS)


def test_start_welcomes_and_asks_consent_before_storing_anything() -> None:
    reply = intake.handle(None, Command.START, CTX)
    assert keys(reply) == ["welcome.body", "consent.ask"]
    assert reply.effects == ()
    assert reply.state.answers == {}


def test_no_consent_keeps_nothing() -> None:
    reply = tap(intake.handle(None, Command.START, CTX), "no")
    assert reply.state is None
    assert keys(reply) == ["consent.declined"]
    assert reply.says[0].text.params["phone"] == "0252 000 000"


def test_a_story_told_before_consent_is_not_kept_and_consent_is_asked_again() -> None:
    start = intake.handle(None, Command.START, CTX)
    reply = typed(start, "ik heb schulden en de deurwaarder komt morgen")
    assert keys(reply)[0] == "consent.first" and reply.state.step == "consent"
    assert reply.state.answers == {} and reply.effects == ()


def test_more_about_privacy_then_yes() -> None:
    reply = tap(intake.handle(None, Command.START, CTX), "more")
    assert keys(reply) == ["consent.details", "consent.ask"]
    reply = tap(reply, "yes")
    assert reply.effects == (ConsentGiven(),)
    assert reply.state.step == "gemeente"
    assert buttons(reply) == ["Hillegom", "Lisse", "anders", "unknown", "back"]


def test_gemeente_outside_the_network_is_told_where_to_go() -> None:
    reply = tap(to_step("gemeente"), "anders")
    assert keys(reply)[0] == "gemeente.outside"
    assert reply.state.step == "gemeente"


def test_question_validation_reprompts_and_stores_only_valid_answers() -> None:
    reply = typed(to_step("question"), "?")
    assert keys(reply)[0] == "question.too_short"
    assert "question" not in reply.state.answers
    reply = intake.handle(reply.state, Media(), CTX)
    assert keys(reply)[0] == "input.media"
    reply = typed(reply, "Ik heb schulden en huurachterstand")
    assert reply.state.answers["question"] == "Ik heb schulden en huurachterstand"
    assert reply.state.answers["levensgebieden"] == ["wonen", "geld"]  # pre-ticked


def test_levensgebieden_toggle_edits_and_weet_ik_niet_is_an_answer() -> None:
    reply = to_step("levensgebieden")
    reply = tap(reply, "zorg")
    assert reply.says[0].edit
    assert reply.state.answers["levensgebieden"] == ["wonen", "geld", "zorg"]
    reply = tap(reply, "wonen")
    assert reply.state.answers["levensgebieden"] == ["geld", "zorg"]
    reply = tap(reply, "unknown")
    assert reply.state.step == "need"
    assert reply.state.answers["levensgebieden"] == []


def test_klaar_with_nothing_ticked_gets_an_alert() -> None:
    reply = to_step("question")
    reply = typed(reply, "Ik weet het niet goed")
    assert reply.state.answers["levensgebieden"] == []
    reply = tap(reply, "done")
    assert isinstance(reply.says[0], Alert) and reply.state.step == "levensgebieden"


def test_persona_is_stored_and_acknowledged() -> None:
    reply = tap(to_step("need"), "arie")
    assert reply.state.persona == "arie"
    assert keys(reply)[0] == "need.ack"


def test_choice_shows_three_at_a_time_and_pages() -> None:
    reply = to_step("choice")
    assert [v for v in buttons(reply) if v.startswith("pick.")] == [
        "pick.m-anna",
        "pick.m-carla",
        "pick.m-dirk",
    ]
    assert "more" in buttons(reply) and "any" in buttons(reply) and "back" in buttons(reply)
    reply = tap(reply, "more")
    assert reply.says[0].edit
    assert [v for v in buttons(reply) if v.startswith("pick.")] == ["pick.m-bert"]
    assert tap(reply, "pick.m-hil").says[0].text.key == "button.old"  # not of this gemeente


def test_kies_jij_maar_lets_the_coordinator_pick() -> None:
    reply = tap(to_step("choice"), "any")
    assert reply.state.answers["meedenker"] is None
    assert keys(reply) == ["contact.ask_any"]


def test_contact_by_phone_needs_the_own_number() -> None:
    reply = tap(to_step("contact"), "phone")
    assert reply.says[0].ask_contact
    reply = intake.handle(reply.state, SharedContact("+31611111111", own=False), CTX)
    assert keys(reply)[0] == "contact.not_own"
    reply = intake.handle(reply.state, SharedContact("+31611111111", own=True), CTX)
    assert reply.state.step == "found_via"
    assert reply.state.answers["contact_value"] == "+31611111111"


def test_summary_edit_and_send() -> None:
    reply = tap(to_step("found_via"), "website")
    assert reply.state.step == "summary"
    reply = tap(reply, "edit")
    reply = tap(reply, "question")
    reply = typed(reply, "Een andere vraag over geld")
    assert reply.state.step == "summary"  # editing returns to the summary
    reply = tap(reply, "edit")
    reply = tap(reply, "gemeente")
    reply = tap(reply, "Lisse")
    assert reply.state.step == "choice"  # who fits may have changed
    reply = tap(reply, "pick.m-carla")
    assert reply.state.step == "summary"
    reply = tap(reply, "send")
    [submit] = reply.effects
    assert isinstance(submit, Submit)
    assert submit.answers["meedenker"] == "m-carla"
    assert submit.answers["question"] == "Een andere vraag over geld"
    assert reply.state.step == "done"
    assert keys(reply) == ["done.body", "done.next"]
    assert keys(typed(reply, "hallo?")) == ["done.again"]


def test_old_buttons_change_nothing() -> None:
    reply = to_step("gemeente")
    old_seq = reply.state.seq
    reply = tap(reply, "Lisse")
    stale = intake.handle(reply.state, Tapped(old_seq, "Hillegom"), CTX)
    assert stale.state == reply.state
    assert isinstance(stale.says[0], Alert)


def test_typing_a_button_label_counts_as_tapping_it() -> None:
    reply = typed(to_step("gemeente"), "  lisse ")
    assert reply.state.answers["gemeente"] == "Lisse"
    reply = typed(reply.state and to_step("need"), "iets")
    assert keys(reply)[0] == "input.tap"


def test_typed_labels_and_commands_without_a_slash_are_understood() -> None:
    seen = {"levensgebieden.done": "Tamam", "button.back": "⬅ Geri"}

    def label(item) -> str:
        return seen.get(item.key, item.key) if isinstance(item, Text) else item

    at = to_step("levensgebieden").state
    assert intake.understood(at, Typed(" tamam! "), CTX, label) == Tapped(at.seq, "done")
    assert intake.understood(at, Typed("Geri"), CTX, label) == Tapped(at.seq, "back")
    assert intake.understood(at, Typed("Stop"), CTX, label) is Command.STOP
    assert intake.understood(None, Typed("help"), CTX, label) is Command.HELP
    # A levensgebied named in words is ticked by the step itself, never toggled off.
    named = Typed("levensgebied.geld")
    assert intake.understood(at, named, CTX, label) is named
    longer = Typed("ik wil stoppen met roken")
    assert intake.understood(at, longer, CTX, label) is longer
    choice = to_step("choice").state
    assert intake.understood(choice, Typed("Anna"), CTX, label) == Tapped(choice.seq, "pick.m-anna")
    question = to_step("question").state
    assert intake.understood(question, Typed("tamam"), CTX, label) == Typed("tamam")


def test_a_greeting_is_not_yet_the_question() -> None:
    reply = typed(to_step("question"), "Hallo!")
    assert reply.state.step == "question" and keys(reply)[0] == "question.greeting"
    assert "question" not in reply.state.answers
    assert typed(reply, "Ik heb een vraag over mijn huur").state.step == "levensgebieden"


def test_words_typed_right_after_the_question_belong_to_it() -> None:
    reply = typed(to_step("question"), "ik heb een brief gekregen")
    assert reply.state.answers["levensgebieden"] == []
    reply = typed(reply, "van de belastingdienst over mijn toeslag")
    assert keys(reply)[0] == "question.added"
    answers = reply.state.answers
    assert answers["question"] == (
        "ik heb een brief gekregen\nvan de belastingdienst over mijn toeslag"
    )
    # What the added words name is ticked as a guess, not as the resident's own choice.
    assert answers["levensgebieden"] == ["geld"] == answers["levensgebieden_guessed"]
    # Two words are too few to be more of the question: a hint to tap, nothing added.
    short = typed(reply, "waar dan?")
    assert keys(short)[0] == "input.tap" and short.state.answers["question"] == answers["question"]


def test_back_goes_to_the_previous_step() -> None:
    reply = tap(to_step("need"), "back")
    assert reply.state.step == "levensgebieden"
    reply = tap(reply, "back")
    assert reply.state.step == "question"


def test_start_in_the_middle_asks_first() -> None:
    reply = intake.handle(to_step("need").state, Command.START, CTX)
    assert reply.state.step == "restart"
    kept = tap(reply, "no")
    assert kept.state.step == "need" and kept.state.answers["gemeente"] == "Lisse"
    fresh = tap(reply, "yes")
    assert fresh.state.step == "consent" and fresh.state.answers == {}
    assert fresh.effects == (Forget(),)


def test_stop_forgets_and_help_and_mens_keep_the_step() -> None:
    state = to_step("need").state
    stopped = intake.handle(state, Command.STOP, CTX)
    assert stopped.state is None and stopped.effects == (Forget(),)
    for command, key in ((Command.HELP, "help.body"), (Command.HUMAN, "human.body")):
        reply = intake.handle(state, command, CTX)
        assert keys(reply)[0] == key and reply.state.step == "need"


def test_state_round_trips_through_plain_data() -> None:
    state = to_step("choice").state
    assert IntakeState.from_dict(state.to_dict()) == state


def test_a_first_hello_without_start_begins_the_intake() -> None:
    reply = intake.handle(None, Typed("hoi"), CTX)
    assert keys(reply) == ["welcome.body", "consent.ask"]
    assert keys(intake.handle(None, Typed("/wachtrij"), CTX)) == ["idle.hint"]
    assert keys(intake.handle(None, Media(), CTX)) == ["welcome.body", "consent.ask"]


def test_stop_after_sending_says_the_request_stays_and_how_to_withdraw_it() -> None:
    done = tap(to_step("summary"), "send")
    stopped = intake.handle(done.state, Command.STOP, CTX)
    assert stopped.state is None and stopped.effects == ()
    assert keys(stopped) == ["stop.after_sent"]


def test_a_typed_place_or_gemeente_in_a_sentence_counts() -> None:
    places = context(profile("m-anna"))
    places = type(places)(
        type(places.network)("N", ("Hillegom", "Lisse"), "0", "a@b.nl", {"De Zilk": "Hillegom"}),
        places.profiles,
        places.today,
    )
    reply = intake.handle(None, Command.START, places)
    reply = intake.handle(reply.state, Tapped(reply.state.seq, "yes"), places)
    assert (
        intake.handle(reply.state, Typed("Ik woon in Lisse."), places).state.answers["gemeente"]
        == "Lisse"
    )
    assert (
        intake.handle(reply.state, Typed("de zilk"), places).state.answers["gemeente"] == "Hillegom"
    )
    both = intake.handle(reply.state, Typed("tussen Lisse en Hillegom"), places)
    assert both.state.step == "gemeente"  # two named: ask to tap


def test_typed_words_at_the_levensgebieden_tick_what_they_name() -> None:
    reply = to_step("levensgebieden")  # pre-ticked: wonen, geld
    reply = typed(reply, "het gaat ook over mijn werk")
    assert reply.state.step == "levensgebieden"
    assert reply.state.answers["levensgebieden"] == ["wonen", "geld", "werk"]
    assert keys(typed(reply, "hmm")) == ["input.tap", "levensgebieden.ask_suggested"]


def test_the_levensgebieden_prompt_says_something_is_ticked_only_when_it_is() -> None:
    suggested = to_step("levensgebieden")  # "schulden en huurachterstand": wonen, geld
    assert suggested.state.answers["levensgebieden"]
    assert keys(suggested) == ["levensgebieden.ask_suggested"]
    nothing = typed(to_step("question"), "Ik weet het niet goed")
    assert nothing.state.answers["levensgebieden"] == []
    assert keys(nothing) == ["levensgebieden.ask"]


def test_every_step_shown_has_its_own_number() -> None:
    reply = intake.handle(None, Command.START, CTX)
    shown: dict[int, str] = {}
    kay = ("kay", "talk")  # Kay reads the information, then wants a person after all
    for value in ("yes", "Lisse", None, "done", *kay, "geen", "nl", "pick.m-anna", "phone"):
        reply = typed(reply, "Ik heb schulden") if value is None else tap(reply, value)
        numbered = [s for s in reply.says if isinstance(s, Say) and s.step]
        if reply.state.step == "information":  # an answer, not a question: no number
            assert numbered == []
            continue
        [say] = numbered
        question = {"contact_phone": "contact"}.get(reply.state.step, reply.state.step)
        assert shown.setdefault(say.step, question) == question, shown
    assert reply.state.step == "contact_phone"  # the number asked for belongs to "contact"
    assert sorted(shown) == list(range(1, intake.STEP_COUNT + 1))


def test_mens_before_consent_gives_the_phone_and_after_consent_tells_the_coordinator() -> None:
    before = intake.handle(intake.handle(None, Command.START, CTX).state, Command.HUMAN, CTX)
    assert keys(before)[0] == "human.call" and before.effects == ()
    after = intake.handle(to_step("need").state, Command.HUMAN, CTX)
    assert keys(after)[0] == "human.body" and after.effects == (intake.AskedHuman(),)
    assert after.says[0].text.params["phone"] == "0252 000 000"


def test_after_sending_the_resident_hears_what_happens_next_with_the_phone() -> None:
    reply = tap(to_step("summary"), "send")
    body, next_steps = reply.says
    assert (body.text.key, next_steps.text.key) == ("done.body", "done.next")
    assert body.text.params["name"] == "Anna"
    assert body.text.params["phone"] == next_steps.text.params["phone"] == "0252 000 000"


def test_how_they_found_us_is_the_last_question_and_can_be_skipped() -> None:
    reply = to_step("found_via")
    [say] = [s for s in reply.says if isinstance(s, Say)]
    assert say.step is None  # optional: not one of the numbered steps
    assert buttons(reply)[-2:] == ["skip", "back"]
    skipped = tap(reply, "skip")
    assert skipped.state.step == "summary" and skipped.state.answers["found_via"] is None
    answered = tap(reply, "kennis")
    assert answered.state.answers["found_via"] == "kennis"
    [submit] = tap(answered, "send").effects
    assert submit.answers["found_via"] == "kennis"


def test_every_step_number_is_counted_honestly() -> None:
    numbers = sorted({step.progress for step in STEPS if step.progress is not None})
    assert numbers == list(range(1, intake.STEP_COUNT + 1))


def test_changing_the_contact_does_not_ask_how_they_found_us_again() -> None:
    reply = tap(tap(to_step("summary"), "edit"), "contact")
    assert tap(reply, "telegram").state.step == "summary"


def test_asking_for_someone_else_says_who_they_are_and_that_the_resident_agrees() -> None:
    reply = tap(intake.handle(None, Command.START, CTX), "yes_other")
    assert isinstance(reply.effects[0], ConsentGiven)
    assert reply.state.step == "relation"
    reply = tap(reply, "mantelzorger")
    assert reply.state.step == "agrees"
    refused = tap(reply, "no")
    assert refused.state.step == "agrees" and keys(refused)[0] == "on_behalf.ask_first"
    reply = tap(refused, "yes")
    assert reply.state.step == "gemeente"
    for value in ("Lisse",):
        reply = tap(reply, value)
    reply = typed(reply, "Mijn moeder heeft schulden")
    for value in ("done", "mariam", "informeel", "nl", "pick.m-anna"):
        reply = tap(reply, value)
    assert reply.state.step == "contact_person"
    reply = tap(tap(tap(reply, "registrant"), "telegram"), "skip")
    assert reply.state.step == "summary"
    [summary] = [s for s in reply.says if isinstance(s, Say)]
    assert summary.text.items[0].key == "on_behalf.summary"
    [submit] = tap(reply, "send").effects
    answers = submit.answers
    assert (answers["relation"], answers["contact_person"]) == ("mantelzorger", "registrant")
    assert intake.source_of(answers) == "naaste"


def test_the_source_of_each_relation() -> None:
    assert intake.source_of({}) == "self"
    assert intake.source_of({"for_other": False, "relation": "familie"}) == "self"
    sources = {
        r: intake.source_of({"for_other": True, "relation": r}) for r in intake.SOURCE_OF_RELATION
    }
    assert sources == {
        "mantelzorger": "naaste",
        "familie": "naaste",
        "professional": "professional",
        "organisatie": "organisation",
    }


def test_asking_for_oneself_skips_the_questions_about_someone_else() -> None:
    reply = to_step("contact")
    assert "relation" not in reply.state.history and "contact_person" not in reply.state.history
