"""What happens after the intake, across people: introduce, answer, remind, hand over, close.

Each step asks flows.lifecycle whether it fits where the request stands, has storage carry
out the decision, and writes the messages about it to the outbox — all inside the unit of
work of the update (or the timer) that caused it, so the change and its messages are
committed together. A step that no longer fits changes nothing and returns the Refusal.
"""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit, chat, metrics, surveys
from bot.callbacks import pack_for_introduction, pack_for_request
from bot.notify import Notifier
from bot.render import intake_buttons
from flows import escalation, intake, lifecycle, notices
from flows.domain import IntroductionStatus as Intro
from flows.intake import IntakeState
from flows.lifecycle import Action, Actor, Refusal
from flows.render import Button, Lines, Say, Text
from flows.text import shorten
from storage import directory_view, network, outbox, requests
from storage.models import Introduction, Meedenker, Request, utcnow
from storage.requests import Applied
from storage.webchat import is_web_chat

RELAY_MAX = 3800  # UTF-16 units of a relayed message, leaving room for our own words (4096)


async def act(
    session: AsyncSession,
    notifier: Notifier,
    request: Request,
    action: Action,
    actor: Actor,
    *,
    introduction: Introduction | None = None,
    **details,
) -> Applied | Refusal:
    """Take one lifecycle step, if it fits; the Meedenkers whose introduction it ended are
    told they need not do anything more."""
    decision = lifecycle.decide(
        action, actor, request.status, introduction.status if introduction else None
    )
    if isinstance(decision, Refusal):
        return decision
    applied = await requests.apply(
        session, request, decision, actor, introduction=introduction, **details
    )
    audit.changed(session, request.id, actor, action)
    if introduction is not None and decision.introduction in (Intro.ENDED, Intro.EXPIRED):
        await _withdraw_offer(session, introduction)  # the Meedenker left, or did not answer
    for ended in applied.ended:
        await _withdraw_offer(session, ended)
        if ended.meedenker.reachable:
            notifier.person(
                session,
                ended.meedenker.telegram_id,
                "ended",
                notices.introduction_ended(request.id, decision.status),
                ended.meedenker.locale,
                request_id=request.id,
            )
    return applied


OFFERS = ("introduction", "reminder")  # the messages that carry an introduction's buttons


async def _withdraw_offer(session: AsyncSession, introduction: Introduction) -> None:
    """The Meedenker's buttons on an ended introduction go; what was not sent yet stays so."""
    chat_id = introduction.meedenker.telegram_id
    if chat_id is None:
        return
    for message_id in await outbox.withdraw_offers(
        session, chat_id, introduction.request_id, OFFERS
    ):
        outbox.enqueue(
            session,
            chat_id,
            outbox.DROP_BUTTONS,
            {"message_id": message_id},
            introduction.request_id,
        )


async def submit(
    session: AsyncSession,
    notifier: Notifier,
    telegram_id: int,
    locale: str,
    answers: dict,
) -> Refusal | None:
    """The resident sent their intake: a new request, or a new choice for one whose
    Meedenker passed. Introduce the chosen Meedenker, put it on the desk if a rule says so,
    and tell the coordinator."""
    resident = await requests.resident_for(session, telegram_id, locale)
    again = answers.get("request")
    if again is not None:
        request = await requests.resident_request(session, again)
        if request is None or request.resident_id != resident.id:
            return Refusal.NOT_NOW
        action = Action.RECHOOSE
    else:
        request = requests.new_request(session, resident)
        action = Action.SUBMIT
    decision = lifecycle.decide(action, Actor.RESIDENT, request.status)
    if isinstance(decision, Refusal):
        return decision
    requests.fill(request, answers)
    chosen_id = answers.get("meedenker")
    await requests.apply(
        session,
        request,
        decision,
        Actor.RESIDENT,
        reason=None if chosen_id else escalation.COORDINATOR_PICKS,
    )
    chosen = await requests.meedenker(session, chosen_id) if chosen_id else None
    reachable = False
    needs = escalation.assess(answers)
    if chosen is not None and chosen.active:
        applied = await act(
            session, notifier, request, Action.INTRODUCE, Actor.SYSTEM, meedenker=chosen
        )
        reachable = chosen.reachable
        if reachable:
            send_introduction(session, notifier, applied.introduction)
    elif chosen is not None:  # left the directory while the resident was choosing
        needs = escalation.Escalation(
            (*(needs.reasons if needs else ()), escalation.MEEDENKER_LEFT),
            urgent=bool(needs and needs.urgent),
        )
    if needs is not None:
        await act(
            session,
            notifier,
            request,
            Action.ESCALATE,
            Actor.SYSTEM,
            desk_reasons=needs.reasons,
            urgent=needs.urgent,
        )
    if again is None and answers.get(intake.CALLBACK) == intake.CALL and needs is not None:
        # "Bel mij zo snel mogelijk": one alert, sent before anything else in the outbox
        # (a later new choice for the same request is news, not a second call-back).
        kind, notice = "urgent", notices.call_back_for_coordinator(requests.facts(request), needs)
    else:
        kind = "new_request"
        notice = notices.new_request_for_coordinator(
            requests.facts(request), enrolled=reachable, escalation=needs
        )
    notifier.coordinators(
        session, kind, notice, pack=pack_for_request(request.id), request_id=request.id
    )
    return None


def send_introduction(
    session: AsyncSession, notifier: Notifier, introduction: Introduction, reminder: bool = False
) -> None:
    meedenker = introduction.meedenker
    notifier.person(
        session,
        meedenker.telegram_id,
        "reminder" if reminder else "introduction",
        notices.introduction(requests.facts(introduction.request), reminder=reminder),
        meedenker.locale,
        pack=pack_for_introduction(introduction.id),
        request_id=introduction.request_id,
    )


async def meedenker_accepted(
    session: AsyncSession, notifier: Notifier, introduction: Introduction
) -> Refusal | None:
    request = introduction.request
    result = await act(
        session, notifier, request, Action.ACCEPT, Actor.MEEDENKER, introduction=introduction
    )
    if isinstance(result, Refusal):
        return result
    meedenker = introduction.meedenker
    own = await network.get(session)
    text = notices.accepted_for_resident(
        meedenker.name,
        meedenker.organisation.name,
        request.contact_method,
        own.phone if own else "",
    )
    _tell_resident(session, notifier, request, "accepted", text)
    return None


async def meedenker_declined(
    session: AsyncSession,
    notifier: Notifier,
    introduction: Introduction,
    reason: str,
    resident_chat: FSMContext,
) -> Refusal | None:
    """Offer the resident their next choice; the coordinator hears of it either way."""
    request, meedenker = introduction.request, introduction.meedenker
    result = await act(
        session,
        notifier,
        request,
        Action.DECLINE,
        Actor.MEEDENKER,
        introduction=introduction,
        reason=reason,
    )
    if isinstance(result, Refusal):
        return result
    facts = requests.facts(request)
    notifier.coordinators(
        session,
        "declined",
        notices.declined_for_coordinator(facts, meedenker.name, reason),
        request_id=request.id,
    )
    await offer_next_choice(
        session, notifier, request, resident_chat, notices.declined_for_resident(meedenker.name)
    )
    return None


async def meedenker_progress(
    session: AsyncSession, notifier: Notifier, introduction: Introduction, action: Action
) -> Refusal | None:
    """Contact gehad, or Afgerond."""
    result = await act(
        session, notifier, introduction.request, action, Actor.MEEDENKER, introduction=introduction
    )
    return result if isinstance(result, Refusal) else None


async def meedenker_completed(
    session: AsyncSession, notifier: Notifier, introduction: Introduction, outcome: str
) -> Refusal | None:
    """Afgerond, with how it ended; the resident is then asked how it went."""
    request = introduction.request
    result = await act(
        session,
        notifier,
        request,
        Action.COMPLETE,
        Actor.MEEDENKER,
        introduction=introduction,
        reason=outcome,
    )
    if isinstance(result, Refusal):
        return result
    request.outcome = outcome
    await surveys.offer(session, notifier, request)
    return None


async def offer_next_choice(
    session: AsyncSession, notifier: Notifier, request: Request, resident_chat: FSMContext, news
) -> None:
    state = await chat.load(resident_chat)
    reply = intake.reopen_choice(
        IntakeState.from_dict(state.intake),
        request.id,
        request.excluded,
        await directory_view.context(session),
    )
    if reply is None:  # nothing to choose from again: the coordinator takes over
        await act(
            session,
            notifier,
            request,
            Action.ESCALATE,
            Actor.SYSTEM,
            desk_reasons=(escalation.DECLINED,),
        )
        _tell_resident(session, notifier, request, "declined", Say(news))
        return
    await chat.save(resident_chat, state.with_(intake=reply.state.to_dict()))
    [choice] = [say for say in reply.says if isinstance(say, Say)]
    message = Say(Lines((news, choice.text), sep="\n\n"), choice.buttons)
    resident = request.resident
    notifier.person(
        session,
        resident.telegram_id,
        "rechoose",
        message,
        resident.locale,
        request.persona,
        pack=intake_buttons(reply.state.seq),
        request_id=request.id,
    )


async def remind_and_hand_over(
    session: AsyncSession, notifier: Notifier, reminder_after, hand_over_after
) -> None:
    """Remind Meedenkers who have not answered; hand over to the coordinator after that."""
    now = utcnow()
    for introduction in await requests.unanswered(session, now - reminder_after, reminded=False):
        fits = lifecycle.decide(
            Action.REMIND, Actor.TIMER, introduction.request.status, introduction.status
        )
        if isinstance(fits, Refusal):
            continue
        introduction.reminded_at = now
        if introduction.meedenker.reachable:
            send_introduction(session, notifier, introduction, reminder=True)
    for introduction in await requests.unanswered(session, now - hand_over_after, reminded=True):
        request, meedenker = introduction.request, introduction.meedenker
        result = await act(
            session,
            notifier,
            request,
            Action.HAND_OVER,
            Actor.TIMER,
            introduction=introduction,
            desk_reasons=(escalation.NO_ANSWER,),
        )
        if isinstance(result, Refusal):
            continue
        notifier.coordinators(
            session,
            "expired",
            notices.expired_for_coordinator(requests.facts(request), meedenker.name),
            request_id=request.id,
        )
        _tell_resident(
            session, notifier, request, "expired", notices.expired_for_resident(meedenker.name)
        )


async def meedenkers_left(session: AsyncSession, notifier: Notifier) -> None:
    """Meedenkers who left the directory lose their requests: each goes to the coordinator."""
    for introduction in await requests.live_introductions_of_inactive(session):
        request = introduction.request
        result = await act(
            session,
            notifier,
            request,
            Action.MEEDENKER_LEFT,
            Actor.SYSTEM,
            introduction=introduction,
            desk_reasons=(escalation.MEEDENKER_LEFT,),
        )
        if not isinstance(result, Refusal):
            notifier.coordinators(
                session,
                "meedenker_left",
                notices.meedenker_left_for_coordinator(request.id, introduction.meedenker.name),
                pack=pack_for_request(request.id),
                request_id=request.id,
            )


async def _to_desk(
    session: AsyncSession,
    notifier: Notifier,
    resident_id: int,
    actor: Actor,
    reason: str,
    kind: str,
    notice,
    urgent: bool = False,
) -> None:
    """The resident's open request (if any) goes on the desk; the coordinator gets `notice`
    (built with that request's id, or None)."""
    request = await requests.latest_of_resident(session, resident_id)
    if request is not None and request.status not in lifecycle.OPEN:
        request = None
    if request is not None:
        await act(
            session,
            notifier,
            request,
            Action.ESCALATE,
            actor,
            desk_reasons=(reason,),
            urgent=urgent,
        )
    request_id = request.id if request else None
    notifier.coordinators(
        session, kind, notice(request_id), pack=pack_for_request(request_id), request_id=request_id
    )


async def danger_seen(
    session: AsyncSession, notifier: Notifier, resident_id: int, danger: str, words: str | None
) -> None:
    """Urgent alert to the coordinator; an open request goes to the top of the desk."""
    metrics.DANGER_ALERTS.inc()
    await _to_desk(
        session,
        notifier,
        resident_id,
        Actor.SYSTEM,
        "danger",
        "urgent",
        lambda request_id: notices.danger_for_coordinator(
            danger, resident_id, words, request_id, web=is_web_chat(resident_id)
        ),
        urgent=True,
    )


async def asked_human(session: AsyncSession, notifier: Notifier, resident_id: int) -> None:
    await _to_desk(
        session,
        notifier,
        resident_id,
        Actor.RESIDENT,
        escalation.ASKED_HUMAN,
        "asked_human",
        lambda request_id: notices.asked_human_for_coordinator(
            resident_id, request_id, web=is_web_chat(resident_id)
        ),
    )


def _tell_resident(
    session: AsyncSession, notifier: Notifier, request: Request, kind: str, text
) -> None:
    resident = request.resident
    notifier.person(
        session,
        resident.telegram_id,
        kind,
        text,
        resident.locale,
        request.persona,
        request_id=request.id,
    )


async def assign(
    session: AsyncSession, notifier: Notifier, request: Request, meedenker: Meedenker
) -> Refusal | None:
    """The coordinator chose a Meedenker: whoever had it before is no longer on it."""
    result = await act(
        session, notifier, request, Action.ASSIGN, Actor.COORDINATOR, meedenker=meedenker
    )
    if isinstance(result, Refusal):
        return result
    if meedenker.reachable:
        send_introduction(session, notifier, result.introduction)
    else:
        notifier.coordinators(
            session,
            "not_enrolled",
            Say(Text("coordinator.not_enrolled", {"name": meedenker.name})),
            request_id=request.id,
        )
    text = Text(
        "resident.assigned", {"name": meedenker.name, "organisation": meedenker.organisation.name}
    )
    _tell_resident(session, notifier, request, "desk", text)
    return None


async def refer(
    session: AsyncSession, notifier: Notifier, request: Request, target: str, note: str | None
) -> Refusal | None:
    """Referred onwards (to VoorIeder1, say), with the coordinator's note."""
    result = await act(
        session, notifier, request, Action.REFER, Actor.COORDINATOR, reason=f"referred:{target}"
    )
    if isinstance(result, Refusal):
        return result
    request.outcome = f"referred:{target}"
    parts = [Text(f"resident.referred.{target}")]
    if note:
        parts.append(Text("resident.coordinator_note", {"note": note}))
    _tell_resident(session, notifier, request, "desk", Lines(tuple(parts), sep="\n\n"))
    return None


async def close(
    session: AsyncSession, notifier: Notifier, request: Request, outcome: str
) -> Refusal | None:
    result = await act(session, notifier, request, Action.CLOSE, Actor.COORDINATOR, reason=outcome)
    if isinstance(result, Refusal):
        return result
    request.outcome = outcome
    _tell_resident(session, notifier, request, "desk", Text("resident.closed"))
    return None


async def talk(session: AsyncSession, notifier: Notifier, request: Request) -> Refusal | None:
    """The coordinator starts talking with the resident through the bot."""
    result = await act(session, notifier, request, Action.TALK, Actor.COORDINATOR)
    if isinstance(result, Refusal):
        return result
    _tell_resident(session, notifier, request, "relay_start", Text("relay.started"))
    return None


async def relay_to_coordinator(
    session: AsyncSession, notifier: Notifier, resident_id: int, relay: chat.Relay, text: str
) -> None:
    """A resident's answer while the coordinator talks with them through the bot."""
    message = Say(
        Text(
            "relay.from_resident",
            {
                "id": relay.request,
                "text": shorten(text, RELAY_MAX),
                "resident": Text("coordinator.resident_link", {"user_id": resident_id}),
            },
        ),
        ((Button(Text("coordinator.open"), notices.OPEN),),),
    )
    notifier.person(
        session,
        relay.coordinator,
        "relay",
        message,
        notifier.coordinator_locale,
        pack=pack_for_request(relay.request),
        request_id=relay.request,
    )


def relay_to_resident(
    session: AsyncSession, notifier: Notifier, request: Request, text: str
) -> None:
    _tell_resident(
        session,
        notifier,
        request,
        "relay",
        Text("relay.to_resident", {"text": shorten(text, RELAY_MAX)}),
    )
