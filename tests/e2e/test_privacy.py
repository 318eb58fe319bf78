"""Privacy of what residents tell the bot: never in the log, never in the clear on disk.

Every test here starts its own bot process (the module has no shared `bot`: a second bot
polling the same fake would take the updates).

A failing update is forced with the test-only fault hook: MEEDENKERS_TEST_FAULT_ON=<word>
makes every message containing <word> raise an exception that quotes the whole message
(text, name, phone number), as a bug might (bot/routers/errors.py, FaultInjection).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.routers.errors import FAULT_ENV
from storage.crypto import new_key
from tests.e2e.conftest import BotProcess
from tests.e2e.journeys import NEED_LABELS, Answers, to_question

NAME = "Zwaantje"
QUESTION = "Mijn zoon Joris heeft schulden bij de Belastingdienst en ik slaap slecht"
FAILING = "Ik heb een schuld bij de Woonstichting, bel mij op 0687654321"
PHONE = "+31612345678"
SECRETS = (NAME, "Joris", "Belastingdienst", "Woonstichting", "0687654321", "612345678")


def intake_with_phone(user) -> None:
    """From the question to a sent request, reachable by phone (a shared contact)."""
    user.send(QUESTION)
    user.press("Klaar", user.expect("Stap 3 van 8"))
    user.press(NEED_LABELS["mariam"], user.expect("Stap 4 van 8"))
    user.press("Maakt mij niet uit", user.expect("Met wie"))
    user.press("Nederlands", user.expect("taal"))
    choice = user.expect("Stap 7 van 8")
    user.press(next(b for b in choice.button_labels if b.startswith("Kies ")), choice)
    user.press("Bel mij", user.expect("Stap 8 van 8"))
    user.expect("nummer")
    user.send_contact(PHONE)
    user.press("Sla over", user.expect("Hoe heb je ons gevonden"))
    user.press("Ja, versturen", user.expect("Klopt dit?"))
    user.expect("verstuurd")


@pytest.mark.parametrize(("level", "form"), [("DEBUG", "text"), ("INFO", "text"), ("INFO", "json")])
def test_a_failing_update_leaves_nothing_personal_in_the_log(fake, new_user, tmp_path, level, form):
    bot = BotProcess(
        fake, tmp_path, LOG_LEVEL=level, LOG_FORMAT=form, **{FAULT_ENV: "Woonstichting"}
    ).start()
    try:
        user = new_user(first_name=NAME)
        to_question(user, Answers())
        failing = user.send(FAILING)
        user.expect("Sorry, er ging iets mis")
        intake_with_phone(user)  # the ordinary way, with everything logged at this level
        # Stop once every update is confirmed: the next test's bot must not get them again.
        fake.wait_until(lambda: fake.pending_updates() == 0, what="updates confirmed")
        assert bot.terminate() == 0
    finally:
        bot.kill()
    log = raw = bot.log.read_text()
    if form == "json":  # one object per line, for a log collector
        entries = [json.loads(line) for line in raw.splitlines()]
        assert {"time", "level", "logger", "message", "process"} <= set(entries[0])
        log = "\n".join(entry["message"] for entry in entries)
    assert f"update {failing} failed: RuntimeError at bot.routers.errors:" in log, raw
    # Nor their Telegram account: at DEBUG the database driver would show it in every query.
    leaked = [secret for secret in (*SECRETS, str(user.id)) if secret in raw]
    assert not leaked, f"found {leaked} in the log:\n{raw}"


def test_rotating_the_key_with_the_command_keeps_everything_readable(
    fake, new_user, tmp_path
) -> None:
    old, new = new_key(), new_key()
    bot = BotProcess(fake, tmp_path, DATA_KEY=old).start()
    try:
        user = new_user()
        to_question(user, Answers())
        user.send("Ik heb schulden bij de Belastingdienst")
        user.expect("Stap 3 van 8")
        fake.wait_until(lambda: fake.pending_updates() == 0, what="updates confirmed")
    finally:
        bot.kill()

    bot.env["DATA_KEY"] = new  # the new key alone: not yet
    refused = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=bot.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "Setting DATA_KEY is wrong: it does not open the data already stored"
    ]

    rotation = subprocess.run(
        [sys.executable, "-m", "storage.rotate"],
        cwd=tmp_path,
        env={**bot.env, "DATA_KEY": f"{new},{old}"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert rotation.returncode == 0, rotation.stderr
    assert "now encrypted with the newest key" in rotation.stderr

    bot.start().kill()  # the old key is gone, and the bot starts
    with sqlite3.connect(tmp_path / "bot.db") as db:
        drafts = [data for (data,) in db.execute("SELECT data FROM conversation_state")]
    assert any("Belastingdienst" in Fernet(new).decrypt(d.encode()).decode() for d in drafts)


def test_the_bot_runs_retention_when_it_starts(fake, new_user, tmp_path) -> None:
    bot = BotProcess(fake, tmp_path).start()
    try:
        user = new_user()
        user.send("/start")
        user.expect("gegevens")
        fake.wait_until(lambda: fake.pending_updates() == 0, what="updates confirmed")
        bot.kill()
        assert handled_update_ids(tmp_path) > 0
        time.sleep(1)
        bot.env["RETAIN_UPDATE_IDS_DAYS"] = "0.00001"  # under a second
        bot.start()
        fake.wait_until(lambda: handled_update_ids(tmp_path) == 0, what="update ids pruned")
    finally:
        bot.kill()
    assert "retention: " in bot.log.read_text()


def handled_update_ids(workdir: Path) -> int:
    with sqlite3.connect(workdir / "bot.db") as db:
        return db.execute("SELECT count(*) FROM processed_update").fetchone()[0]
