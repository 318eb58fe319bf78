"""Storage: the schema, the FSM state in the database, the unit of work, update claims."""

from __future__ import annotations

import pytest
from aiogram.fsm.storage.base import StorageKey
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage import fsm, updates
from storage.db import create_engine, create_sessionmaker
from storage.fsm import SqlStorage
from storage.migrate import upgrade_to_head
from storage.models import Base
from storage.uow import unit_of_work
from storage.updates import Claim

KEY = StorageKey(bot_id=1, chat_id=10, user_id=10)


async def test_migrations_match_the_models(sessions) -> None:
    engine = sessions.kw["bind"]
    async with engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
    assert differences == []


async def test_upgrade_twice_is_harmless(database_url) -> None:
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    await upgrade_to_head(engine)
    await engine.dispose()


async def test_state_and_data_survive_a_restart(database_url) -> None:
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    storage = SqlStorage(create_sessionmaker(engine))
    await storage.set_state(KEY, "intake:question")
    await storage.set_data(KEY, {"intake": {"step": "question", "answers": {"gemeente": "Lisse"}}})
    await engine.dispose()  # the process ends

    engine = create_engine(database_url)
    storage = SqlStorage(create_sessionmaker(engine))
    assert await storage.get_state(KEY) == "intake:question"
    assert (await storage.get_data(KEY))["intake"]["answers"] == {"gemeente": "Lisse"}
    other = StorageKey(bot_id=1, chat_id=11, user_id=11)
    assert await storage.get_state(other) is None and await storage.get_data(other) == {}
    await engine.dispose()


async def test_state_joins_the_unit_of_work_and_rolls_back_with_it(sessions) -> None:
    storage = SqlStorage(sessions)
    await storage.set_data(KEY, {"step": "gemeente"})
    with pytest.raises(RuntimeError):
        async with unit_of_work(sessions):
            await storage.set_data(KEY, {"step": "question"})
            await storage.set_state(KEY, "changed")
            assert await storage.get_data(KEY) == {"step": "question"}
            raise RuntimeError("the handler failed")
    assert await storage.get_data(KEY) == {"step": "gemeente"}
    assert await storage.get_state(KEY) is None


async def test_a_state_erased_in_a_unit_of_work_is_gone_there_and_can_be_set_anew(sessions):
    storage = SqlStorage(sessions)
    await storage.set_data(KEY, {"intake": {"step": "question"}})
    async with unit_of_work(sessions) as session:
        await storage.set_data(KEY, {"locale": "tr"})  # set, then erased: never written
        await fsm.forget(session, ["fsm:1:10:10"])
        assert await storage.get_data(KEY) == {}
    assert await storage.get_data(KEY) == {}
    async with unit_of_work(sessions) as session:
        await fsm.forget(session, ["fsm:1:10:10"])
        await storage.set_data(KEY, {"locale": "ar"})  # a fresh start after /vergeetmij
        await storage.set_state(KEY, "again")
    assert await storage.get_data(KEY) == {"locale": "ar"}
    assert await storage.get_state(KEY) == "again"


async def test_an_update_is_claimed_once_and_its_replies_are_known(sessions) -> None:
    async with unit_of_work(sessions) as session:
        assert await updates.claim(session, 7) is Claim.NEW
    async with unit_of_work(sessions) as session:  # handled; its replies not (yet) made
        assert await updates.claim(session, 7) is Claim.UNANSWERED
        assert await updates.claim(session, 8) is Claim.NEW
        await updates.answered(session, 7)
    async with unit_of_work(sessions) as session:
        assert await updates.claim(session, 7) is Claim.DONE


async def test_a_claim_rolled_back_can_be_claimed_again(sessions) -> None:
    with pytest.raises(RuntimeError):
        async with unit_of_work(sessions) as session:
            await updates.claim(session, 9)
            raise RuntimeError("crash before commit")
    async with unit_of_work(sessions) as session:
        assert await updates.claim(session, 9) is Claim.NEW
