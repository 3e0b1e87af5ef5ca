"""What a dossier needs to know of a fact to place it, without its full record.

The builder's preview shows a dossier's first page; deciding what that page holds still
takes the whole dossier's placement (which fact prints in which section, in what order,
under which anchor) and the cover's whole-dossier lines (the highest marking printed,
how many entries print in their original). Full records cost ~36 µs a fact to load (3.6
s at 100,000); a ``FactPlace`` holds only what placement and the cover read, in a few
queries over the dossier's scope, whatever its size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, String, cast, func, select

from briefing.store import listing
from briefing.store.load import _day, _key_params, _key_set
from briefing.store.records import FactQuery, SourceRecord, original_digest
from briefing.store.tables import (
    events,
    fact_countries,
    fact_themes,
    fact_translations,
    facts,
    figures,
    sources,
    themes,
)

_T = TypeVar("_T")


@dataclass(frozen=True)
class FactPlace:
    """The placing fields of one fact, as its ``FactRecord`` has them.

    ``themes`` are slugs in the record's order (theme position, then slug), ``countries``
    codes in alphabetical order (left empty unless asked for); ``state`` is
    ``FactRecord.translation_state`` in the language asked.
    """

    key: int
    uuid: str
    date: dt.date | None
    locator: str | None
    seq: int
    event: str | None
    marking: str
    themes: tuple[str, ...]
    countries: tuple[str, ...]
    state: str


def fact_places(
    conn: Connection, query: FactQuery, language: str, countries: bool = False
) -> dict[int, FactPlace]:
    """Key → ``FactPlace`` of every fact ``query`` matches (its text is not searched);
    with ``countries``, their countries too (~250,000 links at 100,000 facts: 0.25 s).

    Rows are read off the driver's cursor (SQLAlchemy's rows and date processing were
    half of the 2 s of CPU this took at 100,000 facts); the links are sorted here.
    """
    kept = listing.filtered(conn, query, [facts.c.id])
    columns = [
        facts.c.id,
        facts.c.uuid,
        facts.c.date,
        facts.c.locator,
        facts.c.seq,
        facts.c.event_id,
        facts.c.marking_code,
        facts.c.language,
    ]
    # In key order: SQLite otherwise walked the partial statement index and looked each
    # row up (0.37 s of CPU at 100,000 facts), where a scan of the table takes 0.2.
    rows = _raw(conn, listing.filtered(conn, query, columns).order_by(facts.c.id))
    # The links of a scope that keeps most of the base are read whole, the few of other
    # facts ignored: testing each link's fact against the scope cost more than it saved
    # (themes 0.24 → 0.13 s of CPU at 100,000 facts).
    every = conn.scalar(select(func.max(facts.c.id))) or 0
    most = 2 * len(rows) >= every

    def linked(stmt: Any, fact_id: Any) -> Any:
        return stmt if most else stmt.where(fact_id.in_(kept))

    tr = fact_translations.c
    translated = dict(
        _raw(conn, select(tr.fact_id, tr.source_digest).where(tr.language == language))
    )
    # The original is read only where a translation's digest must be checked against it
    # (as ``FactRecord.outdated`` does), and hashed once.
    stamped = select(tr.fact_id).where(tr.language == language, tr.source_digest.is_not(None))
    outdated = {
        fid
        for fid, text in _raw(
            conn, select(facts.c.id, facts.c.statement).where(facts.c.id.in_(stamped))
        )
        if translated.get(fid) != original_digest(text)
    }
    names = dict(conn.execute(select(events.c.id, events.c.name)).all())
    # A fact's themes in the records' order (load.py: position, then slug), as one list
    # of theme ids a fact, each distinct list ordered once (a few hundred among 100,000
    # facts): reading ~200,000 links as rows and sorting each fact's cost 0.5 s of CPU.
    rank = {
        theme_id: (n, slug)
        for n, (theme_id, slug) in enumerate(
            conn.execute(
                select(themes.c.id, themes.c.slug).order_by(themes.c.position, themes.c.slug)
            )
        )
    }
    links = fact_themes.c
    combos: dict[str, tuple[str, ...]] = {}
    slugs: dict[int, tuple[str, ...]] = {}
    for fid, ids in _raw(
        conn,
        linked(
            select(links.fact_id, func.aggregate_strings(cast(links.theme_id, String), ",")),
            links.fact_id,
        ).group_by(links.fact_id),
    ):
        found = combos.get(ids)
        if found is None:
            ranked = sorted(rank[int(i)] for i in ids.split(",") if int(i) in rank)
            found = combos[ids] = tuple(slug for _, slug in ranked)
        slugs[fid] = found
    codes: dict[int, tuple[str, ...]] = {}
    lists: dict[str, tuple[str, ...]] = {}
    links = fact_countries.c
    for fid, joined in (
        _raw(
            conn,
            linked(
                select(links.fact_id, func.aggregate_strings(links.country_code, ",")),
                links.fact_id,
            ).group_by(links.fact_id),
        )
        if countries
        else ()
    ):
        found = lists.get(joined)
        if found is None:
            found = lists[joined] = tuple(sorted(joined.split(",")))
        codes[fid] = found
    dates: dict[Any, dt.date | None] = {None: None}
    out: dict[int, FactPlace] = {}
    none: tuple[str, ...] = ()
    for fid, uuid, date, locator, seq, event, marking, lang in rows:
        if lang == language:
            state = "original"
        elif fid not in translated:
            state = "missing"
        elif fid in outdated:
            state = "outdated"
        else:
            state = "current"
        day = dates.get(date)
        if day is None and date is not None:
            day = dates[date] = date if isinstance(date, dt.date) else dt.date.fromisoformat(date)
        out[fid] = _frozen(
            FactPlace,
            key=fid,
            uuid=uuid,
            date=day,
            locator=locator,
            seq=seq,
            event=names.get(event),
            marking=marking,
            themes=slugs.get(fid, none),
            countries=codes.get(fid, none),
            state=state,
        )
    return out


@dataclass(frozen=True)
class FactSource:
    """What a fact's citation reads of it (``annex.Citations.cite``): its source passage
    as its ``FactRecord.source`` has it, and the fact's own language."""

    source: SourceRecord
    language: str


def fact_sources(conn: Connection, keys: Sequence[int]) -> dict[int, FactSource]:
    """Key → ``FactSource`` of the facts ``keys`` (those that exist).

    A dossier's annex numbers its notes as they are first cited, so the contents of a
    whole dossier (how many notes, which document each groups under) need every printed
    fact's source passage: here without the rest of its record (~36 µs a fact). The
    caller reads them a chunk at a time, in reading order: all at once they held 50 MB
    at 100,000 facts for one pass over them.
    """
    src = sources.c
    documents = {
        sid: (title, publisher, language, _day(date), reliability)
        for sid, title, publisher, language, date, reliability in _raw(
            conn,
            select(src.id, src.title, src.publisher, src.language, src.date, src.reliability),
        )
    }
    nowhere = (None, None, None, None, None)
    # the few hundred documents joined here: SQLite joined them row by row (1.5 s of CPU
    # at 100,000 facts, with the walk of an index; 0.4 s so)
    dialect = conn.dialect.name
    stmt = select(
        facts.c.id, facts.c.source_id, facts.c.quote, facts.c.locator, facts.c.language
    ).where(facts.c.id.in_(_key_set(dialect)))
    out: dict[int, FactSource] = {}
    for fid, sid, quote, locator, lang in _raw(conn, stmt, _key_params(dialect, list(keys))):
        title, publisher, src_lang, date, reliability = documents.get(sid, nowhere)
        source = _frozen(
            SourceRecord,
            title=title,
            quote=quote,
            locator=locator,
            publisher=publisher,
            language=src_lang,
            date=date,
            reliability=reliability,
        )
        out[fid] = _frozen(FactSource, source=source, language=lang)
    return out


def keys_with_figures(conn: Connection, query: FactQuery) -> set[int]:
    """Keys of the facts ``query`` matches that state figures (a key-figures table prints
    theirs alone)."""
    kept = listing.filtered(conn, query, [facts.c.id])
    stmt = select(figures.c.fact_id).where(figures.c.fact_id.in_(kept)).distinct()
    return {fid for (fid,) in _raw(conn, stmt)}


def _raw(conn: Connection, stmt: Any, params: dict[str, Any] | None = None) -> list[Any]:
    """``stmt``'s rows as the driver gives them (see ``listing.keys``)."""
    result = conn.execute(stmt, params)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _frozen(cls: type[_T], **fields: Any) -> _T:
    """An instance of the frozen dataclass ``cls`` made of all its ``fields``, without
    its ``__init__``, which sets each field through ``object.__setattr__``: 4x the cost of
    filling ``__dict__``, for 100,000 light rows. Only for rows read back from the
    database (validated on their way in) giving every field."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj
