"""The conversation logic as plain Python: no aiogram, no SQLAlchemy.

`bot/` turns Telegram updates into calls here and what comes back into messages;
`storage/` keeps what must survive a restart.
"""
