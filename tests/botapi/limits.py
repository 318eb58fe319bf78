"""Telegram's sending limits: about 30 messages a second from one bot, one a second in one
chat. The fake refuses (429) what breaks them when it is asked to (`enforce_limits`)."""

from __future__ import annotations

from collections import deque

BOT_PER_SECOND, CHAT_GAP = 30, 1.0
# Both are judged where the message arrives: a send the bot spaced exactly right may land a
# little early after the one before it.
ARRIVAL_TOLERANCE = 0.05
SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


class SendLimits:
    def __init__(self) -> None:
        self._window: deque[float] = deque()
        self._last_in_chat: dict[object, float] = {}

    def allow(self, moment: float, chat: object) -> bool:
        """May a message to `chat` go at `moment`? If so, it counts as sent."""
        while self._window and moment - self._window[0] >= 1.0 - ARRIVAL_TOLERANCE:
            self._window.popleft()
        last = self._last_in_chat.get(chat)
        if len(self._window) >= BOT_PER_SECOND or (
            last is not None and moment - last < CHAT_GAP - ARRIVAL_TOLERANCE
        ):
            return False
        self._window.append(moment)
        self._last_in_chat[chat] = moment
        return True
