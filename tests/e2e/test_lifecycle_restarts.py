"""A request's timers and its Meedenker's access, across restarts of the bot: each test
runs a bot of its own (no other bot polls this module's fake)."""

from __future__ import annotations

import time

from tests.conftest import EXAMPLE_DIRECTORY
from tests.e2e.conftest import BotProcess
from tests.e2e.journeys import (
    Answers,
    choose,
    close_request,
    enrol,
    open_from_notice,
    request_id_of,
    status_of,
)

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py);
# each test starts a bot of its own on the module's database.
ON_POSTGRESQL = True

LISSE = Answers(gemeente="Lisse", question="Ik heb schulden en veel post")

REMIND_SECONDS, HAND_OVER_SECONDS = 12, 3


def test_timers_stop_when_the_request_moves_on(fake, database, coordinator, new_user, tmp_path):
    bot = BotProcess(
        fake,
        tmp_path,
        REMINDER_AFTER_HOURS=str(5 / 3600),
        ESCALATE_AFTER_HOURS=str(2 / 3600),
        **database,
    ).start()
    try:
        nel, resident = new_user(first_name="Nel"), new_user()
        enrol(coordinator, nel, "m-nel")
        choose(resident, "Nel", LISSE)
        nel.expect("Nieuwe vraag voor jou")
        introduced = time.monotonic()
        close_request(coordinator, open_from_notice(coordinator, request_id_of(bot, resident)))
        # Past the moment of the reminder, and of the hand-over after it: neither may come.
        time.sleep(max(0.0, introduced + REMIND_SECONDS + HAND_OVER_SECONDS + 3 - time.monotonic()))
        nel.settle()
        assert not any("Herinnering" in m.plain for m in nel.messages)
        assert not any("nog niet gereageerd" in m.plain for m in resident.messages)
        assert not any("reageerde niet" in m.plain for m in coordinator.messages)
        assert status_of(bot, resident) == "closed"
    finally:
        bot.kill()


def test_a_meedenker_who_left_the_directory_loses_access(
    fake, database, coordinator, new_user, tmp_path
):
    bot = BotProcess(fake, tmp_path, **database).start()
    try:
        ingrid, resident = new_user(first_name="Ingrid"), new_user()
        enrol(coordinator, ingrid, "m-ingrid")
        choose(resident, "Ingrid", LISSE)
        introduction = ingrid.expect("Nieuwe vraag voor jou")
        ingrid.press("Aannemen", introduction)
        resident.expect("Goed nieuws")
        bot.fake.wait_until(lambda: "Afgerond" in introduction.button_labels, what="accepted")
        request_id = request_id_of(bot, resident)
        done = next(
            b["callback_data"] for b in introduction.inline_buttons if b["text"] == "Afgerond"
        )
        bot.kill()
        without = tmp_path / "directory.yaml"
        without.write_text(_without_entry(EXAMPLE_DIRECTORY.read_text(), "m-ingrid"))
        bot.env["DIRECTORY_FILE"] = str(without)
        bot.start()
        coordinator.expect(f"#{request_id}: Ingrid staat niet meer in de lijst")
        bot.fake.wait_until(lambda: status_of(bot, resident) == "escalated", what="to the desk")
        bot.fake.wait_until(lambda: not introduction.inline_buttons, what="her buttons to go")
        ingrid.tap_data(done, introduction)  # an old client still shows the button
        ingrid.settle()
        assert "niet voor jou" in ingrid.last_callback_answer["text"]
        ingrid.send("/open")
        ingrid.settle()
        assert not any("schulden" in m.plain for m in ingrid.messages[-2:])
        assert status_of(bot, resident) == "escalated"
    finally:
        bot.kill()


def _without_entry(directory: str, meedenker_id: str) -> str:
    """The directory file with one Meedenker's entry taken out."""
    blocks = directory.split("\n  - id: ")
    return "\n  - id: ".join(b for b in blocks if not b.startswith(meedenker_id + "\n"))
