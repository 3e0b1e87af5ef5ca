"""Full fact records, read set-based: a chunk of keys in eight queries, whatever its size.

The fact reads of ``Store`` (``records``, ``facts``, ``get``) go through here; one query per
linked table instead of lazy ORM loading, so 10,000 records cost the same eight round trips.

The keys travel as one parameter (a JSON array SQLite reads with ``json_each``, an array
PostgreSQL reads with ``ANY``) rather than an expanding ``IN (?, ?, …)``: SQLAlchemy
renders and SQLite parses a fresh 2,000-placeholder statement for every query and chunk
otherwise, which was a third of loading 10,000 records. Rows are fetched in one
``fetchall`` each (row-by-row iteration cost another third).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

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

_T = TypeVar("_T")


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


@lru_cache(maxsize=4)
def _queries(dialect: str) -> _Queries:
    ids = _key_set(dialect)
    # Core tables, not the ORM classes: loading records must not need sqlalchemy.orm
    # (the command line's listing runs without it).
    speaking_person = people.alias("speaking_person")
    speaking_document = documents.alias("speaking_document")
    return _Queries(
        themes=select(fact_themes.c.fact_id, themes.c.slug)
        .join(themes, themes.c.id == fact_themes.c.theme_id)
        .where(fact_themes.c.fact_id.in_(ids))
        .order_by(themes.c.position, themes.c.slug),
        countries=select(fact_countries.c.fact_id, fact_countries.c.country_code)
        .where(fact_countries.c.fact_id.in_(ids))
        .order_by(fact_countries.c.country_code),
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
    )


def _load(conn: Connection, keys: list[int]) -> dict[int, FactRecord]:
    queries = _queries(conn.dialect.name)
    p = _key_params(conn.dialect.name, keys)
    # The driver makes a new object of every value of every row: 100,000 records held
    # ~1.5 million copies of a few hundred slugs, codes, names, titles and dates (~70 MB
    # of a 100,000-fact dossier's ~480 MB). Values that recur across facts are shared
    # through ``same``; texts and digests, distinct per fact, are not looked up.
    same: dict[Any, Any] = {}
    share = same.setdefault

    def grouped(stmt: Any) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = defaultdict(list)
        for fid, value in conn.execute(stmt, p).all():
            out[fid].append(share(value, value))
        return out

    themes = grouped(queries.themes)
    countries = grouped(queries.countries)
    people = grouped(queries.people)
    orgs = grouped(queries.orgs)
    docs = grouped(queries.docs)
    translations: dict[int, dict[str, str]] = defaultdict(dict)
    translation_sources: dict[int, dict[str, str | None]] = defaultdict(dict)
    for fid, lang, text_, digest in conn.execute(queries.translations, p).all():
        lang = share(lang, lang)
        translations[fid][lang] = text_
        translation_sources[fid][lang] = digest
    figures: dict[int, list[FigureRecord]] = defaultdict(list)
    for fid, lbl, v, u, q, t in conn.execute(queries.figures, p).all():
        figures[fid].append(
            FigureRecord(
                label=share(lbl, lbl),
                value=float(v),
                unit=share(u, u) if u else "",
                qualifier=share(q, q),
                translations=dict(t or {}),
            )
        )
    none: tuple[Any, ...] = ()
    out: dict[int, FactRecord] = {}
    for row in conn.execute(queries.facts, p).all():
        fid = row[0]
        speaker = None
        if row[20] is not None:
            speaker = Speaker("person", share(row[20], row[20]))
        elif row[21] is not None:
            speaker = Speaker("document", share(row[21], row[21]))
        elif row[22] is not None:
            speaker = Speaker("country", share(row[22], row[22]))
        out[fid] = _frozen(
            FactRecord,
            key=fid,
            uuid=row[1],
            statement=row[2],
            language=share(row[3], row[3]),
            date=share(row[4], row[4]),
            event=share(row[5], row[5]),
            translations=translations.pop(fid, None) or {},
            translation_sources=translation_sources.pop(fid, None) or {},
            themes=tuple(themes.get(fid, none)),
            countries=tuple(countries.get(fid, none)),
            people=tuple(people.get(fid, none)),
            organisations=tuple(orgs.get(fid, none)),
            documents=tuple(docs.get(fid, none)),
            marking=share(row[6], row[6]),
            confidence=share(row[7], row[7]),
            source=_frozen(
                SourceRecord,
                title=share(row[8], row[8]),
                quote=row[9],
                locator=row[10],
                publisher=share(row[11], row[11]),
                language=share(row[12], row[12]),
                date=share(row[13], row[13]),
                reliability=share(row[14], row[14]),
            ),
            figures=tuple(figures.get(fid, none)),
            seq=row[15],
            version=row[16],
            created_at=_aware(row[17]),
            updated_at=_aware(row[18]),
            is_key=bool(row[19]),
            speaker=speaker,
        )
    return out


def _frozen(cls: type[_T], **fields: Any) -> _T:
    """An instance of the frozen dataclass ``cls`` made of all its ``fields``, without
    its ``__init__``, which sets each field through ``object.__setattr__``: 4x the cost of
    filling ``__dict__``, and 0.2 s of loading 10,000 records. Only for rows read back
    from the database (validated on their way in) giving every field (a test checks)."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


def _key_set(dialect: str) -> Any:
    """A subquery of the keys for ``IN``: one bound value (``ids``), any number of keys."""
    if dialect == "postgresql":
        return select(func.unnest(bindparam("ids", type_=ARRAY(Integer))).column_valued())
    return select(literal_column("value")).select_from(text("json_each(:ids)"))


def _key_params(dialect: str, keys: list[int]) -> dict[str, Any]:
    return {"ids": list(keys) if dialect == "postgresql" else json.dumps(list(keys))}


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite returns naive datetimes for timezone-aware columns: they are UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
