"""An offline stand-in for the Telegram Bot API, as strict as the real one.

`FakeTelegram` serves `/bot<token>/<method>` over HTTP on localhost, checks every call
against the official spec (`spec/api.json`, kept in the repository) and Telegram's own limits,
and lets tests act as users. Run it alone with `python -m tests.botapi --port 8081`.
"""

from tests.botapi.server import FakeTelegram, Fault, Violation
from tests.botapi.users import FakeUser, SentMessage

__all__ = ["Fault", "FakeTelegram", "FakeUser", "SentMessage", "Violation"]
