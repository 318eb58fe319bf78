"""a Meedenker's intro in more languages than Dutch

`meedenker.intro` stays the Dutch intro; `meedenker.intros` holds the others by language
({"en": "...", "tr": "..."}), empty until the directory gives them.

Revision ID: 0007_intro_per_language
Revises: 0006_privacy_rights
Create Date: 2026-11-23 19:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_intro_per_language"
down_revision = "0006_privacy_rights"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meedenker", schema=None) as batch_op:
        batch_op.add_column(sa.Column("intros", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("meedenker", schema=None) as batch_op:
        batch_op.drop_column("intros")
