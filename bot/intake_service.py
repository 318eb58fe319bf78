"""The resident's intake, whichever door they came through (Telegram or the web chat).

One event goes to the engine; its effects are carried out in storage, the outbox and the
desk (consent, a sent request, danger, /mens, forgetting a draft), and the new state is
saved. The door only shows the answer: both doors do exactly the same thing here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage
from sqlalchemy.ext.asyncio import AsyncSession

from bot import chat, watch, workflow
from bot.notify import Notifier
from bot.render import label_of
from flows import intake, lifecycle, notices, privacy
from flows.intake import (
    AskedHuman,
    BeganAgain,
    Command,
    ConsentGiven,
    DangerSeen,
    Event,
    Forget,
    InformationOnly,
    IntakeState,
    Reply,
    Submit,
    WroteAgain,
)
from flows.render import Say, Text
from flows.text import N_
from storage import directory_view, figures, requests, residents
from storage.models import utcnow


async def _still_open(session: AsyncSession, chat_id: int) -> bool:
    request = await requests.latest_of_resident(session, chat_id)
    return request is not None and request.status in lifecycle.OPEN


async def _standing(session: AsyncSession, chat_id: int, ctx: intake.Context) -> tuple | None:
    """Writing again after sending: where the request stands, in place of "already sent"."""
    request = await requests.latest_of_resident(session, chat_id)
    if request is None:
        return None
    name = request.chosen_meedenker.name if request.chosen_meedenker else None
    text = notices.standing_for_resident(
        request.status, name, request.needs_triage, ctx.network.phone
    )
    return (Say(text),) if text else None


@dataclass(frozen=True)
class Relayed:
    """A text went to the coordinator in a conversation through the bot."""

    danger: bool  # it showed danger: the door shows the crisis help


async def advance(
    event: Event,
    chat_id: int,
    locale: str,
    state: FSMContext,
    session: AsyncSession,
    notifier: Notifier,
) -> Reply:
    """Feed one event of the resident in chat `chat_id` to the engine and carry it out."""
    current = await chat.load(state)
    before = IntakeState.from_dict(current.intake)
    ctx = await directory_view.context(session)
    persona = before.answers.get("persona") if before else None
    event = intake.understood(before, event, ctx, lambda item: label_of(item, persona))
    reply = intake.handle(before, event, ctx)
    says = reply.says
    for effect in reply.effects:
        if isinstance(effect, ConsentGiven):
            await residents.record_consent(session, chat_id, locale, privacy.CONSENT_VERSION)
        elif isinstance(effect, Forget):
            await residents.forget_draft(session, chat_id)
        elif isinstance(effect, Submit):
            refusal = await workflow.submit(session, notifier, chat_id, locale, effect.answers)
            if refusal is not None:  # a new choice for a request that has moved on since
                says = (Say(notices.refused(refusal)),)
        elif isinstance(effect, DangerSeen):
            await workflow.danger_seen(session, notifier, chat_id, effect.danger, effect.text)
        elif isinstance(effect, AskedHuman):
            await workflow.asked_human(session, notifier, chat_id)
        elif isinstance(effect, InformationOnly):
            await figures.count_information_only(session, effect.levensgebieden, utcnow().date())
        elif isinstance(effect, WroteAgain):
            says = await _standing(session, chat_id, ctx) or says
        elif isinstance(effect, BeganAgain) and await _still_open(session, chat_id):
            says = (Say(Text(N_("start.still_open"))), *says)
    changes = {"intake": reply.state.to_dict() if reply.state else None}
    if event is Command.STOP:
        changes["relay"] = None  # nor does the coordinator's conversation go on
        changes["last_words"] = None
    await chat.save(state, current.with_(**changes))
    return replace(reply, says=says)


async def relayed(
    text: str,
    chat_id: int,
    state: FSMContext,
    session: AsyncSession,
    notifier: Notifier,
    fsm_storage: BaseStorage,
    bot: Bot,
) -> Relayed | None:
    """While the coordinator talks with this resident, what they type goes to the
    coordinator (None otherwise). Danger in it, read with the message before, alerts the
    coordinator as well, and the door shows the crisis help."""
    relay = (await chat.load(state)).relay
    if not await _relay_goes_on(relay, session, state, fsm_storage, bot):
        return None
    await workflow.relay_to_coordinator(session, notifier, chat_id, relay, text)
    return Relayed(danger=await watch.danger_in(text, chat_id, state, session, notifier))


async def _relay_goes_on(
    relay: chat.Relay | None,
    session: AsyncSession,
    state: FSMContext,
    fsm_storage: BaseStorage,
    bot: Bot,
) -> bool:
    """The coordinator is still talking with this resident about an open request; a relay
    that has ended (the request moved on, the coordinator moved on) is forgotten here."""
    if relay is None:
        return False
    request = await requests.resident_request(session, relay.request)
    coordinator_chat = chat.of_private_chat(fsm_storage, bot, relay.coordinator)
    desk_mode = (await chat.load(coordinator_chat)).desk
    if (
        request is not None
        and request.status in lifecycle.OPEN
        and desk_mode is not None
        and desk_mode.input is chat.DeskInput.RELAY
        and desk_mode.request == relay.request
    ):
        return True
    await chat.save(state, (await chat.load(state)).with_(relay=None))
    return False
