"""Writing over a saved fact: the one step an edit and a bundle taking "theirs" share.

The caller has already claimed the fact (its version moved on) inside its transaction;
this keeps the state it replaces as a revision, then rewrites the row, its links, its
search text and the kept counts.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, update

from briefing.model import Fact, FactRevision, utcnow
from briefing.store import bulk, facets, index
from briefing.store.records import FactRecord
from briefing.store.validation import ResolvedFact


def write_over(
    conn: Connection,
    before: FactRecord,
    resolved: ResolvedFact,
    change: str = "update",
    sources: dict[str, str | None] | None = None,
) -> None:
    """Replace the stored fact ``before`` with ``resolved`` (its old state kept as a revision).

    ``sources``: the digest of the original each translation translates, by language (see
    ``bulk.insert_links``); a translation left out is stamped with the current original.
    """
    conn.execute(
        insert(FactRevision).values(
            fact_id=before.key,
            version=before.version,
            snapshot=before.to_json(),
            change=change,
            changed_at=utcnow(),
        )
    )
    old_keys = facets.keys_of_fact(conn, before.key)
    names = bulk.create_named(conn, [resolved])
    conn.execute(
        update(Fact)
        .where(Fact.id == before.key)
        .values(**bulk.fact_values(resolved, names), updated_at=utcnow())
    )
    for table in bulk.LINKED:
        conn.execute(delete(table).where(table.c.fact_id == before.key))
    bulk.insert_links(conn, [(before.key, resolved)], names, {before.key: sources or {}})
    index.reindex(conn, [before.key])
    facets.apply(conn, facets.keys_of_fact(conn, before.key), old_keys)
