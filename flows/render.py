"""What the conversation wants shown, as plain data; bot/ turns it into Telegram messages
and the demo chat into terminal lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Text:
    """A catalog message id with its parameters.

    A parameter is either data (str/int, shown as is and HTML-escaped) or another Text
    or Lines, translated in turn.
    """

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Lines:
    """Several texts shown as one, joined by `sep`."""

    items: tuple[Text | str, ...]
    sep: str = "\n"


@dataclass(frozen=True)
class Button:
    label: Text | str  # a str is shown as is (a name, a gemeente)
    value: str


@dataclass(frozen=True)
class Say:
    """One message to show."""

    text: Text | Lines
    buttons: tuple[tuple[Button, ...], ...] = ()  # rows of buttons
    ask_contact: bool = False  # offer Telegram's "share my phone number" button
    edit: bool = False  # replace the message whose button was tapped
    step: int | None = None  # progress: step `step` of STEP_COUNT


@dataclass(frozen=True)
class Alert:
    """A short notice on a tapped button (an old one, say); nothing else changes."""

    text: Text
