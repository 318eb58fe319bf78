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
class InLanguages:
    """Data written in several languages (a Meedenker's intro): shown in the reader's
    language, or else in Dutch with a note in the reader's language that says so."""

    texts: dict[str, str]  # language code -> text; Dutch ("nl") always among them
    note: str = "card.in_dutch"  # message id of "{text} (in het Nederlands)"


@dataclass(frozen=True)
class Button:
    label: Text | str  # a str is shown as is (a name, a gemeente)
    # A str in the intake; outside it an action of flows.notices or flows.desk, which
    # bot/ packs as callback data of that action's own kind.
    value: Any


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


def to_data(item: Text | Lines | str) -> Any:
    """A Text tree as JSON-ready data, so a message can wait in the outbox."""
    if isinstance(item, Text):
        return {"key": item.key, "params": {k: to_data(v) for k, v in item.params.items()}}
    if isinstance(item, Lines):
        return {"lines": [to_data(i) for i in item.items], "sep": item.sep}
    if isinstance(item, InLanguages):
        return {"languages": item.texts, "note": item.note}
    return item


def from_data(data: Any) -> Text | Lines | str:
    if isinstance(data, dict) and "key" in data:
        return Text(data["key"], {k: from_data(v) for k, v in data["params"].items()})
    if isinstance(data, dict) and "lines" in data:
        return Lines(tuple(from_data(i) for i in data["lines"]), data["sep"])
    if isinstance(data, dict) and "languages" in data:
        return InLanguages(data["languages"], data["note"])
    return data
