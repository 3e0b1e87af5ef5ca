"""Full fact records, read set-based: a chunk of keys in eight queries, whatever its size.

The fact reads of ``Store`` (``records``, ``facts``, ``get``) go through here; one query per
linked table instead of lazy ORM loading, so 10,000 records cost the same eight round trips.

The keys travel as one parameter (a JSON array SQLite reads with ``json_each``, an array
PostgreSQL reads with ``ANY``) rather than an expanding ``IN (?, ?, …)``: SQLAlchemy
renders and SQLite parses a fresh 2,000-placeholder statement for every query and chunk
otherwise, which was a third of loading 10,000 records. Rows are fetched in one
``fetchall`` each (row-by-row iteration cost another third). On SQLite they are the
driver's own tuples, not SQLAlchemy rows (see ``_fetch``), and keys that fill most of
their span (a dossier of a whole base) are read as that range of keys (``_span``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ARRAY, Connection, Integer, bindparam, func, literal_column, select, text

from briefing.batch import collector_paused
from briefing.store.records import FactRecord, FigureRecord, SourceRecord, Speaker
from briefing.store.tables import (
    documents,
    events,
    fact_countries,
    fact_documents,
    fact_organisations,
    fact_people,
    fact_themes,
    fact_translations,
    facts,
    figures,
    organisations,
    people,
    sources,
    themes,
)


def load_records(conn: Connection, keys: list[int]) -> dict[int, FactRecord]:
    """Full records for a chunk of keys in eight queries, whatever the chunk size."""
    if not keys:
        return {}
    with collector_paused():
        return _load(conn, keys)


@dataclass(frozen=True)
class _Queries:
    """The eight statements of a load, built once per dialect (building them cost more
    than running them on a small chunk)."""

    themes: Any
    countries: Any
    people: Any
    orgs: Any
    docs: Any
    translations: Any
    figures: Any
    facts: Any
    # SQLite: each statement's text, run through the driver (see ``_fetch``); by field name
    sql: dict[str, str]


@lru_cache(maxsize=4)
def _queries(dialect: str) -> _Queries:
    ids = _key_set(dialect)
    # Core tables, not the ORM classes: loading records must not need sqlalchemy.orm
    # (the command line's listing runs without it).
    speaking_person = people.alias("speaking_person")
    speaking_document = documents.alias("speaking_document")
    queries = _Queries(
        themes=select(fact_themes.c.fact_id, themes.c.slug)
        .join(themes, themes.c.id == fact_themes.c.theme_id)
        .where(fact_themes.c.fact_id.in_(ids))
        .order_by(themes.c.position, themes.c.slug),
        countries=select(fact_countries.c.fact_id, fact_countries.c.country_code)
        .where(fact_countries.c.fact_id.in_(ids))
        # each fact's codes in order, as its key's index reads them (by code alone: SQLite
        # sorted every row of the chunk, 4 ms of 10,000 records)
        .order_by(fact_countries.c.fact_id, fact_countries.c.country_code),
        people=select(fact_people.c.fact_id, people.c.name)
        .join(people, people.c.id == fact_people.c.person_id)
        .where(fact_people.c.fact_id.in_(ids))
        .order_by(people.c.name),
        orgs=select(fact_organisations.c.fact_id, organisations.c.name)
        .join(organisations, organisations.c.id == fact_organisations.c.organisation_id)
        .where(fact_organisations.c.fact_id.in_(ids))
        .order_by(organisations.c.name),
        docs=select(fact_documents.c.fact_id, documents.c.title)
        .join(documents, documents.c.id == fact_documents.c.document_id)
        .where(fact_documents.c.fact_id.in_(ids))
        .order_by(documents.c.title),
        translations=select(
            fact_translations.c.fact_id,
            fact_translations.c.language,
            fact_translations.c.statement,
            fact_translations.c.source_digest,
        )
        .where(fact_translations.c.fact_id.in_(ids))
        .order_by(fact_translations.c.language),
        figures=select(
            figures.c.fact_id,
            figures.c.label,
            figures.c.value,
            figures.c.unit,
            figures.c.qualifier,
            figures.c.label_translations,
        )
        .where(figures.c.fact_id.in_(ids))
        .order_by(figures.c.position),
        facts=select(
            facts.c.id,
            facts.c.uuid,
            facts.c.statement,
            facts.c.language,
            facts.c.date,
            events.c.name,
            facts.c.marking_code,
            facts.c.confidence,
            sources.c.title,
            facts.c.quote,
            facts.c.locator,
            sources.c.publisher,
            sources.c.language,
            sources.c.date,
            sources.c.reliability,
            facts.c.seq,
            facts.c.version,
            facts.c.created_at,
            facts.c.updated_at,
            facts.c.is_key,
            speaking_person.c.name,
            speaking_document.c.title,
            facts.c.speaker_country_code,
        )
        .outerjoin(events, events.c.id == facts.c.event_id)
        .outerjoin(sources, sources.c.id == facts.c.source_id)
        .outerjoin(speaking_person, speaking_person.c.id == facts.c.speaker_person_id)
        .outerjoin(speaking_document, speaking_document.c.id == facts.c.speaker_document_id)
        .where(facts.c.id.in_(ids)),
        sql={},
    )
    if dialect == "sqlite":
        for name in _FIELDS:
            sql = queries.sql[name] = SQLITE_SQL[name]
            queries.sql[name + _RANGE] = sql.replace(_IN_KEYS, "BETWEEN ? AND ?")
    return queries


def sqlite_sql(queries: _Queries) -> dict[str, str]:
    """Each statement's text as SQLAlchemy compiles it for SQLite (``SQLITE_SQL``)."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    out = {}
    for name in _FIELDS:
        compiled = getattr(queries, name).compile(dialect=sqlite_dialect.dialect())
        assert list(compiled.positiontup or ()) == ["ids"]  # the one bound value
        out[name] = str(compiled)
    return out


# The statements' text on SQLite, written out: compiling them was ~6.5 ms of CPU of every
# process's first load (an export's, the preview child's). test_export_start checks that
# SQLAlchemy still compiles the statements above to exactly this.
SQLITE_SQL = {
    "themes": (
        "SELECT fact_themes.fact_id, themes.slug \n"
        "FROM fact_themes JOIN themes ON themes.id = fact_themes.theme_id \n"
        "WHERE fact_themes.fact_id IN (SELECT value \n"
        "FROM json_each(?)) ORDER BY themes.position, themes.slug"
    ),
    "countries": (
        "SELECT fact_countries.fact_id, fact_countries.country_code \n"
        "FROM fact_countries \n"
        "WHERE fact_countries.fact_id IN (SELECT value \n"
        "FROM json_each(?)) ORDER BY fact_countries.fact_id, fact_countries.country_code"
    ),
    "people": (
        "SELECT fact_people.fact_id, people.name \n"
        "FROM fact_people JOIN people ON people.id = fact_people.person_id \n"
        "WHERE fact_people.fact_id IN (SELECT value \n"
        "FROM json_each(?)) ORDER BY people.name"
    ),
    "orgs": (
        "SELECT fact_organisations.fact_id, organisations.name \n"
        "FROM fact_organisations JOIN organisations ON organisations.id = "
        "fact_organisations.organisation_id \n"
        "WHERE fact_organisations.fact_id IN (SELECT value \n"
        "FROM json_each(?)) ORDER BY organisations.name"
    ),
    "docs": (
        "SELECT fact_documents.fact_id, documents.title \n"
        "FROM fact_documents JOIN documents ON documents.id = fact_documents.document_id \n"
        "WHERE fact_documents.fact_id IN (SELECT value \n"
        "FROM json_each(?)) ORDER BY documents.title"
    ),
    "translations": (
        "SELECT fact_translations.fact_id, fact_translations.language, "
        "fact_translations.statement, fact_translations.source_digest \n"
        "FROM fact_translations \n"
        "WHERE fact_translations.fact_id IN (SELECT value \n"
        "FROM json_each(?)) ORDER BY fact_translations.language"
    ),
    "figures": (
        "SELECT figures.fact_id, figures.label, figures.value, figures.unit, "
        "figures.qualifier, figures.label_translations \n"
        "FROM figures \n"
        "WHERE figures.fact_id IN (SELECT value \n"
        "FROM json_each(?)) ORDER BY figures.position"
    ),
    "facts": (
        "SELECT facts.id, facts.uuid, facts.statement, facts.language, facts.date, "
        "events.name, facts.marking_code, facts.confidence, sources.title, facts.quote, "
        "facts.locator, sources.publisher, sources.language AS language_1, sources.date AS "
        "date_1, sources.reliability, facts.seq, facts.version, facts.created_at, "
        "facts.updated_at, facts.is_key, speaking_person.name AS name_1, "
        "speaking_document.title AS title_1, facts.speaker_country_code \n"
        "FROM facts LEFT OUTER JOIN events ON events.id = facts.event_id LEFT OUTER JOIN "
        "sources ON sources.id = facts.source_id LEFT OUTER JOIN people AS speaking_person "
        "ON speaking_person.id = facts.speaker_person_id LEFT OUTER JOIN documents AS "
        "speaking_document ON speaking_document.id = facts.speaker_document_id \n"
        "WHERE facts.id IN (SELECT value \n"
        "FROM json_each(?))"
    ),
}


_FIELDS = ("themes", "countries", "people", "orgs", "docs", "translations", "figures", "facts")

# SQLite: the keys' test in each statement's text, and the name of its variant that reads
# a range of keys instead (see ``_span``).
_IN_KEYS = "IN (SELECT value \nFROM json_each(?))"
_RANGE = "@range"

# The share of a span of keys a load must want for it to read the whole span (see ``_span``).
DENSE = 0.75


def _span(keys: list[int]) -> tuple[tuple[int, int], set[int] | None] | None:
    """((lowest, highest) key, the keys to keep or None for all) when ``keys`` fill at
    least ``DENSE`` of their span; None otherwise.

    Each statement of a load tests its rows against the keys, which SQLite reads from the
    JSON array into a temporary index, once per statement. A dossier of a whole base
    (the keys of nearly every fact, in order) reads its span instead: its rows in index
    order, the few unwanted ones dropped here. 10,000 records: 0.152 -> 0.128 s of CPU.
    """
    low, high = min(keys), max(keys)
    wanted = set(keys)
    if len(wanted) < DENSE * (high - low + 1):
        return None
    return (low, high), (None if len(wanted) == high - low + 1 else wanted)


def _fetch(
    conn: Connection,
    queries: _Queries,
    name: str,
    p: dict[str, Any],
    span: tuple[tuple[int, int], set[int] | None] | None = None,
) -> Sequence[Any]:
    """All rows of the query ``name`` as tuples (SQLite: dates as ISO text, JSON as text);
    with ``span`` (SQLite), read by the range of keys, only the wanted rows kept.

    On SQLite the statement goes through the driver as text and its rows are the driver's
    tuples: SQLAlchemy's rows and per-column result processing were ~20 ms of the ~240
    ms of loading 10,000 records, for values this module converts once per distinct
    value (dates) or not at all. SQLAlchemy still executes (its events, logging, and the error
    hook that words SQLite's errors); an error while fetching runs the query again the
    ordinary way, so that it reaches the user worded like any other.
    """
    sql = queries.sql.get(name)
    stmt = getattr(queries, name)
    if sql is None:
        return conn.execute(stmt, p).all()
    if span is None:
        result = conn.exec_driver_sql(sql, (p["ids"],))
    else:
        result = conn.exec_driver_sql(queries.sql[name + _RANGE], span[0])
    try:
        rows: Sequence[Any] = result.cursor.fetchall()
    except sqlite3.Error:
        return conn.execute(stmt, p).all()
    finally:
        result.close()
    if span is not None and span[1] is not None:
        wanted = span[1]
        return [row for row in rows if row[0] in wanted]
    return rows


def _load(conn: Connection, keys: list[int]) -> dict[int, FactRecord]:
    queries = _queries(conn.dialect.name)
    p = _key_params(conn.dialect.name, keys)
    span = _span(keys) if queries.sql else None  # SQLite, through the driver
    # The driver makes a new object of every value of every row: 100,000 records held
    # ~1.5 million copies of a few hundred slugs, codes, names, titles and dates (~70 MB
    # of a 100,000-fact dossier's ~480 MB). Values that recur across facts are shared
    # through ``same``; texts and digests, distinct per fact, are not looked up.
    same: dict[Any, Any] = {}
    share = same.setdefault
    moments: dict[Any, dt.datetime] = {}

    def moment(value: Any) -> dt.datetime:
        """A timestamp column's value, parsed once per distinct value (a bulk import gives
        thousands of facts one timestamp)."""
        parsed = moments[value] = _moment(value)
        return parsed

    def grouped(name: str) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = defaultdict(list)
        for fid, value in _fetch(conn, queries, name, p, span):
            out[fid].append(share(value, value))
        return out

    themes = grouped("themes")
    countries = grouped("countries")
    people = grouped("people")
    orgs = grouped("orgs")
    docs = grouped("docs")
    translations: dict[int, dict[str, str]] = defaultdict(dict)
    translation_sources: dict[int, dict[str, str | None]] = defaultdict(dict)
    for fid, lang, text_, digest in _fetch(conn, queries, "translations", p, span):
        lang = share(lang, lang)
        translations[fid][lang] = text_
        translation_sources[fid][lang] = digest
    figures: dict[int, list[FigureRecord]] = defaultdict(list)
    for fid, lbl, v, u, q, t in _fetch(conn, queries, "figures", p, span):
        figures[fid].append(
            FigureRecord(
                label=share(lbl, lbl),
                value=float(v),
                unit=share(u, u) if u else "",
                qualifier=share(q, q),
                translations=dict((json.loads(t) if isinstance(t, str) else t) or {}),
            )
        )
    none: tuple[Any, ...] = ()
    out: dict[int, FactRecord] = {}
    new = object.__new__
    for (
        fid,
        uuid,
        statement,
        language,
        date,
        event,
        marking,
        confidence,
        title,
        quote,
        locator,
        publisher,
        source_language,
        source_date,
        reliability,
        seq,
        version,
        created_at,
        updated_at,
        is_key,
        person,
        document,
        country,
    ) in _fetch(conn, queries, "facts", p, span):
        speaker = None
        if person is not None:
            speaker = Speaker("person", share(person, person))
        elif document is not None:
            speaker = Speaker("document", share(document, document))
        elif country is not None:
            speaker = Speaker("country", share(country, country))
        # Built without the frozen ``__init__``, which sets each field through
        # ``object.__setattr__`` (4x the cost; 0.2 s of 10,000 records): only rows read back
        # from the database (validated on their way in), every field given (a test checks).
        # Each field is written into the instance's own dict in the order of the fields, so
        # that dict shares its keys with every record's: 256 bytes a record, where a dict
        # passed whole (``update``, or as ``__dict__``) made one of its own of 830, and a
        # keyword call per record and source (10 ms of 10,000 records) is spared.
        source = new(SourceRecord)
        f = source.__dict__
        f["title"] = share(title, title)
        f["quote"] = quote
        f["locator"] = locator
        f["publisher"] = share(publisher, publisher)
        f["language"] = share(source_language, source_language)
        f["date"] = _day(source_date)
        f["reliability"] = share(reliability, reliability)
        record = out[fid] = new(FactRecord)
        f = record.__dict__
        f["key"] = fid
        f["uuid"] = uuid
        f["statement"] = statement
        f["language"] = share(language, language)
        f["translations"] = translations.pop(fid, None) or {}
        f["date"] = _day(date)
        f["event"] = share(event, event)
        f["themes"] = tuple(themes.get(fid, none))
        f["countries"] = tuple(countries.get(fid, none))
        f["people"] = tuple(people.get(fid, none))
        f["organisations"] = tuple(orgs.get(fid, none))
        f["documents"] = tuple(docs.get(fid, none))
        f["marking"] = share(marking, marking)
        f["confidence"] = share(confidence, confidence)
        f["source"] = source
        f["figures"] = tuple(figures.get(fid, none))
        f["seq"] = seq
        f["version"] = version
        f["created_at"] = moments[created_at] if created_at in moments else moment(created_at)
        f["updated_at"] = moments[updated_at] if updated_at in moments else moment(updated_at)
        f["is_key"] = bool(is_key)
        f["speaker"] = speaker
        f["translation_sources"] = translation_sources.pop(fid, None) or {}
    return out


def _key_set(dialect: str, item: Any = Integer) -> Any:
    """A subquery of the keys for ``IN``: one bound value (``ids``), any number of keys
    (``item``: their type, e.g. ``String`` for uuids; ``_key_params`` binds them)."""
    if dialect == "postgresql":
        return select(func.unnest(bindparam("ids", type_=ARRAY(item))).column_valued())
    return select(literal_column("value")).select_from(text("json_each(:ids)"))


def _key_params(dialect: str, keys: Sequence[int] | Sequence[str]) -> dict[str, Any]:
    return {"ids": list(keys) if dialect == "postgresql" else json.dumps(list(keys))}


@lru_cache(maxsize=1 << 14)
def _day(value: Any) -> dt.date | None:
    """A date column's value, parsed (SQLite's ISO text) once per distinct value and
    process: a base has a few thousand dates among its facts and sources (45 years of
    days fit), read again by every chunk and every section of a dossier."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _moment(value: dt.datetime | str) -> dt.datetime:
    """A timestamp column's value: SQLite's ISO text parsed as SQLAlchemy parses it."""
    return _aware(dt.datetime.fromisoformat(value) if isinstance(value, str) else value)


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite returns naive datetimes for timezone-aware columns: they are UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
