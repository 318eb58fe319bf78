"""A crowd at the door: chats are handled side by side, each chat's updates in order, and
Telegram is told an update arrived only once it and every one before it are committed."""

from __future__ import annotations

import time

from tests.botapi import Fault
from tests.e2e.conftest import BotProcess
from tests.e2e.database import tuples

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

SLOW = 4  # seconds Telegram takes to confirm one message to the first resident


def test_a_slow_chat_does_not_hold_up_another_and_stays_in_order(bot: BotProcess, new_user) -> None:
    slow, quick = new_user(), new_user()
    slow.settle()
    bot.fake.add_fault(Fault("sendMessage", status=200, delay=SLOW, chat_id=slow.id))
    started = time.monotonic()
    slow.send("/start")  # its first reply is stored at once, confirmed only after SLOW s
    slow.send("/help")  # must wait for the /start before it, although it is quick itself
    quick.send("/start")
    quick.expect("gegevens", timeout=SLOW - 1)  # the other chat was not kept waiting
    assert time.monotonic() - started < SLOW
    assert len(slow.messages) <= 1  # the slow chat's /help is not handled meanwhile
    slow.settle(timeout=30)
    texts = [m.plain for m in slow.messages]
    greeting = next(i for i, t in enumerate(texts) if "computer" in t)
    consent = next(i for i, t in enumerate(texts) if "gegevens" in t)
    assert greeting == 0 and consent == 1 and len(texts) > 2  # /start's replies, then /help's


def test_the_offset_waits_for_an_update_in_hand_and_kill_9_loses_it_not(
    bot: BotProcess, new_user
) -> None:
    slow, quick = new_user(), new_user()
    slow.settle()
    bot.fake.add_fault(Fault("sendMessage", status=200, delay=SLOW, chat_id=slow.id))
    polls_before = len(bot.fake.calls_of("getUpdates"))
    in_hand = slow.send("/start")
    quick_update = quick.send("/start")
    quick.expect("gegevens", timeout=SLOW - 1)
    bot.fake.wait_until(lambda: answered(bot, quick_update), SLOW - 1, "the quick update")
    time.sleep(0.3)  # the later update is finished, and the bot has polled since...
    offsets = [c.get("offset") for c in bot.fake.calls_of("getUpdates")[polls_before:]]
    assert quick_update > in_hand
    assert all(o is None or o <= in_hand for o in offsets), offsets  # ...but not confirmed
    bot.restart()  # kill -9 while the slow chat's update is in hand
    slow.expect("gegevens", timeout=30)  # delivered again: the slow chat is answered
    quick.settle(timeout=30)
    assert sum("gegevens" in m.plain for m in quick.messages) == 1  # quick's not twice
    bot.fake.wait_until(
        lambda: any((c.get("offset") or 0) > quick_update for c in bot.fake.calls_of("getUpdates")),
        what="both updates confirmed",
    )


def answered(bot: BotProcess, update_id: int) -> bool:
    found = tuples(bot, "SELECT answered_at FROM processed_update WHERE update_id = ?", update_id)
    return bool(found and found[0][0])
