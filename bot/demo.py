"""The local demo chat: the real bot in a terminal, with no Telegram and no token.

You are a resident. Every update goes through the same dispatcher and flows as in
production, on a database of its own (`data/demo.db`): the demo never touches the configured
database or its outbox. A small aiogram session prints what the bot sends instead of calling
Telegram. Messages for other chats (a Meedenker, the coordinator) are printed and marked.
Tap a button by typing its number. End of input (Ctrl-D) ends the demo.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import sys
from datetime import UTC, datetime
from itertools import count
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response
from aiogram.types import (
    CallbackQuery,
    Chat,
    Contact,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    Update,
    User,
)

from bot.runner import runtime
from bot.settings import DEMO_DATABASE_URL, Settings
from storage import updates
from storage.uow import unit_of_work

RESIDENT = User(id=1001, is_bot=False, first_name="Demo", language_code="nl")
DEMO_PHONE = "+31600000000"
DEMO_COORDINATOR = 1002
SHARE_CONTACT = object()
BOT_USER = {
    "id": 1,
    "is_bot": True,
    "first_name": "Meedenkersbot",
    "username": "meedenkers_demo_bot",
}

BANNER = """\
Meedenkersbot - local demo chat (no BOT_TOKEN set)
You are a resident. Type a message; type the number of a button to tap it; Ctrl-D ends.
To connect a real bot: ask @BotFather on Telegram for a token and put BOT_TOKEN=... in .env.
"""


class TerminalSession(BaseSession):
    """An aiogram session that prints what the bot sends instead of calling Telegram."""

    def __init__(self, out=sys.stdout) -> None:
        super().__init__()
        self._out = out
        self._message_ids = count(1)
        # (label, callback_data) of the last keyboard; for reply buttons the data is None,
        # or SHARE_CONTACT for Telegram's share-my-number button.
        self.buttons: list[tuple[str, Any]] = []

    async def close(self) -> None:
        pass

    async def stream_content(self, *args: Any, **kwargs: Any):  # pragma: no cover - not used
        raise NotImplementedError

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[Any],
        timeout: int | None = None,  # noqa: ASYNC109 - aiogram's signature
    ) -> Any:
        name = method.__api_method__
        result: Any = True
        if name == "getMe":
            result = BOT_USER
        elif name in {"sendMessage", "editMessageText"}:
            result = self._show(
                method.chat_id, method.text, method.reply_markup, edited=name != "sendMessage"
            )
        elif name == "editMessageReplyMarkup":
            self._remember_buttons(method.chat_id, method.reply_markup)
        elif name == "answerCallbackQuery" and method.text:
            self._print(f"  [{method.text}]")
        elif name in {"sendDocument", "sendPhoto"}:
            result = self._show(method.chat_id, method.caption or f"({name})", None, edited=False)
        response = Response[method.__returning__].model_validate(
            {"ok": True, "result": result}, context={"bot": bot}
        )
        return response.result

    def _show(self, chat_id: int, text: str, markup: Any, edited: bool) -> dict[str, Any]:
        for_resident = chat_id == RESIDENT.id
        if not for_resident:
            who = "the coordinator" if chat_id == DEMO_COORDINATOR else f"chat {chat_id}"
            self._print(f"\n----- for {who} (not you: this goes to them, not to you) -----")
        self._print(("(changed) " if edited else "") + _plain(text))
        if for_resident:
            self._remember_buttons(chat_id, markup)
        else:
            self._print("-----")
        return {
            "message_id": next(self._message_ids),
            "date": int(datetime.now(UTC).timestamp()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": text,
        }

    def _remember_buttons(self, chat_id: int, markup: Any) -> None:
        if chat_id != RESIDENT.id:
            return
        if isinstance(markup, InlineKeyboardMarkup):
            self.buttons = [
                (b.text, b.callback_data) for row in markup.inline_keyboard for b in row
            ]
        elif isinstance(markup, ReplyKeyboardMarkup):
            self.buttons = [
                (b.text, SHARE_CONTACT if b.request_contact else None)
                for row in markup.keyboard
                for b in row
            ]
        else:
            return
        for number, (label, _) in enumerate(self.buttons, start=1):
            self._print(f"  [{number}] {label}")

    def _print(self, text: str) -> None:
        print(text, file=self._out, flush=True)


def _plain(text: str) -> str:
    """HTML as a terminal shows it: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"</?[a-z][^>]*>", "", text))


class DemoChat:
    """Turns typed lines into Telegram updates from the demo resident."""

    def __init__(self, session: TerminalSession, first_update_id: int) -> None:
        self._session = session
        self._update_ids = count(first_update_id)
        self._message_ids = count(10_000)

    def update_for(self, line: str) -> Update:
        chat = Chat(id=RESIDENT.id, type="private")
        message_id = next(self._message_ids)
        now = datetime.now(UTC)
        if line.isdigit() and 1 <= int(line) <= len(self._session.buttons):
            label, data = self._session.buttons[int(line) - 1]
            if data is SHARE_CONTACT:
                contact = Contact(phone_number=DEMO_PHONE, first_name="Demo", user_id=RESIDENT.id)
                message = Message(
                    message_id=message_id, date=now, chat=chat, from_user=RESIDENT, contact=contact
                )
                return Update(update_id=next(self._update_ids), message=message)
            if data is not None:
                tapped = Message(message_id=message_id, date=now, chat=chat, text=label)
                query = CallbackQuery(
                    id=str(message_id),
                    from_user=RESIDENT,
                    chat_instance="demo",
                    message=tapped,
                    data=data,
                )
                return Update(update_id=next(self._update_ids), callback_query=query)
            line = label  # a reply-keyboard button sends its label as text
        message = Message(message_id=message_id, date=now, chat=chat, from_user=RESIDENT, text=line)
        return Update(update_id=next(self._update_ids), message=message)


async def run_demo(settings: Settings) -> None:
    """Run the demo on the terminal until the input ends (Ctrl-D); the caller checked that
    there is a terminal."""
    logging.getLogger().setLevel(max(logging.WARNING, logging.getLogger().level))
    # Its own world: never the configured database, whose outbox it would otherwise empty.
    update = {"database_url": DEMO_DATABASE_URL}
    if not settings.coordinator_ids:  # show what the coordinator would be told
        update["coordinator_ids"] = (DEMO_COORDINATOR,)
    settings = settings.model_copy(update=update)
    session = TerminalSession()
    print(BANNER, flush=True)
    async with runtime(settings, session) as rt:
        async with unit_of_work(rt.dispatcher["sessions"]) as db:
            # Update ids go on where the last run stopped: old ones count as handled.
            chat = DemoChat(session, await updates.last_handled(db) + 1)
        await rt.dispatcher.emit_startup(bot=rt.bot, **rt.dispatcher.workflow_data)
        await rt.dispatcher.feed_update(rt.bot, chat.update_for("/start"))
        async for line in _stdin_lines():
            if line.strip():
                await rt.dispatcher.feed_update(rt.bot, chat.update_for(line.strip()))
        await rt.dispatcher["background"].flush()
        await rt.dispatcher.emit_shutdown(bot=rt.bot, **rt.dispatcher.workflow_data)
    print("\nDemo ended. Your answers are kept in data/demo.db.", flush=True)


async def _stdin_lines():
    loop = asyncio.get_running_loop()
    while True:
        print("> ", end="", flush=True)
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        yield line
