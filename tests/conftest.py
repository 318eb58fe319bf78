"""Fixtures shared by unit and end-to-end tests."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import asyncpg
import pytest
import pytest_asyncio
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.crypto import new_key, use_keys
from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_to_head
from tests.postgres import PostgresServer

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_DIRECTORY = REPO / "data" / "directory.yaml"

# Personal data is encrypted at rest: the tests' own key, for this process and the bots
# it starts.
TEST_DATA_KEY = new_key()
use_keys(TEST_DATA_KEY)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    # Not under pytest's own temporary folder: the postgres user could not enter it.
    server = PostgresServer(Path(tempfile.mkdtemp(prefix="meedenkers-pg-")))
    if not server.available:
        pytest.skip("PostgreSQL is not installed on this machine")
    server.start()
    yield server
    server.stop()
    shutil.rmtree(server.directory, ignore_errors=True)


_databases = count(1)


@pytest_asyncio.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same storage tests run on the embedded database and on the production one."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    name = f"test_{next(_databases)}"
    connection = await asyncpg.connect(server.url("postgres").replace("+asyncpg", ""))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return server.url(name)


@pytest_asyncio.fixture
async def sessions(database_url: str) -> async_sessionmaker[AsyncSession]:
    """A migrated, empty database for one test."""
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    yield create_sessionmaker(engine)
    await engine.dispose()
