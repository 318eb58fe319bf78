"""SQLite in the event loop's own thread, behind SQLAlchemy's aiosqlite dialect.

aiosqlite runs every call in a worker thread: each statement, fetch, cursor and commit is
a hand-off there and back (about thirty per update), which costs more than the statement.
A statement on a local SQLite file takes microseconds, so this module offers the part of
aiosqlite's interface that the dialect uses, and runs each call at once.

Safe because one process's units of work take turns for SQLite anyway (storage/uow.py
writer_turn), so no call can wait here for a lock held by another coroutine of this
process; another process's writer is waited for by SQLite's busy timeout, as before.
"""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace
from typing import Any

from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_dbapi


class Cursor:
    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    async def __aenter__(self) -> Cursor:
        return self

    async def execute(self, operation: str, parameters: Any = ()) -> Cursor:
        self._cursor.execute(operation, parameters)
        return self

    async def executemany(self, operation: str, parameters: Any) -> Cursor:
        self._cursor.executemany(operation, parameters)
        return self

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(size or self._cursor.arraysize)

    async def close(self) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class _AtOnce:
    """Stands in for aiosqlite's queue to its thread (the dialect sets the isolation
    level through it): the function runs when it is put."""

    @staticmethod
    def put_nowait(item: tuple[Any, Any]) -> None:
        future, function = item
        try:
            future.set_result(function())
        except Exception as exc:  # noqa: BLE001 - handed to whoever awaits the future
            future.set_exception(exc)


class Connection:
    _thread = SimpleNamespace(daemon=True)  # the dialect marks aiosqlite's thread a daemon

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._args, self._kwargs = args, kwargs
        self._conn: sqlite3.Connection | None = None
        self._tx = _AtOnce()

    def __await__(self):
        return self._open().__await__()

    async def _open(self) -> Connection:
        self._conn = sqlite3.connect(*self._args, **self._kwargs)
        return self

    @property
    def _connection(self) -> sqlite3.Connection | None:
        return self._conn

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    def cursor(self) -> Cursor:
        return Cursor(self._conn.cursor())

    async def commit(self) -> None:
        self._conn.commit()

    async def rollback(self) -> None:
        self._conn.rollback()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


_ERRORS = (
    "DatabaseError",
    "Error",
    "IntegrityError",
    "NotSupportedError",
    "OperationalError",
    "ProgrammingError",
    "sqlite_version",
    "sqlite_version_info",
)
_module = SimpleNamespace(
    Connection=Connection, connect=Connection, **{name: getattr(sqlite3, name) for name in _ERRORS}
)


def dbapi() -> AsyncAdapt_aiosqlite_dbapi:
    """What create_async_engine takes as `module=` for an sqlite+aiosqlite URL."""
    return AsyncAdapt_aiosqlite_dbapi(_module, sqlite3)
