"""privacy: the consent's version, the Telegram id of a sent message, the audit log

Revision ID: 0006_privacy_rights
Revises: 0005_answered_updates
Create Date: 2026-11-23 19:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_privacy_rights"
down_revision = "0005_answered_updates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite and PostgreSQL both have it): a batch copy of `resident`
    # would be refused while requests point at it.
    op.add_column("resident", sa.Column("consent_version", sa.String(length=16), nullable=True))
    op.add_column("notification", sa.Column("telegram_message_id", sa.BigInteger(), nullable=True))
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=16), nullable=False),
        sa.Column("actor_telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("what", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.String(length=32), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
    )
    op.create_index("ix_audit_event_request_id", "audit_event", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_event_request_id", table_name="audit_event")
    op.drop_table("audit_event")
    # DROP COLUMN: SQLite has it since 3.35, PostgreSQL always.
    op.execute("ALTER TABLE notification DROP COLUMN telegram_message_id")
    op.execute("ALTER TABLE resident DROP COLUMN consent_version")
