"""The coordinator's commands: invites for Meedenkers, opening a request."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import DeskButton
from bot.i18n import t
from bot.render import text_of
from bot.roles import IsCoordinator
from flows import notices
from storage import invites, requests

router = Router(name="coordinator")
router.message.filter(F.chat.type == "private", IsCoordinator())


@router.message(Command("uitnodigen"))
async def invite(message: Message, command: CommandObject, session: AsyncSession, bot: Bot) -> None:
    """/uitnodigen <meedenker-id>: a one-time link, valid for a week."""
    meedenker_id = (command.args or "").strip()
    if not meedenker_id:
        await message.answer(t("coordinator.invite_usage"))
        return
    created = await invites.create(session, meedenker_id)
    if created is None:
        await message.answer(t("coordinator.invite_unknown", id=meedenker_id))
        return
    me = await bot.me()
    link = f"https://t.me/{me.username}?start={created.code}"
    await message.answer(t("coordinator.invite_link", id=meedenker_id, link=link))


@router.callback_query(DeskButton.filter(), IsCoordinator())
async def open_request(
    callback: CallbackQuery, callback_data: DeskButton, session: AsyncSession
) -> None:
    """Shows one request in full, with its history."""
    request = await requests.resident_request(session, callback_data.request)
    if request is None:
        await callback.answer(t("coordinator.unknown_request"), show_alert=True)
        return
    await callback.answer()
    history = "\n".join(
        t(
            "coordinator.history_line",
            at=event.at.strftime("%d-%m %H:%M"),
            status=t(f"status.{event.status}"),
            reason=event.reason or "",
        )
        for event in request.events
    )
    facts = requests.facts(request)
    await callback.message.answer(
        text_of(notices.request_detail(facts, request.status)) + "\n\n" + history
    )


@router.callback_query(DeskButton.filter())
async def not_for_you(callback: CallbackQuery) -> None:
    """A desk button in someone else's hands does nothing."""
    await callback.answer(t("coordinator.only"), show_alert=True)
