"""Scripted people: they type, tap buttons and read what their chat received."""

from __future__ import annotations

import time
from itertools import count
from typing import Any

from tests.botapi.server import FakeTelegram, SentMessage

_message_ids = count(100_000)


class FakeUser:
    """One Telegram user in a private chat with the bot."""

    def __init__(
        self,
        fake: FakeTelegram,
        user_id: int,
        first_name: str = "Test",
        language_code: str | None = "nl",
    ) -> None:
        self.fake, self.id = fake, user_id
        self.first_name, self.language_code = first_name, language_code
        self._read = 0  # how many of the chat's messages the test has looked at
        self.last_callback_id: str | None = None
        self._typed: dict[str, Any] = {}  # the message typed last, to edit
        with fake.lock:
            fake.known_chats.add(user_id)

    # ----- acting -------------------------------------------------------------------------

    @property
    def _from(self) -> dict[str, Any]:
        user = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    def _message(self, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(_message_ids),
            "date": int(time.time()),
            "chat": {"id": self.id, "type": "private", "first_name": self.first_name},
            "from": self._from,
            **content,
        }

    def send(self, text: str) -> int:
        """Type a message (a /command gets its bot_command entity, as in Telegram)."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            length = len(text.split()[0])
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self._typed = self._message(**content)
        return self.fake.push_update({"message": self._typed})

    def edit_last(self, text: str) -> int:
        """Change the text of the message typed last, as Telegram's "Edit" does."""
        edited = {**self._typed, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        return self.fake.push_update({"edited_message": edited})

    def send_sticker(self) -> int:
        sticker = {
            "file_id": "st1",
            "file_unique_id": "st1u",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "🙂",
        }
        return self.fake.push_update({"message": self._message(sticker=sticker)})

    def send_photo(self, caption: str | None = None) -> int:
        photo = [{"file_id": "ph1", "file_unique_id": "ph1u", "width": 90, "height": 90}]
        extra = {"caption": caption} if caption else {}
        return self.fake.push_update({"message": self._message(photo=photo, **extra)})

    def send_voice(self) -> int:
        voice = {"file_id": "vo1", "file_unique_id": "vo1u", "duration": 3}
        return self.fake.push_update({"message": self._message(voice=voice)})

    def send_contact(self, phone: str = "+31612345678", own: bool = True) -> int:
        contact = {
            "phone_number": phone,
            "first_name": self.first_name,
            "user_id": self.id if own else self.id + 1,
        }
        return self.fake.push_update({"message": self._message(contact=contact)})

    def press(self, label: str, message: SentMessage | None = None) -> int:
        """Tap an inline button by its label (on `message`, or the newest one that has it);
        a reply-keyboard button sends its label as text."""
        target = message or self._newest_with_button(label)
        for button in target.inline_buttons:
            if button["text"] == label:
                return self.tap_data(button["callback_data"], target)
        if label in [b["text"] for b in target.reply_buttons]:
            button = next(b for b in target.reply_buttons if b["text"] == label)
            if button.get("request_contact"):
                return self.send_contact()
            return self.send(label)
        raise AssertionError(f"no button {label!r}; buttons: {target.button_labels}")

    def tap_data(self, data: str, message: SentMessage) -> int:
        """Send the callback query of a button with `data` on `message` (which may no longer
        show it: an old client, a forged button). Returns the update id."""
        self.last_callback_id = self.fake.new_callback(self.id)
        query = {
            "id": self.last_callback_id,
            "from": self._from,
            "chat_instance": f"ci{self.id}",
            "data": data,
            "message": {
                "message_id": message.message_id,
                "date": int(time.time()),
                "chat": {"id": self.id, "type": "private", "first_name": self.first_name},
                "from": {"id": 4242, "is_bot": True, "first_name": "Meedenkersbot"},
                "text": message.plain,
            },
        }
        if message.inline_buttons:  # as Telegram does: the message with its buttons now
            query["message"]["reply_markup"] = message.reply_markup
        return self.fake.push_update({"callback_query": query})

    @property
    def last_callback_answer(self) -> dict:
        return self.fake.callbacks[self.last_callback_id].answer

    def _newest_with_button(self, label: str) -> SentMessage:
        for message in reversed(self.messages):
            if label in message.button_labels:
                return message
        raise AssertionError(
            f"no message with button {label!r} in chat {self.id}; "
            f"last: {self.messages[-1].plain[:200] if self.messages else None!r}"
        )

    # ----- reading ------------------------------------------------------------------------

    @property
    def messages(self) -> list[SentMessage]:
        return self.fake.chat(self.id)

    @property
    def last(self) -> SentMessage:
        return self.messages[-1]

    def next_message(self, timeout: float = 20.0) -> SentMessage:
        """The next message this chat received that the test has not read yet."""

        def unread():
            with self.fake.lock:
                all_messages = self.fake.messages.get(self.id, [])
                return all_messages[self._read] if len(all_messages) > self._read else None

        message = self.fake.wait_until(unread, timeout, f"a message in chat {self.id}")
        self._read += 1
        return message

    def expect(self, *fragments: str, timeout: float = 20.0) -> SentMessage:
        """Read messages until one contains every fragment (case-insensitive)."""
        deadline = time.monotonic() + timeout
        seen = []
        while True:
            try:
                message = self.next_message(max(deadline - time.monotonic(), 0.01))
            except TimeoutError:
                raise AssertionError(
                    f"chat {self.id} got no message with {fragments!r}; it got: {seen!r}"
                ) from None
            seen.append(message.plain[:300])
            if all(f.lower() in message.plain.lower() for f in fragments):
                return message

    def expect_file(self, kind: str = "document", timeout: float = 20.0) -> SentMessage:
        """Read messages until a file of this kind arrives (sendDocument, sendPhoto): its
        bytes are in `file`. Messages in between (an alert from the outbox) are passed by."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                message = self.next_message(max(deadline - time.monotonic(), 0.01))
            except TimeoutError:
                raise AssertionError(f"chat {self.id} got no {kind}") from None
            if message.kind == kind:
                return message

    def skip_unread(self) -> None:
        self._read = len(self.fake.messages.get(self.id, []))

    def settle(self, quiet: float = 0.3, timeout: float = 10.0) -> None:
        """Wait until the bot has taken every update and sent nothing for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        last_count, last_change = -1, time.monotonic()
        while time.monotonic() < deadline:
            with self.fake.lock:
                current = (len(self.fake.calls), self.fake.pending_updates())
            if current != last_count:
                last_count, last_change = current, time.monotonic()
            elif current[1] == 0 and time.monotonic() - last_change >= quiet:
                return
            time.sleep(0.05)
        raise TimeoutError("the bot did not settle")
