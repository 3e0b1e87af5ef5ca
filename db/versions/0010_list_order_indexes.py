"""Indexes in every order the fact list sorts by, for the Bin and for key points (issue 12).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

At 100,000 facts, sorting the list by marking, confidence or statement, or by date going
down, read every fact's row and sorted them: 0.2-0.5 s of CPU per sort, 1-6 s on a busy
machine. Each index below holds the live facts in one sort order, both directions, with
the key as the last column going up in both (the list breaks ties by the key, ascending
either way), so the list is read off an index. The Bin (deleted facts) and the key points
were found by reading every row: each gets a small index.

The statement index is SQLite's only: a PostgreSQL b-tree entry cannot exceed ~2.7 kB and
a statement may be 20,000 characters; PostgreSQL keeps sorting statements itself.
On PostgreSQL the date indexes put NULL dates first going up and last going down, as the
store orders them on every backend (0005's index had them last going up, so PostgreSQL
never used it for the list).
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
# name: (columns on SQLite, columns on PostgreSQL)
LIVE_ORDERS = {
    "ix_facts_live_date_seq_desc": (
        "date DESC, seq DESC, id",
        "date DESC NULLS LAST, seq DESC, id",
    ),
    "ix_facts_live_marking_seq": ("marking_code, seq, id", "marking_code, seq, id"),
    "ix_facts_live_marking_seq_desc": (
        "marking_code DESC, seq DESC, id",
        "marking_code DESC, seq DESC, id",
    ),
    "ix_facts_live_confidence_seq": ("confidence, seq, id", "confidence, seq, id"),
    "ix_facts_live_confidence_seq_desc": (
        "confidence DESC, seq DESC, id",
        "confidence DESC, seq DESC, id",
    ),
}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, (on_sqlite, on_postgresql) in LIVE_ORDERS.items():
        columns = on_sqlite if sqlite else on_postgresql
        op.execute(f"CREATE INDEX {name} ON facts ({columns}) WHERE {LIVE}")
    if sqlite:
        op.execute(f"CREATE INDEX ix_facts_live_statement ON facts (statement, id) WHERE {LIVE}")
    else:
        # The default order's index (0005) put NULL dates last, as PostgreSQL does by
        # default, while the list puts them first going up: it was never used for it.
        op.execute("DROP INDEX IF EXISTS ix_facts_live_date_seq")
        op.execute(
            "CREATE INDEX ix_facts_live_date_seq ON facts "
            f"(date ASC NULLS FIRST, seq, id) WHERE {LIVE}"
        )
    op.execute("CREATE INDEX ix_facts_binned ON facts (deleted_at) WHERE deleted_at IS NOT NULL")
    op.execute("CREATE INDEX ix_facts_is_key ON facts (is_key)")


def downgrade() -> None:
    names = [*LIVE_ORDERS, "ix_facts_live_statement", "ix_facts_binned", "ix_facts_is_key"]
    for name in names:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_facts_live_date_seq")
        op.execute(f"CREATE INDEX ix_facts_live_date_seq ON facts (date, seq, id) WHERE {LIVE}")
