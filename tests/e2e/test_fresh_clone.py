"""A clone on its own: nothing the tests use may lie outside the repository."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

# The offline Bot API checks every call against the spec, so these use all of it.
OFFLINE_BOT_API_TESTS = ["tests/e2e/test_intake.py", "tests/unit/test_catalogs.py"]


def test_a_clone_with_nothing_beside_it_runs_the_offline_bot_api_tests(tmp_path) -> None:
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout: there is nothing to clone")
    clone = tmp_path / "alone" / "meedenkersbot"  # no ../shared beside it
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True, timeout=120)
    environment = {**os.environ, "PYTHONPATH": str(clone)}  # its own code, not this checkout's
    run = {"cwd": clone, "env": environment, "capture_output": True, "text": True}
    compiled = subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "compile", "-d", "locales"],
        timeout=120,
        **run,
    )
    assert compiled.returncode == 0, compiled.stderr
    # -o addopts: pytest's own -q only, so the summary line counts the tests.
    pytest_args = ["-p", "no:xdist", "-p", "no:cacheprovider", "-o", "addopts=", "-q"]
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", *pytest_args, *OFFLINE_BOT_API_TESTS], timeout=600, **run
    )
    assert tests.returncode == 0, tests.stdout[-5000:] + tests.stderr[-2000:]
    assert " passed" in tests.stdout and "skipped" not in tests.stdout, tests.stdout
