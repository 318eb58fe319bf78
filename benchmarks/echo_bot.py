"""A bare aiogram 3 echo bot: the yardstick `benchmarks.crowd` measures Meedenkersbot against.

Started like the real bot (its own process, BOT_TOKEN and TELEGRAM_API_URL from the
environment, long polling with aiogram's defaults); answers every text with that text.

BOT_TOKEN=… TELEGRAM_API_URL=http://127.0.0.1:8081 .venv/bin/python -m benchmarks.echo_bot
"""

from __future__ import annotations

import asyncio
import os

from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

dispatcher = Dispatcher()


@dispatcher.message(F.text)
async def echo(message: Message) -> None:
    await message.answer(message.text)


async def main() -> None:
    session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["TELEGRAM_API_URL"]))
    bot = Bot(os.environ["BOT_TOKEN"], session=session)
    await dispatcher.start_polling(bot, allowed_updates=dispatcher.resolve_used_update_types())


if __name__ == "__main__":
    asyncio.run(main())
