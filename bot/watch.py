"""The safety net for what a resident types outside the intake: to the coordinator in a
conversation through the bot, or as the survey's sentence. Like the intake, it reads each
message together with the one before (flows.safety.check), so a thought split over two
messages is seen too."""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot import chat, workflow
from bot.i18n import t
from bot.notify import Notifier
from flows import safety


async def danger_in(
    text: str, chat_id: int, state: FSMContext, session: AsyncSession, notifier: Notifier
) -> bool:
    """Whichever door the text came through: True, and an urgent alert to the coordinator,
    when it shows danger; the door then shows the crisis help."""
    current = await chat.load(state)
    seen = safety.check(current.last_words, text)
    await chat.save(state, current.with_(last_words=seen.last_words))
    if seen.danger is None:
        return False
    await workflow.danger_seen(session, notifier, chat_id, seen.danger.value, seen.words)
    return True


async def free_text(
    message: Message, state: FSMContext, session: AsyncSession, notifier: Notifier
) -> bool:
    """A Telegram message: crisis help at once when the text shows danger; True then."""
    if not await danger_in(message.text, message.from_user.id, state, session, notifier):
        return False
    await message.answer(t("crisis.body"))
    return True
