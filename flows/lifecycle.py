"""A request's life after the intake, declared as data.

Every action on a request is a row of `TRANSITIONS`: who may take it, from which status to
which, what it needs of the introduction it acts on (a Meedenker's answer acts on their
introduction) and what it ends. `decide` checks an action against where the request stands
now; bot/ and storage/ carry out the decision, and no other code sets a status.

An action that no longer fits (an old button, a closed request, an introduction that went to
someone else) is refused with a reason the person is told in a short, kind sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from flows.domain import IntroductionStatus as Intro
from flows.domain import RequestStatus as Status


class Actor(StrEnum):
    RESIDENT = "resident"
    MEEDENKER = "meedenker"  # the Meedenker the introduction was made to
    COORDINATOR = "coordinator"
    TIMER = "timer"
    SYSTEM = "system"  # the bot itself: the resident's choice, the safety net, the directory


class Action(StrEnum):
    SUBMIT = "submit"  # the resident sends the intake: a new request
    RECHOOSE = "rechoose"  # the resident picks someone else after a Meedenker passed
    INTRODUCE = "introduce"  # the resident's choice is put before that Meedenker
    ACCEPT = "accept"
    DECLINE = "decline"
    CONTACTED = "contacted"  # the Meedenker and the resident have spoken
    COMPLETE = "complete"  # the Meedenker's "Afgerond"
    REMIND = "remind"
    HAND_OVER = "hand_over"  # no answer in time: the coordinator takes over
    ESCALATE = "escalate"  # on the coordinator's desk (danger, /mens, a rule)
    MEEDENKER_LEFT = "meedenker_left"  # their Meedenker left the directory
    ASSIGN = "assign"  # the coordinator puts it before a Meedenker of their choice
    TALK = "talk"  # the coordinator talks with the resident through the bot
    REFER = "refer"
    CLOSE = "close"
    WITHDRAW = "withdraw"  # the resident takes the request back


OPEN: frozenset[Status] = frozenset(Status) - {Status.DRAFT, Status.CLOSED, Status.WITHDRAWN}
FINISHED: frozenset[Status] = frozenset({Status.CLOSED, Status.WITHDRAWN})
# A Meedenker has been asked, or is helping: the coordinator looks on, but does not take over.
IN_PROGRESS: frozenset[Status] = frozenset({Status.INTRODUCED, Status.ACCEPTED, Status.CONTACTED})
# An introduction that still gives its Meedenker access to the request.
LIVE_INTRODUCTIONS: frozenset[Intro] = frozenset({Intro.PENDING, Intro.ACCEPTED})


def _all_to(target: Status, sources: frozenset[Status] = OPEN) -> Mapping[Status, Status]:
    return {source: target for source in sources}


def _stay(sources: frozenset[Status] = OPEN) -> Mapping[Status, Status]:
    return {source: source for source in sources}


@dataclass(frozen=True)
class Transition:
    actors: frozenset[Actor]
    moves: Mapping[Status, Status]  # from -> to; a status not in it refuses the action
    # The introduction the action acts on must be in one of these (None: acts on none).
    introduction: frozenset[Intro] | None = None
    introduction_to: Intro | None = None
    # Every other live introduction of the request ends: its Meedenker loses access, its
    # buttons stop counting, its reminders stop.
    ends_introductions: bool = False
    creates_introduction: bool = False
    to_desk: bool | None = None  # True: on the coordinator's desk; False: off it
    excludes_meedenker: bool = False  # not offered to the resident again
    first_contact: bool = False  # the moment of first contact, if none is known yet


def _one(actor: Actor) -> frozenset[Actor]:
    return frozenset({actor})


TRANSITIONS: Mapping[Action, Transition] = {
    Action.SUBMIT: Transition(_one(Actor.RESIDENT), {Status.DRAFT: Status.CHOSEN}),
    Action.RECHOOSE: Transition(_one(Actor.RESIDENT), {Status.DECLINED: Status.CHOSEN}),
    Action.INTRODUCE: Transition(
        _one(Actor.SYSTEM), {Status.CHOSEN: Status.INTRODUCED}, creates_introduction=True
    ),
    # A live introduction exists only while the request is introduced, accepted or contacted:
    # every other move ends it. So a Meedenker's answer fits in those statuses alone.
    Action.ACCEPT: Transition(
        _one(Actor.MEEDENKER),
        {Status.INTRODUCED: Status.ACCEPTED},
        introduction=frozenset({Intro.PENDING}),
        introduction_to=Intro.ACCEPTED,
    ),
    Action.DECLINE: Transition(
        _one(Actor.MEEDENKER),
        {Status.INTRODUCED: Status.DECLINED},
        introduction=frozenset({Intro.PENDING}),
        introduction_to=Intro.DECLINED,
        excludes_meedenker=True,
    ),
    Action.CONTACTED: Transition(
        _one(Actor.MEEDENKER),
        {Status.ACCEPTED: Status.CONTACTED},
        introduction=frozenset({Intro.ACCEPTED}),
        first_contact=True,
    ),
    Action.COMPLETE: Transition(
        _one(Actor.MEEDENKER),
        _all_to(Status.CLOSED, frozenset({Status.ACCEPTED, Status.CONTACTED})),
        introduction=frozenset({Intro.ACCEPTED}),
        to_desk=False,
    ),
    Action.REMIND: Transition(
        _one(Actor.TIMER), {Status.INTRODUCED: Status.INTRODUCED}, frozenset({Intro.PENDING})
    ),
    Action.HAND_OVER: Transition(
        _one(Actor.TIMER),
        {Status.INTRODUCED: Status.ESCALATED},
        introduction=frozenset({Intro.PENDING}),
        introduction_to=Intro.EXPIRED,
        to_desk=True,
    ),
    # Onto the desk: the coordinator takes over unless a Meedenker is already on it.
    Action.ESCALATE: Transition(
        frozenset({Actor.SYSTEM, Actor.RESIDENT}),
        {**_all_to(Status.ESCALATED), **_stay(IN_PROGRESS)},
        to_desk=True,
    ),
    Action.MEEDENKER_LEFT: Transition(
        _one(Actor.SYSTEM),
        _all_to(Status.ESCALATED, IN_PROGRESS),
        introduction=LIVE_INTRODUCTIONS,
        introduction_to=Intro.ENDED,
        to_desk=True,
    ),
    Action.ASSIGN: Transition(
        _one(Actor.COORDINATOR),
        _all_to(Status.INTRODUCED),
        ends_introductions=True,
        creates_introduction=True,
        to_desk=False,
    ),
    Action.TALK: Transition(_one(Actor.COORDINATOR), _stay(), to_desk=False),
    Action.REFER: Transition(
        _one(Actor.COORDINATOR), _all_to(Status.CLOSED), ends_introductions=True, to_desk=False
    ),
    Action.CLOSE: Transition(
        _one(Actor.COORDINATOR), _all_to(Status.CLOSED), ends_introductions=True, to_desk=False
    ),
    Action.WITHDRAW: Transition(
        _one(Actor.RESIDENT), _all_to(Status.WITHDRAWN), ends_introductions=True, to_desk=False
    ),
}


class Refusal(StrEnum):
    """Why an action no longer fits; the catalog key "refused.<value>" says it kindly."""

    FINISHED = "finished"  # the request is closed or withdrawn
    ELSEWHERE = "elsewhere"  # the introduction ended: the request went to someone else
    ANSWERED = "answered"  # the introduction was answered already
    NOT_NOW = "not_now"  # anything else that does not fit where the request stands
    NOT_ALLOWED = "not_allowed"  # this person may not do this at all


@dataclass(frozen=True)
class Decision:
    action: Action
    status: Status  # the request's new status (may be the same)
    introduction: Intro | None  # the acted-on introduction's new status, if it changes
    ends_introductions: bool
    creates_introduction: bool
    to_desk: bool | None
    excludes_meedenker: bool
    first_contact: bool = False

    @property
    def finishes(self) -> bool:
        return self.status in FINISHED


def decide(
    action: Action, actor: Actor, status: Status | str, introduction: Intro | str | None = None
) -> Decision | Refusal:
    """May `actor` take `action` on a request in `status` (acting on an introduction in
    `introduction`, where the action needs one)? The decision says what changes."""
    rule = TRANSITIONS[action]
    status = Status(status)
    if actor not in rule.actors:
        return Refusal.NOT_ALLOWED
    if status in FINISHED:
        return Refusal.FINISHED
    if rule.introduction is not None:
        current = Intro(introduction) if introduction is not None else None
        if current in (Intro.ENDED, Intro.EXPIRED):
            return Refusal.ELSEWHERE
        if current not in rule.introduction:
            answered = current in (Intro.ACCEPTED, Intro.DECLINED)
            return Refusal.ANSWERED if answered else Refusal.NOT_NOW
    if status not in rule.moves:
        return Refusal.NOT_NOW
    return Decision(
        action=action,
        status=rule.moves[status],
        introduction=rule.introduction_to,
        ends_introductions=rule.ends_introductions,
        creates_introduction=rule.creates_introduction,
        to_desk=rule.to_desk,
        excludes_meedenker=rule.excludes_meedenker,
        first_contact=rule.first_contact,
    )
