"""What is stored about one resident (for /mijngegevens), and erasing every trace of them.

Erasure leaves anonymous counts: a request keeps its status, gemeente, levensgebieden,
dates and reasons, as retention does for old requests; its question, contact, name and the
link to the resident go, and so do the resident, their conversation and every queued or
sent message that quotes them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from flows.domain import IntroductionStatus
from flows.privacy import StoredData, StoredRequest
from storage import fsm, pacing
from storage.models import ConversationState, Introduction, Notification, Request, Resident
from storage.outbox import ERASED, NOBODY, PENDING
from storage.retention import anonymise_requests
from storage.webchat import forget as forget_web_conversation


async def resident(session: AsyncSession, telegram_id: int) -> Resident | None:
    return await session.scalar(select(Resident).where(Resident.telegram_id == telegram_id))


async def requests_of(session: AsyncSession, resident_id: int) -> list[Request]:
    rows = await session.scalars(
        select(Request).where(Request.resident_id == resident_id).order_by(Request.id)
    )
    return list(rows)


async def stored_data(
    session: AsyncSession, telegram_id: int, draft: dict[str, Any] | None
) -> StoredData:
    """`draft`: the answers of an intake in progress (kept in the chat's state)."""
    found = await resident(session, telegram_id)
    if found is None:
        return StoredData(None, None, None, (), draft)
    stored = []
    for request in await requests_of(session, found.id):
        introductions = await session.scalars(
            select(Introduction)
            .where(Introduction.request_id == request.id)
            .order_by(Introduction.id)
        )
        introduced, accepted = [], []
        for introduction in introductions:
            name = introduction.meedenker.name
            introduced.append(name)
            took_it = introduction.answered_at is not None and introduction.status != (
                IntroductionStatus.DECLINED.value
            )
            if took_it:
                accepted.append(name)
        stored.append(
            StoredRequest(
                id=request.id,
                status=request.status,
                gemeente=request.gemeente,
                question=request.question,
                levensgebieden=tuple(request.levensgebieden),
                persona=request.persona,
                contact_method=request.contact_method,
                contact_value=request.contact_value,
                introduced_to=tuple(dict.fromkeys(introduced)),
                accepted_by=tuple(dict.fromkeys(accepted)),
                created_at=request.created_at,
                updated_at=request.updated_at,
            )
        )
    return StoredData(found.consent_at, found.consent_version, found.locale, tuple(stored), draft)


async def meedenkers_told_of(session: AsyncSession, request_id: int) -> list[Introduction]:
    """Every introduction of a request: each of these Meedenkers read the question."""
    rows = await session.scalars(
        select(Introduction).where(Introduction.request_id == request_id).order_by(Introduction.id)
    )
    return list(rows)


async def sent_messages_about(
    session: AsyncSession, request_ids: list[int], but_chat: int
) -> list[tuple[int, int]]:
    """(chat, message) of what the bot sent others about these requests: to delete."""
    if not request_ids:
        return []
    rows = await session.execute(
        select(Notification.chat_id, Notification.telegram_message_id).where(
            Notification.request_id.in_(request_ids),
            Notification.telegram_message_id.is_not(None),
            Notification.chat_id != but_chat,
        )
    )
    return [(chat_id, message_id) for chat_id, message_id in rows]


async def purge_messages(session: AsyncSession, telegram_id: int, request_ids: list[int]) -> None:
    """Messages to the resident, and messages to others about them, lose their contents;
    those still waiting are never sent. Rows are emptied, not deleted: a sender may hold
    one right now, and its "sent" must not land on a new row that took its id."""
    about_them = Notification.chat_id == telegram_id
    if request_ids:
        about_them = or_(about_them, Notification.request_id.in_(request_ids))
    await _empty(session, about_them, telegram_id)
    # A danger alert or "/mens" without a request names the resident in its link.
    mentions = re.compile(rf"(?<!\d){telegram_id}(?!\d)")
    unattached = await session.execute(
        select(Notification.id, Notification.payload).where(
            Notification.request_id.is_(None), Notification.payload.is_not(None)
        )
    )
    naming = [row_id for row_id, payload in unattached if mentions.search(json.dumps(payload))]
    if naming:
        await _empty(session, Notification.id.in_(naming), telegram_id)


async def _empty(session: AsyncSession, which, telegram_id: int) -> None:
    await session.execute(
        update(Notification)
        .where(which, Notification.status == PENDING)
        .values(status=ERASED)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(Notification)
        .where(which)
        .values(payload=None)
        .execution_options(synchronize_session=False)
    )
    await session.execute(  # "to whom" goes too, where that was the resident
        update(Notification)
        .where(which, Notification.chat_id == telegram_id)
        .values(chat_id=NOBODY)
        .execution_options(synchronize_session=False)
    )


async def erase(session: AsyncSession, telegram_id: int, request_ids: list[int]) -> None:
    """The last step: anonymise the requests, forget the conversation and the resident."""
    if request_ids:
        await anonymise_requests(session, request_ids)
    keys = await session.scalars(
        select(ConversationState.key).where(
            or_(
                ConversationState.key.like(f"%:{telegram_id}"),
                ConversationState.key.like(f"%:{telegram_id}:%"),
            )
        )
    )  # fsm:<bot>:<chat>:<user>
    await fsm.forget(session, [key for key in keys if str(telegram_id) in key.split(":")[2:]])
    await forget_web_conversation(session, telegram_id)
    await pacing.forget_chat(session, telegram_id)
    await session.execute(
        delete(Resident)
        .where(Resident.telegram_id == telegram_id)
        .execution_options(synchronize_session=False)
    )
