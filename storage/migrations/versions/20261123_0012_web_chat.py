"""web chat: a resident may come through the website instead of Telegram

`resident.channel` says which door they came through ("telegram" or "web"). A web
conversation (`web_conversation`) is known by the hash of the random token in its cookie
(the database alone does not let anyone take it over) and has a chat id of its own from a
range Telegram never uses (storage/webchat.py), so the rest of the bot (outbox, chat
state, erasure) treats it like any other chat.

Revision ID: 0012_web_chat
Revises: 0011_hot_paths
Create Date: 2026-11-23 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_web_chat"
down_revision = "0011_hot_paths"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of `resident` would be refused while requests point at it.
    op.add_column(
        "resident",
        sa.Column("channel", sa.String(16), nullable=False, server_default="telegram"),
    )
    op.create_table(
        "web_conversation",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("web_conversation")
    # DROP COLUMN: SQLite has it since 3.35, PostgreSQL always.
    op.execute("ALTER TABLE resident DROP COLUMN channel")
