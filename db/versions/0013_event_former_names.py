"""An event remembers the names it had (restoring a version from before a rename).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

Saved versions of a fact name its event by the name it had when the version was saved.
Once the event was renamed, restoring such a version found no event of that name and
created a second one under the old name, which split the event's facts between two
events (and a pack about the meeting lost the restored fact). ``events.former_names``
keeps every name an event had; they resolve after current names and translations
(``store.reference.ReferenceIndex``). People and organisations keep a former name among
their aliases instead, where the user can see and remove it.

A NULL column stands for "no former name", so the existing rows need no rewrite.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("former_names", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("former_names")
