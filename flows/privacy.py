"""A resident's rights over their data: see it (/mijngegevens), take it (a JSON file) and
erase it (/vergeet-mij). Pure: storage/privacy.py gathers `StoredData`, bot/ shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from flows.domain import RequestStatus
from flows.render import Button, Lines, Say, Text
from flows.retention import FINISHED, RetentionRules
from flows.text import N_, shorten

# The version of the consent text a resident agreed to; a new text gets a new date.
CONSENT_VERSION = "2026-11-23"
# The button that offers erasure (after /stop, in /help); bot/ routes it to the question.
FORGET_ME = "forget_me"
QUESTION_SHOWN_MAX = 1500  # UTF-16 units of a question in the overview (the file has it all)


class EraseAnswer(StrEnum):
    """The two buttons under "Wil je echt alles wissen?"."""

    YES = "yes"
    NO = "no"


@dataclass(frozen=True)
class StoredRequest:
    """One request as stored, with who saw it."""

    id: int
    status: str
    gemeente: str | None
    question: str | None
    levensgebieden: tuple[str, ...]
    persona: str | None
    contact_method: str | None
    contact_value: str | None
    introduced_to: tuple[str, ...]  # Meedenkers who read the question (no contact details)
    accepted_by: tuple[str, ...]  # Meedenkers who took it on and so see how to reach you
    created_at: datetime
    updated_at: datetime

    @property
    def finished(self) -> bool:
        return RequestStatus(self.status) in FINISHED


@dataclass(frozen=True)
class StoredData:
    """Everything the bot keeps about one resident."""

    consent_at: datetime | None
    consent_version: str | None
    locale: str | None
    requests: tuple[StoredRequest, ...]
    draft: dict[str, Any] | None  # the answers of an intake not yet sent

    @property
    def empty(self) -> bool:
        return self.consent_at is None and not self.requests and not self.draft


def _day(moment: datetime | date) -> str:
    return moment.strftime("%d-%m-%Y")


def kept_until(request: StoredRequest, rules: RetentionRules) -> str | None:
    """The day a finished request loses the resident's details; None while it is open."""
    if not request.finished:
        return None
    return _day(request.updated_at + rules.finished_requests)


def _days(period: timedelta) -> int:
    return max(1, round(period.total_seconds() / 86400))


def overview(data: StoredData, rules: RetentionRules) -> Say:
    """In plain words: what is stored, who sees it, until when; then the file."""
    if data.empty:
        return Say(Text(N_("mydata.nothing")))
    parts: list[Text | Lines] = [Text(N_("mydata.title"))]
    if data.draft:
        parts.append(_draft(data.draft))
    parts.extend(_request(request, rules) for request in data.requests)
    parts.append(
        Text(
            N_("mydata.periods"),
            {"message_days": _days(rules.sent_notifications)},
        )
    )
    if data.consent_at is not None:
        parts.append(
            Text(
                N_("mydata.consent"),
                {"date": _day(data.consent_at), "version": data.consent_version or "-"},
            )
        )
    parts.append(Text(N_("mydata.file")))
    return Say(Lines(tuple(parts), sep="\n\n"), ((Button(Text(N_("forget.button")), FORGET_ME),),))


def _topics(codes) -> Text | Lines:
    if not codes:
        return Text(N_("levensgebieden.unknown"))
    return Lines(tuple(Text(f"levensgebied.{g}") for g in codes), sep=", ")


def _contact(method: str | None, value: str | None) -> Text:
    return Text(f"summary.contact.{method or 'telegram'}", {"value": value or ""})


def _draft(answers: dict[str, Any]) -> Text:
    return Text(
        N_("mydata.draft"),
        {
            "gemeente": answers.get("gemeente") or "-",
            "question": shorten(answers.get("question") or "-", QUESTION_SHOWN_MAX),
            "topics": _topics(answers.get("levensgebieden")),
            "contact": _contact(answers.get("contact_method"), answers.get("contact_value"))
            if answers.get("contact_method")
            else "-",
        },
    )


def _request(request: StoredRequest, rules: RetentionRules) -> Text:
    until = kept_until(request, rules)
    sees: list[Text] = [Text(N_("mydata.sees_coordinator"))]
    readers = [name for name in request.introduced_to if name not in request.accepted_by]
    if readers:
        sees.append(Text(N_("mydata.sees_question"), {"names": ", ".join(readers)}))
    if request.accepted_by:
        sees.append(Text(N_("mydata.sees_all"), {"names": ", ".join(request.accepted_by)}))
    return Text(
        N_("mydata.request"),
        {
            "id": request.id,
            "status": Text(f"status.{request.status}"),
            "date": _day(request.created_at),
            "gemeente": request.gemeente or "-",
            "question": shorten(request.question or "-", QUESTION_SHOWN_MAX),
            "topics": _topics(request.levensgebieden),
            "contact": _contact(request.contact_method, request.contact_value),
            "sees": Lines(tuple(sees)),
            "until": Text(N_("mydata.until"), {"date": until})
            if until
            else Text(N_("mydata.until_open"), {"days": _days(rules.finished_requests)}),
        },
    )


def export(data: StoredData, rules: RetentionRules) -> dict[str, Any]:
    """The same, as data to keep (a JSON file)."""

    def moment(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "about": "Meedenkersbot: alles wat over jou bewaard is",
        "consent": {"given_at": moment(data.consent_at), "version": data.consent_version},
        "language": data.locale,
        "intake_not_sent": data.draft or None,
        "requests": [
            {
                "id": r.id,
                "status": r.status,
                "created_at": moment(r.created_at),
                "updated_at": moment(r.updated_at),
                "gemeente": r.gemeente,
                "question": r.question,
                "levensgebieden": list(r.levensgebieden),
                "need": r.persona,
                "contact_method": r.contact_method,
                "contact": r.contact_value,
                "seen_by": {
                    "coordinator": True,
                    "meedenkers_question_only": [
                        n for n in r.introduced_to if n not in r.accepted_by
                    ],
                    "meedenkers_with_contact": list(r.accepted_by),
                },
                "kept_until": kept_until(r, rules) or "open",
            }
            for r in data.requests
        ],
        "retention_days": {
            "finished_request": _days(rules.finished_requests),
            "sent_message": _days(rules.sent_notifications),
        },
    }


def confirm_erase() -> Say:
    return Say(
        Text(N_("forget.ask")),
        (
            (
                Button(Text(N_("forget.yes")), EraseAnswer.YES),
                Button(Text(N_("forget.no")), EraseAnswer.NO),
            ),
        ),
    )


def erased_for_coordinator(request_id: int) -> Say:
    return Say(Text(N_("coordinator.erased"), {"id": request_id}))


def erased_for_meedenker(request_id: int) -> Text:
    return Text(N_("meedenker.erased"), {"id": request_id})
