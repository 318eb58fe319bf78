"""The resident's intake: Telegram updates in, engine events out, and back again."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, Update, User
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession

from bot import chat
from bot.conversation import show
from bot.hold import after_commit, with_answered
from bot.i18n import t
from bot.intake_service import advance, relayed
from bot.notify import Notifier
from bot.render import IntakeButton
from bot.roles import IsCoordinator, IsMeedenker
from flows.intake import (
    Command as IntakeCommand,
)
from flows.intake import (
    Edited,
    Event,
    IntakeState,
    Media,
    Refresh,
    SharedContact,
    Tapped,
    Typed,
)

router = Router(name="intake")
router.message.filter(F.chat.type == "private")


async def run(
    event: Event,
    user: User,
    chat_id: int,
    state: FSMContext,
    session: AsyncSession,
    bot: Bot,
    i18n: I18n,
    notifier: Notifier,
    callback: CallbackQuery | None = None,
    **_: object,
) -> None:
    """Feed one event to the engine and carry out its effects (bot/intake_service.py, the
    same for the web chat); then show its answer in Telegram.

    Handlers pass on aiogram's whole context (`**deps`); what is not needed here is ignored.
    """
    locale = i18n.current_locale
    reply = await advance(event, chat_id, locale, state, session, notifier)
    says = reply.says
    current = await chat.load(state)
    drop_old = not (isinstance(event, Refresh) and event.again)  # see bot/conversation.py
    # Showing needs Telegram's answers (the newest message's id): it runs after the commit,
    # in this person's language, and what it learns is saved with the "answered" mark.

    async def show_after_commit() -> None:
        with i18n.context(), i18n.use_locale(locale):
            try:
                shown = await show(bot, chat_id, says, reply.state, current, callback, drop_old)
            except TelegramBadRequest:  # refused: the answer is saved, so say that, and retry
                await bot.send_message(chat_id, t("error.saved_not_shown"))
                shown = await show(bot, chat_id, says, reply.state, current, drop_old=drop_old)

        async def save_shown() -> None:  # read again: only these fields are ours to write
            await chat.save(state, (await chat.load(state)).with_(**shown))

        await with_answered(save_shown)

    await after_commit(show_after_commit)


@router.message(CommandStart())
async def on_start(message: Message, **deps: object) -> None:
    """/start: a fresh intake, or "start over?" in the middle of one."""
    await run(IntakeCommand.START, message.from_user, message.chat.id, **deps)


@router.message(Command(*(c.value for c in IntakeCommand if c is not IntakeCommand.START)))
async def on_command(message: Message, **deps: object) -> None:
    """/stop, /help and /mens work in every step."""
    name = message.text.split()[0].lstrip("/").split("@")[0].lower()
    await run(IntakeCommand(name), message.from_user, message.chat.id, **deps)


@router.message(F.contact)
async def on_contact(message: Message, **deps: object) -> None:
    """A phone number shared with Telegram's button (or someone else's card)."""
    own = message.contact.user_id == message.from_user.id
    await run(
        SharedContact(message.contact.phone_number, own), message.from_user, message.chat.id, **deps
    )


@router.message(F.text)
async def on_text(
    message: Message, state: FSMContext, session: AsyncSession, notifier: Notifier, **deps: object
) -> None:
    """Typed text; the label of a reply-keyboard button counts as tapping it. While the
    coordinator talks with this resident, the text goes to them (danger still gets help)."""
    chat_id = message.from_user.id
    relay = await relayed(
        message.text, chat_id, state, session, notifier, deps["fsm_storage"], deps["bot"]
    )
    if relay is not None:
        if relay.danger:
            await message.answer(t("crisis.body"))
        return
    current_chat = await chat.load(state)
    reply_value = (current_chat.reply_buttons or {}).get(message.text)
    current = IntakeState.from_dict(current_chat.intake)
    if reply_value is not None and current is not None:
        event: Event = Tapped(current.seq, reply_value)
    else:
        event = Typed(message.text)
    await run(
        event,
        message.from_user,
        message.chat.id,
        state=state,
        session=session,
        notifier=notifier,
        **deps,
    )


async def resume(update: Update, data: dict) -> None:
    """An update whose work was committed but whose replies were never made (the process
    died in between): show the resident the step they are at now. A tap of then is not
    answered any more: after a restart it is too old for Telegram to take an answer."""
    person, place = data.get("event_from_user"), data.get("event_chat")
    if person is None or place is None or place.type != "private":
        return
    current = await chat.load(data["state"])
    if current.intake is None:  # not a resident in an intake: nothing to show again
        return
    i18n: I18n = data["i18n"]
    with i18n.context(), i18n.use_locale(current.locale or i18n.default_locale):
        await run(Refresh(again=True), person, place.id, **data)


@router.edited_message(F.text, F.chat.type == "private", ~IsMeedenker(), ~IsCoordinator())
async def on_edited(message: Message, **deps: object) -> None:
    """A resident changed a message: read for danger only (bot/ answers nothing else)."""
    await run(Edited(message.text), message.from_user, message.chat.id, **deps)


@router.message()
async def on_media(message: Message, **deps: object) -> None:
    """Stickers, photos, voice messages and the like."""
    await run(Media(message.caption), message.from_user, message.chat.id, **deps)


@router.callback_query(IntakeButton.filter())
async def on_button(callback: CallbackQuery, callback_data: IntakeButton, **deps: object) -> None:
    """A tapped intake button."""
    chat_id = callback.message.chat.id if callback.message else callback.from_user.id
    await run(
        Tapped(callback_data.seq, callback_data.value),
        callback.from_user,
        chat_id,
        callback=callback,
        **deps,
    )
