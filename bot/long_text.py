"""A message longer than Telegram takes (4096 UTF-16 units) is sent in parts.

Texts that share a message with a long question shorten it already (flows/notices.py);
this is the net under everything else: whatever the bot sends, it is never refused for
its length. The parts break at a line, else at a space, never inside an HTML tag or
entity, and a tag open at a break is closed and opened again. The buttons go with the
last part, so the message a later edit changes is the one that shows them.
"""

from __future__ import annotations

import re

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import SendMessage, TelegramMethod
from aiogram.methods.base import Response, TelegramType

from flows.text import utf16_len

MESSAGE_MAX = 4096
_PIECES = re.compile(r"<[^>]*>|&#?\w+;|[^<&]|[<&]", re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)")


def split_html(text: str, limit: int = MESSAGE_MAX) -> list[str]:
    """`text` in parts of at most `limit` UTF-16 units each (counted on the HTML, which is
    never shorter than what Telegram counts), every part well-formed on its own."""
    if utf16_len(text) <= limit:
        return [text]
    pieces, open_after = _pieces(text)
    parts, start = [], 0
    while start < len(pieces):
        reopen = "".join(open_after[start - 1]) if start else ""
        end = _end_of_part(pieces, open_after, start, limit - utf16_len(reopen))
        body = reopen + "".join(pieces[start:end]) + _closing(open_after[end - 1])
        if re.sub(r"<[^>]*>", "", body).strip():
            parts.append(body.strip("\n"))
        start = end
    return parts


def _pieces(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """Tags, entities and characters, each with the tags open after it."""
    pieces, open_after, stack = [], [], []
    for piece in _PIECES.findall(text):
        tag = _TAG.match(piece) if piece.startswith("<") and piece.endswith(">") else None
        if tag and tag.group(1):
            if stack and _TAG.match(stack[-1]).group(2) == tag.group(2):
                stack.pop()
        elif tag:
            stack.append(piece)
        pieces.append(piece)
        open_after.append(tuple(stack))
    return pieces, open_after


def _closing(open_tags: tuple[str, ...]) -> str:
    return "".join(f"</{_TAG.match(tag).group(2)}>" for tag in reversed(open_tags))


def _end_of_part(pieces, open_after, start: int, room: int) -> int:
    """Where the part from `start` ends: the last line break that fits (if it keeps at
    least half the room), else the last space, else as far as fits."""
    used, end, newline, space = 0, start, None, None
    for i in range(start, len(pieces)):
        used += utf16_len(pieces[i])
        if used + utf16_len(_closing(open_after[i])) > room:
            break
        end = i + 1
        if pieces[i] == "\n":
            newline = end
        elif pieces[i] == " ":
            space = end
    else:
        return len(pieces)
    if newline and newline - start >= (end - start) // 2:
        return newline
    if space and space - start >= (end - start) * 3 // 4:
        return space
    return max(end, start + 1)


class SplitLongMessages(BaseRequestMiddleware):
    """Sends a too long sendMessage as several, the buttons on the last."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if not isinstance(method, SendMessage) or utf16_len(method.text) <= MESSAGE_MAX:
            return await make_request(bot, method)
        *first, last = split_html(method.text)
        for part in first:
            await make_request(bot, method.model_copy(update={"text": part, "reply_markup": None}))
        return await make_request(bot, method.model_copy(update={"text": last}))
