"""A review queue for facts proposed from imported documents (issue 13).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

``import_candidates`` holds what ``briefing import document`` proposed, one row per
clause, until someone accepts it (a fact is created and ``fact_uuid`` names it) or
rejects it. The document itself is a ``sources`` row with its full text, as for any
source, so a candidate's quote and locator can be shown and checked against it.
``data`` is the candidate as JSON (statement, quote, locator, suggestions, why): its
shape is the importer's and changes without a migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("fact_uuid", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_import_candidates_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_import_candidates_event_id_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_candidates")),
        sa.UniqueConstraint("uuid", name=op.f("uq_import_candidates_uuid")),
    )
    op.create_index(
        op.f("ix_import_candidates_source_id"), "import_candidates", ["source_id"], unique=False
    )
    op.create_index(
        op.f("ix_import_candidates_status"), "import_candidates", ["status"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_import_candidates_status"), table_name="import_candidates")
    op.drop_index(op.f("ix_import_candidates_source_id"), table_name="import_candidates")
    op.drop_table("import_candidates")
