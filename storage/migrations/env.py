"""Alembic environment.

The bot runs migrations itself at start-up and hands over its open connection
(`config.attributes["connection"]`); the `alembic` command line opens its own.
"""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection

from storage.crypto import keyring, use_keys
from storage.db import DEFAULT_DATABASE_URL, create_engine
from storage.models import Base

target_metadata = Base.metadata


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only alter tables by copying them
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_standalone() -> None:
    if not keyring.configured:  # rows stored in plain text are encrypted on the way
        use_keys(os.environ.get("DATA_KEY") or None)
    engine = create_engine(os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL))
    async with engine.begin() as connection:
        await connection.run_sync(run_with)
    await engine.dispose()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    asyncio.run(run_standalone())
