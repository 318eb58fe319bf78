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


def tuples(bot, sql: str, *params: Any) -> list[tuple]:
    """The rows as tuples, with `?` marking the parameters in order (as sqlite3 has it)."""
    for number in range(len(params)):
        sql = sql.replace("?", f":p{number}", 1)
    found = rows(bot, sql, **{f"p{number}": value for number, value in enumerate(params)})
    return [tuple(row.values()) for row in found]


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
