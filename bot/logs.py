"""Logs: one line per event, as text for a person or as JSON for a log collector
(LOG_FORMAT=json), never with what people wrote, their names or their numbers."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

# Libraries whose detailed logs would show what people send and what is stored: update
# contents (aiogram, aiohttp), SQL parameters and result rows (sqlalchemy, aiosqlite,
# asyncpg). They speak up only about trouble, whatever LOG_LEVEL says.
QUIET_LOGGERS = ("aiogram", "aiohttp", "sqlalchemy", "aiosqlite", "asyncpg", "alembic", "asyncio")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    """One JSON object per line; `process` tells the workers of a fleet apart."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(level: str, form: str = "text") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if form == "json" else logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
