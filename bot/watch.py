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


async def free_text(
    message: Message, state: FSMContext, session: AsyncSession, notifier: Notifier
) -> bool:
    """Crisis help and an urgent alert when the text shows danger; True then."""
    current = await chat.load(state)
    seen = safety.check(current.last_words, message.text)
    await chat.save(state, current.with_(last_words=seen.last_words))
    if seen.danger is None:
        return False
    await message.answer(t("crisis.body"))
    await workflow.danger_seen(
        session, notifier, message.from_user.id, seen.danger.value, seen.words
    )
    return True
