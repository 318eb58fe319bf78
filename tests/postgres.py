"""A throwaway PostgreSQL server for the storage contract tests (the production database).

Uses the PostgreSQL binaries on the machine; without them the PostgreSQL half of the
contract tests is skipped, saying why.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from pathlib import Path


def find_binary(name: str) -> str | None:
    return shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))), None
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.initdb, self.pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
        # PostgreSQL refuses to run as root: then it runs as the postgres user.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def available(self) -> bool:
        return bool(self.initdb and self.pg_ctl)

    def _run(self, *command: str) -> None:
        subprocess.run([*self.as_user, *command], check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        data = self.directory / "data"
        data.mkdir()
        if self.as_user:
            shutil.chown(self.directory, "postgres")
            shutil.chown(data, "postgres")
        self._run(self.initdb, "-D", str(data), "-U", "meedenkers", "--auth=trust", "-E", "UTF8")
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.directory} -F"
        self._run(
            self.pg_ctl,
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(self.directory / "log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        self._run(self.pg_ctl, "-D", str(self.directory / "data"), "-m", "immediate", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://meedenkers@127.0.0.1:{self.port}/{database}"
