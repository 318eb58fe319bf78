"""processed updates: when their replies were made

Revision ID: 0005_answered_updates
Revises: 0004_encryption_at_rest
Create Date: 2026-11-23 19:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_answered_updates"
down_revision = "0004_encryption_at_rest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("processed_update") as batch_op:
        batch_op.add_column(sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True))
    # Updates handled before this revision had their replies made in their transaction.
    op.execute("UPDATE processed_update SET answered_at = processed_at")


def downgrade() -> None:
    with op.batch_alter_table("processed_update") as batch_op:
        batch_op.drop_column("answered_at")
