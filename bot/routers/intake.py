"""The resident's intake: Telegram updates in, engine events out, and back again."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, User
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession

from bot import workflow
from bot.conversation import REPLY_BUTTONS, show
from bot.notify import Notifier
from bot.render import IntakeButton
from bot.workflow import INTAKE, RELAY_FROM
from flows import intake, safety
from flows.intake import (
    AskedHuman,
    ConsentGiven,
    DangerSeen,
    Event,
    Forget,
    IntakeState,
    Media,
    SharedContact,
    Submit,
    Tapped,
    Typed,
)
from flows.intake import (
    Command as IntakeCommand,
)
from storage import directory_view, requests, residents

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
    """Feed one event to the engine, carry out its effects, show its answer.

    Handlers pass on aiogram's whole context (`**deps`); what is not needed here is ignored.
    """
    current = IntakeState.from_dict((await state.get_data()).get(INTAKE))
    reply = intake.handle(current, event, await directory_view.context(session))
    for effect in reply.effects:
        if isinstance(effect, ConsentGiven):
            await residents.record_consent(session, user.id, i18n.current_locale)
        elif isinstance(effect, Forget):
            await residents.forget_draft(session, user.id)
        elif isinstance(effect, Submit):
            request = await requests.submit(
                session, user.id, i18n.current_locale, effect.answers, display_name=user.first_name
            )
            await workflow.request_submitted(session, notifier, request, effect.answers)
        elif isinstance(effect, DangerSeen):
            await workflow.danger_seen(session, notifier, user.id, effect.danger, effect.text)
        elif isinstance(effect, AskedHuman):
            await workflow.asked_human(session, notifier, user.id)
    changes = {INTAKE: reply.state.to_dict() if reply.state else None}
    if event is IntakeCommand.STOP:
        changes[RELAY_FROM] = None  # nor does the coordinator's conversation go on
    await state.update_data(changes)
    await show(bot, chat_id, reply.says, reply.state, state, callback)


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
    data = await state.get_data()
    if data.get(RELAY_FROM):
        await workflow.relay_to_coordinator(
            session, notifier, message.from_user.id, data[RELAY_FROM], message.text
        )
        if safety.detect(message.text) is None:
            return
    reply_value = (data.get(REPLY_BUTTONS) or {}).get(message.text)
    current = IntakeState.from_dict(data.get(INTAKE))
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
