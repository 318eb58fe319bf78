"""When a request goes to the coordinator's desk, and why: the rules as data.

Each rule names its reason (stored with the request and shown to the coordinator) and
whether it is urgent. Requests on the desk are sorted urgent first, then oldest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flows.domain import Persona
from flows.ranking import PREFER_PROFESSIONAL

Answers = dict[str, Any]


@dataclass(frozen=True)
class Rule:
    reason: str  # stored, and the catalog key "reason.<reason>" for the coordinator
    applies: Callable[[Answers], bool]
    urgent: bool = False


def _topics(answers: Answers) -> list[str]:
    return list(answers.get("levensgebieden") or [])


def _chosen_topics(answers: Answers) -> list[str]:
    """The levensgebieden the resident ticked or kept after touching them; the bot's
    untouched guesses from the question are left out (intake.GUESSED)."""
    guessed = set(answers.get("levensgebieden_guessed") or ())
    return [g for g in _topics(answers) if g not in guessed]


COORDINATOR_PICKS = "coordinator_picks"  # "kies jij maar"

RULES: tuple[Rule, ...] = (
    Rule("danger", lambda a: bool(a.get("danger")), urgent=True),
    # "Het moet snel": picked at the need step, or a call back asked for (intake.CALLBACK).
    Rule(
        "acute",
        lambda a: a.get("persona") == Persona.ARIE or a.get("callback") == "call",
        urgent=True,
    ),
    # Three or more parts of life, as the resident sees it: a standard question the bot
    # over-read ("verzekering, huurtoeslag en rekeningen") is no work for the coordinator.
    Rule("many_levensgebieden", lambda a: len(_chosen_topics(a)) >= 3),
    # A professional asked for on a matter that touches several parts of life.
    Rule(
        "professional_complex",
        lambda a: a.get("preference") == PREFER_PROFESSIONAL and len(_chosen_topics(a)) >= 2,
    ),
    Rule("no_match", lambda a: bool(a.get("no_match"))),
    Rule(COORDINATOR_PICKS, lambda a: not a.get("meedenker") and not a.get("no_match")),
)

# Reasons that arise later, outside the intake.
DECLINED = "declined"  # the chosen Meedenker passed and no new choice could be offered
NO_ANSWER = "no_answer"  # the Meedenker did not answer in time
ASKED_HUMAN = "asked_human"  # the resident asked for a person (/mens)
MEEDENKER_LEFT = "meedenker_left"  # their Meedenker left the directory
URGENT_LATER = frozenset({"danger"})


@dataclass(frozen=True)
class Escalation:
    reasons: tuple[str, ...]
    urgent: bool


def assess(answers: Answers) -> Escalation | None:
    """Which rules a finished intake meets; None when it needs no coordinator."""
    hits = [rule for rule in RULES if rule.applies(answers)]
    if not hits:
        return None
    return Escalation(tuple(r.reason for r in hits), any(r.urgent for r in hits))
