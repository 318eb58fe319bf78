"""Invite links by which a Meedenker connects their Telegram account.

A link works once, for the first account that opens it, for a week; a newer link for the
same Meedenker replaces it. Only a hash of its code is stored.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Invite, Meedenker, as_utc, utcnow

VALID_FOR = timedelta(days=7)
PREFIX = "m-"  # tells an invite apart from other start links


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


@dataclass(frozen=True)
class NewInvite:
    code: str  # goes into the link; not stored
    meedenker: Meedenker


async def create(session: AsyncSession, meedenker_id: str) -> NewInvite | None:
    """A new invite for an active Meedenker (earlier unused ones stop working); None if
    there is no such Meedenker."""
    meedenker = await session.get(Meedenker, meedenker_id)
    if meedenker is None or not meedenker.active:
        return None
    await session.execute(
        delete(Invite).where(Invite.meedenker_id == meedenker_id, Invite.used_at.is_(None))
    )
    # Deep-link payloads allow A-Z a-z 0-9 _ - and at most 64 characters.
    code = PREFIX + secrets.token_urlsafe(18)
    session.add(
        Invite(code_hash=_hash(code), meedenker_id=meedenker_id, expires_at=utcnow() + VALID_FOR)
    )
    return NewInvite(code, meedenker)


class Redeemed(StrEnum):
    ENROLLED = "enrolled"  # this account is now the Meedenker's
    AGAIN = "again"  # the same account opened its link once more: nothing changes
    TAKEN = "taken"  # another account already used this link
    INVALID = "invalid"  # unknown, replaced or expired


@dataclass(frozen=True)
class Redemption:
    outcome: Redeemed
    meedenker: Meedenker | None = None
    replaced_account: bool = False  # the Meedenker was connected with another account before


async def redeem(session: AsyncSession, code: str, telegram_id: int, locale: str) -> Redemption:
    """Connect the account to the invited Meedenker, if the link still allows it."""
    invite = await session.get(Invite, _hash(code))
    now = utcnow()
    meedenker = await session.get(Meedenker, invite.meedenker_id) if invite else None
    if invite is None or meedenker is None or not meedenker.active:
        return Redemption(Redeemed.INVALID)
    if invite.used_at is not None:
        same = invite.used_by == telegram_id and meedenker.telegram_id == telegram_id
        return Redemption(Redeemed.AGAIN if same else Redeemed.TAKEN, meedenker)
    if as_utc(invite.expires_at) < now:
        return Redemption(Redeemed.INVALID, meedenker)
    previous = await _by_telegram(session, telegram_id)
    if previous is not None and previous.id != meedenker.id:
        previous.telegram_id = None  # one Telegram account is one Meedenker
        await session.flush()
    replaced = meedenker.telegram_id not in (None, telegram_id)
    invite.used_at, invite.used_by = now, telegram_id
    meedenker.telegram_id, meedenker.locale, meedenker.blocked_bot = telegram_id, locale, False
    meedenker.last_seen_at = now
    return Redemption(Redeemed.ENROLLED, meedenker, replaced_account=replaced)


async def _by_telegram(session: AsyncSession, telegram_id: int) -> Meedenker | None:
    return await session.scalar(select(Meedenker).where(Meedenker.telegram_id == telegram_id))
