"""Reading the store with SQLAlchemy Core only: facts, their counts and the reference data.

``Reader`` holds every read a listing needs (facts by query, full records, themes,
countries, markings, events, people, the database's own state). ``Store`` inherits it and
adds the writes, which use the ORM. A read-only command (``briefing facts``, ``events``,
``people``, ``themes``, ``export``; the reads a dossier adds are in ``entity_reader``) opens
a bare ``Reader`` (``bootstrap.open_reader``): importing
``sqlalchemy.orm`` and configuring the mapped classes would cost about 0.15 s, more than the
whole listing. So nothing here imports ``briefing.model``, ``sqlalchemy.orm`` or Alembic;
the search modules (and their stemmers) are loaded only for a query with text.

Every method opens its own connection: the engine is thread-safe, so the GUI may call
these from worker threads.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, Engine, Row, Select, func, literal, or_, select

from briefing.errors import NotFoundError
from briefing.store import facets, listing, tables
from briefing.store.entity_reader import EntityReader
from briefing.store.load import _key_params, _key_set, load_records
from briefing.store.records import FactQuery, FactRecord, FactRow, original_digest

if TYPE_CHECKING:
    # Imported where records are made: defining their dataclasses is 5 % of a facts
    # listing's start, and the listing makes none of them.
    from briefing.store.entities import (
        AliasRecord,
        CountryRecord,
        EventRecord,
        PersonRecord,
        ThemeRecord,
    )
    from briefing.store.search import SearchQuery

_facts = tables.facts.c

ALL_FACTS = FactQuery()


def _theme_tree(slugs: Sequence[str]) -> Select[Any]:
    """Keys of the themes ``slugs`` name and of their sub-themes: what a theme filter
    holds."""
    th = tables.themes.c
    wanted = select(th.id).where(th.slug.in_(slugs))
    return select(th.id).where(or_(th.id.in_(wanted), th.parent_id.in_(wanted)))


def _parse_search(text: str) -> SearchQuery | None:
    """The parsed search of ``text``; None when it holds no words (no index needed).

    Blank text is answered without importing the search modules: their stemmers are a
    start-up cost a plain listing does not need.
    """
    if not text.strip():
        return None
    from briefing.store.search import SearchQuery

    search = SearchQuery.parse(text)
    return None if search.empty else search


class FactLine(NamedTuple):
    """A fact as one line of a listing: what the command line's table prints, no more.

    Read in three queries (facts, their themes, their countries) instead of a full
    record's eight: on a short listing, building and compiling the other five statements
    cost more than running them. A named tuple (frozen too): defining a dataclass costs
    a listing's start more than all its lines.
    """

    key: int
    uuid: str
    date: dt.date | None
    marking: str
    countries: tuple[str, ...]  # codes, alphabetical, as FactRecord.countries
    themes: tuple[str, ...]  # slugs in taxonomy order, as FactRecord.themes
    statement: str


def theme_record(row: Any, slugs: dict[int, str]) -> ThemeRecord:
    """A themes row as a record (``slugs`` maps ids to slugs, to name the parent).

    ``row`` is a Core row or an ORM object: both name the columns as attributes.
    """
    from briefing.store.entities import ThemeRecord

    return ThemeRecord(
        id=row.id,
        slug=row.slug,
        name_en=row.name_en,
        name_fr=row.name_fr or "",
        name_ru=row.name_ru or "",
        parent_id=row.parent_id,
        parent=slugs.get(row.parent_id) if row.parent_id is not None else None,
        position=row.position,
    )


def event_record(row: Any) -> EventRecord:
    """An events row (Core row or ORM object) as a record."""
    from briefing.store.entities import EventRecord

    return EventRecord(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        names=dict(row.names or {}),
        kind=row.kind or "",
        start_date=row.start_date,
        end_date=row.end_date,
        place=row.place or "",
        place_names=dict(row.place_names or {}),
        country_code=row.country_code,
    )


def people_records(conn: Connection, where: Any = None) -> list[PersonRecord]:
    """People (all, or those ``where`` selects) by name, each with its aliases in the
    order they were added: three queries, whatever the number of people."""
    from briefing.store.entities import AliasRecord

    p, a = tables.people, tables.person_aliases
    stmt = select(p).order_by(p.c.name)
    aliases_stmt = select(a.c.person_id, a.c.text, a.c.language).order_by(a.c.id)
    if where is not None:
        stmt = stmt.where(where)
        aliases_stmt = aliases_stmt.where(a.c.person_id.in_(select(p.c.id).where(where)))
    orgs = dict(conn.execute(select(tables.organisations.c.id, tables.organisations.c.name)).all())
    aliases: dict[int, list[AliasRecord]] = defaultdict(list)
    for pid, text, language in conn.execute(aliases_stmt).all():
        aliases[pid].append(AliasRecord(text, language))
    return [_person_record(row, orgs, aliases.get(row.id, ())) for row in conn.execute(stmt)]


def _person_record(
    row: Row[Any], organisations: dict[int, str], aliases: Sequence[AliasRecord]
) -> PersonRecord:
    from briefing.store.entities import PersonRecord

    return PersonRecord(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        role=row.role or "",
        role_translations=dict(row.role_translations or {}),
        country_code=row.country_code,
        names=dict(row.names or {}),
        bios=dict(row.bios or {}),
        kind=row.kind or "other",
        organisation=organisations.get(row.organisation_id) if row.organisation_id else None,
        aliases=tuple(aliases),
    )


def _lines(conn: Connection, keys: list[int]) -> dict[int, FactLine]:
    """Listing lines for a chunk of keys, passed as one parameter as ``load`` does."""
    t = tables
    ids = _key_set(conn.dialect.name)
    params = _key_params(conn.dialect.name, keys)
    themes: dict[int, list[str]] = defaultdict(list)
    stmt = (
        select(t.fact_themes.c.fact_id, t.themes.c.slug)
        .join(t.themes, t.themes.c.id == t.fact_themes.c.theme_id)
        .where(t.fact_themes.c.fact_id.in_(ids))
        .order_by(t.themes.c.position, t.themes.c.slug)
    )
    for fid, slug in conn.execute(stmt, params).all():
        themes[fid].append(slug)
    countries: dict[int, list[str]] = defaultdict(list)
    links = t.fact_countries.c
    in_order = (
        select(links.fact_id, links.country_code)
        .where(links.fact_id.in_(ids))
        .order_by(links.country_code)
    )
    for fid, code in conn.execute(in_order, params).all():
        countries[fid].append(code)
    rows = conn.execute(
        select(_facts.id, _facts.uuid, _facts.date, _facts.marking_code, _facts.statement).where(
            _facts.id.in_(ids)
        ),
        params,
    ).all()
    return {
        row[0]: FactLine(
            key=row[0],
            uuid=row[1],
            date=row[2],
            marking=row[3],
            countries=tuple(countries.get(row[0], ())),
            themes=tuple(themes.get(row[0], ())),
            statement=row[4],
        )
        for row in rows
    }


class Reader(EntityReader):
    """Read access to a Briefing database, through SQLAlchemy Core.

    Open one with ``bootstrap.open_reader`` (which checks the schema first); ``Store``
    is a Reader that also writes.
    """

    def __init__(self, engine: Engine, created: bool = False) -> None:
        self.engine = engine
        self.created = created

    def close(self) -> None:
        """Release connections (the database file is left consistent)."""
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        """True when the database is an embedded SQLite file."""
        return self.engine.dialect.name == "sqlite"

    # ------------------------------------------------------------------ fact reads

    def _filtered(self, query: FactQuery, columns: Sequence[Any]) -> Select[Any]:
        with self.engine.connect() as conn:
            return listing.filtered(conn, query, columns)

    def fact_ids(self, query: FactQuery = ALL_FACTS) -> list[int]:
        """Keys of the facts matching ``query``, in display order (relevance for searches)."""
        search = _parse_search(query.text)
        with self.engine.connect() as conn:
            return listing.fact_keys(conn, query, search)

    def count(self, query: FactQuery = ALL_FACTS) -> int:
        """How many facts match ``query`` (kept counts answer the common cases at once)."""
        search = _parse_search(query.text)
        bare = replace(query, countries=(), markings=(), order="date", limit=None)
        with self.engine.connect() as conn:
            if search is None and bare == ALL_FACTS:
                if not query.countries and not query.markings:
                    return facets.read(conn, "all").get("", 0)
                if len(query.countries) == 1 and not query.markings:
                    return facets.read(conn, "country").get(query.countries[0].upper(), 0)
                if len(query.markings) == 1 and not query.countries:
                    return facets.read(conn, "marking").get(query.markings[0].upper(), 0)
            links = replace(query, themes=(), countries=(), order="date", descending=False)
            if search is None and replace(links, limit=None) == ALL_FACTS:  # only those two
                tree = list(conn.scalars(_theme_tree(query.themes))) if query.themes else None
                return facets.linked_count(conn, tree, query.countries)
            if search is None:
                return int(conn.scalar(self._filtered(query, [func.count(_facts.id)])) or 0)
            unfiltered = replace(query, text="", order="date", descending=False, limit=None)
            if self.is_sqlite and unfiltered == ALL_FACTS:
                from briefing.store import search_run

                return search_run.count(conn, search)
        return len(self.fact_ids(replace(query, limit=None)))

    def counts_by_theme(self, max_marking: str | None = None) -> dict[str, int]:
        """Live facts per theme slug (direct links only); with ``max_marking``, only the
        facts marked at or below that ceiling (summed from the kept theme sets)."""
        themes = self.themes()
        if max_marking is None:
            slugs = {str(t.id): t.slug for t in themes}
            with self.engine.connect() as conn:
                return {slugs[k]: n for k, n in facets.read(conn, "theme").items() if k in slugs}
        by_id = {t.id: t.slug for t in themes}
        with self.engine.connect() as conn:
            kept = listing.kept_filter(conn, FactQuery(max_marking=max_marking))
            counts = facets.theme_counts(conn, kept or facets.Kept())
            return {by_id[k]: n for k, n in counts.items() if k in by_id}

    def theme_tree_counts(self, query: FactQuery = ALL_FACTS) -> dict[str, int]:
        """Theme slug → how many facts ``query`` lists with that theme as its only theme
        filter (the theme's facts and its sub-themes', each once), for every theme with
        facts, in one query (``query``'s text is not searched)."""
        with self.engine.connect() as conn:
            return listing.theme_tree_counts(conn, query)

    def country_counts(self, query: FactQuery = ALL_FACTS) -> dict[str, int]:
        """Country code → how many facts ``query`` lists with that country as its only
        country filter, for every country with facts, in one query (``query``'s text is
        not searched)."""
        with self.engine.connect() as conn:
            return listing.country_counts(conn, query)

    def counts_by_country(self) -> dict[str, int]:
        """Live facts per country code."""
        with self.engine.connect() as conn:
            return facets.read(conn, "country")

    def counts_by_marking(self) -> dict[str, int]:
        """Live facts per marking code."""
        with self.engine.connect() as conn:
            return facets.read(conn, "marking")

    def fact_countries(self, query: FactQuery = ALL_FACTS) -> dict[int, tuple[str, ...]]:
        """Country codes of each fact matching ``query`` (key → codes), without full records."""
        keys = self.fact_ids(replace(query, order="seq", limit=None))
        out: dict[int, list[str]] = {k: [] for k in keys}
        links = tables.fact_countries.c
        with self.engine.connect() as conn:
            for fid, code in conn.execute(select(links.fact_id, links.country_code)).all():
                if fid in out:
                    out[fid].append(code)
        return {k: tuple(v) for k, v in out.items()}

    def people_named(self, query: FactQuery = ALL_FACTS) -> set[str]:
        """Names of the people linked to, or speaking in, the facts matching ``query``.

        Asked person by person (a base names a few hundred people at most): does one of
        their links, or one of the facts they state (index of 0014), lead to a matching
        fact? Each answer stops at the first match. Asked fact by fact (the matching
        keys, then their links and speakers) it cost 0.35 s of CPU at 100,000 facts, the
        who's-who section's whole cost in a preview's first page.
        """
        people, links = tables.people.c, tables.fact_people.c

        def matching(key: Any) -> Any:
            return self._filtered(query, [_facts.id]).where(_facts.id == key).exists()

        linked = (
            select(links.fact_id).where(links.person_id == people.id, matching(links.fact_id))
        ).exists()
        spoken = self._filtered(query, [_facts.id]).where(_facts.speaker_person_id == people.id)
        stmt = select(people.name).where(or_(linked, spoken.exists()))
        with self.engine.connect() as conn:
            return set(conn.scalars(stmt))

    def facts(self, query: FactQuery = ALL_FACTS) -> list[FactRecord]:
        """Full records of the facts matching ``query``, in display order."""
        return self.records(self.fact_ids(query))

    def get(self, ident: str | int) -> FactRecord:
        """One fact by uuid (text) or key (int), deleted or not."""
        with self.engine.connect() as conn:
            key = (
                ident
                if isinstance(ident, int)
                else conn.scalar(select(_facts.id).where(_facts.uuid == ident))
            )
        records = self.records([key]) if key is not None else []
        if not records:
            raise NotFoundError(f"no fact with id {ident}")
        return records[0]

    def keys_of(self, uuids: Sequence[str]) -> dict[str, int]:
        """uuid → key of the facts among ``uuids`` (deleted or not; unknown ones left out)."""
        out: dict[str, int] = {}
        wanted = sorted(set(uuids))
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):  # under SQLite's bound-parameter limit
                stmt = select(_facts.uuid, _facts.id).where(_facts.uuid.in_(wanted[i : i + 500]))
                out.update((uuid, key) for uuid, key in conn.execute(stmt))
        return out

    def fact_uuids(self, prefix: str = "") -> list[str]:
        """The ids of the facts (deleted ones too) that start with ``prefix``, sorted.

        With no prefix, every id in the base: enough to tell how short an id may be shown
        and stay unique (the CLI prints and accepts such prefixes, like git).
        """
        stmt = select(_facts.uuid).order_by(_facts.uuid)
        if prefix:
            stmt = stmt.where(_facts.uuid.startswith(prefix.lower(), autoescape=True))
        with self.engine.connect() as conn:
            return list(conn.scalars(stmt))

    def records(self, keys: Sequence[int]) -> list[FactRecord]:
        """Full records for ``keys`` (in that order), loaded in a few set-based queries."""
        out: dict[int, FactRecord] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(keys), 2000):
                chunk = list(keys[start : start + 2000])
                out.update(load_records(conn, chunk))
        return [out[k] for k in keys if k in out]

    def rows(self, keys: Sequence[int], language: str = "en") -> list[FactRow]:
        """Light rows for a page of the fact list (statements in ``language`` if
        translated), in the order of ``keys``; four queries whatever their number."""
        if not keys:
            return []
        f, src, tr = _facts, tables.sources.c, tables.fact_translations.c
        th, ft, fc = tables.themes.c, tables.fact_themes.c, tables.fact_countries.c
        with self.engine.connect() as conn:
            facts = conn.execute(
                select(
                    f.id,
                    f.uuid,
                    f.date,
                    f.statement,
                    f.language,
                    f.marking_code,
                    f.confidence,
                    src.title,
                    f.version,
                )
                .outerjoin(tables.sources, src.id == f.source_id)
                .where(f.id.in_(keys))
            ).all()
            originals = {r[0]: r[3] for r in facts}
            # An outdated translation is not shown as the fact's text, as in a dossier.
            translated = {
                fid: text
                for fid, text, digest in conn.execute(
                    select(tr.fact_id, tr.statement, tr.source_digest).where(
                        tr.fact_id.in_(keys), tr.language == language
                    )
                ).all()
                if digest is None or digest == original_digest(originals.get(fid, ""))
            }
            themes: dict[int, list[str]] = defaultdict(list)
            for fid, name in conn.execute(
                select(ft.fact_id, getattr(th, f"name_{language}", th.name_en))
                .join(tables.themes, th.id == ft.theme_id)
                .where(ft.fact_id.in_(keys))
                .order_by(th.position)
            ):
                themes[fid].append(name)
            countries: dict[int, list[str]] = defaultdict(list)
            for fid, code in conn.execute(
                select(fc.fact_id, fc.country_code)
                .where(fc.fact_id.in_(keys))
                .order_by(fc.country_code)
            ):
                countries[fid].append(code)
        by_key = {
            r[0]: FactRow(
                key=r[0],
                uuid=r[1],
                date=r[2],
                statement=translated.get(r[0], r[3]),
                language=language if r[0] in translated else r[4],
                marking=r[5],
                confidence=r[6],
                source=r[7],
                themes=", ".join(themes.get(r[0], ())),
                countries=" ".join(countries.get(r[0], ())),
                version=r[8],
            )
            for r in facts
        }
        return [by_key[k] for k in keys if k in by_key]

    def fact_lines(self, query: FactQuery = ALL_FACTS) -> list[FactLine]:
        """The facts matching ``query`` as listing lines, in display order (``facts``
        without the fields a listing does not print)."""
        keys = self.fact_ids(query)
        out: dict[int, FactLine] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(keys), 2000):
                out.update(_lines(conn, keys[start : start + 2000]))
        return [out[k] for k in keys if k in out]

    # ------------------------------------------------------------------ reference data

    def markings(self) -> list[tuple[str, int]]:
        """(code, rank) of every marking, lowest first."""
        mk = tables.markings.c
        with self.engine.connect() as conn:
            return list(conn.execute(select(mk.code, mk.rank).order_by(mk.rank)).all())

    def themes(self) -> list[ThemeRecord]:
        """The taxonomy in display order (parents before their children)."""
        th = tables.themes
        with self.engine.connect() as conn:
            rows = conn.execute(select(th).order_by(th.c.position, th.c.slug)).all()
        slugs = {row.id: row.slug for row in rows}
        return [theme_record(row, slugs) for row in rows]

    def theme_slugs(self) -> set[str]:
        """Every theme's slug (checking a filter needs no more than this)."""
        with self.engine.connect() as conn:
            return set(conn.scalars(select(tables.themes.c.slug)))

    def country_codes(self) -> set[str]:
        """Every country's code."""
        with self.engine.connect() as conn:
            return set(conn.scalars(select(tables.countries.c.code)))

    def countries(self, used_only: bool = False) -> list[CountryRecord]:
        """Countries by code; ``used_only`` keeps those linked to a live fact."""
        from briefing.store.entities import CountryRecord

        co, links = tables.countries.c, tables.fact_countries.c
        stmt = select(co.code, co.name_en, co.name_fr, co.name_ru)
        if used_only:
            stmt = stmt.where(
                co.code.in_(
                    select(links.country_code)
                    .join(tables.facts, _facts.id == links.fact_id)
                    .where(_facts.deleted_at.is_(None))
                )
            )
        with self.engine.connect() as conn:
            return [CountryRecord(*row) for row in conn.execute(stmt.order_by(co.code))]

    def people(self) -> list[PersonRecord]:
        """Everyone, by name, with aliases."""
        with self.engine.connect() as conn:
            return people_records(conn)

    def events(self) -> list[EventRecord]:
        """Events, most recent first."""
        ev = tables.events
        with self.engine.connect() as conn:
            rows = conn.execute(select(ev).order_by(ev.c.start_date.desc(), ev.c.name)).all()
        return [event_record(row) for row in rows]

    def state(self, key: str) -> str | None:
        """A value recorded about the database itself, e.g. state("seed")."""
        st = tables.app_state.c
        with self.engine.connect() as conn:
            value = conn.scalar(select(st.value).where(st.key == key))
        return None if value is None else str(value)

    def ready(self) -> bool:
        """True when nothing has to be written before this base is read, as
        ``bootstrap.open_store`` would: markings and countries filled
        (``ensure_reference_data``), a taxonomy or a fact there (not ``is_blank``) and no
        seeding left half-done. One query, as every command-line listing asks it."""
        t = tables
        one = literal(1)
        counted = t.fact_counts.c
        stmt = select(
            select(one).select_from(t.markings).exists(),
            select(one).select_from(t.countries).exists(),
            or_(
                select(one).select_from(t.themes).exists(),
                select(one)
                .where(counted.facet == "all", counted.key == "", counted.n > 0)
                .exists(),
            ),
            select(t.app_state.c.value).where(t.app_state.c.key == "seed").scalar_subquery(),
        )
        with self.engine.connect() as conn:
            markings, countries, filled, seed = conn.execute(stmt).one()
        return bool(markings) and bool(countries) and bool(filled) and seed != "started"
