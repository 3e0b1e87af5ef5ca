"""What other people changed since a window last looked: a token over the revision table.

Every edit, deletion and restore writes a revision row, and every new fact takes a new key,
so the highest revision id and the highest fact key together say how far a reader has
seen. The token is those two numbers; ``changed_since`` returns the ids of the facts
written after it and the token to keep. Both lookups walk a primary key: a poll every few
seconds costs two index probes, on SQLite and PostgreSQL alike, with no server feature
(LISTEN/NOTIFY) and no trigger to migrate.

Known limits: on PostgreSQL keys are handed out before commit, so a transaction that
commits after a later one can fall behind a token already read; its facts are then seen
with the next change after it. Changes to people, sources and other reference data are
not tracked here (their windows reload them with the facts).
"""

from __future__ import annotations

from sqlalchemy import Connection, func, or_, select

from briefing.model import Fact, FactRevision


def token(conn: Connection) -> str:
    """The token for the base as it is now."""
    revision = conn.scalar(select(func.coalesce(func.max(FactRevision.id), 0))) or 0
    fact = conn.scalar(select(func.coalesce(func.max(Fact.id), 0))) or 0
    return f"{int(revision)}:{int(fact)}"


def parse(value: str) -> tuple[int, int]:
    """The (revision, fact) pair of a token; a malformed one reads as "seen nothing"."""
    try:
        revision, fact = (int(part) for part in value.split(":"))
    except ValueError:
        return 0, 0
    return revision, fact


def changed_since(conn: Connection, since: str) -> tuple[list[str], str]:
    """(ids of the facts added or changed after ``since``, the new token)."""
    now = token(conn)
    if now == since:
        return [], now
    revision, fact = parse(since)
    touched = select(FactRevision.fact_id).where(FactRevision.id > revision)
    rows = conn.scalars(
        select(Fact.uuid).where(or_(Fact.id > fact, Fact.id.in_(touched))).order_by(Fact.id)
    )
    return list(rows), now
