"""Encryption at rest: what a person wrote is stored as a token, on SQLite and PostgreSQL;
keys rotate; rows from before encryption are encrypted by the migration; the file is private."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from aiogram.fsm.storage.base import StorageKey
from alembic import command
from sqlalchemy import DateTime, bindparam, select, text
from sqlalchemy.exc import StatementError

from storage import crypto
from storage.crypto import DataKeyError, new_key, use_keys
from storage.db import create_engine, create_sessionmaker
from storage.fsm import SqlStorage
from storage.migrate import alembic_config, upgrade_to_head
from storage.models import ConversationState, Notification, Request, Resident
from storage.rotate import rotate
from storage.uow import unit_of_work
from tests.conftest import TEST_DATA_KEY

LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)
QUESTION = "Ik heb schulden bij de Belastingdienst en mijn zoon Joris is ziek"
PHONE = "+31612345678"
NAME = "Fatima"
PAYLOAD = {"text": {"key": "relay.to_resident", "params": {"text": "Bel de huisarts, Fatima"}}}


@pytest.fixture(autouse=True)
def restore_keys() -> Iterator[None]:
    yield
    use_keys(TEST_DATA_KEY)


async def store_personal_data(sessions) -> int:
    async with unit_of_work(sessions) as session:
        resident = Resident(telegram_id=4242)
        session.add(resident)
        await session.flush()
        request = Request(
            resident_id=resident.id,
            status="chosen",
            question=QUESTION,
            contact_method="phone",
            contact_value=PHONE,
            display_name=NAME,
        )
        session.add(request)
        session.add(Notification(chat_id=1, kind="relay", payload=PAYLOAD))
        session.add(ConversationState(key="fsm:1:4242:4242", data={"answers": {"q": QUESTION}}))
        await session.flush()
        return request.id


async def raw_values(sessions) -> list[str]:
    """Every encrypted column's value as stored."""
    async with unit_of_work(sessions) as session:
        rows = [
            *(
                await session.execute(
                    text("SELECT question, contact_value, display_name FROM request")
                )
            ),
            *(await session.execute(text("SELECT payload FROM notification"))),
            *(await session.execute(text("SELECT data FROM conversation_state"))),
        ]
    return [value for row in rows for value in row]


async def test_personal_columns_round_trip_and_are_stored_encrypted(sessions) -> None:
    request_id = await store_personal_data(sessions)
    async with unit_of_work(sessions) as session:
        request = await session.get(Request, request_id)
        assert (request.question, request.contact_value, request.display_name) == (
            QUESTION,
            PHONE,
            NAME,
        )
        assert (await session.scalar(select(Notification.payload))) == PAYLOAD
        state = await session.get(ConversationState, "fsm:1:4242:4242")
        assert state.data == {"answers": {"q": QUESTION}}
    stored = await raw_values(sessions)
    assert len(stored) == 5 and all(value.startswith("gAAAAA") for value in stored)
    assert not any(word in value for value in stored for word in ("schulden", "612345678", NAME))


async def test_the_fsm_storage_reads_back_what_it_encrypted(sessions) -> None:
    storage = SqlStorage(sessions)
    key = StorageKey(bot_id=1, chat_id=7, user_id=7)
    await storage.set_data(key, {"question": QUESTION, "locale": "ar"})
    assert await storage.get_data(key) == {"question": QUESTION, "locale": "ar"}


async def test_rotation_re_encrypts_every_row_with_the_newest_key(sessions) -> None:
    old, new = new_key(), new_key()
    use_keys(old)
    request_id = await store_personal_data(sessions)
    async with unit_of_work(sessions) as session:
        updated_before = (await session.get(Request, request_id)).updated_at

    use_keys(f"{new},{old}")  # newest first: reads both, writes with the new one
    assert await rotate(sessions) == 5

    use_keys(new)  # the old key is gone
    async with unit_of_work(sessions) as session:
        request = await session.get(Request, request_id)
        assert (request.question, request.contact_value, request.display_name) == (
            QUESTION,
            PHONE,
            NAME,
        )
        assert request.updated_at == updated_before  # rotating is not a change of the request
        assert (await session.scalar(select(Notification.payload))) == PAYLOAD
    use_keys(old)
    with pytest.raises(DataKeyError):
        async with unit_of_work(sessions) as session:
            await session.scalar(select(Request.question))


async def test_without_a_key_nothing_personal_is_written(sessions) -> None:
    use_keys(None)
    with pytest.raises(StatementError, match="DATA_KEY is not set") as refused:
        await store_personal_data(sessions)
    assert isinstance(refused.value.orig, DataKeyError)


def migrate(connection, step, revision: str) -> None:
    """Alembic's `step` (upgrade or downgrade) to `revision`, on this connection."""
    config = alembic_config()
    config.attributes["connection"] = connection
    step(config, revision)


def at(sql: str):
    """A statement whose `:t` is the moment LONG_AGO, typed so both databases accept it."""
    return text(sql).bindparams(bindparam("t", LONG_AGO, type_=DateTime(timezone=True)))


async def test_the_migration_encrypts_rows_stored_in_plain_text(database_url) -> None:
    engine = create_engine(database_url)

    async with engine.begin() as connection:
        await connection.run_sync(migrate, command.upgrade, "0001")
        await connection.execute(
            at("INSERT INTO resident (id, telegram_id, locale, created_at) VALUES (1, 5, 'nl', :t)")
        )
        await connection.execute(
            at(
                "INSERT INTO request (id, resident_id, status, question, levensgebieden, "
                "contact_value, display_name, excluded, needs_triage, urgent, "
                "escalation_reasons, source, created_at, updated_at) VALUES (1, 1, 'closed', "
                ":q, '[]', :phone, :name, '[]', false, false, '[]', 'self', :t, :t)"
            ),
            {"q": QUESTION, "phone": PHONE, "name": NAME},
        )
        await connection.execute(
            at(
                "INSERT INTO notification (id, chat_id, kind, payload, status, attempts, "
                "next_attempt_at, created_at) VALUES (1, 1, 'relay', :p, 'sent', 0, :t, :t)"
            ),
            {"p": '{"text": "Bel de huisarts, Fatima"}'},
        )
    await upgrade_to_head(engine)
    sessions = create_sessionmaker(engine)
    async with unit_of_work(sessions) as session:
        request = await session.get(Request, 1)
        assert (request.question, request.contact_value, request.display_name) == (
            QUESTION,
            PHONE,
            NAME,
        )
        assert await session.scalar(select(Notification.payload)) == {
            "text": "Bel de huisarts, Fatima"
        }
    stored = await raw_values(sessions)
    assert all(value.startswith("gAAAAA") for value in stored)
    await engine.dispose()


async def test_the_migration_refuses_plain_rows_without_a_key(tmp_path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")

    async with engine.begin() as connection:
        await connection.run_sync(migrate, command.upgrade, "0001")
        await connection.execute(
            text("INSERT INTO conversation_state VALUES ('fsm:1:2:2', NULL, '{}', '2026-01-01')")
        )
    use_keys(None)
    with pytest.raises(RuntimeError, match="DATA_KEY"):
        await upgrade_to_head(engine)
    await engine.dispose()


async def test_the_sqlite_files_are_readable_by_their_owner_only(tmp_path) -> None:
    database = tmp_path / "private.db"
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    await upgrade_to_head(engine)
    await store_personal_data(create_sessionmaker(engine))
    files = [database, tmp_path / "private.db-wal", tmp_path / "private.db-shm"]
    assert all(path.exists() for path in files)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    await engine.dispose()


def test_a_malformed_key_is_refused() -> None:
    with pytest.raises(ValueError, match="storage.crypto"):
        crypto.parse_keys("not-a-key")
    assert len(crypto.parse_keys(f"{new_key()}, {new_key()}")) == 2


async def test_downgrading_decrypts_again(database_url) -> None:
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    await store_personal_data(create_sessionmaker(engine))

    async with engine.begin() as connection:
        await connection.run_sync(migrate, command.downgrade, "0001")
        row = (await connection.execute(text("SELECT question, contact_value FROM request"))).one()
        payload = await connection.scalar(text("SELECT payload FROM notification"))
    assert tuple(row) == (QUESTION, PHONE)
    assert (json.loads(payload) if isinstance(payload, str) else payload) == PAYLOAD
    await engine.dispose()
