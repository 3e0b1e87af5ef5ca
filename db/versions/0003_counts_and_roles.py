"""Kept fact counts per facet, and translated roles of people.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

``fact_counts`` is filled from the existing facts so an upgraded database shows the same
numbers as a new one; ``people.role_translations`` starts empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_counts",
        sa.Column("facet", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("facet", "key", name=op.f("pk_fact_counts")),
    )
    with op.batch_alter_table("people") as batch:
        batch.add_column(
            sa.Column("role_translations", sa.JSON(), nullable=False, server_default="{}")
        )
    live = "deleted_at IS NULL"
    op.execute(
        "INSERT INTO fact_counts (facet, key, n) "
        f"SELECT 'all', '', count(*) FROM facts WHERE {live}"
    )
    op.execute(
        "INSERT INTO fact_counts (facet, key, n) SELECT 'marking', marking_code, count(*) "
        f"FROM facts WHERE {live} GROUP BY marking_code"
    )
    op.execute(
        "INSERT INTO fact_counts (facet, key, n) SELECT 'event', CAST(event_id AS VARCHAR(80)), "
        f"count(*) FROM facts WHERE {live} AND event_id IS NOT NULL GROUP BY event_id"
    )
    op.execute(
        "INSERT INTO fact_counts (facet, key, n) SELECT 'theme', CAST(t.theme_id AS VARCHAR(80)), "
        f"count(*) FROM fact_themes t JOIN facts f ON f.id = t.fact_id WHERE f.{live} "
        "GROUP BY t.theme_id"
    )
    op.execute(
        "INSERT INTO fact_counts (facet, key, n) SELECT 'country', c.country_code, count(*) "
        f"FROM fact_countries c JOIN facts f ON f.id = c.fact_id WHERE f.{live} "
        "GROUP BY c.country_code"
    )


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("role_translations")
    op.drop_table("fact_counts")
