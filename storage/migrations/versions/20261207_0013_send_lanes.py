"""send lanes: Telegram's limits for the fleet, not per process

`send_lane` holds when the next message may go out: lane 0 for the whole bot (30 a
second), one row per chat (one a second) that is dropped soon after. Every process that
sends reserves its moment here first (storage/pacing.py).

Revision ID: 0013_send_lanes
Revises: 0012_web_chat
Create Date: 2026-12-07 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_send_lanes"
down_revision = "0012_web_chat"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "send_lane",
        sa.Column("lane", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("next_at", sa.Float, nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("send_lane")
