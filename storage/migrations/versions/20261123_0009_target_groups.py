"""a Meedenker's target groups (doelgroepen)

`meedenker.doelgroepen` lists whom a Meedenker works with most (["jongeren"]), from the
directory's optional field of that name; empty for everyone until the directory gives it.

Revision ID: 0009_target_groups
Revises: 0008_figures
Create Date: 2026-11-23 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_target_groups"
down_revision = "0008_figures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meedenker", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("doelgroepen", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("meedenker", schema=None) as batch_op:
        batch_op.drop_column("doelgroepen")
