"""loads version: Meedenkers' loads kept in memory until a request's status changes

`network.loads_version` goes up with every status change of a request (storage/requests.py
`apply`), so a process keeps each Meedenker's number of open requests in memory and counts
them again only when this number has moved, instead of once per update.

Revision ID: 0014_loads_version
Revises: 0013_send_lanes
Create Date: 2026-12-07 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_loads_version"
down_revision = "0013_send_lanes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("network") as batch_op:
        batch_op.add_column(
            sa.Column("loads_version", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("network") as batch_op:
        batch_op.drop_column("loads_version")
