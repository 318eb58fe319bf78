"""/taal: the resident picks the language the bot speaks, at any moment of the intake."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncSession

from bot import chat
from bot.i18n import LANGUAGE_NAMES, t
from bot.routers.intake import run
from flows.intake import Refresh
from storage import residents

router = Router(name="language")
router.message.filter(F.chat.type == "private")


class LanguageButton(CallbackData, prefix="l"):
    locale: str


@router.message(Command("taal", "language", "dil", "لغة"))
async def ask_language(message: Message, i18n: I18n) -> None:
    """Offers every language the bot speaks, each named in itself."""
    rows = [
        [
            InlineKeyboardButton(
                text=LANGUAGE_NAMES.get(code, code),
                callback_data=LanguageButton(locale=code).pack(),
            )
        ]
        for code in sorted(i18n.available_locales, key=list(LANGUAGE_NAMES).index)
    ]
    await message.answer(t("language.ask"), reply_markup=InlineKeyboardMarkup(inline_keyboard=rows))


@router.callback_query(LanguageButton.filter())
async def set_language(
    callback: CallbackQuery,
    callback_data: LanguageButton,
    state: FSMContext,
    session: AsyncSession,
    i18n: I18n,
    **deps: object,
) -> None:
    """Remembers the language, then shows where the person was, in that language."""
    if callback_data.locale not in i18n.available_locales:
        await callback.answer(t("button.old"), show_alert=True)
        return
    await chat.save(state, (await chat.load(state)).with_(locale=callback_data.locale))
    await residents.set_locale(session, callback.from_user.id, callback_data.locale)
    with i18n.use_locale(callback_data.locale):
        await callback.answer(t("language.set"))
        await run(
            Refresh(),
            callback.from_user,
            callback.message.chat.id,
            state=state,
            session=session,
            i18n=i18n,
            **deps,
        )
