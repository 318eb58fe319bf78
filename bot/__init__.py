"""The Telegram adapter: routers, keyboards, middlewares and sending (aiogram 3)."""
