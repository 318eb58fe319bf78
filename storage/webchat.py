"""Web chat conversations: an unguessable token in a cookie, and a chat id of their own.

A web conversation's chat id lies in a range Telegram never uses (Telegram's private chats
are positive, its groups far smaller in size), so chat state, the outbox and erasure treat
it like any chat, and `is_web_chat` tells the outbox to keep its messages for the page.
Only a hash of the token is stored: the database alone does not open a conversation.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Notification, Resident, WebConversation, utcnow
from storage.outbox import PENDING, SENT

WEB_CHAT_LOW, WEB_CHAT_HIGH = -(2**62), -(2**61)  # web chat ids: LOW <= id < HIGH
TOKEN_BYTES = 32


def is_web_chat(chat_id: int) -> bool:
    return WEB_CHAT_LOW <= chat_id < WEB_CHAT_HIGH


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def find(session: AsyncSession, token: str) -> WebConversation | None:
    """The conversation of this token, if it has begun; marked as seen now."""
    found = await session.get(WebConversation, _hash(token))
    if found is not None:
        found.seen_at = utcnow()
    return found


async def open_conversation(session: AsyncSession, token: str) -> WebConversation:
    """The conversation of this token, begun now if it had not been."""
    found = await find(session, token)
    if found is not None:
        return found
    while True:  # a clash of two random 61-bit ids is all but impossible; still, try again
        chat_id = WEB_CHAT_LOW + secrets.randbelow(WEB_CHAT_HIGH - WEB_CHAT_LOW)
        try:
            async with session.begin_nested():
                conversation = WebConversation(token_hash=_hash(token), chat_id=chat_id)
                session.add(conversation)
            return conversation
        except IntegrityError:
            found = await session.get(WebConversation, _hash(token))
            if found is not None:  # the same token, begun at the same moment elsewhere
                return found


@dataclass(frozen=True)
class Message:
    """A message the bot wrote to a web resident (accepted, declined, ...)."""

    id: int
    kind: str
    payload: dict[str, Any]
    at: datetime


async def messages(session: AsyncSession, chat_id: int, after: int = 0) -> list[Message]:
    """What the bot wrote to this conversation, oldest first (emptied ones left out)."""
    rows = await session.scalars(
        select(Notification)
        .where(
            Notification.chat_id == chat_id,
            Notification.status.in_((PENDING, SENT)),
            Notification.payload.is_not(None),
            Notification.id > after,
        )
        .order_by(Notification.id)
    )
    return [Message(row.id, row.kind, row.payload, row.created_at) for row in rows]


async def delivered(session: AsyncSession, notification_id: int) -> None:
    """A web chat's message is kept for its page: that is its delivery."""
    await session.execute(
        update(Notification)
        .where(Notification.id == notification_id, Notification.status == PENDING)
        .values(status=SENT, sent_at=utcnow(), claimed_until=None)
    )


async def forget(session: AsyncSession, chat_id: int) -> None:
    """The conversation goes (erasure): its cookie opens nothing any more."""
    found = await session.scalar(select(WebConversation).where(WebConversation.chat_id == chat_id))
    if found is not None:
        await session.delete(found)


async def forget_idle(session: AsyncSession, cutoff: datetime) -> int:
    """Conversations untouched since `cutoff` of people who never consented (retention's
    drafts rule): their cookie opens nothing any more."""
    consented = select(Resident.telegram_id).where(Resident.consent_at.is_not(None))
    removed = await session.execute(
        delete(WebConversation)
        .where(WebConversation.seen_at <= cutoff, WebConversation.chat_id.not_in(consented))
        .execution_options(synchronize_session=False)
    )
    return removed.rowcount
