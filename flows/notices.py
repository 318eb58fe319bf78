"""What the Meedenker, the coordinator and the resident are told as a request moves on.

Plain builders of `Say`: bot/ packs the button values into callback data and sends the
messages through the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from flows.domain import DECLINE_REASONS, REFERRAL_TARGETS, REFERRED
from flows.domain import RequestStatus as Status
from flows.escalation import Escalation
from flows.render import Button, Lines, Say, Text
from flows.text import N_, shorten


class IntroductionAction(StrEnum):
    """Buttons on an introduction; bot/ packs each as callback data of its own."""

    ACCEPT = "accept"
    DECLINE = "decline"  # asks why
    BACK = "back"  # from "why?" back to the introduction
    CONTACTED = "contacted"
    COMPLETE = "complete"  # "Afgerond": asks how it ended
    REFERRED = "referred"  # "doorverwezen": asks where to
    OUTCOME_BACK = "outcome_back"  # from "how did it end?" back to the request


@dataclass(frozen=True)
class DeclineBecause:
    """The Meedenker passes, for this reason (one of DECLINE_REASONS)."""

    reason: str


# How a request ended, in the Meedenker's one tap at Afgerond (stored as request.outcome).
MEEDENKER_OUTCOMES: tuple[str, ...] = ("helped", REFERRED, "handed_over", "no_contact")


@dataclass(frozen=True)
class FinishAs:
    """Afgerond, with this outcome (and for "referred", where to)."""

    outcome: str
    target: str = ""

    @property
    def valid(self) -> bool:
        if self.outcome == REFERRED:
            return self.target in REFERRAL_TARGETS
        return self.outcome in MEEDENKER_OUTCOMES and not self.target

    @property
    def stored(self) -> str:
        """As kept in request.outcome, the same way the coordinator's referrals are."""
        return f"{REFERRED}:{self.target}" if self.outcome == REFERRED else self.outcome


OPEN = "open"  # the coordinator opens the request a notice is about
# UTF-16 units of the question shown in a message with our own words: with the longest
# details around it, the message stays within Telegram's 4096.
QUESTION_SHOWN_MAX = 3000


@dataclass(frozen=True)
class RequestFacts:
    """What a Meedenker or the coordinator may read of one request."""

    id: int
    gemeente: str
    question: str
    levensgebieden: tuple[str, ...]
    persona: str | None
    contact_method: str | None
    contact_value: str | None
    display_name: str | None
    resident_telegram_id: int | None = None  # for "in this chat": a link to the resident
    meedenker_name: str | None = None
    relation: str | None = None  # asked on behalf of the resident by their ...
    contact_person: str | None = None  # ... and the Meedenker contacts: registrant / resident
    web: bool = False  # came through the web chat: no Telegram chat to open


def _topics(facts: RequestFacts) -> Text | Lines:
    if not facts.levensgebieden:
        return Text(N_("levensgebieden.unknown"))
    return Lines(tuple(Text(f"levensgebied.{g}") for g in facts.levensgebieden), sep=", ")


def _contact(facts: RequestFacts) -> Text | Lines:
    """How to reach the resident. No name: the Telegram name is not kept (a neutral label
    on the link to their chat instead)."""
    method = facts.contact_method or "telegram"
    how: Text | Lines = Text(
        f"notice.contact.{method}",
        {"value": facts.contact_value or "", "user_id": facts.resident_telegram_id or 0},
    )
    if facts.web:  # no chat to open: the phone or e-mail, and messages reach their web page
        how = Lines((Text(N_("notice.web_chat")),) + ((how,) if method != "telegram" else ()))
    on_behalf = _on_behalf(facts)
    if on_behalf is None:
        return how
    return Lines((on_behalf, how))


def _details(facts: RequestFacts) -> dict:
    return {
        "id": facts.id,
        "gemeente": facts.gemeente or Text(N_("answer.unknown")),
        "question": shorten(facts.question, QUESTION_SHOWN_MAX),
        "topics": _topics(facts),
        "contact": _contact(facts),
        "hint": Text(f"hint.{facts.persona or 'kay'}"),
    }


def _before_acceptance(facts: RequestFacts) -> dict:
    """What a Meedenker reads before Aannemen: the question, not how to reach the resident."""
    return {key: value for key, value in _details(facts).items() if key != "contact"}


def _on_behalf(facts: RequestFacts) -> Text | None:
    if facts.relation is None:
        return None
    return Text(
        N_("notice.on_behalf"),
        {
            "relation": Text(f"on_behalf.relation.{facts.relation}"),
            "contact": Text(f"notice.on_behalf_contact.{facts.contact_person or 'registrant'}"),
        },
    )


def introduction(facts: RequestFacts, reminder: bool = False) -> Say:
    key = N_("meedenker.reminder") if reminder else N_("meedenker.introduction")
    body = Text(key, _before_acceptance(facts))
    on_behalf = _on_behalf(facts)  # asked for someone else: said first, with whom to contact
    return Say(
        Lines((body, on_behalf), sep="\n\n") if on_behalf else body,
        (
            (
                Button(Text(N_("meedenker.accept")), IntroductionAction.ACCEPT),
                Button(Text(N_("meedenker.decline")), IntroductionAction.DECLINE),
            ),
        ),
    )


def decline_reasons() -> Say:
    rows = tuple((Button(Text(f"decline.{r}"), DeclineBecause(r)),) for r in DECLINE_REASONS)
    back = Button(Text(N_("button.back")), IntroductionAction.BACK)
    return Say(Text(N_("meedenker.decline_ask")), (*rows, (back,)))


def accepted_for_meedenker(facts: RequestFacts) -> Say:
    return Say(Text(N_("meedenker.accepted"), _details(facts)), _progress_buttons())


def open_introduction(facts: RequestFacts, accepted: bool) -> Say:
    if accepted:
        return Say(Text(N_("meedenker.open_accepted"), _details(facts)), _progress_buttons())
    return introduction(facts)


def _progress_buttons() -> tuple:
    return (
        (
            Button(Text(N_("meedenker.contacted")), IntroductionAction.CONTACTED),
            Button(Text(N_("meedenker.closed")), IntroductionAction.COMPLETE),
        ),
    )


def outcome_ask() -> Say:
    """Afgerond: how did it end? One tap; "doorverwezen" asks where to first."""
    rows = tuple(
        (
            Button(
                Text(f"meedenker.finish.{o}"),
                IntroductionAction.REFERRED if o == REFERRED else FinishAs(o),
            ),
        )
        for o in MEEDENKER_OUTCOMES
    )
    back = Button(Text(N_("button.back")), IntroductionAction.OUTCOME_BACK)
    return Say(Text(N_("meedenker.finish.ask")), (*rows, (back,)))


def referral_ask() -> Say:
    rows = tuple((Button(Text(f"refer.{t}"), FinishAs(REFERRED, t)),) for t in REFERRAL_TARGETS)
    back = Button(Text(N_("button.back")), IntroductionAction.COMPLETE)
    return Say(Text(N_("meedenker.finish.refer_ask")), (*rows, (back,)))


def accepted_for_resident(
    name: str, organisation: str, contact_method: str | None, phone: str
) -> Text:
    """Who contacts whom, where the talk can be, and the network's phone for complaints."""
    how = Text(f"resident.how.{contact_method or 'telegram'}")
    return Text(
        N_("resident.accepted"),
        {"name": name, "organisation": organisation, "how": how, "phone": phone},
    )


def standing_for_resident(
    status: str, meedenker: str | None, on_desk: bool, phone: str
) -> Text | None:
    """Where their request stands, for a resident who writes again after sending it ("hallo?
    wanneer belt ze?"); None once it is finished (then a new question is all there is)."""
    if status in (Status.CLOSED, Status.WITHDRAWN):
        return None
    if meedenker and status in (Status.ACCEPTED, Status.CONTACTED):
        return Text(N_("done.accepted"), {"name": meedenker, "phone": phone})
    if meedenker and not on_desk and status in (Status.CHOSEN, Status.INTRODUCED):
        return Text(N_("done.waiting"), {"name": meedenker, "phone": phone})
    return Text(N_("done.desk"), {"phone": phone})


def declined_for_resident(name: str) -> Text:
    return Text(N_("resident.declined"), {"name": name})


def expired_for_resident(name: str) -> Text:
    return Text(N_("resident.expired"), {"name": name})


def new_request_for_coordinator(
    facts: RequestFacts, enrolled: bool, escalation: Escalation | None = None
) -> Say:
    chosen = facts.meedenker_name or Text(N_("summary.any"))
    body = Text(
        N_("coordinator.new_request"),
        {**_details(facts), "meedenker": chosen, "need": Text(f"need.{facts.persona or 'kay'}")},
    )
    notes = [body]
    if escalation is not None:
        key = N_("coordinator.desk_urgent") if escalation.urgent else N_("coordinator.desk")
        notes.append(Text(key, {"reasons": reasons(escalation.reasons)}))
    if facts.meedenker_name and not enrolled:
        notes.append(Text(N_("coordinator.not_enrolled"), {"name": facts.meedenker_name}))
    if facts.web:  # no chat to open: say so at once, with the number or address to use
        notes.append(_contact(facts))
    return Say(Lines(tuple(notes), sep="\n\n"), ((Button(Text(N_("coordinator.open")), OPEN),),))


def call_back_for_coordinator(facts: RequestFacts, escalation: Escalation) -> Say:
    """ "Bel mij zo snel mogelijk": the number first, then where and what (the question
    only because the resident agreed we share it; the intake asks that first)."""
    body = Text(
        N_("coordinator.call_back"),
        {
            "id": facts.id,
            "number": facts.contact_value or "",
            "gemeente": facts.gemeente or Text(N_("answer.unknown")),
            "question": shorten(facts.question, QUESTION_SHOWN_MAX),
            "reasons": reasons(escalation.reasons),
        },
    )
    notes = (body, _contact(facts)) if facts.relation else (body,)
    return Say(Lines(notes, sep="\n\n"), ((Button(Text(N_("coordinator.open")), OPEN),),))


def declined_for_coordinator(facts: RequestFacts, name: str, reason: str) -> Say:
    return Say(
        Text(
            N_("coordinator.declined"),
            {"id": facts.id, "name": name, "reason": Text(f"decline.{reason}")},
        )
    )


def expired_for_coordinator(facts: RequestFacts, name: str) -> Say:
    return Say(Text(N_("coordinator.expired"), {"id": facts.id, "name": name}))


def undeliverable_for_coordinator(
    who: Text | str, request_id: int | None, blocked: bool = False
) -> Say:
    """A message did not arrive: blocked (403), or parked after failing (and not retried)."""
    key = N_("coordinator.blocked") if blocked else N_("coordinator.undeliverable")
    parts: list[Text] = [Text(key, {"who": who})]
    if request_id is None:
        return Say(parts[0])
    parts.append(Text(N_("coordinator.about_request"), {"id": request_id}))
    return Say(Lines(tuple(parts)), ((Button(Text(N_("coordinator.open")), OPEN),),))


def request_detail(facts: RequestFacts, status: str) -> Text:
    return Text(
        N_("coordinator.request_detail"),
        {
            **_details(facts),
            "status": Text(f"status.{status}"),
            "meedenker": facts.meedenker_name or Text(N_("summary.any")),
            "need": Text(f"need.{facts.persona or 'kay'}"),
        },
    )


def reasons(codes) -> Lines:
    return Lines(tuple(Text(f"escalation.{code}") for code in codes), sep=", ")


def _resident_link(resident_id: int, web: bool = False) -> Text:
    """A link to the resident's chat; a web resident has none (their id stays in the
    message's data, so their erasure still finds and empties it)."""
    key = N_("coordinator.web_resident") if web else N_("coordinator.resident_link")
    return Text(key, {"user_id": resident_id})


def danger_for_coordinator(
    danger: str, resident_id: int, words: str | None, request_id: int | None, web: bool = False
) -> Say:
    parts: list[Text | str] = [
        Text(
            N_("coordinator.danger"),
            {
                "danger": Text(f"danger.{danger}"),
                "resident": _resident_link(resident_id, web),
                "id": request_id or "-",
            },
        )
    ]
    if words:
        parts.append(Text(N_("coordinator.danger_words"), {"words": words[:600]}))
    buttons = ((Button(Text(N_("coordinator.open")), OPEN),),) if request_id else ()
    return Say(Lines(tuple(parts), sep="\n\n"), buttons)


def asked_human_for_coordinator(resident_id: int, request_id: int | None, web: bool = False) -> Say:
    buttons = ((Button(Text(N_("coordinator.open")), OPEN),),) if request_id else ()
    return Say(
        Text(
            N_("coordinator.asked_human"),
            {"resident": _resident_link(resident_id, web), "id": request_id or "-"},
        ),
        buttons,
    )


def introduction_ended(request_id: int, status: str) -> Text:
    """The Meedenker's introduction ended because the request moved on without them."""
    key = {
        "closed": N_("meedenker.ended_closed"),
        "withdrawn": N_("meedenker.ended_withdrawn"),
    }.get(status, N_("meedenker.ended_elsewhere"))
    return Text(key, {"id": request_id})


def meedenker_left_for_coordinator(request_id: int, name: str) -> Say:
    return Say(
        Text(N_("coordinator.meedenker_left"), {"id": request_id, "name": name}),
        ((Button(Text(N_("coordinator.open")), OPEN),),),
    )


def refused(refusal: str) -> Text:
    """An action that no longer fits where the request stands, said kindly."""
    return Text(f"refused.{refusal}")
