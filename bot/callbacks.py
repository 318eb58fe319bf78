"""Callback data of the buttons outside the intake: one aiogram CallbackData factory per action.

Each names the object it acts on (an introduction, a request), so aiogram's filters dispatch
each action to its own handler, and the handler checks that the person tapping may act on it.
`pack_for_*` turn the actions that flows/ puts on buttons into these.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from aiogram.filters.callback_data import CallbackData

from flows.desk import (
    AssignTo,
    CloseAs,
    DeskAction,
    OpenRequest,
    QueuePage,
    ReferTo,
    ReferWithoutNote,
)
from flows.notices import OPEN, DeclineBecause, FinishAs, IntroductionAction
from flows.privacy import EraseAnswer
from flows.survey import SurveyTap


class OnIntroduction(CallbackData, prefix="m"):
    """Base of a Meedenker's buttons: the introduction they act on."""

    introduction: int


class AcceptButton(OnIntroduction, prefix="ma"):
    pass


class DeclineButton(OnIntroduction, prefix="md"):
    pass


class DeclineBackButton(OnIntroduction, prefix="mb"):
    pass


class DeclineBecauseButton(OnIntroduction, prefix="mr"):
    reason: str


class ContactedButton(OnIntroduction, prefix="mc"):
    pass


class CompleteButton(OnIntroduction, prefix="mx"):
    pass


class CompleteAsButton(OnIntroduction, prefix="mf"):
    """Afgerond with this outcome (`target`: where to, for a referral)."""

    outcome: str
    target: str = ""


class ReferredAskButton(OnIntroduction, prefix="mv"):
    pass


class OutcomeBackButton(OnIntroduction, prefix="mo"):
    pass


class SurveyButton(CallbackData, prefix="s"):
    """The resident's answer to one question of the survey about a request."""

    request: int
    question: str
    value: str


class OnRequest(CallbackData, prefix="c"):
    """Base of the coordinator's buttons: the request they act on."""

    request: int


class OpenButton(OnRequest, prefix="co"):
    pass


class AssignButton(OnRequest, prefix="ca"):
    pass


class AssignToButton(OnRequest, prefix="cm"):
    meedenker: str


class ReferButton(OnRequest, prefix="cr"):
    pass


class ReferToButton(OnRequest, prefix="ct"):
    target: str


class ReferWithoutNoteButton(OnRequest, prefix="cn"):
    target: str


class CloseButton(OnRequest, prefix="cc"):
    pass


class CloseAsButton(OnRequest, prefix="cx"):
    outcome: str


class TalkButton(OnRequest, prefix="cg"):
    pass


class AuditButton(OnRequest, prefix="cw"):
    """ "Wie keek erin?": the request's audit log."""


class EraseYesButton(CallbackData, prefix="ey"):
    """The resident confirms: erase everything."""


class EraseNoButton(CallbackData, prefix="en"):
    pass


class QueuePageButton(CallbackData, prefix="cq"):
    """Turn the coordinator's queue (/wachtrij) to another page."""

    page: int


FACTORIES: dict[Any, type[CallbackData]] = {
    IntroductionAction.ACCEPT: AcceptButton,
    IntroductionAction.DECLINE: DeclineButton,
    IntroductionAction.BACK: DeclineBackButton,
    IntroductionAction.CONTACTED: ContactedButton,
    IntroductionAction.COMPLETE: CompleteButton,
    IntroductionAction.REFERRED: ReferredAskButton,
    IntroductionAction.OUTCOME_BACK: OutcomeBackButton,
    FinishAs: CompleteAsButton,
    SurveyTap: SurveyButton,
    DeclineBecause: DeclineBecauseButton,
    OPEN: OpenButton,
    OpenRequest: OpenButton,
    DeskAction.ASSIGN: AssignButton,
    DeskAction.REFER: ReferButton,
    DeskAction.CLOSE: CloseButton,
    DeskAction.TALK: TalkButton,
    DeskAction.AUDIT: AuditButton,
    AssignTo: AssignToButton,
    ReferTo: ReferToButton,
    ReferWithoutNote: ReferWithoutNoteButton,
    CloseAs: CloseAsButton,
    QueuePage: QueuePageButton,
    EraseAnswer.YES: EraseYesButton,
    EraseAnswer.NO: EraseNoButton,
}


def _pack(subject: dict[str, int], value: Any) -> str:
    if is_dataclass(value):
        return FACTORIES[type(value)](**{**subject, **asdict(value)}).pack()
    return FACTORIES[value](**subject).pack()


def pack_for_introduction(introduction_id: int):
    return lambda value: _pack({"introduction": introduction_id}, value)


def pack_for_survey(request_id: int):
    return lambda value: _pack({"request": request_id}, value)


def pack_for_request(request_id: int | None = None):
    """Desk buttons; without a request only buttons that name their own (the queue's)."""
    subject = {} if request_id is None else {"request": request_id}
    return lambda value: _pack(subject, value)


def pack_plain(value: Any) -> str:
    """A button that acts on nothing but the person tapping it."""
    return _pack({}, value)


def is_desk_button(data: str | None) -> bool:
    """Any of the coordinator's buttons (for a kind answer to someone else who taps one)."""
    prefix = (data or "").split(":", 1)[0]
    desk = (*OnRequest.__subclasses__(), QueuePageButton)
    return any(prefix == factory.__prefix__ for factory in desk)
