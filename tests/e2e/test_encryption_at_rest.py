"""With encryption on, a real intake leaves no question, name or phone number in the
database files, and the files are private."""

from __future__ import annotations

import stat

from tests.e2e.journeys import Answers, requests_of, to_question
from tests.e2e.test_privacy import NAME, PHONE, QUESTION, intake_with_phone


def test_the_database_file_holds_no_question_name_or_phone_number(bot, new_user) -> None:
    user = new_user(first_name=NAME)
    to_question(user, Answers())
    intake_with_phone(user)
    [request] = requests_of(bot, user.id)
    assert (request["question"], request["contact_value"]) == (QUESTION, PHONE)  # it is there
    files = [bot.workdir / name for name in ("bot.db", "bot.db-wal", "bot.db-shm")]
    raw = b"".join(path.read_bytes() for path in files if path.exists())
    for secret in (QUESTION, "Joris", "Belastingdienst", "612345678", NAME):
        assert secret.encode() not in raw, secret
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
