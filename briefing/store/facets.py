"""Per-facet fact counts (themes, countries, markings, events, all), kept by every write.

Counting through the link tables takes hundreds of milliseconds at 100,000 facts; the
navigator asks for counts after every change. Writers apply +1/-1 deltas in the same
transaction as the change; bulk imports recount everything once.

Besides one count a theme or country, each fact counts once under its *sets*: its marking
with the set of its themes (facet ``theme_set``, key ``"SECRET|3,12"``) and with the set
of its countries (``country_set``, ``"SECRET|KZ,TJ"``), and once more under its event's
sets (facets ``ts:7`` / ``cs:7``, ``ts:`` / ``cs:`` for facts of no event). A count that
needs to know which links one fact has together is summed from those: a theme with its
sub-themes (each fact once), a theme or a country under a ceiling or for an event (with or
without the background), a country among facts concerning at most n countries. At
100,000 facts there are ~1,700 theme sets and ~5,000 country sets, read in a few
milliseconds (the grouped queries they replace took 150-380 ms); keyed by event too they
were 14,000 and 22,000 (30% of the facts in 20 events), five times as slow to read for a
count of every fact, hence the two kinds. Sets hold theme keys, not the tree, so
re-parenting a theme changes no kept count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, distinct, func, insert, select

from briefing.store.tables import fact_countries, fact_counts, fact_themes, facts, themes

ALL = ("all", "")


def keys_of(
    theme_ids: Iterable[int], countries: Iterable[str], marking: str, event_id: int | None
) -> list[tuple[str, str]]:
    """The (facet, key) pairs one live fact contributes to."""
    themes, codes = sorted({int(t) for t in theme_ids}), sorted(set(countries))
    keys = [ALL, ("marking", marking)]
    keys += [("theme", str(t)) for t in themes]
    keys += [("country", c) for c in codes]
    if event_id is not None:
        keys.append(("event", str(event_id)))
    if themes:
        key = set_key(marking, map(str, themes))
        keys += [_shared("theme_set", key), _shared(event_facet("theme_set", event_id), key)]
    if codes:
        key = set_key(marking, codes)
        keys += [_shared("country_set", key), _shared(event_facet("country_set", event_id), key)]
    return keys


# One (facet, key) pair a set, shared by every fact that has it: an import collects every
# fact's keys before applying them, and 100,000 facts' own set pairs took ~35 MB more.
_PAIRS: dict[tuple[str, str], tuple[str, str]] = {}


def _shared(facet: str, key: str) -> tuple[str, str]:
    if len(_PAIRS) > 200_000:  # bounded in a long-running process
        _PAIRS.clear()
    pair = (facet, key)
    return _PAIRS.setdefault(pair, pair)


def set_key(marking: str, members: Iterable[str]) -> str:
    """The key of a set's count: members sorted by the caller."""
    return marking + "|" + ",".join(members)


def event_facet(facet: str, event_id: int | None) -> str:
    """The facet of ``facet``'s sets among the facts of one event (None: of no event):
    ``ts:7`` / ``cs:`` (the facet column holds 16 characters)."""
    return ("ts:" if facet == "theme_set" else "cs:") + ("" if event_id is None else str(event_id))


@dataclass(frozen=True)
class Kept:
    """Which facts a count summed from the sets keeps: those marked one of ``markings``
    and of one of ``events`` (None among them: facts of no event); None: any."""

    markings: frozenset[str] | None = None
    events: frozenset[int | None] | None = None


def read_sets(conn: Connection, facet: str, kept: Kept) -> list[tuple[list[str], int]]:
    """(members, live facts) of every ``theme_set`` or ``country_set`` ``kept`` keeps:
    the sets of every fact, or those of the events kept (each read off the key's index)."""
    every = kept.events is None
    names = [facet] if every else [event_facet(facet, e) for e in kept.events or ()]
    stmt = select(fact_counts.c.key, fact_counts.c.n).where(
        fact_counts.c.facet.in_(names), fact_counts.c.n > 0
    )
    result = conn.execute(stmt)
    try:  # off the driver's cursor: SQLAlchemy's rows cost ~1 µs each, 5,000 sets
        rows = result.cursor.fetchall()
    finally:
        result.close()
    markings = kept.markings
    out = []
    for key, n in rows:
        marking, _, members = key.partition("|")
        if markings is None or marking in markings:
            out.append((members.split(","), n))
    return out


def theme_tree_counts(conn: Connection, kept: Kept) -> dict[int, int]:
    """Theme key → live facts ``kept`` keeps linked to it or to one of its direct
    sub-themes (each fact once: what a theme filter lists)."""
    parents = dict(conn.execute(select(themes.c.id, themes.c.parent_id)).all())
    out: Counter[int] = Counter()
    for members, n in read_sets(conn, "theme_set", kept):
        ids = [int(m) for m in members]
        roots = set(ids) | {p for p in map(parents.get, ids) if p is not None}
        for root in roots:
            out[root] += n
    return dict(out)


def country_counts(
    conn: Connection, kept: Kept, at_most: int | None = None, at_least: int | None = None
) -> dict[str, int]:
    """Country code → live facts ``kept`` keeps linked to it and to at most / at least
    that many countries."""
    out: Counter[str] = Counter()
    for members, n in read_sets(conn, "country_set", kept):
        if (at_most is not None and len(members) > at_most) or len(members) < (at_least or 0):
            continue
        for code in members:
            out[code] += n
    return dict(out)


def theme_counts(conn: Connection, kept: Kept) -> dict[int, int]:
    """Theme key → live facts ``kept`` keeps linked to it directly."""
    out: Counter[int] = Counter()
    for members, n in read_sets(conn, "theme_set", kept):
        for m in members:
            out[int(m)] += n
    return dict(out)


def apply(
    conn: Connection, plus: Iterable[tuple[str, str]], minus: Iterable[tuple[str, str]] = ()
) -> None:
    """Add 1 for each key in ``plus`` and remove 1 for each key in ``minus``."""
    delta: Counter[tuple[str, str]] = Counter(plus)
    delta.subtract(Counter(minus))
    rows = [{"facet": f, "key": k, "n": n} for (f, k), n in delta.items() if n]
    if not rows:
        return
    # Imported here: the dialects' insert modules (PostgreSQL's pulls in asyncio) cost a
    # read-only command-line start 30 ms, and only writers need them.
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    stmt = dialect.insert(fact_counts)
    stmt = stmt.on_conflict_do_update(
        index_elements=["facet", "key"], set_={"n": fact_counts.c.n + stmt.excluded.n}
    )
    conn.execute(stmt, rows)


def recount(conn: Connection) -> None:
    """Recompute every count from the facts (after bulk imports, or to repair)."""
    live = facts.c.deleted_at.is_(None)
    rows: list[dict[str, object]] = []
    every: Counter[tuple[str, str]] = Counter()
    total = conn.scalar(select(func.count()).select_from(facts).where(live)) or 0
    rows.append({"facet": "all", "key": "", "n": total})
    for facet, stmt in (
        (
            "marking",
            select(facts.c.marking_code, func.count()).where(live).group_by(facts.c.marking_code),
        ),
        (
            "event",
            select(facts.c.event_id, func.count())
            .where(live, facts.c.event_id.is_not(None))
            .group_by(facts.c.event_id),
        ),
        (
            "theme",
            select(fact_themes.c.theme_id, func.count())
            .join(facts, facts.c.id == fact_themes.c.fact_id)
            .where(live)
            .group_by(fact_themes.c.theme_id),
        ),
        (
            "country",
            select(fact_countries.c.country_code, func.count())
            .join(facts, facts.c.id == fact_countries.c.fact_id)
            .where(live)
            .group_by(fact_countries.c.country_code),
        ),
    ):
        rows.extend({"facet": facet, "key": str(key), "n": n} for key, n in conn.execute(stmt))
    for facet, links, column in (
        ("theme_set", fact_themes, fact_themes.c.theme_id),
        ("country_set", fact_countries, fact_countries.c.country_code),
    ):
        for (event_id, key), n in _set_counts(conn, links, column).items():
            rows.append({"facet": event_facet(facet, event_id), "key": key, "n": n})
            every[facet, key] += n
    rows.extend({"facet": f, "key": k, "n": n} for (f, k), n in every.items())
    conn.execute(delete(fact_counts))
    conn.execute(insert(fact_counts), rows)


def _set_counts(conn: Connection, links: Any, column: Any) -> Counter[tuple[int | None, str]]:
    """Live facts per event and set key (marking, set of ``column``): the link table read
    once in fact order and grouped here (a string aggregate is spelled differently on each
    backend; ~0.5 s of CPU a link table at 100,000 facts, once per recount)."""
    stmt = (
        select(links.c.fact_id, facts.c.marking_code, facts.c.event_id, column)
        .join(facts, facts.c.id == links.c.fact_id)
        .where(facts.c.deleted_at.is_(None))
        .order_by(links.c.fact_id)
    )
    counts: Counter[tuple[int | None, str]] = Counter()
    current, marking, event = None, "", None
    members: list[Any] = []
    for fact_id, code, event_id, member in conn.execute(stmt):
        if fact_id != current:
            if members:
                counts[event, set_key(marking, map(str, sorted(members)))] += 1
            current, marking, event, members = fact_id, code, event_id, []
        members.append(member)
    if members:
        counts[event, set_key(marking, map(str, sorted(members)))] += 1
    return counts


def read(conn: Connection, facet: str) -> dict[str, int]:
    """Key → count for one facet (zero counts left out)."""
    stmt = select(fact_counts.c.key, fact_counts.c.n).where(
        fact_counts.c.facet == facet, fact_counts.c.n > 0
    )
    return dict(conn.execute(stmt).all())


def keys_of_fact(conn: Connection, fact_id: int) -> list[tuple[str, str]]:
    """The keys a stored fact counts under now (none if it is deleted)."""
    row = conn.execute(
        select(facts.c.marking_code, facts.c.event_id, facts.c.deleted_at).where(
            facts.c.id == fact_id
        )
    ).one()
    if row.deleted_at is not None:
        return []
    themes = conn.scalars(select(fact_themes.c.theme_id).where(fact_themes.c.fact_id == fact_id))
    countries = conn.scalars(
        select(fact_countries.c.country_code).where(fact_countries.c.fact_id == fact_id)
    )
    return keys_of(themes, countries, row.marking_code, row.event_id)


def linked_count(
    conn: Connection, theme_ids: Sequence[int] | None, countries: Sequence[str]
) -> int:
    """Live facts linked to any of ``theme_ids`` (None: no theme filter) and to any of
    ``countries`` (empty: none): a theme with its sub-themes, or with a country, which no
    kept count holds.

    Read off the link tables' indexes alone, binned facts subtracted through their own
    small index (migration 0010): checking ``deleted_at`` on every linked fact's row was
    180,000 random reads of the widest table for one theme at 1,000,000 facts (0.9–2 s).
    """
    binned = select(facts.c.id).where(facts.c.deleted_at.is_not(None))
    codes = [c.upper() for c in countries]
    if theme_ids is not None:
        key = fact_themes.c.fact_id
        stmt = select(func.count(distinct(key))).where(fact_themes.c.theme_id.in_(theme_ids))
        if codes:
            stmt = stmt.where(
                key.in_(
                    select(fact_countries.c.fact_id).where(fact_countries.c.country_code.in_(codes))
                )
            )
    else:
        key = fact_countries.c.fact_id
        stmt = select(func.count(distinct(key))).where(fact_countries.c.country_code.in_(codes))
    return int(conn.scalar(stmt.where(key.not_in(binned))) or 0)
