"""One router per concern; `all_routers()` gives them in the order they must be tried."""

from __future__ import annotations

from aiogram import Router

from bot.routers import (
    completion,
    coordinator,
    errors,
    fallback,
    figures,
    intake,
    language,
    meedenker,
    privacy,
    survey,
)


def all_routers() -> list[Router]:
    # Role routers before the intake (an invite link is a /start too); fallback last:
    # it answers whatever no other router took.
    return [
        errors.router,
        meedenker.router,
        completion.router,
        coordinator.router,
        figures.router,
        coordinator.desk_buttons,
        privacy.router,
        language.router,
        survey.router,
        intake.router,
        fallback.router,
    ]
