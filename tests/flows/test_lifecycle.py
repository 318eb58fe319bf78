"""The lifecycle table, walked whole: every status × action × actor (× introduction)."""

from __future__ import annotations

import itertools

import pytest

from flows.domain import IntroductionStatus as Intro
from flows.domain import RequestStatus as S
from flows.lifecycle import TRANSITIONS, Action, Actor, Decision, Refusal, decide

A = Action
OPEN = (S.CHOSEN, S.INTRODUCED, S.DECLINED, S.ACCEPTED, S.ESCALATED, S.CONTACTED)
WAITING = (S.CHOSEN, S.DECLINED, S.ESCALATED)  # nobody is on it: the coordinator takes over
BUSY = (S.INTRODUCED, S.ACCEPTED, S.CONTACTED)  # a Meedenker is on it

# Everything that is allowed, written out by hand: (action, actor, status, introduction) -> to.
ALLOWED: dict[tuple, S] = {
    (A.SUBMIT, Actor.RESIDENT, S.DRAFT, None): S.CHOSEN,
    (A.RECHOOSE, Actor.RESIDENT, S.DECLINED, None): S.CHOSEN,
    (A.INTRODUCE, Actor.SYSTEM, S.CHOSEN, None): S.INTRODUCED,
    (A.ACCEPT, Actor.MEEDENKER, S.INTRODUCED, Intro.PENDING): S.ACCEPTED,
    (A.DECLINE, Actor.MEEDENKER, S.INTRODUCED, Intro.PENDING): S.DECLINED,
    (A.CONTACTED, Actor.MEEDENKER, S.ACCEPTED, Intro.ACCEPTED): S.CONTACTED,
    (A.COMPLETE, Actor.MEEDENKER, S.ACCEPTED, Intro.ACCEPTED): S.CLOSED,
    (A.COMPLETE, Actor.MEEDENKER, S.CONTACTED, Intro.ACCEPTED): S.CLOSED,
    (A.REMIND, Actor.TIMER, S.INTRODUCED, Intro.PENDING): S.INTRODUCED,
    (A.HAND_OVER, Actor.TIMER, S.INTRODUCED, Intro.PENDING): S.ESCALATED,
    **{
        (A.ESCALATE, actor, status, None): S.ESCALATED if status in WAITING else status
        for actor in (Actor.SYSTEM, Actor.RESIDENT)
        for status in OPEN
    },
    **{
        (A.MEEDENKER_LEFT, Actor.SYSTEM, status, intro): S.ESCALATED
        for status in BUSY
        for intro in (Intro.PENDING, Intro.ACCEPTED)
    },
    **{(A.ASSIGN, Actor.COORDINATOR, status, None): S.INTRODUCED for status in OPEN},
    **{(A.TALK, Actor.COORDINATOR, status, None): status for status in OPEN},
    **{(A.REFER, Actor.COORDINATOR, status, None): S.CLOSED for status in OPEN},
    **{(A.CLOSE, Actor.COORDINATOR, status, None): S.CLOSED for status in OPEN},
    **{(A.WITHDRAW, Actor.RESIDENT, status, None): S.WITHDRAWN for status in OPEN},
}


def _introductions(action: Action):
    return (None,) if TRANSITIONS[action].introduction is None else tuple(Intro)


CASES = [
    (action, actor, status, intro)
    for action, actor, status in itertools.product(Action, Actor, S)
    for intro in _introductions(action)
]


@pytest.mark.parametrize(("action", "actor", "status", "intro"), CASES)
def test_every_combination_is_allowed_or_refused_as_declared(action, actor, status, intro):
    decision = decide(action, actor, status, intro)
    expected = ALLOWED.get((action, actor, status, intro))
    if expected is None:
        assert isinstance(decision, Refusal), (action, actor, status, intro, decision)
    else:
        assert isinstance(decision, Decision) and decision.status is expected


def test_the_table_is_walked_whole() -> None:
    assert len(CASES) > 1000
    assert all(key in {c for c in CASES} for key in ALLOWED)


@pytest.mark.parametrize("status", [S.CLOSED, S.WITHDRAWN])
def test_a_finished_request_refuses_everything_kindly(status) -> None:
    for action in Action:
        for actor in TRANSITIONS[action].actors:
            intro = Intro.PENDING if TRANSITIONS[action].introduction else None
            assert decide(action, actor, status, intro) is Refusal.FINISHED


def test_an_ended_introduction_says_the_request_is_with_someone_else() -> None:
    for intro in (Intro.ENDED, Intro.EXPIRED):
        assert decide(A.ACCEPT, Actor.MEEDENKER, S.INTRODUCED, intro) is Refusal.ELSEWHERE


def test_answering_twice_says_it_was_answered() -> None:
    assert decide(A.ACCEPT, Actor.MEEDENKER, S.ACCEPTED, Intro.ACCEPTED) is Refusal.ANSWERED
    assert decide(A.DECLINE, Actor.MEEDENKER, S.DECLINED, Intro.DECLINED) is Refusal.ANSWERED


def test_nobody_but_the_coordinator_assigns_or_closes() -> None:
    for actor in (Actor.RESIDENT, Actor.MEEDENKER, Actor.TIMER, Actor.SYSTEM):
        assert decide(A.ASSIGN, actor, S.ESCALATED) is Refusal.NOT_ALLOWED
        assert decide(A.CLOSE, actor, S.ESCALATED) is Refusal.NOT_ALLOWED


def test_moving_a_request_on_ends_its_introductions() -> None:
    for action in (A.ASSIGN, A.REFER, A.CLOSE, A.WITHDRAW):
        decision = decide(action, next(iter(TRANSITIONS[action].actors)), S.ACCEPTED)
        assert decision.ends_introductions, action
    assert decide(A.HAND_OVER, Actor.TIMER, S.INTRODUCED, Intro.PENDING).introduction is (
        Intro.EXPIRED
    )
    left = decide(A.MEEDENKER_LEFT, Actor.SYSTEM, S.ACCEPTED, Intro.ACCEPTED)
    assert left.introduction is Intro.ENDED and left.to_desk


def test_only_contact_gehad_records_the_first_contact() -> None:
    recording = {
        action
        for action in Action
        for actor in TRANSITIONS[action].actors
        for status in S
        for intro in _introductions(action)
        if isinstance(d := decide(action, actor, status, intro), Decision) and d.first_contact
    }
    assert recording == {A.CONTACTED}
