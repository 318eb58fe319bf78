"""Offering the resident's survey: after Afgerond, after a long silence, and one reminder.

Messages go through the outbox, in the same transaction as the survey row they belong to.
A request whose resident is gone (erased, anonymised) is never asked.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import pack_for_survey
from bot.notify import Notifier
from flows import survey
from storage import surveys
from storage.models import Request


async def offer(
    session: AsyncSession, notifier: Notifier, request: Request, now: datetime | None = None
) -> None:
    """Invite the resident once per request."""
    resident = request.resident
    if resident is None or await surveys.of_request(session, request.id) is not None:
        return
    surveys.start(session, request, now)
    _send(session, notifier, request, reminder=False)


async def due(session: AsyncSession, notifier: Notifier, now: datetime) -> None:
    """The timer's part: offer it where Afgerond never came, and remind once."""
    for request in await surveys.contacted_without_end(session, now - survey.AFTER_CONTACT):
        await offer(session, notifier, request, now)
    for row, request in await surveys.unanswered_invitations(session, now - survey.REMIND_AFTER):
        row.reminded_at = now
        _send(session, notifier, request, reminder=True)


def _send(session: AsyncSession, notifier: Notifier, request: Request, reminder: bool) -> None:
    resident = request.resident
    notifier.person(
        session,
        resident.telegram_id,
        "survey_reminder" if reminder else "survey",
        survey.invitation(reminder),
        resident.locale,
        request.persona,
        pack=pack_for_survey(request.id),
        request_id=request.id,
    )
