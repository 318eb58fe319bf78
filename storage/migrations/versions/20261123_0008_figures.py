"""figures: first contact, how they found us, on behalf of someone, and the survey

`request.first_contact_at` is set by the Meedenker's "Contact gehad"; `request.found_via` is
the intake's optional "how did you find us"; `relation` and `contact_person` say who asked on
behalf of the resident and whom the Meedenker contacts; an index on `request.created_at` serves the
figures' periods. `survey_answer` holds one resident's answers about one request, keyed by
the request only: the figures never need the person.

Revision ID: 0008_figures
Revises: 0007_intro_per_language
Create Date: 2026-11-23 19:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_figures"
down_revision = "0007_intro_per_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("request") as batch_op:
        batch_op.add_column(sa.Column("first_contact_at", sa.DateTime(timezone=True)))
        batch_op.add_column(sa.Column("found_via", sa.String(32)))
        batch_op.add_column(sa.Column("relation", sa.String(16)))
        batch_op.add_column(sa.Column("contact_person", sa.String(16)))
    # The figures select requests by when they were registered.
    op.create_index("ix_request_created_at", "request", ["created_at"])
    op.create_table(
        "survey_answer",
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("request.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reminded_at", sa.DateTime(timezone=True)),
        sa.Column("network_mark", sa.Integer),
        sa.Column("knowledge_mark", sa.Integer),
        sa.Column("overall_mark", sa.Integer),
        sa.Column("free_choice", sa.String(16)),
        sa.Column("comment", sa.Text),  # encrypted at rest (storage/crypto.py)
        sa.Column("answered_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("survey_answer")
    op.drop_index("ix_request_created_at", "request")
    with op.batch_alter_table("request") as batch_op:
        batch_op.drop_column("contact_person")
        batch_op.drop_column("relation")
        batch_op.drop_column("found_via")
        batch_op.drop_column("first_contact_at")
