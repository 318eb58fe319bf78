"""The bot as it meets a real network: crashes, redelivery, rate limits, outages, shutdown."""

from __future__ import annotations

import time

from tests.botapi import Fault
from tests.e2e.conftest import BotProcess
from tests.e2e.database import rows, tuples
from tests.e2e.journeys import Answers, to_question

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True


def test_kill_9_mid_conversation_loses_nothing(bot: BotProcess, new_user) -> None:
    user = new_user()
    to_question(user, Answers())
    user.send("Mijn huur is te hoog")
    topics = user.expect("Stap 3 van 8")
    user.settle()
    bot.restart()  # kill -9, then start again
    user.press("Klaar", topics)  # no /start: the person simply goes on
    user.expect("Stap 4 van 8")


def test_an_update_in_hand_when_killed_is_handled_after_restart(bot: BotProcess, new_user):
    user = new_user()
    prompt = to_question(user, Answers())
    user.settle()
    # Telegram takes the answer at once but is slow to say so: the bot is still inside
    # the handler (nothing committed, the update not yet confirmed) when it is killed.
    bot.fake.add_fault(Fault("sendMessage", status=200, delay=3, chat_id=user.id))
    user.send("Ik kan mijn rekeningen niet betalen")
    bot.fake.wait_until(lambda: len(user.messages) > len_before(user, prompt), what="the reply")
    bot.restart()
    user.expect("Stap 3 van 8")
    user.settle()
    # Handled again from the start, the bot tries to take the buttons off the question
    # prompt once more; Telegram says "not modified", which the bot rightly shrugs off.
    repeated = bot.fake.take_violations()
    assert all(
        v.method == "editMessageReplyMarkup" and "not modified" in v.description for v in repeated
    )
    # the answer survived: the next step follows on from it
    user.press("Klaar")
    user.expect("Stap 4 van 8")


def len_before(user, prompt) -> int:
    return [m.message_id for m in user.messages].index(prompt.message_id) + 1


def test_same_update_twice_is_handled_once(bot: BotProcess, new_user) -> None:
    user = new_user()
    to_question(user, Answers())
    update_id = user.send("Ik zoek hulp bij mijn post")
    user.expect("Stap 3 van 8")
    user.settle()
    count = len(user.messages)
    bot.fake.redeliver(update_id)
    user.settle()
    assert len(user.messages) == count
    assert bot.fake.pending_updates() == 0


def test_survives_429_and_5xx_on_get_updates(bot: BotProcess, new_user) -> None:
    user = new_user()
    user.settle()
    for status in (429, 500, 502):
        bot.fake.add_fault(Fault("getUpdates", status=status, retry_after=1, times=1))
    user.send("/start")
    user.expect("gegevens", timeout=30)


def test_429_and_5xx_while_answering_are_retried_and_the_reply_arrives_once(
    bot: BotProcess, new_user
) -> None:
    user = new_user()
    user.send("/start")
    consent = user.expect("gegevens")
    for status in (429, 500, 502):
        bot.fake.add_fault(Fault("sendMessage", status=status, retry_after=1, chat_id=user.id))
    user.press("Ja, dat is goed", consent)
    user.expect("Stap 1 van 8", timeout=30)
    user.settle()
    assert sum("Stap 1 van 8" in m.plain for m in user.messages) == 1


def test_a_blocked_user_does_not_stop_the_bot(bot: BotProcess, new_user) -> None:
    blocked, other = new_user(), new_user()
    blocked.send("/start")
    blocked.expect("gegevens")
    bot.fake.block(blocked.id)
    blocked.send("/stop")
    other.send("/start")
    other.expect("gegevens")


def test_every_callback_query_is_answered(bot: BotProcess, new_user) -> None:
    user = new_user()
    user.send("/start")
    consent = user.expect("gegevens")
    user.press("Vertel meer", consent)
    user.press("Ja, dat is goed", user.expect("Is dat goed?"))
    user.tap_data("i:999:nonsense", user.expect("Stap 1 van 8"))
    user.tap_data("x:unknown-prefix", user.last)
    user.settle()
    assert len(bot.fake.callbacks) >= 4
    assert bot.fake.unanswered_callbacks() == []


def test_sigterm_finishes_the_update_in_hand_and_exits_0(bot: BotProcess, new_user) -> None:
    user = new_user()
    prompt = to_question(user, Answers())
    user.settle()
    bot.fake.add_fault(Fault("sendMessage", status=200, delay=2, chat_id=user.id))
    update_id = user.send("Ik wil weten waar ik recht op heb voor mijn huur")
    bot.fake.wait_until(lambda: len(user.messages) > len_before(user, prompt), what="the reply")
    started = time.monotonic()
    assert bot.terminate() == 0
    assert time.monotonic() - started < 15
    bot.start()
    bot.fake.redeliver(update_id)  # even if Telegram sent it again, it was committed
    user.settle()
    assert sum("Stap 3 van 8" in m.plain for m in user.messages) == 1
    user.press("Klaar")
    user.expect("Stap 4 van 8")


def test_a_reply_telegram_refuses_is_apologised_for_and_the_answer_kept(bot: BotProcess, new_user):
    user = new_user()
    to_question(user, Answers())
    user.settle()
    bot.fake.add_fault(Fault("sendMessage", status=400, chat_id=user.id))
    user.send("Ik heb een vraag over mijn huur")
    user.expect("Sorry, er ging iets mis", "bewaard")
    user.expect("Stap 3 van 8")  # the next step after all: the answer was saved first
    assert "huur" not in bot.log.read_text()


def test_an_update_whose_replies_were_lost_shows_where_the_resident_is(bot: BotProcess, new_user):
    """Committed, but the process died before its replies: delivered again, it changes
    nothing and shows the resident the step they are at."""
    user = new_user()
    to_question(user, Answers())
    update_id = user.send("Ik zoek hulp bij mijn huur")
    user.expect("Stap 3 van 8")
    user.settle()
    rows(  # as if it died before answering
        bot,
        "UPDATE processed_update SET answered_at = NULL WHERE update_id = :id RETURNING update_id",
        id=update_id,
    )
    bot.fake.redeliver(update_id)
    again = user.expect("Stap 3 van 8")
    assert "huur" not in again.plain.lower() or "Klaar" in again.button_labels
    user.settle()
    [(answered,)] = tuples(
        bot, "SELECT answered_at FROM processed_update WHERE update_id = ?", update_id
    )
    assert answered is not None
