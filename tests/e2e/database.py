"""What the bot stored, read as another process would, on SQLite or PostgreSQL alike."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import text

from storage.db import create_engine, create_sessionmaker
from storage.uow import unit_of_work


def url_of(bot) -> str:
    return bot.env["DATABASE_URL"]


def rows(bot, sql: str, **params: Any) -> list[dict[str, Any]]:
    """The rows of one query (`:name` parameters) on the bot's database."""

    async def go(session):
        return [dict(row._mapping) for row in await session.execute(text(sql), params)]

    return run_on(bot, go)


def run_on(bot, work) -> Any:
    """Run `work(session)` in one transaction on the bot's database."""

    async def go():
        engine = create_engine(url_of(bot))
        try:
            async with unit_of_work(create_sessionmaker(engine)) as session:
                return await work(session)
        finally:
            await engine.dispose()

    # A thread of its own: the caller's thread may run an event loop already (Playwright's).
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, go()).result()
