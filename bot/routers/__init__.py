"""One router per concern; `all_routers()` gives them in the order they must be tried."""

from __future__ import annotations

from aiogram import Router

from bot.routers import errors, fallback, intake


def all_routers() -> list[Router]:
    # fallback comes last: it answers whatever no other router took.
    return [errors.router, intake.router, fallback.router]
