"""How it went: the resident's short survey after a request, declared as data.

Offered once the Meedenker taps Afgerond (or some days after Contact gehad without it).
One question a message, buttons only (the last one takes a typed sentence), and every step
can be skipped or the whole survey stopped. `handle` is pure: the step asked now and one tap
in; what to store, the next step and what to show out. bot/ keeps the step with the answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any

from flows.render import Button, Say, Text
from flows.text import N_, bare, shorten

INVITE = "invite"  # the first message: may we ask?
DONE = "done"
AFTER_CONTACT = timedelta(days=14)  # Contact gehad without Afgerond: offer it anyway
REMIND_AFTER = timedelta(days=3)  # one reminder, if the invitation got no answer at all
COMMENT_MAX = 500  # characters of the optional sentence that are kept
SKIP, STOP, YES, NO = "skip", "stop", "yes", "no"


class Kind(StrEnum):
    MARK = "mark"  # a school mark, 1 to 10
    CHOICE = "choice"
    TEXT = "text"  # one typed sentence


@dataclass(frozen=True)
class Question:
    id: str
    kind: Kind
    prompt: str  # message id
    column: str  # where the answer is kept (storage's survey_answer)
    options: tuple[str, ...] = ()  # CHOICE: values; label "survey.option.<value>"


MARKS = tuple(str(n) for n in range(1, 11))
# "May we ask?" answered in a word, in any of the bot's languages.
INVITE_WORDS = {
    **dict.fromkeys(("ja", "yes", "ok", "oke", "goed", "evet", "tamam", "نعم"), YES),
    **dict.fromkeys(("nee", "no", "hayir", "hayır", "لا"), NO),
}
FREE_CHOICE = ("ja", "een_beetje", "nee")

QUESTIONS: tuple[Question, ...] = (
    Question("network", Kind.MARK, N_("survey.network"), "network_mark"),
    Question("knowledge", Kind.MARK, N_("survey.knowledge"), "knowledge_mark"),
    Question("overall", Kind.MARK, N_("survey.overall"), "overall_mark"),
    Question("free", Kind.CHOICE, N_("survey.free"), "free_choice", FREE_CHOICE),
    Question("comment", Kind.TEXT, N_("survey.comment"), "comment"),
)
BY_ID = {q.id: q for q in QUESTIONS}


@dataclass(frozen=True)
class SurveyTap:
    """A tapped survey button: the question it belongs to and the answer."""

    question: str
    value: str


@dataclass(frozen=True)
class SurveyReply:
    step: str  # the step asked now (DONE at the end)
    store: dict[str, Any] = field(default_factory=dict)  # column -> answer
    says: tuple[Say, ...] = ()

    @property
    def wants_text(self) -> bool:
        """The next typed message is the optional sentence."""
        return self.step in BY_ID and BY_ID[self.step].kind is Kind.TEXT


def invitation(reminder: bool = False) -> Say:
    key = N_("survey.reminder") if reminder else N_("survey.invite")
    return Say(
        Text(key),
        (
            (Button(Text(N_("survey.yes")), SurveyTap(INVITE, YES)),),
            (Button(Text(N_("survey.no")), SurveyTap(INVITE, NO)),),
        ),
    )


def ask(question: Question) -> Say:
    number = {"number": QUESTIONS.index(question) + 1, "total": len(QUESTIONS)}
    rows: list[tuple[Button, ...]] = []
    if question.kind is Kind.MARK:
        marks = [Button(m, SurveyTap(question.id, m)) for m in MARKS]
        rows = [tuple(marks[:5]), tuple(marks[5:])]
    elif question.kind is Kind.CHOICE:
        rows = [
            (Button(Text(f"survey.option.{o}"), SurveyTap(question.id, o)),)
            for o in question.options
        ]
    rows.append(
        (
            Button(Text(N_("survey.skip")), SurveyTap(question.id, SKIP)),
            Button(Text(N_("survey.stop")), SurveyTap(question.id, STOP)),
        )
    )
    return Say(Text(question.prompt, number), tuple(rows))


def handle(step: str, tap: SurveyTap) -> SurveyReply | None:
    """A tap on the question asked now; None for any other (an old button, a bad value)."""
    if tap.question != step or step == DONE:
        return None
    if step == INVITE:
        if tap.value == YES:
            return _go(QUESTIONS[0].id)
        return (
            SurveyReply(DONE, says=(Say(Text(N_("survey.declined"))),)) if tap.value == NO else None
        )
    if tap.value == STOP:
        return SurveyReply(DONE, says=(Say(Text(N_("survey.stopped"))),))
    question = BY_ID[step]
    if tap.value == SKIP:
        return _go(_after(question))
    if (question.kind is Kind.MARK and tap.value not in MARKS) or (
        question.kind is Kind.CHOICE and tap.value not in question.options
    ):
        return None
    value: Any = int(tap.value) if question.kind is Kind.MARK else tap.value
    return _go(_after(question), {question.column: value})


def typed(step: str, text: str, label: Callable[[Text | str], str] = str) -> SurveyReply | None:
    """The optional sentence, or a button's answer typed instead of tapped ("8", "een 7",
    "ja", "sla over": its label as the resident sees it, translated by `label`); None when
    the text answers nothing asked now."""
    question = BY_ID.get(step)
    if question is not None and question.kind is Kind.TEXT:
        if not text.strip():
            return None
        return _go(_after(question), {question.column: shorten(text.strip(), COMMENT_MAX)})
    if step == DONE:
        return None
    said = bare(text)
    if question is not None and question.kind is Kind.MARK:
        if mark := re.fullmatch(r"(?:een |a |bir )?(\d{1,2})(?: 10)?", said):
            return handle(step, SurveyTap(step, mark.group(1)))
    if step == INVITE and said in INVITE_WORDS:
        return handle(step, SurveyTap(step, INVITE_WORDS[said]))
    shown = invitation() if step == INVITE else ask(question)
    for row in shown.buttons:
        for button in row:
            if bare(label(button.label)) == said:
                return handle(step, button.value)
    return None


def _after(question: Question) -> str:
    index = QUESTIONS.index(question) + 1
    return QUESTIONS[index].id if index < len(QUESTIONS) else DONE


def _go(step: str, store: dict[str, Any] | None = None) -> SurveyReply:
    say = Say(Text(N_("survey.thanks"))) if step == DONE else ask(BY_ID[step])
    return SurveyReply(step, store or {}, (say,))
