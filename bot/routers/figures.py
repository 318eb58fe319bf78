"""/cijfers for the coordinator: the figures of a period as a text, a chart and a CSV file."""

from __future__ import annotations

import asyncio
from datetime import date

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from bot.render import label_of, text_of
from bot.roles import IsCoordinator
from flows.figures import parse_period, summary
from storage import figures, report

router = Router(name="figures")
router.message.filter(F.chat.type == "private", IsCoordinator())


@router.message(Command("cijfers"))
async def show_figures(message: Message, command: CommandObject, session: AsyncSession) -> None:
    """/cijfers (the last full quarter), /cijfers 2026Q3, /cijfers 2026."""
    period = parse_period(command.args, date.today())
    if period is None:
        await message.answer(t("coordinator.figures_usage"))
        return
    found = await figures.compute(session, period)
    caption = t("coordinator.figures_caption", period=period.label)
    stem = f"cijfers-{period.label}"
    await message.answer(text_of(summary(found).text))
    # Drawing takes a moment: off the event loop, so other chats are not held up.
    png = await asyncio.to_thread(report.to_png, found, lambda text: label_of(text, None))
    await message.answer_photo(BufferedInputFile(png, f"{stem}.png"), caption=caption)
    await message.answer_document(
        BufferedInputFile(report.to_csv(found), f"{stem}.csv"), caption=caption
    )
