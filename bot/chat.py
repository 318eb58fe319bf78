"""What the bot keeps about one chat between updates: typed, and owned here alone.

It lives in aiogram's FSM data (our SQL storage, committed with the update). Everyone reads
it with `load` and writes it with `save`; nobody else knows its keys.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage, StorageKey


class DeskInput(StrEnum):
    """What the coordinator's next typed text is for: one at a time."""

    NOTE = "note"  # a note for the resident with a referral
    SEARCH = "search"  # a name or levensgebied to find a Meedenker by
    RELAY = "relay"  # a message for the resident


@dataclass(frozen=True)
class DeskMode:
    input: DeskInput
    request: int
    target: str | None = None  # NOTE: where the request is referred to
    resident: int | None = None  # RELAY: the resident's chat


@dataclass(frozen=True)
class Relay:
    """On the resident's side: a coordinator is talking with them about a request."""

    request: int
    coordinator: int


@dataclass(frozen=True)
class ChatState:
    locale: str | None = None  # chosen with /taal; else the phone's language
    intake: dict[str, Any] | None = None  # flows.intake.IntakeState as data
    prompt_id: int | None = None  # the newest message with inline buttons
    reply_buttons: dict[str, str] | None = None  # label -> value of a reply keyboard shown
    relay: Relay | None = None  # resident: the coordinator is talking with them
    desk: DeskMode | None = None  # coordinator: what their next typed text is for
    survey: int | None = None  # resident: their next typed text is a survey comment on it
    last_words: str | None = None  # resident: end of their last text outside the intake
    # Web chat: what its page shows now ({"seq": the step's showing, "says": [...] as data}).
    web_page: dict[str, Any] | None = None

    @property
    def in_intake(self) -> bool:
        """In the middle of the resident's intake (not before it, not after)."""
        return bool(self.intake) and self.intake.get("step") != "done"

    def with_(self, **changes: Any) -> ChatState:
        return replace(self, **changes)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ChatState:
        """Keys it does not know (of an older version) are left behind."""
        plain = {f.name for f in fields(cls)} - {"relay", "desk"}
        relay, desk = data.get("relay"), data.get("desk")
        return cls(
            **{k: v for k, v in data.items() if k in plain},
            relay=Relay(**relay) if relay else None,
            desk=DeskMode(**{**desk, "input": DeskInput(desk["input"])}) if desk else None,
        )

    def to_data(self) -> dict[str, Any]:
        return asdict(self)


async def load(fsm: FSMContext) -> ChatState:
    return ChatState.from_data(await fsm.get_data())


async def save(fsm: FSMContext, state: ChatState) -> None:
    await fsm.set_data(state.to_data())


def of_private_chat(storage: BaseStorage, bot: Bot, user_id: int) -> FSMContext:
    """Someone else's chat state, from an update of another person (private chats only)."""
    return FSMContext(storage, StorageKey(bot.id, user_id, user_id))
