"""Starting the program: wrong settings, a broken directory, the demo chat."""

from __future__ import annotations

import os
import pty
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from storage.db import create_engine
from storage.migrate import upgrade_to_head
from tests.botapi import FakeTelegram
from tests.conftest import EXAMPLE_DIRECTORY, TEST_DATA_KEY
from tests.e2e.conftest import BotProcess


def environment(tmp_path: Path, **env: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    environment.update(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
            "DIRECTORY_FILE": str(EXAMPLE_DIRECTORY),
            "DATA_KEY": TEST_DATA_KEY,
            **env,
        }
    )
    return environment


def run_bot(tmp_path: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=environment(tmp_path, **env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def run_demo(tmp_path: Path, answers: list[str], **env: str) -> tuple[int, str]:
    """`make run` without a token, typed into a real terminal (a pseudo-terminal): the
    answers, one a line, then Ctrl-D. Returns the exit code and everything on the screen."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=environment(tmp_path, BOT_TOKEN="", **env),
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
    )
    os.close(terminal)
    screen = bytearray()

    def read_screen() -> None:
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the program ended and closed the terminal
                return
            if not chunk:
                return
            screen.extend(chunk)

    reader = threading.Thread(target=read_screen, daemon=True)
    reader.start()
    # Lines wait in the terminal until the demo reads them; Ctrl-D on an empty line ends it.
    os.write(controller, "".join(f"{answer}\n" for answer in answers).encode() + b"\x04")
    try:
        code = process.wait(60)
    finally:
        process.kill()
        reader.join(5)
        os.close(controller)
    return code, screen.decode(errors="replace").replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("BOT_TOKEN", "not-a-token"),
        ("DATABASE_URL", "mysql://localhost/x"),
        ("COORDINATOR_IDS", "12,abc"),
        ("TELEGRAM_API_URL", "not a url"),
        ("LOG_LEVEL", "LOUD"),
        ("DATA_KEY", "not-a-fernet-key"),
    ],
)
def test_a_wrong_setting_is_named_in_one_line_with_exit_code_2(tmp_path, name, value) -> None:
    result = run_bot(tmp_path, **{name: value})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["", " , "])
def test_a_bot_without_coordinators_refuses_to_start(tmp_path, value) -> None:
    """Danger alerts and the desk would reach nobody."""
    result = run_bot(tmp_path, BOT_TOKEN="1:x", COORDINATOR_IDS=value)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "COORDINATOR_IDS" in lines[0], result.stderr
    assert "required when BOT_TOKEN is set" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_broken_directory_with_nothing_imported_refuses_to_start(tmp_path) -> None:
    broken = tmp_path / "directory.yaml"
    broken.write_text(
        EXAMPLE_DIRECTORY.read_text().replace("kind: informeel", "kind: vrijwilliger", 1)
    )
    result = run_bot(tmp_path, BOT_TOKEN="1:x", COORDINATOR_IDS="1", DIRECTORY_FILE=str(broken))
    assert result.returncode == 2
    assert "meedenkers[0] (id m-anna), field 'kind'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_directory_keeps_the_one_in_use(fake, new_user, tmp_path) -> None:
    bot = BotProcess(fake, tmp_path).start()  # imports the good example directory
    bot.kill()
    broken = tmp_path / "directory.yaml"
    broken.write_text("network: [this is not: right")
    bot.env["DIRECTORY_FILE"] = str(broken)
    bot.start()
    try:
        user = new_user()
        user.send("/start")
        consent = user.expect("gegevens")
        user.press("Ja, dat is goed", consent)
        assert "Lisse" in user.expect("Stap 1 van 8").button_labels
        assert "not valid YAML" in bot.log.read_text()
    finally:
        bot.kill()


def test_without_a_token_the_demo_chat_runs_the_intake_in_the_terminal(tmp_path) -> None:
    code, out = run_demo(tmp_path, ["1", "2"])
    assert code == 0, out
    assert "BotFather" in out  # how to connect a real bot
    assert "Ik ben een computer" in out  # the bot's own welcome
    assert "Stap 1 van 8" in out and "Stap 2 van 8" in out  # tapped "ja", then "Lisse"
    assert "Demo ended" in out
    assert (tmp_path / "data" / "demo.db").exists()
    assert not (tmp_path / "bot.db").exists()  # the configured database is never touched


def test_the_demo_shows_what_the_coordinator_would_be_told(tmp_path) -> None:
    # consent, Lisse, question, Klaar, "alleen advies", "ja, iemand spreken" (after the
    # information), "maakt niet uit", Nederlands, the first Meedenker, "hier in deze chat",
    # "sla over", "Ja, versturen"
    answers = ["1", "2", "Ik heb schulden", "12", "6", "1", "3", "1", "1", "1", "8", "1"]
    code, out = run_demo(tmp_path, answers)
    assert code == 0, out
    assert "Verstuurd" in out
    assert "----- for the coordinator" in out
    assert out.count("Nieuwe aanmelding #1") == 1


def test_the_demo_greets_on_every_run(tmp_path) -> None:
    first_code, first = run_demo(tmp_path, ["1"])
    second_code, second = run_demo(tmp_path, [])
    assert first_code == second_code == 0, second
    assert "Ik ben een computer" in first
    # The second run is answered (its updates do not count as handled before), and the
    # resident is greeted where they stopped: go on, or start again.
    assert "Hallo! Je was al bezig met je vraag" in second
    assert "[2] Nee, ga verder" in second


async def test_the_demo_never_touches_the_configured_database(tmp_path) -> None:
    production = tmp_path / "production.db"
    engine = create_engine(f"sqlite+aiosqlite:///{production}")
    await upgrade_to_head(engine)
    await engine.dispose()
    with sqlite3.connect(production) as db:
        db.execute(
            "INSERT INTO notification (chat_id, kind, payload, status, attempts, next_attempt_at,"
            " created_at) VALUES (1, 'urgent', '{}', 'pending', 0, '2026-01-01', '2026-01-01')"
        )
    code, out = run_demo(tmp_path, ["1"], DATABASE_URL=f"sqlite+aiosqlite:///{production}")
    assert code == 0, out
    with sqlite3.connect(production) as db:
        assert db.execute("SELECT status FROM notification").fetchall() == [("pending",)]
        assert db.execute("SELECT count(*) FROM resident").fetchone() == (0,)
    assert "Stap 1 van 8" in out and (tmp_path / "data" / "demo.db").exists()


def test_without_a_terminal_the_demo_says_so_and_exits_non_zero(tmp_path) -> None:
    result = run_bot(tmp_path, stdin="1\n2\n", BOT_TOKEN="")
    assert result.returncode == 2
    assert "terminal" in result.stderr and "BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data" / "demo.db").exists()


def test_a_real_bot_without_a_data_key_refuses_to_start(tmp_path) -> None:
    result = run_bot(tmp_path, BOT_TOKEN="1:x", COORDINATOR_IDS="1", DATA_KEY="")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DATA_KEY" in lines[0], result.stderr
    assert not (tmp_path / "bot.db").exists()  # refused before anything was stored


def test_the_demo_makes_its_own_private_key_and_keeps_using_it(tmp_path) -> None:
    code, _ = run_demo(tmp_path, ["1", "2", "Ik heb schulden bij de Belastingdienst"], DATA_KEY="")
    assert code == 0
    key, database = tmp_path / "data" / "demo.key", tmp_path / "data" / "demo.db"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert b"Belastingdienst" not in database.read_bytes()
    first_key = key.read_text()
    # a second run finds the key and opens what the first stored (checked at start-up)
    again_code, again = run_demo(tmp_path, [], DATA_KEY="")
    assert again_code == 0, again
    assert "Hallo! Je was al bezig met je vraag" in again
    assert key.read_text() == first_key


def test_a_second_poller_on_the_same_database_refuses_to_start(tmp_path) -> None:
    fake = FakeTelegram().start()  # a quiet Telegram of its own: nothing left by other tests
    first = BotProcess(fake, tmp_path).start()
    try:
        second = subprocess.run(
            [sys.executable, "-m", "bot"],
            cwd=tmp_path,
            env=first.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 2
        assert "already polling" in second.stderr and "BOT_MODE=webhook" in second.stderr
        assert first.process.poll() is None  # the first one polls on
    finally:
        first.kill()
        fake.stop()


def test_webhook_mode_needs_its_address_and_secret(tmp_path) -> None:
    result = run_bot(tmp_path, BOT_TOKEN="1:x", COORDINATOR_IDS="1", BOT_MODE="webhook")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "Setting WEBHOOK_URL is wrong: required when BOT_MODE=webhook"
    ]
