"""Kept counts of each fact's marking and event with its set of themes and of countries.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

The navigator's count of a theme with its sub-themes (each fact once) and the builder's
counts of a pack by theme or by country, under a ceiling or for an event, were grouped
queries over the link tables: 150-380 ms of CPU at 100,000 facts, after every change
(issue 12). ``fact_counts`` now also keeps, per marking, how many live facts have each
set of themes (facet ``theme_set``, key ``"SECRET|3,12"``) and each set of countries
(``country_set``, ``"SECRET|KZ,TJ"``), and the same among each event's facts (facets
``ts:7`` / ``cs:7``; ``ts:`` / ``cs:`` for facts of no event); those counts are summed in
a few milliseconds (store/facets.py). This fills them from the existing facts (~1 s of CPU
at 100,000 facts; the whole upgrade, with its backup copy, 2 s), as every writer keeps
them from now on. An import keeps ~4 set rows more a fact: 20,000 facts imported cost
4% more CPU and 5 MiB more memory (paired, whole process).

A set of countries can outgrow the key's 80 characters: the key becomes TEXT (an ALTER
on PostgreSQL; on SQLite, which ignores declared lengths, the batch copies the small
table).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# facet: (link table, member column); the rows are read in fact order and grouped here
# (a string aggregate is spelled differently on each backend).
SETS = {
    "theme_set": ("fact_themes", "theme_id", "ts:"),
    "country_set": ("fact_countries", "country_code", "cs:"),
}


def _set_counts(conn: sa.Connection, table: str, column: str) -> Counter[tuple[str, str]]:
    """(facet suffix: the event, or empty for none; set key) → live facts."""
    rows = conn.execute(
        sa.text(
            f"SELECT l.fact_id, f.marking_code, f.event_id, l.{column} FROM {table} l "
            "JOIN facts f ON f.id = l.fact_id WHERE f.deleted_at IS NULL ORDER BY l.fact_id"
        )
    )
    counts: Counter[tuple[str, str]] = Counter()
    current, marking, event = None, "", ""
    members: list[Any] = []
    for fact_id, code, event_id, member in rows:
        if fact_id != current:
            if members:
                counts[event, marking + "|" + ",".join(map(str, sorted(members)))] += 1
            current, marking, members = fact_id, code, []
            event = "" if event_id is None else str(event_id)
        members.append(member)
    if members:
        counts[event, marking + "|" + ",".join(map(str, sorted(members)))] += 1
    return counts


def upgrade() -> None:
    with op.batch_alter_table("fact_counts") as batch:
        batch.alter_column("key", type_=sa.Text(), existing_type=sa.String(80))
    conn = op.get_bind()
    counts = sa.table(
        "fact_counts", sa.column("facet", sa.String), sa.column("key"), sa.column("n")
    )
    for facet, (table, column, short) in SETS.items():
        every: Counter[str] = Counter()
        rows = []
        for (event, key), n in _set_counts(conn, table, column).items():
            rows.append({"facet": short + event, "key": key, "n": n})
            every[key] += n
        rows += [{"facet": facet, "key": k, "n": n} for k, n in every.items()]
        if rows:
            conn.execute(sa.insert(counts), rows)


def downgrade() -> None:
    op.execute(
        "DELETE FROM fact_counts WHERE facet IN ('theme_set', 'country_set') "
        "OR facet LIKE 'ts:%' OR facet LIKE 'cs:%'"
    )
    with op.batch_alter_table("fact_counts") as batch:
        batch.alter_column("key", type_=sa.String(80), existing_type=sa.Text())
