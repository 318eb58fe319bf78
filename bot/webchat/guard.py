"""The web chat's defences: the conversation's cookie, CSRF tokens, security headers, size
and rate limits. Nothing here knows what the conversation is about."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections import deque

from aiohttp import web

COOKIE = "meedenkers_chat"
COOKIE_MAX_AGE = 60 * 60 * 24 * 90  # a resident may come back to their page for months
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{40,64}")
MAX_BODY = 16 * 1024  # bytes of a form: a question is at most a few thousand characters

# Self only; no inline script or style; forms post to this site alone.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; "
    "frame-ancestors {ancestors}"
)


def token_of(request: web.Request) -> str | None:
    """The conversation's token from its cookie, if it looks like one of ours."""
    token = request.cookies.get(COOKIE)
    return token if token and _TOKEN_SHAPE.fullmatch(token) else None


def is_https(request: web.Request) -> bool:
    """Directly, or behind a reverse proxy that says so."""
    return request.secure or request.headers.get("X-Forwarded-Proto", "") == "https"


def set_cookie(response: web.StreamResponse, request: web.Request, token: str) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=COOKIE_MAX_AGE,
        path="/",
        httponly=True,
        samesite="Lax",  # sent when a resident follows a link to the chat; not by other sites
        secure=is_https(request),
    )


def clear_cookie(response: web.StreamResponse) -> None:
    response.del_cookie(COOKIE, path="/")


def csrf_for(token: str) -> str:
    """A form's token: only a page that holds the conversation's cookie can know it."""
    return hmac.new(token.encode(), b"meedenkers-webchat-form", hashlib.sha256).hexdigest()


def csrf_ok(token: str | None, sent: str | None, request: web.Request) -> bool:
    """The form came from our own page: the right token, and no other site as its origin."""
    origin = request.headers.get("Origin")
    if origin and origin != "null" and origin.split("://", 1)[-1] != request.host:
        return False
    return bool(token and sent) and hmac.compare_digest(csrf_for(token), sent)


def headers_for(frame_ancestors: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": CSP.format(ancestors=f"'self' {frame_ancestors}".strip()),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }


class RateLimit:
    """At most `limit` requests per `window` seconds for one key (an address, a
    conversation). Kept in memory: each process counts its own."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        seen = self._seen.setdefault(key, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        if len(self._seen) > 10_000:  # forget who has been quiet for a while
            self._seen = {k: v for k, v in self._seen.items() if v and v[-1] > now - self.window}
        return True
