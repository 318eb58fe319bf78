"""The information-only route: an answer per levensgebied with sources, then a person only
if the resident still wants one; who stops there leaves nothing behind but a count."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from babel.messages.pofile import read_po

from bot.i18n import create_i18n
from bot.long_text import split_html
from bot.render import label_of, message_text, text_of
from flows import information, intake
from flows.domain import LEVENSGEBIEDEN
from flows.intake import Command, Forget, InformationOnly, Reply, Submit, Tapped, Typed
from flows.render import Alert, Say
from flows.text import utf16_len
from tests.flows.helpers import NETWORK, context, profile

CTX = context(profile("m-anna", gebieden=("geld", "wonen")), profile("m-bert", kind="formeel"))
LOCALES = Path(__file__).resolve().parents[2] / "locales"
LANGUAGES = ("nl", "en", "tr", "ar")


def tap(reply: Reply, value: str) -> Reply:
    return intake.handle(reply.state, Tapped(reply.state.seq, value), CTX)


def typed(reply: Reply, text: str) -> Reply:
    return intake.handle(reply.state, Typed(text), CTX)


def to_need(question: str = "Ik heb schulden", topics: tuple[str, ...] = ()) -> Reply:
    reply = intake.handle(None, Command.START, CTX)
    reply = tap(tap(reply, "yes"), "Lisse")
    reply = typed(reply, question)
    for topic in topics:
        reply = tap(reply, topic)
    return tap(reply, "done")


def shown(reply: Reply) -> list[Say]:
    return [s for s in reply.says if isinstance(s, Say)]


def rendered(reply: Reply, locale: str = "nl") -> list[str]:
    i18n = create_i18n()
    persona = reply.state.persona if reply.state else None
    with i18n.context(), i18n.use_locale(locale):
        return [
            message_text(s, persona)
            + "\n"
            + "\n".join(label_of(b.label, persona) for row in s.buttons for b in row)
            for s in shown(reply)
        ]


# ----- the answers ---------------------------------------------------------------------------


def test_every_levensgebied_has_an_answer_with_a_source() -> None:
    assert set(information.ANSWERS) == set(LEVENSGEBIEDEN)
    for levensgebied, answer in information.ANSWERS.items():
        assert answer.sources, levensgebied
        assert answer.text == f"information.{levensgebied}"


def test_sources_are_home_pages_over_https() -> None:
    sources = {s for a in information.ANSWERS.values() for s in a.sources}
    for source in sources:
        address = urlsplit(source.url)
        assert address.scheme == "https" and address.netloc.startswith("www."), source
        assert address.path in ("", "/") and not address.query, f"a deep link: {source}"
    assert len({s.url for s in sources}) == len(sources)  # one name per address


@pytest.mark.parametrize("locale", LANGUAGES)
def test_every_answer_is_written_in_every_language(locale) -> None:
    with (LOCALES / locale / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = {m.id: m.string for m in read_po(po) if m.id and not m.context}
    for answer in information.ANSWERS.values():
        assert catalog.get(answer.text), (locale, answer.text)


@pytest.mark.parametrize("locale", LANGUAGES)
@pytest.mark.parametrize("levensgebied", LEVENSGEBIEDEN)
def test_each_answer_shows_its_sources_and_the_network(locale, levensgebied) -> None:
    i18n = create_i18n()
    with i18n.context(), i18n.use_locale(locale):
        text = text_of(information.answer([levensgebied], NETWORK.phone, NETWORK.email))
    for source in information.ANSWERS[levensgebied].sources:
        assert source.url in text and source.name.replace("&", "&amp;") in text
    assert NETWORK.phone in text and NETWORK.email in text


def test_the_dutch_answers_are_short() -> None:
    with (LOCALES / "nl" / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = {m.id: m.string for m in read_po(po) if m.id and not m.context}
    for answer in information.ANSWERS.values():
        sentences = [s for s in re.split(r"[.?!](?:\s|$)", catalog[answer.text]) if s.strip()]
        assert 2 <= len(sentences) <= 4, (answer.text, len(sentences))


def test_nothing_ticked_gets_the_general_answer_and_the_order_is_the_usual_one() -> None:
    assert information.topics([]) == ["anders"]
    assert information.topics(["wonen", "geld", "wonen"]) == ["wonen", "geld"]
    assert information.topics(["geld", "wonen"]) == ["wonen", "geld"]


# ----- the route -----------------------------------------------------------------------------


@pytest.mark.parametrize("persona", sorted(information.FIRST))
def test_kay_and_willem_get_the_information_first(persona) -> None:
    reply = tap(to_need(), persona)
    assert reply.state.step == "information"
    [ack, answer] = shown(reply)
    assert ack.text.key == "need.ack"
    assert answer.step is None  # an answer, not a numbered question
    assert [b.value for row in answer.buttons for b in row] == ["talk", "enough", "back"]
    [text] = rendered(reply)[1:]
    assert "Geld en rekeningen" in text and "https://www.nibud.nl" in text
    assert "Wonen" not in text  # only what was ticked is answered


@pytest.mark.parametrize("persona", ["lois", "mariam", "vivian"])
def test_the_others_go_on_to_the_match(persona) -> None:
    assert tap(to_need(), persona).state.step == "preference"


def test_arie_is_offered_a_call_back_and_declining_it_goes_on_to_the_match() -> None:
    offer = tap(to_need(), "arie")
    assert offer.state.step == "urgent"
    assert tap(offer, "continue").state.step == "preference"


def test_enough_ends_kindly_keeps_nothing_and_counts_per_levensgebied() -> None:
    info = tap(to_need("Mijn huur is te hoog en ik heb schulden"), "kay")
    ended = tap(info, "enough")
    assert ended.state is None
    assert ended.effects == (InformationOnly(("wonen", "geld")), Forget())
    assert not any(isinstance(e, Submit) for e in ended.effects)
    [goodbye] = shown(ended)
    assert goodbye.text.key == "information.done" and not goodbye.buttons
    assert NETWORK.phone in rendered(ended)[0]


def test_an_old_button_after_the_end_gets_a_kind_answer() -> None:
    info = tap(to_need(), "kay")
    ended = tap(info, "enough")
    late = intake.handle(ended.state, Tapped(info.state.seq, "talk"), CTX)
    assert late.state is None and late.effects == ()
    [alert] = late.says
    assert isinstance(alert, Alert) and alert.text.key == "button.ended"


@pytest.mark.parametrize(
    ("words", "step"), [("nee", None), ("Nee, dank je", None), ("ja", "preference")]
)
def test_typed_yes_or_no_counts_on_the_information(words, step) -> None:
    after = typed(tap(to_need(), "willem"), words)
    assert (after.state.step if after.state else None) == step


def test_talk_goes_on_to_the_match_without_asking_anything_twice() -> None:
    reply = tap(tap(to_need(), "willem"), "talk")
    asked = ["consent", "gemeente", "question", "levensgebieden", "need", "information"]
    assert reply.state.history == asked
    assert reply.state.step == "preference" and shown(reply)[0].step == 5
    for value in ("geen", "nl"):
        reply = tap(reply, value)
    assert reply.state.step == "choice"
    assert reply.state.answers["question"] == "Ik heb schulden"
    assert reply.state.history.count("question") == 1


def test_back_from_the_match_shows_the_information_again() -> None:
    reply = tap(tap(tap(to_need(), "kay"), "talk"), "back")
    assert reply.state.step == "information"


def test_the_step_numbers_stay_true_on_the_shorter_path() -> None:
    """1 to 4, then the unnumbered answer; who goes on finds 5 to 8, never a number twice."""
    numbers = []
    reply = intake.handle(None, Command.START, CTX)
    for event in ("yes", "Lisse", Typed("Ik heb schulden"), "done", "kay"):
        reply = (
            intake.handle(reply.state, event, CTX)
            if isinstance(event, Typed)
            else tap(reply, event)
        )
        numbers += [s.step for s in shown(reply)]
    assert [n for n in numbers if n] == [1, 2, 3, 4]
    assert shown(reply)[-1].step is None
    for value in ("talk", "geen", "nl", "pick.m-anna"):
        reply = tap(reply, value)
        numbers += [s.step for s in shown(reply)]
    assert [n for n in numbers if n] == list(range(1, intake.STEP_COUNT + 1))


def test_willem_reads_no_pressure_on_his_route() -> None:
    information_shown = tap(to_need(), "willem")
    texts = rendered(information_shown) + rendered(tap(information_shown, "enough"))
    assert len(texts) == 3  # the acknowledgement, the information, the goodbye
    for text in texts:
        assert not re.search(r"\bsnel", text, re.IGNORECASE), text


def test_the_picture_of_the_intake_draws_every_step() -> None:
    picture = (Path(intake.__file__).with_name("intake.mmd")).read_text(encoding="utf-8")
    drawn = set(re.findall(r"\b(\w+)[\[\{(]", picture))
    assert {step.id for step in intake.STEPS} <= drawn
    assert "need -- Kay, Willem --> information" in picture


@pytest.mark.parametrize("locale", LANGUAGES)
def test_a_long_answer_is_split_between_lines_never_inside_an_address(locale) -> None:
    """Every levensgebied ticked: in parts Telegram takes (counted in UTF-16), with each
    address whole in one part. A small limit stands in for Telegram's 4096."""
    i18n = create_i18n()
    with i18n.context(), i18n.use_locale(locale):
        text = text_of(information.answer(LEVENSGEBIEDEN, "0252 000 000", "😀" * 300))
    assert utf16_len(text) > 1000
    parts = split_html(text, 1000)
    assert len(parts) > 1 and all(utf16_len(part) <= 1000 for part in parts)
    for source in {s for a in information.ANSWERS.values() for s in a.sources}:
        assert any(source.url in part for part in parts), source.url
