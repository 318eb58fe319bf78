"""How long what is stored is kept, and what an anonymised request keeps for the figures.

Pure data; storage/retention.py carries the rules out and the bot's timers run it daily.
The periods are settings (RETAIN_* in .env.example); these defaults are the safe ones the
consent text promises.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flows.domain import RequestStatus

# A request in one of these is finished: nobody works on it any more.
FINISHED = (RequestStatus.CLOSED, RequestStatus.WITHDRAWN)

# What an anonymised request loses: everything that says who asked or what they wrote.
ANONYMISED_FIELDS = ("question", "contact_value", "display_name", "resident_id")

# What it keeps, so the network's figures still count it. Its history (status, reason,
# actor and time of every step) and its introductions (which Meedenker, their answer and
# reason) stay as well. Every column of a request is in one of these two lists.
KEPT_FIELDS = (
    "id",
    "status",
    "gemeente",
    "levensgebieden",
    "persona",
    "preference",
    "language",
    "contact_method",
    "excluded",
    "needs_triage",
    "urgent",
    "escalation_reasons",
    "outcome",
    "source",
    "first_contact_at",
    "found_via",
    "relation",
    "contact_person",
    "chosen_meedenker_id",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class RetentionRules:
    """How long each kind of record lives."""

    finished_requests: timedelta = timedelta(days=365)
    """A finished request is anonymised this long after it was last changed."""
    sent_notifications: timedelta = timedelta(days=30)
    """A message no longer waiting to go out (sent, or given up) loses its contents."""
    processed_updates: timedelta = timedelta(days=7)
    """Telegram redelivers an update within a day at most; the ids are only for that."""
    drafts: timedelta = timedelta(hours=24)
    """A conversation of someone who never gave consent is forgotten when idle this long."""

    def cutoffs(self, now: datetime) -> Cutoffs:
        """Everything older than these moments goes."""
        return Cutoffs(
            finished_requests=now - self.finished_requests,
            sent_notifications=now - self.sent_notifications,
            processed_updates=now - self.processed_updates,
            drafts=now - self.drafts,
        )


@dataclass(frozen=True)
class Cutoffs:
    finished_requests: datetime
    sent_notifications: datetime
    processed_updates: datetime
    drafts: datetime


@dataclass(frozen=True)
class RetentionResult:
    """How many records one run touched; logged, as counts only."""

    anonymised_requests: int = 0
    removed_residents: int = 0
    emptied_notifications: int = 0
    pruned_updates: int = 0
    forgotten_drafts: int = 0
