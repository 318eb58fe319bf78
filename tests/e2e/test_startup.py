"""Starting the program: wrong settings, a broken directory, the demo chat."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_DIRECTORY, TEST_DATA_KEY
from tests.e2e.conftest import BotProcess


def run_bot(tmp_path: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    environment.update(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
            "DIRECTORY_FILE": str(EXAMPLE_DIRECTORY),
            "DATA_KEY": TEST_DATA_KEY,
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


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


def test_a_broken_directory_with_nothing_imported_refuses_to_start(tmp_path) -> None:
    broken = tmp_path / "directory.yaml"
    broken.write_text(
        EXAMPLE_DIRECTORY.read_text().replace("kind: informeel", "kind: vrijwilliger", 1)
    )
    result = run_bot(tmp_path, BOT_TOKEN="1:x", DIRECTORY_FILE=str(broken))
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
        assert "Lisse" in user.expect("Stap 1 van 7").button_labels
        assert "not valid YAML" in bot.log.read_text()
    finally:
        bot.kill()


def test_without_a_token_the_demo_chat_runs_the_intake_in_the_terminal(tmp_path) -> None:
    result = run_bot(tmp_path, stdin="1\n2\n", BOT_TOKEN="")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "BotFather" in out  # how to connect a real bot
    assert "Ik ben een computer" in out  # the bot's own welcome
    assert "Stap 1 van 7" in out and "Stap 2 van 7" in out  # tapped "ja", then "Lisse"
    assert "Demo ended" in out
    assert (tmp_path / "bot.db").exists()


def test_the_demo_shows_what_the_coordinator_would_be_told(tmp_path) -> None:
    # consent, Lisse, question, Klaar, "alleen advies", "maakt niet uit", Nederlands,
    # the first Meedenker, "hier in deze chat", "Ja, versturen"
    answers = "1\n2\nIk heb schulden\n12\n6\n3\n1\n1\n1\n1\n"
    result = run_bot(tmp_path, stdin=answers, BOT_TOKEN="")
    assert result.returncode == 0, result.stderr
    assert "Verstuurd" in result.stdout
    assert "----- for the coordinator" in result.stdout
    assert result.stdout.count("Nieuwe aanmelding #1") == 1


def test_a_real_bot_without_a_data_key_refuses_to_start(tmp_path) -> None:
    result = run_bot(tmp_path, BOT_TOKEN="1:x", DATA_KEY="")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DATA_KEY" in lines[0], result.stderr
    assert not (tmp_path / "bot.db").exists()  # refused before anything was stored


def test_the_demo_makes_its_own_private_key_and_keeps_using_it(tmp_path) -> None:
    answers = "1\n2\nIk heb schulden bij de Belastingdienst\n"
    assert run_bot(tmp_path, stdin=answers, BOT_TOKEN="", DATA_KEY="").returncode == 0
    key = tmp_path / "bot.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "bot.db").stat().st_mode) == 0o600
    assert b"Belastingdienst" not in (tmp_path / "bot.db").read_bytes()
    first_key = key.read_text()
    # a second run finds the key and opens what the first stored (checked at start-up)
    again = run_bot(tmp_path, stdin="", BOT_TOKEN="", DATA_KEY="")
    assert again.returncode == 0, again.stderr
    assert "er ging iets mis" not in again.stdout
    assert key.read_text() == first_key
