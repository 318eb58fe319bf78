"""The polling loop's bookkeeping: chats side by side, one chat in order, the offset only
past what is finished, and an update in hand never started twice."""

from __future__ import annotations

import asyncio

from aiogram.types import Update

from bot.polling import ChatOrderedPolling


def update(update_id: int, chat: int) -> dict:
    """As Telegram sends it: the polling makes an `Update` of it only once it is new."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": {"id": chat, "type": "private"},
            "from": {"id": chat, "is_bot": False, "first_name": "X"},
            "text": "hallo",
        },
    }


class Dispatcher:
    """Handles an update when the test releases it."""

    def __init__(self) -> None:
        self.started: list[int] = []
        self.release: dict[int, asyncio.Event] = {}

    async def feed_update(self, bot, update: Update) -> None:
        self.started.append(update.update_id)
        await self.release.setdefault(update.update_id, asyncio.Event()).wait()

    def finish(self, update_id: int) -> None:
        self.release.setdefault(update_id, asyncio.Event()).set()


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_chats_side_by_side_each_in_order_and_the_offset_waits() -> None:
    dispatcher = Dispatcher()
    polling = ChatOrderedPolling(bot=None, dispatcher=dispatcher)
    batch = [update(10, chat=1), update(11, chat=2), update(12, chat=1)]
    assert polling.take(batch) == 3
    await settle()
    assert dispatcher.started == [10, 11]  # chat 2 need not wait; chat 1's second waits
    dispatcher.finish(11)
    await settle()
    assert polling.offset == 10  # 11 is done, but 10 before it is not: not confirmed
    assert polling.take(batch) == 0  # Telegram hands them out again: none started twice
    dispatcher.finish(10)
    await settle()
    assert dispatcher.started == [10, 11, 12]  # chat 1's next, only now
    assert polling.offset == 12
    dispatcher.finish(12)
    await polling.drain()
    assert polling.offset == 13


async def test_concurrency_is_bounded() -> None:
    dispatcher = Dispatcher()
    polling = ChatOrderedPolling(bot=None, dispatcher=dispatcher, concurrency=2)
    polling.take([update(i, chat=i) for i in range(1, 6)])
    await settle()
    assert dispatcher.started == [1, 2]
    dispatcher.finish(1)
    await settle()
    assert dispatcher.started == [1, 2, 3]
    for i in range(2, 6):
        dispatcher.finish(i)
    await polling.drain()
    assert polling.offset == 6


async def test_an_update_brought_back_after_its_confirmation_is_not_started_again() -> None:
    dispatcher = Dispatcher()
    polling = ChatOrderedPolling(bot=None, dispatcher=dispatcher)
    batch = [update(20, chat=1), update(21, chat=2)]
    polling.take(batch)
    dispatcher.finish(20)
    dispatcher.finish(21)
    await polling.drain()
    assert polling.offset == 22
    # A getUpdates sent with the older offset, answered after both were finished.
    assert polling.take(batch, asked_from=20) == 0
    await polling.drain()
    assert dispatcher.started == [20, 21]


async def test_an_update_that_cannot_be_read_is_skipped_and_holds_up_nothing() -> None:
    dispatcher = Dispatcher()
    polling = ChatOrderedPolling(bot=None, dispatcher=dispatcher)
    unreadable = {"update_id": 30, "message": {"message_id": "not a number"}}
    assert polling.take([unreadable, update(31, chat=1)]) == 1
    await settle()
    assert dispatcher.started == [31]
    dispatcher.finish(31)
    await settle()
    assert polling.offset == 32  # Telegram is told: it will not come back
