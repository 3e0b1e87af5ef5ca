"""Order the fact list by date then order of entry (locators are text: "§10" < "§2").

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_facts_live_order", table_name="facts")
    op.create_index(
        "ix_facts_live_date_seq",
        "facts",
        ["date", "seq", "id"],
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_facts_live_date_seq", table_name="facts")
    op.create_index(
        "ix_facts_live_order",
        "facts",
        ["date", "locator", "seq", "id"],
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
