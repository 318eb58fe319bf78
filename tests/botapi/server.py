"""The fake Bot API server: state, checks and faults. Runs its own event loop in a thread,
so tests (and the bot subprocess they start) talk to it like to Telegram."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from tests.botapi.html import HtmlError, plain_text
from tests.botapi.limits import SENDS, SendLimits
from tests.botapi.spec import SpecError, check_call, spec

BOT_ID = 4242
CALLBACK_TIMEOUT = 15.0  # seconds Telegram waits for answerCallbackQuery
# Telegram counts text in UTF-16 code units (an emoji is two), after entities are parsed.
MESSAGE_MAX, CAPTION_MAX = 4096, 1024


class ApiError(Exception):
    def __init__(
        self, code: int, description: str, violation: bool = True, retry_after: int | None = None
    ):
        super().__init__(description)
        self.code, self.description = code, description
        self.violation, self.retry_after = violation, retry_after


@dataclass
class Violation:
    """A call Telegram would refuse because the bot got something wrong."""

    method: str
    description: str


@dataclass
class Fault:
    """An injected failure: for `times` calls of `method` (to `chat_id`, if set)."""

    method: str
    status: int = 500
    retry_after: int | None = None
    delay: float = 0.0  # seconds before the answer; the call itself succeeds
    chat_id: int | None = None
    times: int = 1


@dataclass
class SentMessage:
    """A message the bot sent, as the chat shows it now."""

    chat_id: int
    message_id: int
    text: str  # as sent, with HTML
    plain: str  # as the person reads it
    reply_markup: dict | None = None
    kind: str = "text"
    file: bytes | None = None  # a photo or document: what was uploaded
    filename: str | None = None
    edits: int = 0
    deleted: bool = False

    @property
    def inline_buttons(self) -> list[dict]:
        markup = self.reply_markup or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]

    @property
    def reply_buttons(self) -> list[dict]:
        markup = self.reply_markup or {}
        return [b for row in markup.get("keyboard", []) for b in row]

    @property
    def button_labels(self) -> list[str]:
        return [b["text"] for b in self.inline_buttons or self.reply_buttons]


@dataclass
class CallbackRecord:
    chat_id: int
    created: float
    answered: bool = False
    answer: dict = field(default_factory=dict)


class FakeTelegram:
    def __init__(
        self,
        token: str = f"{BOT_ID}:TEST-token",
        callback_timeout: float = CALLBACK_TIMEOUT,
        enforce_limits: bool = False,
    ):
        self.token = token
        # Telegram's sending limits, answered with 429 as Telegram does (off by default: a
        # resident's own chat takes a few replies at once, and Telegram allows that burst).
        self.limits = SendLimits() if enforce_limits else None
        self.refused_for_limits = 0
        self.callback_timeout = callback_timeout
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        self.messages: dict[int, list[SentMessage]] = {}
        self.calls: list[tuple[str, dict]] = []
        self.violations: list[Violation] = []
        self.faults: list[Fault] = []
        self.blocked: set[int] = set()
        self.known_chats: set[int] = set()
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[str, list] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self._pending: list[dict] = []
        self._redeliver: list[dict] = []
        self._delivered: dict[int, dict] = {}
        self._update_ids = count(1)
        self._message_ids = count(1)
        self._poll_generation = 0
        self._closing = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._new_update: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0
        # Webhook mode: where Telegram posts updates, with its secret; tests may put several
        # bot processes behind it (`webhook_backends`, taken in turn, like a load balancer).
        self.webhook: dict | None = None
        self.webhook_backends: list[str] = []
        self.webhook_posts: list[tuple[int, int]] = []  # (update_id, HTTP status)
        self._webhook_workers: list[asyncio.Task] = []
        self._next_backend = count()
        self._posting = 0  # updates being posted to the webhook just now

    # ----- life cycle -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, port: int = 0) -> FakeTelegram:
        spec()  # fail here, clearly, when the Bot API spec is missing
        started = threading.Event()

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self._serve(port))
            started.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, name="fake-telegram", daemon=True)
        self._thread.start()
        if not started.wait(10):
            raise RuntimeError("fake Telegram did not start")
        return self

    async def _serve(self, port: int) -> None:
        self._new_update = asyncio.Event()
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        if self._loop is None:
            return
        self._closing = True  # long polls answer at once instead of holding up the shutdown
        self._wake_pollers()
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop = None

    # ----- what tests do ------------------------------------------------------------------

    def push_update(self, payload: dict) -> int:
        """Queue an update (e.g. {"message": {...}}); returns its update_id."""
        with self.changed:
            update_id = next(self._update_ids)
            self._pending.append({"update_id": update_id, **payload})
            self.changed.notify_all()
        self._wake_pollers()
        return update_id

    def redeliver(self, update_id: int) -> None:
        """Deliver an update the bot already received once more, with the same update_id."""
        with self.changed:
            self._redeliver.append(self._delivered[update_id])
        self._wake_pollers()

    def add_fault(self, fault: Fault) -> None:
        with self.lock:
            self.faults.append(fault)

    def block(self, user_id: int) -> None:
        with self.lock:
            self.blocked.add(user_id)

    def new_callback(self, chat_id: int) -> str:
        with self.lock:
            callback_id = f"cb{next(self._update_ids)}x{int(time.time() * 1000)}"
            self.callbacks[callback_id] = CallbackRecord(chat_id=chat_id, created=time.monotonic())
            return callback_id

    def chat(self, chat_id: int) -> list[SentMessage]:
        with self.lock:
            return [m for m in self.messages.get(chat_id, []) if not m.deleted]

    def wait_until(self, predicate, timeout: float = 10.0, what: str = "condition"):
        """Wait until `predicate()` is truthy (checked whenever the fake's state changes)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
                self.changed.wait(min(remaining, 0.2))

    def calls_of(self, method: str) -> list[dict]:
        with self.lock:
            return [params for name, params in self.calls if name == method]

    def pending_updates(self) -> int:
        with self.lock:
            return len(self._pending) + len(self._redeliver) + self._posting

    def unanswered_callbacks(self) -> list[str]:
        with self.lock:
            return [cid for cid, record in self.callbacks.items() if not record.answered]

    def take_violations(self) -> list[Violation]:
        with self.lock:
            found, self.violations = self.violations, []
            return found

    def _wake_pollers(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._new_update.set)

    # ----- HTTP ---------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        try:
            params = await _read_params(request, method)
            check_call(method, _without_attached_parts(params))
            fault = self._take_fault(method, self._chat_of(params))
            if fault and fault.status != 200:
                await asyncio.sleep(fault.delay)
                return _fault_response(fault)
            if self.limits and method in SENDS:
                with self.lock:
                    allowed = self.limits.allow(time.monotonic(), self._chat_of(params))
                if not allowed:
                    self.refused_for_limits += 1
                    return _error(429, "Too Many Requests: retry after 1", retry_after=1)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(501, f"Not Implemented: the fake has no '{method}' yet")
            with self.changed:
                self.calls.append((method, params))
            result = await handler(params)
            with self.changed:
                self.changed.notify_all()
            if fault:  # a slow answer: the call is done, the answer comes late
                await asyncio.sleep(fault.delay)
            return web.json_response({"ok": True, "result": result})
        except SpecError as exc:
            return self._refuse(method, ApiError(400, str(exc)))
        except ApiError as exc:
            return self._refuse(method, exc)

    def _refuse(self, method: str, exc: ApiError) -> web.Response:
        with self.changed:
            if exc.violation:
                self.violations.append(Violation(method, exc.description))
            self.changed.notify_all()
        return _error(exc.code, exc.description, exc.retry_after)

    def _chat_of(self, params: dict) -> Any:
        """The chat a call is about; for the answer to a tap, the chat of the person tapping."""
        if "callback_query_id" in params:
            with self.lock:
                record = self.callbacks.get(params["callback_query_id"])
            return record.chat_id if record else None
        return params.get("chat_id")

    def _take_fault(self, method: str, chat_id: Any) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method == method and fault.chat_id in (None, chat_id) and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    # ----- the methods ----------------------------------------------------------------------

    async def _api_getMe(self, params: dict) -> dict:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Meedenkersbot",
            "username": "meedenkers_test_bot",
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _api_getUpdates(self, params: dict) -> list[dict]:
        offset = params.get("offset")
        limit = min(max(params.get("limit", 100), 1), 100)
        timeout = min(params.get("timeout", 0), 50)
        with self.lock:
            self._poll_generation += 1
            generation = self._poll_generation
        deadline = time.monotonic() + timeout
        while True:
            with self.changed:
                if generation != self._poll_generation:
                    raise ApiError(
                        409, "Conflict: terminated by other getUpdates request", violation=False
                    )
                if self.webhook is not None:
                    raise ApiError(
                        409,
                        "Conflict: can't use getUpdates method while webhook is active; "
                        "use deleteWebhook to delete the webhook first",
                    )
                if offset is not None:
                    self._pending = [u for u in self._pending if u["update_id"] >= offset]
                batch = (self._redeliver + self._pending)[:limit]
                if batch:
                    self._redeliver = [u for u in self._redeliver if u not in batch]
                    for update in batch:
                        self._delivered[update["update_id"]] = update
                    return batch
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._closing:
                return []
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), remaining)
            except TimeoutError:
                pass

    async def _api_setWebhook(self, params: dict) -> bool:
        if not params["url"].startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ApiError(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook")
        with self.changed:
            self.webhook = {"url": params["url"], "secret": params.get("secret_token")}
            connections = min(params.get("max_connections", 40), 8)
        self._webhook_workers = [t for t in self._webhook_workers if not t.done()]
        while len(self._webhook_workers) < connections:
            self._webhook_workers.append(asyncio.create_task(self._post_updates()))
        self._new_update.set()
        return True

    async def _api_deleteWebhook(self, params: dict) -> bool:
        with self.changed:
            self.webhook = None
            if params.get("drop_pending_updates"):
                self._pending.clear()
        return True

    async def _api_getWebhookInfo(self, params: dict) -> dict:
        with self.lock:
            return {
                "url": self.webhook["url"] if self.webhook else "",
                "has_custom_certificate": False,
                "pending_update_count": len(self._pending) + len(self._redeliver),
            }

    async def _post_updates(self) -> None:
        """Telegram's side of a webhook: each update posted until a bot answers it with 200;
        a refusal, an error or no answer means it is posted again a little later."""
        async with ClientSession() as http:
            while not self._closing:
                with self.changed:
                    hook = self.webhook
                    batch = (self._redeliver + self._pending)[:1] if hook else []
                    if batch:
                        update = batch[0]
                        if update in self._redeliver:
                            self._redeliver.remove(update)
                        else:
                            self._pending.remove(update)
                        self._posting += 1
                if hook is None:
                    return
                if not batch:
                    self._new_update.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._new_update.wait(), 0.2)
                    continue
                status = await self._post(http, hook, update)
                with self.changed:
                    self._posting -= 1
                    self.webhook_posts.append((update["update_id"], status))
                    if status == 200:
                        self._delivered[update["update_id"]] = update
                    else:
                        self._redeliver.insert(0, update)
                    self.changed.notify_all()
                if status != 200:
                    await asyncio.sleep(0.5)

    async def _post(self, http: ClientSession, hook: dict, update: dict) -> int:
        url = hook["url"]
        if self.webhook_backends:
            backend = self.webhook_backends[next(self._next_backend) % len(self.webhook_backends)]
            url = backend + "/" + url.split("/", 3)[3]
        headers = {"X-Telegram-Bot-Api-Secret-Token": hook["secret"]} if hook["secret"] else {}
        try:
            async with http.post(url, json=update, headers=headers, timeout=ClientTimeout(60)) as r:
                return r.status
        except (ClientError, TimeoutError):
            return 0  # the process died, or is not listening

    async def _api_setMyCommands(self, params: dict) -> bool:
        for command in params["commands"]:
            if not (1 <= len(command["command"]) <= 32 and 1 <= len(command["description"]) <= 256):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        scope = params.get("scope", {"type": "default"})
        key = json.dumps([scope, params.get("language_code", "")], sort_keys=True)
        self.commands[key] = params["commands"]
        return True

    async def _api_deleteMyCommands(self, params: dict) -> bool:
        return True

    async def _api_sendChatAction(self, params: dict) -> bool:
        self._check_chat(params["chat_id"])
        self.chat_actions.append((params["chat_id"], params["action"]))
        return True

    async def _api_sendMessage(self, params: dict) -> dict:
        return self._store(params["chat_id"], params["text"], params, kind="text")

    async def _api_sendDocument(self, params: dict) -> dict:
        return self._store_file(params, "document")

    async def _api_sendPhoto(self, params: dict) -> dict:
        return self._store_file(params, "photo")

    def _store_file(self, params: dict, kind: str) -> dict:
        """An uploaded file is kept with the message (a file_id or URL sent again is not)."""
        upload = params.get(kind)
        if upload is None:
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        result = self._store(params["chat_id"], params.get("caption", ""), params, kind=kind)
        if not isinstance(upload, str):
            with self.lock:
                message = self.messages[params["chat_id"]][-1]
                message.file, message.filename = upload.file.read(), upload.filename
        return result

    async def _api_editMessageText(self, params: dict) -> dict:
        message = self._find(params)
        plain = self._render(params["text"], params.get("parse_mode"))
        markup = params.get("reply_markup")
        _check_markup(markup)
        if params["text"] == message.text and markup == message.reply_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content "
                "and reply markup are exactly the same as a current content and reply "
                "markup of the message",
            )
        message.text, message.plain, message.reply_markup = params["text"], plain, markup
        message.edits += 1
        return self._as_message(message)

    async def _api_editMessageReplyMarkup(self, params: dict) -> dict:
        message = self._find(params)
        markup = params.get("reply_markup")
        _check_markup(markup)
        if markup == message.reply_markup or (not markup and not message.reply_markup):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content "
                "and reply markup are exactly the same as a current content and reply "
                "markup of the message",
            )
        message.reply_markup = markup
        message.edits += 1
        return self._as_message(message)

    async def _api_deleteMessage(self, params: dict) -> bool:
        message = self._find(params)
        message.deleted = True
        return True

    async def _api_answerCallbackQuery(self, params: dict) -> bool:
        with self.lock:
            record = self.callbacks.get(params["callback_query_id"])
            too_old = (
                record is None
                or record.answered
                or (time.monotonic() - record.created > self.callback_timeout)
            )
            if too_old:
                raise ApiError(
                    400,
                    "Bad Request: query is too old and response timeout expired "
                    "or query ID is invalid",
                )
            if len(params.get("text", "")) > 200:
                raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
            record.answered, record.answer = True, params
        return True

    # ----- helpers --------------------------------------------------------------------------

    def _check_chat(self, chat_id: Any) -> None:
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user", violation=False)
        if chat_id not in self.known_chats:
            raise ApiError(400, "Bad Request: chat not found", violation=False)

    def _render(self, text: str, parse_mode: str | None) -> str:
        if parse_mode not in (None, "HTML"):
            raise ApiError(400, f"Bad Request: the fake only accepts HTML, not {parse_mode}")
        try:
            plain = plain_text(text) if parse_mode == "HTML" else text
        except HtmlError as exc:
            raise ApiError(400, str(exc)) from None
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain) > MESSAGE_MAX:
            raise ApiError(400, "Bad Request: message is too long")
        return plain

    def _store(self, chat_id: Any, text: str, params: dict, kind: str) -> dict:
        self._check_chat(chat_id)
        if kind == "text":
            plain = self._render(text, params.get("parse_mode"))
        else:
            plain = self._render(text, params.get("parse_mode")) if text else ""
            if utf16_len(plain) > CAPTION_MAX:
                raise ApiError(400, "Bad Request: message caption is too long")
        markup = params.get("reply_markup")
        _check_markup(markup)
        with self.lock:
            message = SentMessage(
                chat_id=chat_id,
                message_id=next(self._message_ids),
                text=text,
                plain=plain,
                reply_markup=markup if markup and "inline_keyboard" in markup else None,
                kind=kind,
            )
            if markup and "keyboard" in markup:
                message.reply_markup = markup  # the reply keyboard the chat now shows
            self.messages.setdefault(chat_id, []).append(message)
        return self._as_message(message)

    def _find(self, params: dict) -> SentMessage:
        if "inline_message_id" in params:
            raise ApiError(400, "Bad Request: the fake has no inline messages")
        with self.lock:
            for message in self.messages.get(params.get("chat_id"), []):
                if message.message_id == params.get("message_id") and not message.deleted:
                    return message
        raise ApiError(400, "Bad Request: message to edit not found")

    def _as_message(self, message: SentMessage) -> dict:
        result = {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": {"id": message.chat_id, "type": "private", "first_name": "User"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Meedenkersbot"},
        }
        if message.kind == "text":
            result["text"] = message.plain
        else:
            result["caption"] = message.plain
            result["document" if message.kind == "document" else "photo"] = (
                {"file_id": "f1", "file_unique_id": "u1"}
                if message.kind == "document"
                else [{"file_id": "p1", "file_unique_id": "u1", "width": 1, "height": 1}]
            )
        if message.reply_markup and "inline_keyboard" in message.reply_markup:
            result["reply_markup"] = message.reply_markup
        return result


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _check_markup(markup: dict | None) -> None:
    if not markup or "inline_keyboard" not in markup:
        return
    actions = {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
    for row in markup["inline_keyboard"]:
        for button in row:
            if not button["text"].strip():
                raise ApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            used = actions & button.keys()
            if len(used) != 1:
                raise ApiError(
                    400, "Bad Request: inline keyboard button must have exactly one action"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


async def _read_params(request: web.Request, method: str) -> dict[str, Any]:
    """Read JSON, form-urlencoded or multipart parameters the way Telegram does."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        body = await request.json() if request.can_read_body else {}
        params.update(body)
        return params
    form = await request.post()
    params.update({name: value for name, value in form.items()})
    # A file sent as "attach://<name>" is the multipart part of that name (as Telegram reads it).
    for name, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            part = value.removeprefix("attach://")
            if part not in params:
                raise ApiError(400, f"Bad Request: file '{part}' is not in the request")
            params[name] = params.pop(part)
    return {name: _coerce(method, name, value) for name, value in params.items()}


def _without_attached_parts(params: dict) -> dict:
    """The parameters a method takes: the parts that "attach://<part>" names are files."""
    attached = {
        value.removeprefix("attach://")
        for value in params.values()
        if isinstance(value, str) and value.startswith("attach://")
    }
    return {name: value for name, value in params.items() if name not in attached}


def _coerce(method: str, name: str, value: Any) -> Any:
    """Form values are strings; turn them into what the spec says the field holds."""
    if not isinstance(value, str):
        return value  # an uploaded file
    fields = {
        f["name"]: f["types"]
        for m, d in spec()["methods"].items()
        if m.lower() == method.lower()
        for f in d.get("fields", [])
    }
    types = fields.get(name, ["String"])
    if "Integer" in types and value.lstrip("-").isdigit():
        return int(value)
    if "Float" in types:
        try:
            return float(value)
        except ValueError:
            return value
    if "Boolean" in types and value in ("true", "false", "True", "False"):
        return value.lower() == "true"
    if "String" in types or "InputFile" in types:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)


def _fault_response(fault: Fault) -> web.Response:
    if fault.status == 429:
        retry_after = fault.retry_after or 1
        return _error(429, f"Too Many Requests: retry after {retry_after}", retry_after)
    if fault.status == 502:
        return web.Response(
            status=502, text="<html><body>502 Bad Gateway</body></html>", content_type="text/html"
        )
    if fault.status == 403:
        return _error(403, "Forbidden: bot was blocked by the user")
    if fault.status == 400:
        return _error(400, "Bad Request: injected by the test")
    return _error(fault.status, "Internal Server Error")
