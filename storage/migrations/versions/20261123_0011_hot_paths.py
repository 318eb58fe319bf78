"""hot paths: indexes for what every update and the outbox ask, and the directory's version

Indexes: a resident's requests by status, the open requests per Meedenker (their load), the
outbox's due rows, the retention of handled update ids, and the Meedenkers' newest change.
`network.directory_version` goes up with every directory import, so a process that keeps
the directory in memory notices an import made by another one with a single cheap query.

Revision ID: 0011_hot_paths
Revises: 0010_information_count
Create Date: 2026-11-23 21:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_hot_paths"
down_revision = "0010_information_count"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_request_resident_status", "request", ["resident_id", "status"]),
    ("ix_request_status_meedenker", "request", ["status", "chosen_meedenker_id"]),
    ("ix_notification_due", "notification", ["status", "next_attempt_at"]),
    ("ix_processed_update_processed_at", "processed_update", ["processed_at"]),
    ("ix_meedenker_updated_at", "meedenker", ["updated_at"]),
)


def upgrade() -> None:
    with op.batch_alter_table("network") as batch_op:
        batch_op.add_column(
            sa.Column("directory_version", sa.Integer(), nullable=False, server_default="0")
        )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("network") as batch_op:
        batch_op.drop_column("directory_version")
