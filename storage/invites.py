"""One-time invite links by which a Meedenker connects their Telegram account."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Invite, Meedenker, as_utc, utcnow

VALID_FOR = timedelta(days=7)
PREFIX = "m-"  # tells an invite apart from other start links


async def create(session: AsyncSession, meedenker_id: str) -> Invite | None:
    """A new invite for an active Meedenker; None if there is no such Meedenker."""
    meedenker = await session.get(Meedenker, meedenker_id)
    if meedenker is None or not meedenker.active:
        return None
    invite = Invite(
        # Deep-link payloads allow A-Z a-z 0-9 _ - and at most 64 characters.
        code=PREFIX + secrets.token_urlsafe(18),
        meedenker_id=meedenker_id,
        expires_at=utcnow() + VALID_FOR,
    )
    session.add(invite)
    return invite


async def redeem(
    session: AsyncSession, code: str, telegram_id: int, locale: str
) -> Meedenker | None:
    """Connect the account to the invited Meedenker; None if the code is unknown, used or old."""
    invite = await session.get(Invite, code)
    now = utcnow()
    if invite is None or invite.used_at is not None or as_utc(invite.expires_at) < now:
        return None
    meedenker = await session.get(Meedenker, invite.meedenker_id)
    if meedenker is None or not meedenker.active:
        return None
    previous = await _by_telegram(session, telegram_id)
    if previous is not None and previous.id != meedenker.id:
        previous.telegram_id = None  # one Telegram account is one Meedenker
        await session.flush()
    invite.used_at = now
    meedenker.telegram_id, meedenker.locale, meedenker.blocked_bot = telegram_id, locale, False
    meedenker.last_seen_at = now
    return meedenker


async def _by_telegram(session: AsyncSession, telegram_id: int) -> Meedenker | None:
    return await session.scalar(select(Meedenker).where(Meedenker.telegram_id == telegram_id))
