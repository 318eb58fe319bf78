"""A resident's erasure (/vergeetmij in Telegram, "Vergeet mij" in the web chat): the same
steps whichever door they came through."""

from __future__ import annotations

from aiogram import Bot
from aiogram.fsm.storage.base import BaseStorage
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit, chat, workflow
from bot.notify import Notifier
from flows import lifecycle, privacy
from flows.lifecycle import Action, Actor, Refusal
from storage import audit as audit_log
from storage import outbox
from storage import privacy as stored


async def erase_resident(
    session: AsyncSession, notifier: Notifier, bot: Bot, fsm_storage: BaseStorage, chat_id: int
) -> list[tuple[int, int]]:
    """Withdraw what is open (its Meedenkers are told), tell whoever saw the question to
    delete their notes, then erase. Returns the (chat, message) the bot sent others about
    it, for the caller to delete from Telegram after the commit."""
    resident = await stored.resident(session, chat_id)
    found = await stored.requests_of(session, resident.id) if resident else []
    ids = [request.id for request in found]
    our_messages = await stored.sent_messages_about(session, ids, but_chat=chat_id)
    await stored.purge_messages(session, chat_id, ids)
    for request in found:
        await _withdraw_and_tell(session, notifier, request)
    if ids:  # the messages are deleted after this: their buttons need not be taken off first
        await outbox.withdraw_drops(session, ids)
    await _end_desk_modes(session, notifier, bot, fsm_storage, chat_id, ids)
    await stored.erase(session, chat_id, ids)
    return our_messages


async def _withdraw_and_tell(session: AsyncSession, notifier: Notifier, request) -> None:
    """An open request is withdrawn (ending its introductions); everyone who read it is
    asked to delete their notes."""
    told: set[str] = set()
    if request.status in lifecycle.OPEN:
        result = await workflow.act(session, notifier, request, Action.WITHDRAW, Actor.RESIDENT)
        if not isinstance(result, Refusal):
            told = {ended.meedenker_id for ended in result.ended}
    for introduction in await stored.meedenkers_told_of(session, request.id):
        meedenker = introduction.meedenker
        if meedenker.id in told or not meedenker.reachable:
            continue
        told.add(meedenker.id)
        notifier.person(
            session,
            meedenker.telegram_id,
            "erased",
            privacy.erased_for_meedenker(request.id),
            meedenker.locale,
            request_id=request.id,
        )
    notifier.coordinators(
        session, "erased", privacy.erased_for_coordinator(request.id), request_id=request.id
    )
    audit.by_resident(session, request.id, audit_log.ERASED)


async def _end_desk_modes(
    session: AsyncSession,
    notifier: Notifier,
    bot: Bot,
    fsm_storage: BaseStorage,
    telegram_id: int,
    request_ids: list[int],
) -> None:
    """A coordinator typing a note for, or talking with, this resident stops doing so."""
    for coordinator_id in notifier.coordinator_ids:
        desk_chat = chat.of_private_chat(fsm_storage, bot, coordinator_id)
        mode = (await chat.load(desk_chat)).desk
        if mode is not None and (mode.resident == telegram_id or mode.request in request_ids):
            await chat.save(desk_chat, (await chat.load(desk_chat)).with_(desk=None))
