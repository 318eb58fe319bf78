"""The coordinator's desk: the queue, one request opened, and the actions on it.

Button values are a DeskAction or one of the small action classes below; bot/ packs each
kind as callback data of its own, naming the request it acts on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from flows.domain import REFERRAL_TARGETS
from flows.notices import RequestFacts, reasons, request_detail
from flows.ranking import Profile
from flows.render import Button, Lines, Say, Text
from flows.text import N_

REFER_TARGETS = REFERRAL_TARGETS
OUTCOMES = ("helped", "referred", "no_contact", "withdrawn")


class DeskAction(StrEnum):
    ASSIGN = "assign"  # asks whom
    REFER = "refer"  # asks where to
    CLOSE = "close"  # asks the outcome
    TALK = "talk"  # talk with the resident through the bot
    AUDIT = "audit"  # who opened or changed it ("Wie keek erin?")


@dataclass(frozen=True)
class OpenRequest:
    request: int


@dataclass(frozen=True)
class AssignTo:
    meedenker: str


@dataclass(frozen=True)
class ReferTo:
    """Refer there, after a note for the resident."""

    target: str


@dataclass(frozen=True)
class ReferWithoutNote:
    target: str


@dataclass(frozen=True)
class CloseAs:
    outcome: str


@dataclass(frozen=True)
class QueuePage:
    """Turn the queue to this page."""

    page: int


QUEUE_PAGE = 10  # requests on one page of the queue
HISTORY_SHOWN = 12  # the latest steps of a request: with its question, within one message


@dataclass(frozen=True)
class QueueItem:
    id: int
    gemeente: str
    urgent: bool
    reasons: tuple[str, ...]
    waiting_hours: int


def _pages(total: int) -> int:
    return -(-total // QUEUE_PAGE)


def queue_page(page: int, total: int) -> int:
    """The page of the queue to show: a page too far (the queue got shorter) is the last."""
    return min(max(page, 0), max(_pages(total), 1) - 1)


def queue(shown: list[QueueItem], total: int, page: int) -> Say:
    """One page of the queue (`shown`: QUEUE_PAGE requests at most, page `queue_page`), with
    the whole count and buttons to turn the page: a long queue would not fit in one message.
    Only the page is read from the database, however long the queue."""
    if not total:
        return Say(Text(N_("desk.queue_empty")))
    pages = _pages(total)
    title: list[Text] = [Text(N_("desk.queue_title"), {"count": total})]
    if pages > 1:
        title.append(Text(N_("desk.queue_page"), {"page": page + 1, "pages": pages}))
    lines = tuple(
        Text(
            N_("desk.queue_line_urgent") if item.urgent else N_("desk.queue_line"),
            {
                "id": item.id,
                "gemeente": item.gemeente,
                "reasons": reasons(item.reasons),
                "hours": item.waiting_hours,
            },
        )
        for item in shown
    )
    opens = [Button(Text(N_("desk.open_id"), {"id": i.id}), OpenRequest(i.id)) for i in shown]
    rows = [tuple(opens[i : i + 2]) for i in range(0, len(opens), 2)]
    turn = []
    if page > 0:
        turn.append(Button(Text(N_("desk.queue_previous")), QueuePage(page - 1)))
    if page < pages - 1:
        turn.append(Button(Text(N_("desk.queue_next")), QueuePage(page + 1)))
    if turn:
        rows.append(tuple(turn))
    return Say(Lines((Lines(tuple(title), sep=" - "), *lines)), tuple(rows))


def opened(
    facts: RequestFacts,
    status: str,
    escalation_reasons: tuple[str, ...],
    offered: list[tuple[str, str]],
    history: Lines,
) -> Say:
    """One request in full; `offered` is (name, introduction status) of every Meedenker asked."""
    parts: list[Text | Lines | str] = [request_detail(facts, status)]
    if escalation_reasons:
        parts.append(Text(N_("desk.reasons"), {"reasons": reasons(escalation_reasons)}))
    if offered:
        parts.append(
            Text(
                N_("desk.offered"),
                {
                    "offered": Lines(
                        tuple(
                            Text(
                                N_("desk.offered_line"),
                                {"name": name, "status": Text(f"intro.{state}")},
                            )
                            for name, state in offered
                        ),
                        sep=", ",
                    )
                },
            )
        )
    history = Lines(history.items[-HISTORY_SHOWN:], history.sep)
    parts.append(Text(N_("desk.history"), {"history": history}))
    return Say(
        Lines(tuple(parts), sep="\n\n"),
        (
            (
                Button(Text(N_("desk.assign")), DeskAction.ASSIGN),
                Button(Text(N_("desk.refer")), DeskAction.REFER),
            ),
            (
                Button(Text(N_("desk.contact")), DeskAction.TALK),
                Button(Text(N_("desk.close")), DeskAction.CLOSE),
            ),
            (Button(Text(N_("desk.audit")), DeskAction.AUDIT),),
        ),
    )


@dataclass(frozen=True)
class AuditLine:
    at: str  # "23-11 18:40"
    actor: str  # coordinator | meedenker | resident
    who: str | None  # the Meedenker's name, or None
    what: str  # opened | changed | exported | erased
    detail: str | None  # the action, for "changed"


def audit_log(request_id: int, lines: list[AuditLine]) -> Say:
    """Who opened, changed, exported or erased this request, and when."""
    if not lines:
        return Say(Text(N_("desk.audit_empty"), {"id": request_id}))
    shown = tuple(
        Text(
            N_("desk.audit_line"),
            {
                "at": line.at,
                "who": line.who or Text(f"audit.actor.{line.actor}"),
                "what": Text(f"audit.{line.what}"),
                "detail": f" ({line.detail})" if line.detail else "",
            },
        )
        for line in lines
    )
    return Say(Lines((Text(N_("desk.audit_title"), {"id": request_id}), *shown)))


def candidates(profiles: list[Profile]) -> Say:
    if not profiles:
        return Say(Text(N_("desk.no_candidates")))
    rows = tuple(
        (
            Button(
                Text(
                    N_("desk.candidate"),
                    {"name": p.name, "organisation": p.organisation, "load": p.load},
                ),
                AssignTo(p.id),
            ),
        )
        for p in profiles[:8]
    )
    return Say(Text(N_("desk.assign_ask")), rows)


def refer_targets() -> Say:
    return Say(
        Text(N_("desk.refer_ask")),
        tuple((Button(Text(f"refer.{t}"), ReferTo(t)),) for t in REFER_TARGETS),
    )


def note_ask(target: str, request_id: int) -> Say:
    """From now on the coordinator's typed text is the note (until /klaar)."""
    no_note = Button(Text(N_("desk.no_note")), ReferWithoutNote(target))
    return Say(Text(N_("desk.note_ask"), {"id": request_id}), ((no_note,),))


def outcomes() -> Say:
    return Say(
        Text(N_("desk.close_ask")),
        tuple((Button(Text(f"outcome.{o}"), CloseAs(o)),) for o in OUTCOMES),
    )


@dataclass(frozen=True)
class HealthLine:
    name: str
    load: int
    enrolled: bool
    active: bool
    absent_until: str | None
    last_seen_days: int | None


def health(lines: list[HealthLine]) -> Say:
    rendered = []
    for line in lines:
        if not line.active:
            state = Text(N_("health.inactive"))
        elif not line.enrolled:
            state = Text(N_("health.not_enrolled"))
        elif line.absent_until:
            state = Text(N_("health.absent"), {"until": line.absent_until})
        elif line.last_seen_days is None:
            state = Text(N_("health.never_seen"))
        else:
            state = Text(N_("health.seen"), {"days": line.last_seen_days})
        rendered.append(
            Text(N_("health.line"), {"name": line.name, "load": line.load, "state": state})
        )
    return Say(Lines((Text(N_("health.title")), *rendered)))
