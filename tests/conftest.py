"""Fixtures shared by unit and end-to-end tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_to_head

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_DIRECTORY = REPO / "data" / "directory.yaml"


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"


@pytest_asyncio.fixture
async def sessions(database_url: str) -> async_sessionmaker[AsyncSession]:
    """A migrated, empty database for one test."""
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    yield create_sessionmaker(engine)
    await engine.dispose()
