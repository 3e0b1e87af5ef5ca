"""The live date indexes carry the marking and the language (issue 12).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

Filtered by marking, by a marking ceiling or by a missing translation, the list (in date
order, the default) looked up every matching fact's row for its date and sorted them: at
100,000 facts 110-220 ms of CPU for UNCLASSIFIED, a RESTRICTED ceiling or "untranslated
into French" (rows are ~2 kB, so each look-up reads a page of its own). With both columns
in the date indexes the list walks the date index and tests each entry there, reading no
row (store/listing.py): 30-50 ms, most of it handing over the keys. The entries grow by
~15 bytes; see the report of the change for the import cost.

Both dialects get the same columns; PostgreSQL keeps 0010's NULLs clauses.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
FILTERS = "marking_code, language"
# name: (order columns on SQLite, on PostgreSQL) as 0010 left them
DATE_ORDERS = {
    "ix_facts_live_date_seq": ("date, seq, id", "date ASC NULLS FIRST, seq, id"),
    "ix_facts_live_date_seq_desc": (
        "date DESC, seq DESC, id",
        "date DESC NULLS LAST, seq DESC, id",
    ),
}


def _rebuild(extra: str) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, (on_sqlite, on_postgresql) in DATE_ORDERS.items():
        columns = (on_sqlite if sqlite else on_postgresql) + extra
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON facts ({columns}) WHERE {LIVE}")


def upgrade() -> None:
    _rebuild(f", {FILTERS}")


def downgrade() -> None:
    _rebuild("")
