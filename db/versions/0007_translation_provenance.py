"""A translation remembers which wording of the original it translates.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

``fact_translations.source_digest`` is ``original_digest(statement)`` (briefing.store.records)
of the original statement the translation was written from. When the original is edited the
digests differ and the translation is outdated: the form says so and a dossier prints the
original (noted) instead. Translations that exist when this runs were kept in step by hand
until now, so they are taken as translating the current original.
"""

from __future__ import annotations

import hashlib
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _digest(statement: str) -> str:
    # Kept in step with briefing.store.records.original_digest; a migration must not import
    # the application (it has to run the same way when the application has moved on).
    normal = " ".join(unicodedata.normalize("NFC", statement).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def upgrade() -> None:
    with op.batch_alter_table("fact_translations") as batch:
        batch.add_column(sa.Column("source_digest", sa.String(length=16), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT DISTINCT f.id, f.statement FROM facts f "
            "JOIN fact_translations t ON t.fact_id = f.id"
        )
    ).all()
    if rows:
        conn.execute(
            sa.text("UPDATE fact_translations SET source_digest = :d WHERE fact_id = :i"),
            [{"d": _digest(statement), "i": fid} for fid, statement in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("fact_translations") as batch:
        batch.drop_column("source_digest")
