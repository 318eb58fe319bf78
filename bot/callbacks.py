"""Callback data of the buttons sent outside the intake (aiogram CallbackData factories).

Each names the object it acts on; handlers check the person tapping owns that object.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class IntroductionButton(CallbackData, prefix="m"):
    """A Meedenker's answer to an introduction."""

    introduction: int
    action: str


class DeskButton(CallbackData, prefix="c"):
    """A coordinator's action on a request."""

    request: int
    action: str


class QueuePage(CallbackData, prefix="q"):
    """Turn the coordinator's queue (/wachtrij) to another page."""

    page: int
