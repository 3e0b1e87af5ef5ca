"""Index the person who states a fact (who's who in the preview's first page).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

A dossier's who's-who section lists the people its facts name, among them each fact's
speaker (``Reader.people_named``). Without an index on ``facts.speaker_person_id`` the
speaker half of that query scanned the whole facts table for every person: 0.22 s of
CPU at 100,000 facts, paid by every preview of a pack with who's who (its first page
included) and every export. With it, each person's spoken facts are one index range.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_facts_speaker_person_id", "facts", ["speaker_person_id"])


def downgrade() -> None:
    op.drop_index("ix_facts_speaker_person_id", table_name="facts")
