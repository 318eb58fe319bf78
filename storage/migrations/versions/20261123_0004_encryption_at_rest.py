"""encryption at rest; anonymised requests

Free texts and contact details become Fernet tokens (storage/crypto.py): their columns are
Text (revision 0002_delivery made the request's free texts unbounded; JSON columns become
Text here, as JSON is stored as an encrypted string),
and rows written before this revision are encrypted here with the newest DATA_KEY. Without a
key, a database that holds such rows is refused: better to stop than to keep plain text.
A request can lose its resident (retention anonymises it), so `request.resident_id` may be
empty.

Revision ID: 0004_encryption_at_rest
Revises: 0003_invites
Create Date: 2026-11-23 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.crypto import keyring

revision = "0004_encryption_at_rest"
down_revision = "0003_invites"
branch_labels = None
depends_on = None

# (table, primary key, column) of every encrypted column.
ENCRYPTED = (
    ("request", "id", "question"),
    ("request", "id", "contact_value"),
    ("request", "id", "display_name"),
    ("notification", "id", "payload"),
    ("conversation_state", "key", "data"),
)


def _to_text(batch_op, column: str, old_type: sa.types.TypeEngine, nullable: bool) -> None:
    using = {"postgresql_using": f"{column}::text"} if _dialect() == "postgresql" else {}
    batch_op.alter_column(
        column, existing_type=old_type, type_=sa.Text(), existing_nullable=nullable, **using
    )


def _dialect() -> str:
    return op.get_bind().dialect.name


def _rewrite(change, what: str) -> None:
    """Apply `change` to every stored value of every encrypted column."""
    connection = op.get_bind()
    for table, key, column in ENCRYPTED:
        rows = connection.execute(
            sa.text(f"SELECT {key}, {column} FROM {table} WHERE {column} IS NOT NULL")
        ).all()
        if rows and not keyring.configured:
            raise RuntimeError(f"DATA_KEY is needed to {what} the rows of {table}.{column}")
        for row_key, value in rows:
            connection.execute(
                sa.text(f"UPDATE {table} SET {column} = :value WHERE {key} = :key"),
                {"value": change(value), "key": row_key},
            )


def _resident_id(nullable: bool) -> None:
    """SQLite copies `request` to change it; the rows referring to it would break its foreign
    keys meanwhile, so they are checked afterwards (as in revision 0002_delivery)."""
    sqlite = _dialect() == "sqlite"
    if sqlite:
        op.execute("PRAGMA foreign_keys = OFF")
    with op.batch_alter_table("request") as batch_op:
        batch_op.alter_column("resident_id", existing_type=sa.Integer(), nullable=nullable)
    if sqlite:
        op.execute("PRAGMA foreign_keys = ON")


def upgrade() -> None:
    _resident_id(nullable=True)
    with op.batch_alter_table("notification") as batch_op:
        _to_text(batch_op, "payload", sa.JSON(), nullable=False)
        batch_op.alter_column("payload", existing_type=sa.Text(), nullable=True)
    with op.batch_alter_table("conversation_state") as batch_op:
        _to_text(batch_op, "data", sa.JSON(), nullable=False)
    _rewrite(keyring.encrypt, "encrypt")


def downgrade() -> None:
    _rewrite(keyring.decrypt, "decrypt")
    op.execute("UPDATE notification SET payload = '{}' WHERE payload IS NULL")
    postgres = _dialect() == "postgresql"
    with op.batch_alter_table("conversation_state") as batch_op:
        batch_op.alter_column(
            "data",
            existing_type=sa.Text(),
            type_=sa.JSON(),
            **({"postgresql_using": "data::json"} if postgres else {}),
        )
    with op.batch_alter_table("notification") as batch_op:
        batch_op.alter_column(
            "payload",
            existing_type=sa.Text(),
            type_=sa.JSON(),
            nullable=False,
            **({"postgresql_using": "payload::json"} if postgres else {}),
        )
    _resident_id(nullable=False)
