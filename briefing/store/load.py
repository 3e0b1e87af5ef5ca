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
from sqlalchemy.orm import aliased

from briefing.batch import collector_paused
from briefing.model import (
    Document,
    Event,
    Fact,
    FactTranslation,
    Figure,
    Organisation,
    Person,
    Source,
    Theme,
    fact_countries,
    fact_documents,
    fact_organisations,
    fact_people,
    fact_themes,
)
from briefing.store.records import FactRecord, FigureRecord, SourceRecord, Speaker

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
    speaking_person = aliased(Person)
    speaking_document = aliased(Document)
    return _Queries(
        themes=select(fact_themes.c.fact_id, Theme.slug)
        .join(Theme, Theme.id == fact_themes.c.theme_id)
        .where(fact_themes.c.fact_id.in_(ids))
        .order_by(Theme.position, Theme.slug),
        countries=select(fact_countries.c.fact_id, fact_countries.c.country_code)
        .where(fact_countries.c.fact_id.in_(ids))
        .order_by(fact_countries.c.country_code),
        people=select(fact_people.c.fact_id, Person.name)
        .join(Person, Person.id == fact_people.c.person_id)
        .where(fact_people.c.fact_id.in_(ids))
        .order_by(Person.name),
        orgs=select(fact_organisations.c.fact_id, Organisation.name)
        .join(Organisation, Organisation.id == fact_organisations.c.organisation_id)
        .where(fact_organisations.c.fact_id.in_(ids))
        .order_by(Organisation.name),
        docs=select(fact_documents.c.fact_id, Document.title)
        .join(Document, Document.id == fact_documents.c.document_id)
        .where(fact_documents.c.fact_id.in_(ids))
        .order_by(Document.title),
        translations=select(
            FactTranslation.fact_id,
            FactTranslation.language,
            FactTranslation.statement,
            FactTranslation.source_digest,
        )
        .where(FactTranslation.fact_id.in_(ids))
        .order_by(FactTranslation.language),
        figures=select(
            Figure.fact_id,
            Figure.label,
            Figure.value,
            Figure.unit,
            Figure.qualifier,
            Figure.label_translations,
        )
        .where(Figure.fact_id.in_(ids))
        .order_by(Figure.position),
        facts=select(
            Fact.id,
            Fact.uuid,
            Fact.statement,
            Fact.language,
            Fact.date,
            Event.name,
            Fact.marking_code,
            Fact.confidence,
            Source.title,
            Fact.quote,
            Fact.locator,
            Source.publisher,
            Source.language,
            Source.date,
            Source.reliability,
            Fact.seq,
            Fact.version,
            Fact.created_at,
            Fact.updated_at,
            Fact.is_key,
            speaking_person.name,
            speaking_document.title,
            Fact.speaker_country_code,
        )
        .outerjoin(Event, Event.id == Fact.event_id)
        .outerjoin(Source, Source.id == Fact.source_id)
        .outerjoin(speaking_person, speaking_person.id == Fact.speaker_person_id)
        .outerjoin(speaking_document, speaking_document.id == Fact.speaker_document_id)
        .where(Fact.id.in_(ids)),
    )


def _load(conn: Connection, keys: list[int]) -> dict[int, FactRecord]:
    queries = _queries(conn.dialect.name)
    p = _key_params(conn.dialect.name, keys)

    def grouped(stmt: Any) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = defaultdict(list)
        rows = conn.execute(stmt, p).all()
        if rows and len(rows[0]) == 2:
            for fid, value in rows:
                out[fid].append(value)
        else:
            for row in rows:
                out[row[0]].append(row[1:])
        return out

    themes = grouped(queries.themes)
    countries = grouped(queries.countries)
    people = grouped(queries.people)
    orgs = grouped(queries.orgs)
    docs = grouped(queries.docs)
    translations = grouped(queries.translations)
    figures = grouped(queries.figures)
    out: dict[int, FactRecord] = {}
    for row in conn.execute(queries.facts, p).all():
        fid = row[0]
        speaker = None
        if row[20] is not None:
            speaker = Speaker("person", row[20])
        elif row[21] is not None:
            speaker = Speaker("document", row[21])
        elif row[22] is not None:
            speaker = Speaker("country", row[22])
        out[fid] = _frozen(
            FactRecord,
            key=fid,
            uuid=row[1],
            statement=row[2],
            language=row[3],
            date=row[4],
            event=row[5],
            translations={lang: text for lang, text, _ in translations.get(fid, ())},
            translation_sources={lang: d for lang, _, d in translations.get(fid, ())},
            themes=tuple(themes.get(fid, ())),
            countries=tuple(countries.get(fid, ())),
            people=tuple(people.get(fid, ())),
            organisations=tuple(orgs.get(fid, ())),
            documents=tuple(docs.get(fid, ())),
            marking=row[6],
            confidence=row[7],
            source=_frozen(
                SourceRecord,
                title=row[8],
                quote=row[9],
                locator=row[10],
                publisher=row[11],
                language=row[12],
                date=row[13],
                reliability=row[14],
            ),
            figures=tuple(
                FigureRecord(
                    label=lbl, value=float(v), unit=u or "", qualifier=q, translations=dict(t or {})
                )
                for lbl, v, u, q, t in figures.get(fid, ())
            ),
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
