"""`python -m storage.rotate`: re-encrypt every stored secret with the newest DATA_KEY.

Rotating a key: put a new key in front of DATA_KEY (`NEW,OLD`), restart the bot (it reads
old rows and writes new ones), run this command, then remove OLD from DATA_KEY.
"""

from __future__ import annotations

import asyncio
import sys

from sqlalchemy import Text, select, type_coerce, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.crypto import DataKeyError, EncryptedJSON, EncryptedText, keyring, use_keys
from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_to_head
from storage.models import Base
from storage.settings import StorageSettings, load_settings, refuse

BATCH = 500


def encrypted_columns():
    """Every (table, column) whose values are encrypted, found in the models."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText | EncryptedJSON):
                yield table, column


async def keys_open_stored_data(sessions: async_sessionmaker[AsyncSession]) -> bool:
    """Whether DATA_KEY opens what is stored (the last value of each encrypted column):
    a wrong key is found at start-up, not by the first resident who writes."""
    async with sessions() as session:
        for table, column in encrypted_columns():
            [key] = table.primary_key.columns
            token = await session.scalar(
                select(type_coerce(column, Text))
                .where(column.is_not(None))
                .order_by(key.desc())
                .limit(1)
            )
            try:
                if token is not None:
                    keyring.decrypt(token)
            except DataKeyError:
                return False
    return True


async def rotate(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Re-encrypt with the newest key; returns how many values were rewritten."""
    rewritten = 0
    for table, column in encrypted_columns():
        [key] = table.primary_key.columns
        raw = type_coerce(column, Text)  # the token as stored, not decrypted
        # Columns that change by themselves on update (updated_at) keep their value.
        unchanged = {c.name: c for c in table.columns if c.onupdate is not None}
        last = None
        while True:
            async with sessions() as session, session.begin():
                query = select(key, raw).where(column.is_not(None)).order_by(key).limit(BATCH)
                if last is not None:
                    query = query.where(key > last)
                rows = (await session.execute(query)).all()
                for row_key, token in rows:
                    fresh = type_coerce(keyring.rotate(token), Text)
                    await session.execute(
                        update(table)
                        .where(key == row_key)
                        .values({**unchanged, column.name: fresh})
                    )
            rewritten += len(rows)
            if len(rows) < BATCH:
                break
            last = rows[-1][0]
    return rewritten


async def _main(settings: StorageSettings) -> int:
    engine = create_engine(settings.database_url)
    try:
        await upgrade_to_head(engine)
        return await rotate(create_sessionmaker(engine))
    finally:
        await engine.dispose()


def main() -> int:
    settings = load_settings(StorageSettings)
    if settings.data_key is None:
        refuse("DATA_KEY", "is missing: it holds the keys to rotate, newest first")
    use_keys(settings.data_key.get_secret_value())
    count = asyncio.run(_main(settings))
    print(f"{count} values now encrypted with the newest key", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
