"""Residents: consent, language, and forgetting a draft."""

from __future__ import annotations

from sqlalchemy import delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Request, Resident, utcnow
from storage.webchat import is_web_chat


async def record_consent(
    session: AsyncSession, telegram_id: int, locale: str, version: str | None = None
) -> Resident:
    """`version`: of the consent text agreed to (flows.privacy.CONSENT_VERSION)."""
    resident = await session.scalar(select(Resident).where(Resident.telegram_id == telegram_id))
    if resident is None:
        channel = "web" if is_web_chat(telegram_id) else "telegram"
        resident = Resident(telegram_id=telegram_id, channel=channel)
        session.add(resident)
    resident.consent_at, resident.locale = utcnow(), locale
    if version is not None:
        resident.consent_version = version
    await session.flush()
    return resident


async def forget_draft(session: AsyncSession, telegram_id: int) -> None:
    """Remove a resident who never sent a request; sent requests stay for their Meedenker."""
    has_requests = exists().where(Request.resident_id == Resident.id)
    await session.execute(
        delete(Resident).where(Resident.telegram_id == telegram_id, ~has_requests)
    )


async def set_locale(session: AsyncSession, telegram_id: int, locale: str) -> None:
    resident = await session.scalar(select(Resident).where(Resident.telegram_id == telegram_id))
    if resident is not None:
        resident.locale = locale
