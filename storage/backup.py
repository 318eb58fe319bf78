"""`python -m storage.backup FILE`: a consistent copy of the embedded (SQLite) database while
the bot runs (SQLite's online backup). PostgreSQL has its own: `pg_dump` (see the README).

The copy is as private as the database (mode 0600) and as encrypted: keep DATA_KEY safe
apart from it, or the copy cannot be read.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from storage.settings import StorageSettings, load_settings


def backup(database: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch(mode=0o600)
    os.chmod(target, 0o600)
    with sqlite3.connect(database) as source, sqlite3.connect(target) as copy:
        source.backup(copy)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m storage.backup FILE", file=sys.stderr)
        return 2
    url = make_url(load_settings(StorageSettings).database_url)
    if url.get_backend_name() != "sqlite":
        print("DATABASE_URL is PostgreSQL: use pg_dump (see the README).", file=sys.stderr)
        return 2
    backup(Path(url.database), Path(argv[0]))
    print(f"Backed up to {argv[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
