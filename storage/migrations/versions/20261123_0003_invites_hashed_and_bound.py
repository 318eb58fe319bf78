"""invites: codes stored hashed, bound to the account that first opens them

Revision ID: 0003_invites
Revises: 0002_delivery
Create Date: 2026-11-23 18:40:00
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0003_invites"
down_revision = "0002_delivery"
branch_labels = None
depends_on = None


def _columns() -> list[sa.Column]:
    return [
        sa.Column(
            "meedenker_id", sa.String(length=64), sa.ForeignKey("meedenker.id"), nullable=False
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    # Links already sent keep working: their codes are hashed like new ones.
    rows = op.get_bind().execute(sa.text("SELECT * FROM invite")).mappings().all()
    op.drop_table("invite")
    invite = op.create_table(
        "invite",
        sa.Column("code_hash", sa.String(length=64), primary_key=True),
        *_columns(),
        sa.Column("used_by", sa.BigInteger(), nullable=True),
    )
    op.bulk_insert(
        invite,
        [
            {
                "code_hash": hashlib.sha256(row["code"].encode()).hexdigest(),
                "meedenker_id": row["meedenker_id"],
                "created_at": row["created_at"],
                "expires_at": row["expires_at"],
                "used_at": row["used_at"],
                "used_by": None,
            }
            for row in rows
        ],
    )


def downgrade() -> None:
    # Codes cannot be unhashed: outstanding invites are dropped.
    op.drop_table("invite")
    op.create_table(
        "invite", sa.Column("code", sa.String(length=64), primary_key=True), *_columns()
    )
