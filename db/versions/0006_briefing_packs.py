"""What a briefing pack needs: key points, who said it, people's names and bios, country notes.

Also ``app_state``, where a first start records that seeding began and ended.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

Existing facts become non-key with no speaker (the source reported them); existing people
get empty name forms and biographies and the protocol rank "other" until someone fills
them in.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(
            sa.Column("is_key", sa.Boolean(), nullable=False, server_default=sa.text("false"))
        )
        batch.add_column(sa.Column("speaker_person_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("speaker_document_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("speaker_country_code", sa.String(length=2), nullable=True))
        batch.create_foreign_key(
            op.f("fk_facts_speaker_person_id_people"),
            "people",
            ["speaker_person_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_foreign_key(
            op.f("fk_facts_speaker_document_id_documents"),
            "documents",
            ["speaker_document_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_foreign_key(
            op.f("fk_facts_speaker_country_code_countries"),
            "countries",
            ["speaker_country_code"],
            ["code"],
        )
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("names", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("bios", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(
            sa.Column("kind", sa.String(length=24), nullable=False, server_default="other")
        )
        batch.add_column(sa.Column("organisation_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_people_organisation_id_organisations"),
            "organisations",
            ["organisation_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "country_notes",
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("text", sa.JSON(), nullable=False),
        sa.Column("marking_code", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"],
            ["countries.code"],
            name=op.f("fk_country_notes_country_code_countries"),
        ),
        sa.ForeignKeyConstraint(
            ["marking_code"],
            ["markings.code"],
            name=op.f("fk_country_notes_marking_code_markings"),
        ),
        sa.PrimaryKeyConstraint("country_code", name=op.f("pk_country_notes")),
    )

    op.create_table(
        "app_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_state")),
    )


def downgrade() -> None:
    op.drop_table("app_state")
    op.drop_table("country_notes")
    with op.batch_alter_table("people") as batch:
        batch.drop_constraint(op.f("fk_people_organisation_id_organisations"), type_="foreignkey")
        batch.drop_column("organisation_id")
        batch.drop_column("kind")
        batch.drop_column("bios")
        batch.drop_column("names")
    with op.batch_alter_table("facts") as batch:
        batch.drop_constraint(op.f("fk_facts_speaker_country_code_countries"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_facts_speaker_document_id_documents"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_facts_speaker_person_id_people"), type_="foreignkey")
        batch.drop_column("speaker_country_code")
        batch.drop_column("speaker_document_id")
        batch.drop_column("speaker_person_id")
        batch.drop_column("is_key")
