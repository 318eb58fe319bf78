"""the outbox claims and parks rows; reasons and free texts are unbounded

Revision ID: 0002_delivery
Revises: 0001
Create Date: 2026-11-23 18:30:00

- notification.claimed_until: the lease of the sender that took the row, so two
  processes never send it both;
- notification.request_id: the request a notification tells of, to name it when the
  message cannot be delivered (no foreign key: a request may be deleted on /stop);
- reasons, free texts, contact values and errors become TEXT: on PostgreSQL a request
  with every escalation reason at once could not be stored in VARCHAR(64).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_delivery"
down_revision = "0001"
branch_labels = None
depends_on = None

# (table, column, old type): made unbounded
UNBOUNDED = (
    ("request", "contact_value", sa.String(length=200)),
    ("request", "display_name", sa.String(length=100)),
    ("request", "outcome", sa.String(length=32)),
    ("request_event", "reason", sa.String(length=64)),
    ("introduction", "decline_reason", sa.String(length=32)),
    ("notification", "last_error", sa.String(length=200)),
)


def upgrade() -> None:
    with op.batch_alter_table("notification") as batch_op:
        batch_op.add_column(sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("request_id", sa.Integer(), nullable=True))
    _retype(lambda old: sa.Text(), lambda old: old)


def downgrade() -> None:
    _retype(lambda old: old, lambda old: sa.Text())
    with op.batch_alter_table("notification") as batch_op:
        batch_op.drop_column("request_id")
        batch_op.drop_column("claimed_until")


def _retype(new, existing) -> None:
    """SQLite changes a column's type by copying its table; while `request` is copied, the
    rows that refer to it would break its foreign keys, so SQLite checks them afterwards."""
    sqlite = op.get_context().dialect.name == "sqlite"
    if sqlite:
        op.execute("PRAGMA foreign_keys = OFF")  # takes effect outside a transaction only
    tables: dict[str, list] = {}
    for table, column, old in UNBOUNDED:
        tables.setdefault(table, []).append((column, old))
    for table, columns in tables.items():
        with op.batch_alter_table(table) as batch_op:
            for column, old in columns:
                batch_op.alter_column(
                    column, type_=new(old), existing_type=existing(old), existing_nullable=True
                )
    if sqlite:
        op.execute("PRAGMA foreign_keys = ON")
