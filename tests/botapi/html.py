"""Telegram's HTML parse mode, strictly: only its tags, every other <, > and & escaped."""

from __future__ import annotations

import html
import re

TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
}
_TOKEN = re.compile(
    r"<(?P<close>/)?(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)(?P<attrs>(?:\s+[a-z-]+(?:=\"[^\"]*\"|='[^']*')?)*)\s*>"
    r"|&(?P<entity>#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot);"
    r"|(?P<bad>[<>&])"
)


class HtmlError(ValueError):
    pass


PREFIX = "Bad Request: can't parse entities: "


def _unclosed(tag: str) -> HtmlError:
    return HtmlError(f'{PREFIX}Can\'t find end tag corresponding to start tag "{tag}"')


def plain_text(text: str) -> str:
    """The text a person sees; raise HtmlError as Telegram would refuse the message."""
    stack: list[str] = []
    out: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        offset = len(text[: match.start()].encode("utf-8"))
        if match["bad"]:
            raise HtmlError(f"{PREFIX}unescaped '{match['bad']}' at byte offset {offset}")
        if match["entity"]:
            out.append(html.unescape(match.group(0)))
            continue
        tag = match["tag"].lower()
        if tag not in TAGS:
            raise HtmlError(f'{PREFIX}Unsupported start tag "{tag}" at byte offset {offset}')
        if match["close"]:
            if not stack or stack[-1] != tag:
                raise _unclosed(stack[-1] if stack else tag)
            stack.pop()
        else:
            stack.append(tag)
    out.append(text[position:])
    if stack:
        raise _unclosed(stack[-1])
    return "".join(out)
