"""Long polling that handles chats side by side and each chat in order.

Telegram forgets an update once a later getUpdates asks for an offset past it, so the
offset is moved only past updates that are finished (committed and answered), together
with every update before them: a `kill -9` loses nothing, and what was finished already
is skipped by the processed-update table (storage/updates.py) when it comes again.
Telegram cannot hand out newer updates without confirming older ones, so updates in hand
come back in every getUpdates until they are finished; they are recognised by their id and
not started twice. A getUpdates brings at most 100 updates, which bounds how far ahead of
the oldest unfinished update the bot can look.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Hashable
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.dispatcher.middlewares.user_context import UserContextMiddleware
from aiogram.methods import GetUpdates
from aiogram.types import Update
from pydantic import ValidationError

logger = logging.getLogger("meedenkers.polling")

BATCH = 100  # Telegram's most per getUpdates
POLL_SECONDS = 30
PATIENCE = 0.2  # seconds before asking again behind a slow update
RETRY_SECONDS = (0.5, 1, 2, 5)  # after a failed getUpdates; the last one repeats


class GetRawUpdates(GetUpdates):
    """getUpdates whose updates stay as Telegram sent them until they are known to be new:
    the updates in hand come back in every call, and making each an `Update` again costs
    more than the rest of the call."""

    __returning__ = list[dict[str, Any]]


def chat_key(update: Update) -> Hashable:
    """Updates with the same key are handled one after another: the chat and the person
    (a tap comes from a person, in a chat); an update with neither stands alone."""
    context = UserContextMiddleware.resolve_event_context(update)
    chat = context.chat.id if context.chat else None
    person = context.user.id if context.user else None
    if chat is None and person is None:
        return ("update", update.update_id)
    return (chat, person)


class ChatOrderedPolling:
    """Fetch, hand each chat's updates to one worker in turn, confirm what is finished."""

    def __init__(self, bot: Bot, dispatcher: Dispatcher, concurrency: int = 32) -> None:
        self.bot, self.dispatcher = bot, dispatcher
        self.offset: int | None = None  # the oldest update not finished; None: not known yet
        self._unfinished: set[int] = set()  # taken in, not finished
        self._finished: set[int] = set()  # finished, but an older one is not: not confirmed
        self._queues: dict[Hashable, deque[Update]] = {}  # per chat, while it has work
        self._workers: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(concurrency)
        self._concurrency, self._running = concurrency, 0
        self._progress = asyncio.Event()

    async def run(self, stopping: asyncio.Event, allowed_updates: list[str]) -> None:
        """Poll until `stopping` is set; then finish the updates in hand and confirm them."""
        failures = 0
        while not stopping.is_set():
            asked_from = self.offset
            try:
                updates = await self._fetch(stopping, allowed_updates, POLL_SECONDS)
            except Exception as exc:  # noqa: BLE001 - an outage, a proxy's page: try again
                delay = RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)]
                failures += 1
                logger.warning("getUpdates failed (%s); again in %s s", type(exc).__name__, delay)
                await _sleep_unless(stopping, delay)
                continue
            failures = 0
            if updates is None:
                break
            await self._room_to_fetch(stopping, brought_new=self.take(updates, asked_from) > 0)
        await self.drain()
        if self.offset is not None:  # tell Telegram what was finished
            try:
                await self.bot.get_updates(offset=self.offset, limit=1, timeout=0)
            except Exception:  # noqa: BLE001 - delivered again at the next start, and skipped
                pass

    async def _room_to_fetch(self, stopping: asyncio.Event, brought_new: bool) -> None:
        """Wait until asking again can bring new updates, and a worker could start them.
        Every getUpdates returns (and costs the parsing of) the updates in hand, so while
        as many chats as can run at once wait for a slot, new ones would only queue behind.
        After a getUpdates that brought only updates in hand, wait for half the batch to
        be finished; when one slow chat holds the offset, ask again after a moment anyway
        (other chats may be waiting behind it)."""
        deadline = asyncio.get_running_loop().time() + PATIENCE
        offset = self.offset
        while self._unfinished and not stopping.is_set():
            room = self._room()
            left = deadline - asyncio.get_running_loop().time()
            ready = len(self._queues) - self._running  # chats whose next update awaits a slot
            if ready < self._concurrency and (
                (brought_new and room > 0)
                or (room >= BATCH // 2 and self.offset != offset)
                or (room > 0 and left <= 0)
            ):
                return
            self._progress.clear()
            await _wait_any(stopping, self._progress, seconds=max(left, PATIENCE))

    def _room(self) -> int:
        """How many new updates the next getUpdates could bring."""
        newest = max(self._unfinished | self._finished, default=None)
        if newest is None or self.offset is None:
            return BATCH
        return BATCH - (newest - self.offset + 1)

    async def _fetch(
        self, stopping: asyncio.Event, allowed_updates: list[str], seconds: int
    ) -> list[dict[str, Any]] | None:
        """One getUpdates; None if the bot is stopping meanwhile."""
        asked = GetRawUpdates(
            offset=self.offset, limit=BATCH, timeout=seconds, allowed_updates=allowed_updates
        )
        request = asyncio.ensure_future(self.bot(asked, request_timeout=seconds + 30))
        stop = asyncio.ensure_future(stopping.wait())
        await asyncio.wait({request, stop}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        if not request.done():  # a long poll in progress: nothing was taken from it
            request.cancel()
            return None
        return request.result()

    def take(self, updates: list[dict[str, Any]], asked_from: int | None = None) -> int:
        """Queue the updates not seen before, each behind its chat's; returns how many.
        `updates` as Telegram sent them; `asked_from`: the offset the getUpdates that
        brought them was sent with."""
        taken = 0
        for raw in updates:
            update_id = raw["update_id"]
            if update_id in self._unfinished or update_id in self._finished:
                continue  # in hand (or finished, not yet confirmed): not twice
            if asked_from is not None and asked_from <= update_id < (self.offset or 0):
                continue  # finished while that getUpdates was under way: not twice either
            if self.offset is None:
                self.offset = update_id
            self._unfinished.add(update_id)
            try:
                update = Update.model_validate(raw, context={"bot": self.bot})
            except ValidationError:  # would come back for ever, holding up every later one
                logger.error("update %s could not be read; skipped", update_id)
                self._finish(update_id)
                continue
            key = chat_key(update)
            queue = self._queues.get(key)
            if queue is None:
                self._queues[key] = deque([update])
                self._start(self._work(key))
            else:
                queue.append(update)
            taken += 1
        return taken

    def _start(self, work) -> None:
        task = asyncio.ensure_future(work)
        self._workers.add(task)
        task.add_done_callback(self._workers.discard)

    async def _work(self, key: Hashable) -> None:
        """Handle one chat's updates in the order they came, until its queue is empty."""
        queue = self._queues[key]
        while queue:
            update = queue[0]
            async with self._slots:
                self._running += 1
                try:
                    await self.dispatcher.feed_update(self.bot, update)
                except Exception as exc:  # noqa: BLE001 - the type only: logs carry no text
                    logger.error("update %s failed: %s", update.update_id, type(exc).__name__)
                finally:
                    self._running -= 1
            queue.popleft()
            self._finish(update.update_id)
        del self._queues[key]

    def _finish(self, update_id: int) -> None:
        """Mark the update finished; move the offset past the finished updates in front."""
        self._unfinished.discard(update_id)
        self._finished.add(update_id)
        oldest_open = min(self._unfinished, default=None)
        done = [u for u in self._finished if oldest_open is None or u < oldest_open]
        if done:  # (an update delivered again after its confirmation never moves it back)
            self.offset = max(self.offset or 0, max(done) + 1)
            self._finished.difference_update(done)
        self._progress.set()

    async def drain(self) -> None:
        """Wait until every update taken in is finished."""
        while self._workers:
            await asyncio.gather(*self._workers, return_exceptions=True)


async def _sleep_unless(stopping: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stopping.wait(), seconds)
    except TimeoutError:
        pass


async def _wait_any(stopping: asyncio.Event, progress: asyncio.Event, seconds: float) -> None:
    waits = {asyncio.ensure_future(stopping.wait()), asyncio.ensure_future(progress.wait())}
    _, pending = await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
