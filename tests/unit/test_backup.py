"""A backup taken while the bot writes can be restored and read with the same key."""

from __future__ import annotations

import stat

from storage import requests
from storage.backup import backup
from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_to_head
from storage.models import Request
from storage.uow import unit_of_work


async def test_an_online_backup_restores_what_was_stored(tmp_path) -> None:
    live = tmp_path / "live.db"
    engine = create_engine(f"sqlite+aiosqlite:///{live}")
    await upgrade_to_head(engine)
    sessions = create_sessionmaker(engine)
    async with unit_of_work(sessions) as session:
        request = requests.new_request(session, await requests.resident_for(session, 5, "nl"))
        requests.fill(request, {"gemeente": "Lisse", "question": "Mijn huur is te hoog"})
        await session.flush()
        request_id = request.id
    copy = tmp_path / "backups" / "copy.db"
    backup(live, copy)  # the engine still holds the live database open
    await engine.dispose()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    restored = create_engine(f"sqlite+aiosqlite:///{copy}")
    await upgrade_to_head(restored)  # a restored copy starts like any database
    async with unit_of_work(create_sessionmaker(restored)) as session:
        assert (await session.get(Request, request_id)).question == "Mijn huur is te hoog"
    await restored.dispose()
