"""The one owner of the database engine and the session factory."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage import sqlite_inline

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/meedenkers.db"


def create_engine(url: str) -> AsyncEngine:
    """Create the engine; for SQLite also make sure its file exists, private, and tune it."""
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        make_private_file(Path(parsed.database))
    # hide_parameters: an error (and the log of it) never carries the values of a query.
    extra = {"module": sqlite_inline.dbapi()} if parsed.drivername == "sqlite+aiosqlite" else {}
    engine = create_async_engine(url, pool_pre_ping=not is_sqlite, hide_parameters=True, **extra)
    if is_sqlite:
        event.listen(engine.sync_engine, "connect", _tune_sqlite)
    return engine


def make_private_file(database: Path) -> None:
    """The database file readable by its owner only (0600). SQLite gives its -wal and -shm
    files the mode of the database file; those left by an earlier run are made private too."""
    database.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(database, os.O_CREAT | os.O_RDWR, 0o600))
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        if path.exists():
            path.chmod(0o600)


def _tune_sqlite(dbapi_connection, _record) -> None:
    # WAL: readers never wait for the writer, nor it for them. synchronous=NORMAL: a
    # commit is not flushed to disk on its own but with the next checkpoint; a power cut may
    # lose the last commits, never the database's consistency (see the README). The busy
    # timeout makes a writer of another process wait instead of failing "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def insert_for(session: AsyncSession):
    """The INSERT of the session's database, which knows ON CONFLICT (both have it)."""
    return (postgresql if session.bind.dialect.name == "postgresql" else sqlite).insert


async def core(session: AsyncSession, statement, parameters=None):
    """Run one Core statement on the unit of work's connection, past the ORM (no autoflush,
    no identity map): for the few statements every update runs."""
    if session.new or session.dirty or session.deleted:
        await session.flush()  # what the ORM holds back is seen, as autoflush would
    return await (await session.connection()).execute(statement, parameters)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: objects stay readable after the unit of work commits,
    # without an implicit (and in asyncio forbidden) lazy reload.
    return async_sessionmaker(engine, expire_on_commit=False)
