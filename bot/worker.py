"""A background loop beside the updates: one round of work, a pause, again, until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.logsafe import describe

logger = logging.getLogger("meedenkers.workers")


class Worker:
    name = "worker"

    def __init__(self) -> None:
        self._task: asyncio.Task | None = None

    async def round(self) -> None:
        raise NotImplementedError

    async def pause(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            try:
                await self.round()
            except Exception as exc:  # noqa: BLE001 - the loop must outlive any one failure
                # Type and place only: an exception's message may quote personal data.
                logger.error("%s round failed: %s", self.name, describe(exc))
            await self.pause()
