"""Puts messages for other people in the outbox, in the same transaction as the change.

A payload keeps the message as data (catalog keys and parameters), so it is rendered in
the recipient's language when it is sent.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.ext.asyncio import AsyncSession

from flows.render import Say, Text, to_data
from storage import outbox

Pack = Callable[[str], str]  # button value -> callback data


def payload(
    say: Say | Text, locale: str, persona: str | None = None, pack: Pack | None = None
) -> dict:
    say = say if isinstance(say, Say) else Say(say)
    return {
        "text": to_data(say.text),
        "buttons": [
            [{"label": to_data(b.label), "data": pack(b.value) if pack else b.value} for b in row]
            for row in say.buttons
        ],
        "locale": locale,
        "persona": persona,
    }


class Notifier:
    """Who gets told: the coordinator(s), a Meedenker, a resident."""

    def __init__(self, coordinator_ids: tuple[int, ...], coordinator_locale: str = "nl") -> None:
        self.coordinator_ids = coordinator_ids
        self.coordinator_locale = coordinator_locale

    def coordinators(
        self,
        session: AsyncSession,
        kind: str,
        say: Say,
        pack: Pack | None = None,
        request_id: int | None = None,
        but: int | None = None,
    ) -> None:
        """Every coordinator (`but` one: the one a message could not reach)."""
        for chat_id in self.coordinator_ids:
            if chat_id != but:
                outbox.enqueue(
                    session,
                    chat_id,
                    kind,
                    payload(say, self.coordinator_locale, pack=pack),
                    request_id,
                )

    @staticmethod
    def person(
        session: AsyncSession,
        chat_id: int,
        kind: str,
        say: Say | Text,
        locale: str,
        persona: str | None = None,
        pack: Pack | None = None,
        request_id: int | None = None,
    ) -> None:
        outbox.enqueue(session, chat_id, kind, payload(say, locale, persona, pack), request_id)
