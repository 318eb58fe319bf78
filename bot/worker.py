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
        self._stopping = False

    async def round(self) -> None:
        raise NotImplementedError

    async def pause(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self, grace: float = 0.0) -> None:
        """Let the round in hand end by itself for up to `grace` seconds, then cancel."""
        self._stopping = True
        if self._task is None:
            return
        if grace:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._task), grace)
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    async def _run(self) -> None:
        # The flag, not only the cancellation, ends the loop: a cancellation that meets a
        # finishing wait_for can be lost (Python 3.11).
        while not self._stopping:
            try:
                await self.round()
            except Exception as exc:  # noqa: BLE001 - the loop must outlive any one failure
                # Type and place only: an exception's message may quote personal data.
                logger.error("%s round failed: %s", self.name, describe(exc))
            if not self._stopping:
                await self.pause()
