"""A resident in the web chat without a browser: plain HTTP form posts, as a page without
JavaScript makes them (the browser tests drive a real Chromium)."""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookiejar import CookieJar


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Form:
    action: str
    fields: dict[str, str] = field(default_factory=dict)
    buttons: list[tuple[str | None, str | None, str]] = field(
        default_factory=list
    )  # name, value, label
    has_text: bool = False


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._button: list | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = Form(a.get("action", ""))
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None:
            if a.get("type") == "hidden":
                self._form.fields[a["name"]] = a.get("value", "")
            elif a.get("name") == "text":
                self._form.has_text = True
        elif tag == "textarea" and self._form is not None:
            self._form.has_text = True
        elif tag == "button" and self._form is not None:
            self._button = [a.get("name"), a.get("value"), ""]
        elif tag in ("p", "br", "li", "div"):
            self.text.append("\n")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "button" and self._button is not None and self._form is not None:
            self._form.buttons.append((self._button[0], self._button[1], self._button[2].strip()))
            self._button = None

    def handle_data(self, data):
        if self._button is not None:
            self._button[2] += data
        self.text.append(data)


@dataclass
class Response:
    status: int
    url: str
    headers: dict[str, str]
    body: str

    @property
    def plain(self) -> str:
        parser = _Forms()
        parser.feed(self.body)
        return re.sub(r"[ \t]+", " ", "".join(parser.text))

    @property
    def forms(self) -> list[Form]:
        parser = _Forms()
        parser.feed(self.body)
        return parser.forms


class WebResident:
    """One browser's worth of cookies; every answer is a form of the page shown last."""

    def __init__(self, base_url: str, language: str = "nl") -> None:
        self.base = base_url.rstrip("/")
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.language = language
        self.page: Response | None = None

    def request(self, path: str, data: dict | None = None, headers: dict | None = None) -> Response:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        sent = urllib.request.Request(
            self.base + path,
            data=body,
            headers={"Accept-Language": self.language, **(headers or {})},
        )
        try:
            with self.opener.open(sent, timeout=20) as answer:
                result = Response(
                    answer.status, answer.url, dict(answer.headers), answer.read().decode()
                )
        except urllib.error.HTTPError as error:
            result = Response(error.code, error.url, dict(error.headers), error.read().decode())
        if result.headers.get("Content-Type", "").startswith("text/html"):
            self.page = result
        return result

    def open(self) -> Response:
        return self.request("/chat")

    def press(self, label: str) -> Response:
        """Tap the button whose text contains `label` (the newest one on the page)."""
        for form in reversed(self.page.forms):
            for name, value, text in form.buttons:
                if label in text:
                    data = dict(form.fields)
                    if name:
                        data[name] = value
                    return self.request(form.action, data)
        raise AssertionError(f"no button {label!r} on the page:\n{self.page.plain}")

    def labels(self) -> list[str]:
        return [text for form in self.page.forms for _, _, text in form.buttons]

    def type(self, text: str) -> Response:
        form = next(f for f in self.page.forms if f.has_text)
        return self.request(form.action, {**form.fields, "text": text})

    def cookie(self):
        return next(iter(self.cookies))
