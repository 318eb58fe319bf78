"""What happens after the intake, across people: introduce, answer, remind, hand over.

Each function runs inside the unit of work of the update (or the timer) that caused it:
the change and the messages about it are committed together.
"""

from __future__ import annotations

from datetime import timedelta

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage, StorageKey
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import DeskButton, IntroductionButton
from bot.notify import Notifier
from bot.render import intake_buttons
from flows import escalation, intake, notices
from flows.domain import RequestStatus
from flows.intake import IntakeState
from flows.render import Button, Lines, Say, Text
from flows.text import shorten
from storage import directory_view, requests
from storage.models import Introduction, Request, utcnow

INTAKE = "intake"  # where the intake's state lives in a resident's FSM data
RELAY_FROM = "relay_request"  # in a resident's FSM data: the coordinator is talking with them
RELAY_MAX = 3800  # UTF-16 units of a relayed message, leaving room for our own words (4096)


def resident_state(storage: BaseStorage, bot: Bot, resident_id: int) -> FSMContext:
    """A resident's conversation state, from an update of someone else (private chat)."""
    return FSMContext(storage, StorageKey(bot.id, resident_id, resident_id))


def intake_in_progress(data: dict) -> bool:
    """The person is in the middle of the resident's intake (not before it, not after)."""
    state = data.get(INTAKE)
    return bool(state) and state.get("step") != "done"


def introduction_buttons(introduction_id: int):
    return lambda value: IntroductionButton(introduction=introduction_id, action=value).pack()


def desk_buttons(request_id: int):
    return lambda value: DeskButton(request=request_id, action=value).pack()


async def request_submitted(
    session: AsyncSession, notifier: Notifier, request: Request, answers: dict
) -> None:
    """Introduce the chosen Meedenker (if any), put it on the desk if a rule says so, and
    tell the coordinator."""
    meedenker = request.chosen_meedenker
    reachable = meedenker is not None and meedenker.reachable
    if meedenker is not None:
        introduction = await requests.introduce(session, request, meedenker)
        if reachable:
            send_introduction(session, notifier, introduction)
    needs = escalation.assess(answers)
    if needs is not None:
        requests.flag_for_desk(
            request, needs.reasons, needs.urgent, take_over=not requests.in_progress(request)
        )
    notifier.coordinators(
        session,
        "new_request",
        notices.new_request_for_coordinator(
            requests.facts(request), enrolled=reachable, escalation=needs
        ),
        pack=desk_buttons(request.id),
        request_id=request.id,
    )


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
        pack=introduction_buttons(introduction.id),
        request_id=introduction.request_id,
    )


async def meedenker_accepted(
    session: AsyncSession, notifier: Notifier, introduction: Introduction
) -> None:
    await requests.answer(session, introduction, accepted=True)
    request, meedenker = introduction.request, introduction.meedenker
    text = notices.accepted_for_resident(
        meedenker.name, meedenker.organisation.name, request.contact_method
    )
    notifier.person(
        session,
        request.resident.telegram_id,
        "accepted",
        text,
        request.resident.locale,
        request.persona,
        request_id=request.id,
    )


async def meedenker_declined(
    session: AsyncSession,
    notifier: Notifier,
    introduction: Introduction,
    reason: str,
    resident_state: FSMContext,
) -> None:
    """Offer the resident their next choice; the coordinator hears of it either way."""
    await requests.answer(session, introduction, accepted=False, reason=reason)
    request, meedenker = introduction.request, introduction.meedenker
    facts = requests.facts(request)
    notifier.coordinators(
        session,
        "declined",
        notices.declined_for_coordinator(facts, meedenker.name, reason),
        request_id=request.id,
    )
    await offer_next_choice(
        session, notifier, request, resident_state, notices.declined_for_resident(meedenker.name)
    )


async def offer_next_choice(
    session: AsyncSession, notifier: Notifier, request: Request, resident_state: FSMContext, news
) -> None:
    data = await resident_state.get_data()
    reply = intake.reopen_choice(
        IntakeState.from_dict(data.get(INTAKE)),
        request.excluded,
        await directory_view.context(session),
    )
    resident = request.resident
    if reply is None:  # nothing to choose from again: the coordinator takes over
        requests.flag_for_desk(request, (escalation.DECLINED,), urgent=False, take_over=True)
        notifier.person(
            session,
            resident.telegram_id,
            "declined",
            Say(news),
            resident.locale,
            request.persona,
            request_id=request.id,
        )
        return
    await resident_state.update_data({INTAKE: reply.state.to_dict()})
    [choice] = [say for say in reply.says if isinstance(say, Say)]
    message = Say(Lines((news, choice.text), sep="\n\n"), choice.buttons)
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
    session: AsyncSession, notifier: Notifier, reminder_after: timedelta, hand_over_after: timedelta
) -> None:
    """Remind Meedenkers who have not answered; hand over to the coordinator after that."""
    now = utcnow()
    for introduction in await requests.unanswered(session, now - reminder_after, reminded=False):
        introduction.reminded_at = now
        if introduction.meedenker.reachable:
            send_introduction(session, notifier, introduction, reminder=True)
    for introduction in await requests.unanswered(session, now - hand_over_after, reminded=True):
        await requests.expire(session, introduction)
        request, meedenker = introduction.request, introduction.meedenker
        notifier.coordinators(
            session,
            "expired",
            notices.expired_for_coordinator(requests.facts(request), meedenker.name),
            request_id=request.id,
        )
        notifier.person(
            session,
            request.resident.telegram_id,
            "expired",
            notices.expired_for_resident(meedenker.name),
            request.resident.locale,
            request.persona,
            request_id=request.id,
        )


async def danger_seen(
    session: AsyncSession, notifier: Notifier, resident_id: int, danger: str, words: str | None
) -> None:
    """Urgent alert to the coordinator; an open request goes to the top of the desk."""
    request = await requests.latest_of_resident(session, resident_id)
    open_request = (
        request
        if request and request.status not in (RequestStatus.CLOSED, RequestStatus.WITHDRAWN)
        else None
    )
    if open_request is not None:
        requests.flag_for_desk(
            open_request, ("danger",), urgent=True, take_over=not requests.in_progress(open_request)
        )
    notifier.coordinators(
        session,
        "urgent",
        notices.danger_for_coordinator(
            danger, resident_id, words, open_request.id if open_request else None
        ),
        request_id=open_request.id if open_request else None,
    )


async def asked_human(session: AsyncSession, notifier: Notifier, resident_id: int) -> None:
    request = await requests.latest_of_resident(session, resident_id)
    if request is not None and request.status not in (
        RequestStatus.CLOSED,
        RequestStatus.WITHDRAWN,
    ):
        requests.flag_for_desk(
            request,
            (escalation.ASKED_HUMAN,),
            urgent=False,
            take_over=not requests.in_progress(request),
        )
    notifier.coordinators(
        session,
        "asked_human",
        notices.asked_human_for_coordinator(resident_id, request.id if request else None),
        request_id=request.id if request else None,
    )


def _resident_news(notifier: Notifier, session: AsyncSession, request: Request, text) -> None:
    resident = request.resident
    notifier.person(
        session,
        resident.telegram_id,
        "desk",
        text,
        resident.locale,
        request.persona,
        request_id=request.id,
    )


async def assign(
    session: AsyncSession, notifier: Notifier, request: Request, meedenker_id: str
) -> str | None:
    """The coordinator chose a Meedenker. Returns their name, or None if not available."""
    meedenker = await requests.meedenker(session, meedenker_id)
    if meedenker is None or not meedenker.active:
        return None
    request.chosen_meedenker_id = meedenker.id
    request.needs_triage = False
    introduction = await requests.introduce(session, request, meedenker)
    if meedenker.reachable:
        send_introduction(session, notifier, introduction)
    else:
        notifier.coordinators(
            session,
            "not_enrolled",
            Say(Text("coordinator.not_enrolled", {"name": meedenker.name})),
            request_id=request.id,
        )
    _resident_news(
        notifier,
        session,
        request,
        Text(
            "resident.assigned",
            {"name": meedenker.name, "organisation": meedenker.organisation.name},
        ),
    )
    return meedenker.name


def refer(
    session: AsyncSession, notifier: Notifier, request: Request, target: str, note: str | None
) -> None:
    """Referred onwards (the Integrale Toegang, say), with the coordinator's note."""
    request.needs_triage, request.outcome = False, f"referred:{target}"
    requests.set_status(request, RequestStatus.CLOSED, "coordinator", f"referred:{target}")
    parts = [Text(f"resident.referred.{target}")]
    if note:
        parts.append(Text("resident.coordinator_note", {"note": note}))
    _resident_news(notifier, session, request, Lines(tuple(parts), sep="\n\n"))


def close(session: AsyncSession, notifier: Notifier, request: Request, outcome: str) -> None:
    request.needs_triage, request.outcome = False, outcome
    requests.set_status(request, RequestStatus.CLOSED, "coordinator", outcome)
    _resident_news(notifier, session, request, Text("resident.closed"))


async def relay_to_coordinator(
    session: AsyncSession, notifier: Notifier, resident_id: int, request_id: int, text: str
) -> None:
    """A resident's answer while the coordinator talks with them through the bot."""
    message = Say(
        Text(
            "relay.from_resident",
            {
                "id": request_id,
                "text": shorten(text, RELAY_MAX),
                "resident": Text("coordinator.resident_link", {"user_id": resident_id}),
            },
        ),
        ((Button(Text("coordinator.open"), notices.OPEN),),),
    )
    notifier.coordinators(
        session, "relay", message, pack=desk_buttons(request_id), request_id=request_id
    )
