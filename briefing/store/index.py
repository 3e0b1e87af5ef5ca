"""Keeping the search index in step with the facts, for one fact or for all of them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import Connection, Table, bindparam, column, insert, select, table, text

from briefing.model import (
    Country,
    Document,
    Event,
    Fact,
    FactTranslation,
    Figure,
    Organisation,
    OrganisationAlias,
    Person,
    PersonAlias,
    Source,
    Theme,
    fact_countries,
    fact_documents,
    fact_organisations,
    fact_people,
    fact_themes,
)
from briefing.store import pg_copy
from briefing.store.search import index_body

CHUNK = 5_000
TRANSLATIONS: Table = FactTranslation.__table__
FIGURES: Table = Figure.__table__
# fact_search is made by hand (FTS5 / a table with a generated tsvector), not in the model;
# this names the two columns written so PostgreSQL inserts can go through insert().
PG_SEARCH_INDEX = "ix_fact_search_tsv"  # as migration 0009 names it
SEARCH_ROWS = table("fact_search", column("fact_id"), column("body"))


def _names(conn: Connection) -> dict[str, dict[object, str]]:
    """Every linkable entity's searchable names, joined into one string per entity."""
    return {
        kind: {key: "\n".join(n for n in names if n) for key, names in by_key.items()}
        for kind, by_key in _name_lists(conn).items()
    }


def _name_lists(conn: Connection) -> dict[str, dict[object, list[str]]]:
    """Every linkable entity's searchable names, keyed by kind then id."""
    out: dict[str, dict[object, list[str]]] = defaultdict(lambda: defaultdict(list))
    for pid, name in conn.execute(select(Person.id, Person.name)):
        out["person"][pid].append(name)
    for pid, alias in conn.execute(select(PersonAlias.person_id, PersonAlias.text)):
        out["person"][pid].append(alias)
    for oid, name in conn.execute(select(Organisation.id, Organisation.name)):
        out["org"][oid].append(name)
    for oid, alias in conn.execute(
        select(OrganisationAlias.organisation_id, OrganisationAlias.text)
    ):
        out["org"][oid].append(alias)
    for tid, *names in conn.execute(select(Theme.id, Theme.name_en, Theme.name_fr, Theme.name_ru)):
        out["theme"][tid].extend(n for n in names if n)
    for code, *names in conn.execute(
        select(Country.code, Country.name_en, Country.name_fr, Country.name_ru)
    ):
        out["country"][code].extend(n for n in names if n)
    for eid, name, other_names, place, places in conn.execute(
        select(Event.id, Event.name, Event.names, Event.place, Event.place_names)
    ):
        out["event"][eid].extend(
            [name, *(other_names or {}).values(), place, *(places or {}).values()]
        )
    for did, title, titles in conn.execute(select(Document.id, Document.title, Document.titles)):
        out["doc"][did].extend([title, *(titles or {}).values()])
    for sid, title, publisher in conn.execute(select(Source.id, Source.title, Source.publisher)):
        out["source"][sid].extend(x for x in (title, publisher) if x)
    return out


def _links(
    conn: Connection, ids: Sequence[int] | None, table: Table, column: str
) -> dict[int, list[object]]:
    stmt = select(table.c.fact_id, table.c[column])
    if ids is not None:
        stmt = stmt.where(table.c.fact_id.in_(ids))
    out: dict[int, list[object]] = defaultdict(list)
    for fid, value in conn.execute(stmt).all():  # fetchall: row-by-row fetching costs 2x
        out[fid].append(value)
    return out


def bodies(conn: Connection, ids: Sequence[int] | None) -> Iterable[tuple[int, str]]:
    """(fact id, search body) for the given live facts, or for all live facts."""
    names = _names(conn)
    stmt = select(Fact.id, Fact.statement, Fact.quote, Fact.event_id, Fact.source_id).where(
        Fact.deleted_at.is_(None)
    )
    if ids is not None:
        stmt = stmt.where(Fact.id.in_(ids))
    # FTS5 appends rows with ascending rowids cheaply; any other order (a date index the
    # planner may pick for the WHERE) makes it merge segments: 3x slower at 100,000 facts.
    stmt = stmt.order_by(Fact.id)
    translations = _links(conn, ids, TRANSLATIONS, "statement")
    figures = _links(conn, ids, FIGURES, "label")
    themes = _links(conn, ids, fact_themes, "theme_id")
    countries = _links(conn, ids, fact_countries, "country_code")
    people = _links(conn, ids, fact_people, "person_id")
    orgs = _links(conn, ids, fact_organisations, "organisation_id")
    docs = _links(conn, ids, fact_documents, "document_id")
    for fid, statement, quote, event_id, source_id in conn.execute(stmt).all():
        linked = {
            "theme": themes.get(fid, ()),
            "country": countries.get(fid, ()),
            "person": people.get(fid, ()),
            "org": orgs.get(fid, ()),
            "doc": docs.get(fid, ()),
            "event": () if event_id is None else (event_id,),
            "source": () if source_id is None else (source_id,),
        }
        parts = body_parts(
            names, statement, translations.get(fid, ()), quote, linked, figures.get(fid, ())
        )
        yield fid, index_body(parts, conn.dialect.name)


# The order a body lists what a fact links to (after its own texts, before figure labels).
LINK_KINDS = ("theme", "country", "person", "org", "doc", "event", "source")


def body_parts(
    names: Mapping[str, Mapping[object, str]],
    statement: str,
    translations: Iterable[object],
    quote: str | None,
    linked: Mapping[str, Iterable[object]],
    figures: Iterable[object],
) -> list[str | None]:
    """What one fact's search body holds, from its texts and the keys it links to (by
    kind, see LINK_KINDS); the one recipe for a body read back from the base (``bodies``)
    and for one built from an import's own rows (``bulk``)."""
    parts: list[str | None] = [statement, *map(str, translations), quote]
    for kind in LINK_KINDS:
        keys = linked.get(kind)
        if keys:
            table = names.get(kind, {})
            parts += [table.get(key) for key in keys]
    parts += map(str, figures)
    return parts


def link_names(conn: Connection) -> dict[str, dict[object, str]]:
    """Every linkable entity's searchable names by kind then key (see ``body_parts``)."""
    return _names(conn)


def append(conn: Connection, rows: list[tuple[int, str]], most: bool) -> None:
    """Index facts just inserted, (key, body) in ascending keys above every indexed one.

    Nothing is deleted or re-read: new keys have no index rows, and FTS5 appends
    ascending rowids cheaply. When the new facts are ``most`` of the base, SQLite merges
    the index into one segment afterwards (what a rebuild ends with: queries read one
    b-tree) and PostgreSQL builds its GIN index once over the filled table instead of
    growing it row by row.
    """
    if not most:
        _insert(conn, rows)
    elif _is_sqlite(conn):
        _insert(conn, rows)
        conn.execute(text("INSERT INTO fact_search(fact_search) VALUES ('optimize')"))
    else:
        conn.execute(text(f"DROP INDEX IF EXISTS {PG_SEARCH_INDEX}"))
        _insert(conn, rows)
        conn.execute(text(f"CREATE INDEX {PG_SEARCH_INDEX} ON fact_search USING gin (tsv)"))
        conn.execute(text("ANALYZE fact_search"))


def _is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def reindex(conn: Connection, ids: Sequence[int]) -> None:
    """Recompute the index rows of the given facts (deleted facts drop out)."""
    if not ids:
        return
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        key = "rowid" if _is_sqlite(conn) else "fact_id"
        conn.execute(
            text(f"DELETE FROM fact_search WHERE {key} IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": chunk},
        )
        _insert(conn, list(bodies(conn, chunk)))


def rebuild(conn: Connection) -> int:
    """Rebuild the whole index from the facts; returns the number of facts indexed."""
    if _is_sqlite(conn):
        conn.execute(text("DELETE FROM fact_search"))
    else:
        # Building the GIN index once over the filled table is cheaper than growing it
        # row by row; TRUNCATE already holds the table's exclusive lock meanwhile.
        conn.execute(text("TRUNCATE fact_search"))
        conn.execute(text(f"DROP INDEX IF EXISTS {PG_SEARCH_INDEX}"))
    rows = list(bodies(conn, None))
    _insert(conn, rows)
    if _is_sqlite(conn):
        conn.execute(text("INSERT INTO fact_search(fact_search) VALUES ('optimize')"))
    else:
        conn.execute(text(f"CREATE INDEX {PG_SEARCH_INDEX} ON fact_search USING gin (tsv)"))
        # Fresh statistics: left to autovacuum, the planner guessed 2,000 matches for a
        # word with 58,000 right after a 100,000-fact import and sorted them on disk.
        conn.execute(text("ANALYZE fact_search"))
    return len(rows)


def _insert(conn: Connection, rows: list[tuple[int, str]]) -> None:
    if not rows:
        return
    if _is_sqlite(conn):
        conn.exec_driver_sql("INSERT INTO fact_search(rowid, body) VALUES (?, ?)", rows)
    elif len(rows) >= pg_copy.MIN_ROWS:  # the stored tsvector is computed by the server
        pg_copy.copy_rows(conn, SEARCH_ROWS, ("fact_id", "body"), rows)
    else:
        # insert() with many rows goes out as multi-row VALUES (SQLAlchemy's
        # insertmanyvalues); a text() executemany was one round trip a row on psycopg2.
        conn.execute(insert(SEARCH_ROWS), [{"fact_id": fid, "body": body} for fid, body in rows])


def facts_linked_to(conn: Connection, kind: str, key: object) -> list[int]:
    """Ids of facts that link to an entity, to reindex after the entity is renamed."""
    table, column = {
        "person": (fact_people, "person_id"),
        "org": (fact_organisations, "organisation_id"),
        "theme": (fact_themes, "theme_id"),
        "doc": (fact_documents, "document_id"),
    }.get(kind, (None, ""))
    if table is not None:
        return list(conn.scalars(select(table.c.fact_id).where(table.c[column] == key)))
    column_attr = {"event": Fact.event_id, "source": Fact.source_id}[kind]
    return list(conn.scalars(select(Fact.id).where(column_attr == key)))
