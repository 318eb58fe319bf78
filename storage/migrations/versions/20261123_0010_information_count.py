"""information_count: how often the information alone was enough, per quarter and topic

The information-only route keeps nothing of the resident; the network's figures still
count it here: one row per quarter (its first day) and levensgebied, plus "total" (once
per resident) and "none" (nothing ticked). Counts only.

Revision ID: 0010_information_count
Revises: 0009_target_groups
Create Date: 2026-11-23 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_information_count"
down_revision = "0009_target_groups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "information_count",
        sa.Column("quarter", sa.Date, primary_key=True),
        sa.Column("topic", sa.String(32), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("information_count")
