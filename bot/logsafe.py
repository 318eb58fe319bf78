"""What a log may say about an error: its type and where it happened, never its message.

An exception's message and its traceback's values can carry what a person wrote (a question
in a failed query, a name in a KeyError), so neither is ever logged.
"""

from __future__ import annotations

OUR_PACKAGES = ("bot.", "flows.", "storage.")


def describe(exc: BaseException) -> str:
    """`KeyError at bot.workflow:120 (raised in sqlalchemy.orm.session:2345)`."""
    frames = [(tb.tb_frame.f_globals.get("__name__", "?"), tb.tb_lineno) for tb in _walk(exc)]
    if not frames:
        return type(exc).__name__
    ours = [frame for frame in frames if frame[0].startswith(OUR_PACKAGES)]
    where = ours[-1] if ours else frames[-1]
    text = f"{type(exc).__name__} at {where[0]}:{where[1]}"
    if frames[-1] != where:
        text += f" (raised in {frames[-1][0]}:{frames[-1][1]})"
    return text


def _walk(exc: BaseException):
    tb = exc.__traceback__
    while tb is not None:
        yield tb
        tb = tb.tb_next
