"""Server-rendered HTML of the web chat: the same `Say`s as Telegram, as a page.

Catalog texts are Telegram's HTML subset (b, i, a) with line breaks; they are escaped once
in bot/i18n.py, so they go into the page as they are. Everything else is escaped here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from bot.i18n import LANGUAGE_NAMES, RIGHT_TO_LEFT, t
from bot.render import label_of, text_of
from flows.intake import STEP_COUNT
from flows.privacy import FORGET_ME
from flows.render import from_data

CRISIS = "crisis.body"  # shown in a live region: read out at once
STATIC = "/static/webchat"


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def paragraphs(rendered: str) -> str:
    """A catalog text's blank lines as paragraphs, its single line breaks as <br>."""
    parts = [p for p in rendered.split("\n\n") if p.strip()]
    return "".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in parts)


@dataclass(frozen=True)
class Frame:
    """What every page has: its language, its form token, the network's name."""

    locale: str
    csrf: str
    brand: str


def document(frame: Frame, title: str, main: str, messages: str = "", nav: bool = True) -> str:
    direction = "rtl" if frame.locale in RIGHT_TO_LEFT else "ltr"
    return (
        "<!doctype html>\n"
        f'<html lang="{esc(frame.locale)}" dir="{direction}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        f'<link rel="stylesheet" href="{STATIC}/webchat.css">\n'
        f'<script src="{STATIC}/webchat.js" defer></script>\n'
        "</head>\n<body>\n"
        f'<a class="skip" href="#chat">{t("web.skip")}</a>\n'
        f'<header><h1 class="brand">{esc(frame.brand)}</h1>{_languages(frame)}</header>\n'
        f'<main id="chat" tabindex="-1">\n<div id="step">{main}</div>\n{messages}\n</main>\n'
        f"{_footer(frame) if nav else ''}"
        "</body>\n</html>\n"
    )


def _hidden(frame: Frame) -> str:
    return f'<input type="hidden" name="csrf" value="{esc(frame.csrf)}">'


def _languages(frame: Frame) -> str:
    buttons = "".join(
        f'<button name="lang" value="{code}" lang="{code}" '
        f'aria-pressed="{"true" if code == frame.locale else "false"}">{esc(name)}</button>'
        for code, name in LANGUAGE_NAMES.items()
    )
    return (
        f'<form method="post" action="/chat/taal" class="languages">{_hidden(frame)}'
        f"<fieldset><legend>{t('web.language')}</legend>{buttons}</fieldset></form>"
    )


def _footer(frame: Frame) -> str:
    commands = "".join(
        f'<button name="command" value="{value}">{t(key)}</button>'
        for value, key in (("mens", "web.human"), ("help", "web.help"), ("stop", "web.stop"))
    )
    return (
        f'<footer><nav aria-label="{t("web.more")}">'
        f'<form method="post" action="/chat" class="commands">{_hidden(frame)}{commands}</form>'
        f'<a href="/chat/mijngegevens">{t("web.mydata")}</a>'
        f'<form method="post" action="/chat/vergeet" class="commands">{_hidden(frame)}'
        f'<button class="quiet">{t("web.forget")}</button></form>'
        "</nav></footer>\n"
    )


def progress(step: int | None) -> str:
    """Announced when the step changes without a reload (a status region)."""
    text = t("web.step", step=step, total=STEP_COUNT) if step else ""
    return f'<p id="progress" class="progress" role="status">{text}</p>'


def says_html(
    frame: Frame, says: list[dict[str, Any]], seq: int, persona: str | None, hide=()
) -> str:
    """The messages of one step; each one's buttons in a form of their own."""
    out = []
    for say in says:
        if "alert" in say:
            out.append(f'<p class="notice" role="alert">{text_of(from_data(say["alert"]))}</p>')
            continue
        body = paragraphs(text_of(from_data(say["text"]), persona))
        if say["text"].get("key") == CRISIS:
            out.append(f'<div class="crisis" role="alert">{body}</div>')
        else:
            out.append(f'<div class="say">{body}</div>')
        rows = [[b for b in row if b["value"] not in hide] for row in say.get("buttons", [])]
        out.append(_buttons(frame, [row for row in rows if row], seq, persona))
    return "".join(out)


def _buttons(frame: Frame, rows: list[list[dict]], seq: int, persona: str | None) -> str:
    if not rows:
        return ""
    choices, forget = [], ""
    for row in rows:
        for button in row:
            label = esc(label_of(from_data(button["label"]), persona))
            if button["value"] == FORGET_ME:  # erasure has a page of its own
                forget = (
                    f'<form method="post" action="/chat/vergeet" class="choices">'
                    f"{_hidden(frame)}<button>{label}</button></form>"
                )
                continue
            choices.append(f'<button name="tap" value="{esc(button["value"])}">{label}</button>')
    form = ""
    if choices:
        form = (
            f'<form method="post" action="/chat" class="choices">{_hidden(frame)}'
            f'<input type="hidden" name="seq" value="{seq}">{"".join(choices)}</form>'
        )
    return form + forget


def answer_form(frame: Frame, kind: str) -> str:
    """Typing always works (a gemeente, /mens); a text step asks for it in a big field."""
    if kind == "text":
        field = '<textarea id="answer" name="text" rows="6" maxlength="4000" required></textarea>'
        label = t("web.your_answer")
    else:
        autocomplete = {
            "phone": ' inputmode="tel" autocomplete="tel"',
            "email": ' inputmode="email" autocomplete="email"',
        }
        field = (
            f'<input id="answer" name="text" type="text" maxlength="4000"'
            f"{autocomplete.get(kind, '')} required>"
        )
        label = t("web.your_answer") if kind in autocomplete else t("web.type_here")
    return (
        f'<form method="post" action="/chat" class="answer">{_hidden(frame)}'
        f'<label for="answer">{label}</label>{field}'
        f'<button class="send">{t("web.send")}</button></form>'
    )


def messages_html(items: list[tuple[int, dict[str, Any]]], persona: str | None) -> str:
    """The bot's messages for this resident (accepted, declined...), newest last."""
    if items:
        body = "".join(
            f'<li id="m{number}">{paragraphs(text_of(from_data(payload["text"]), persona))}</li>'
            for number, payload in items
        )
        listing = f"<ol>{body}</ol>"
    else:
        listing = f"<p>{t('web.no_messages')}</p>"
    return (
        '<section id="messages" aria-labelledby="messages-title">'
        f'<h2 id="messages-title">{t("web.messages")}</h2>'
        f'<div id="message-list" aria-live="polite">{listing}</div></section>'
    )


def notice_page(frame: Frame, text: str, back: bool = True) -> str:
    """A short page of its own (too many requests, an old form): what to do next."""
    link = f'<p><a href="/chat">{t("web.back")}</a></p>' if back else ""
    return document(frame, text, f'<div class="say" role="alert"><p>{text}</p></div>{link}')
