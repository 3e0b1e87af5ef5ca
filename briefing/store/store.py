"""The fact store: the one object the CLI, the GUI and the dossier assembler talk to.

Each public method is one unit of work in its own Session/transaction ("session per user
action"). Methods take and return plain values from ``records`` so callers never hold ORM
objects across threads.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from briefing.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    UserFacingError,
    ValidationError,
)
from briefing.model import (
    Event,
    Fact,
    FactRevision,
    FactTranslation,
    Marking,
    Person,
    Source,
    Theme,
    fact_countries,
    fact_people,
    fact_themes,
    new_uuid,
    utcnow,
)
from briefing.store import (
    bulk,
    bundle,
    changes,
    exchange,
    facets,
    index,
    search_run,
    translations,
)
from briefing.store.engine import create_briefing_engine, migrate
from briefing.store.entity_store import EntityStore
from briefing.store.exchange import Scope
from briefing.store.history import HistoryStore
from briefing.store.load import _aware as aware
from briefing.store.load import load_records
from briefing.store.merge import MergeReport, merge_bundle
from briefing.store.records import (
    FactDraft,
    FactQuery,
    FactRecord,
    FactRow,
    original_digest,
)
from briefing.store.reference import ReferenceIndex, ensure_reference_data
from briefing.store.search import SearchQuery
from briefing.store.validation import resolve
from briefing.store.writes import write_over

log = logging.getLogger("briefing.db")

SORT_COLUMNS = {  # "relevance" (searches only) is handled apart
    # seq is the order of entry, which for an imported article is the source's order
    # (locators are free text: "§10" sorts before "§2")
    "date": (Fact.date, Fact.seq),
    "seq": (Fact.seq,),
    "statement": (Fact.statement,),
    "marking": (Fact.marking_code, Fact.seq),
    "confidence": (Fact.confidence, Fact.seq),
    "updated": (Fact.updated_at,),
}

ALL_FACTS = FactQuery()


def _ordered(columns: Sequence[Any], descending: bool, conn: Connection) -> list[Any]:
    """ORDER BY terms with SQLite's rule for NULLs (first going up, last going down) on
    every backend: PostgreSQL's default is the opposite, and undated facts would move."""
    if conn.dialect.name == "sqlite":  # its default already; the explicit form costs an index
        return [c.desc() if descending else c for c in columns]
    return [c.desc().nulls_last() if descending else c.asc().nulls_first() for c in columns]


def _theme_tree(slugs: Sequence[str]) -> Select[Any]:
    """Keys of the themes ``slugs`` name and of their sub-themes: what a theme filter
    holds."""
    wanted = select(Theme.id).where(Theme.slug.in_(slugs))
    return select(Theme.id).where(or_(Theme.id.in_(wanted), Theme.parent_id.in_(wanted)))


class Store(HistoryStore, EntityStore):
    """A Briefing database. Create with ``Store.open(url)``; share one per process.

    The engine is thread-safe; every method opens its own session, so the GUI may call
    read methods from worker threads.
    """

    def __init__(self, engine: Engine, created: bool = False) -> None:
        self.engine = engine
        self.created = created
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating as needed) the database at ``url``."""
        engine = create_briefing_engine(url)
        try:
            store = cls(engine, created=migrate(engine))
            with store.session() as session:
                ensure_reference_data(session)
        except OperationalError as exc:
            engine.dispose()
            raise UserFacingError(f"cannot open the database: {exc.orig}") from exc
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        """Release connections (the database file is left consistent)."""
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        """True when the database is an embedded SQLite file."""
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    # ------------------------------------------------------------------ fact reads

    def _filtered(self, query: FactQuery, columns: Sequence[Any]) -> Select[Any]:
        stmt: Select[Any] = select(*columns)
        stmt = stmt.where(
            Fact.deleted_at.is_not(None) if query.deleted else Fact.deleted_at.is_(None)
        )
        if query.themes:
            tree = _theme_tree(query.themes)
            stmt = stmt.where(
                Fact.id.in_(select(fact_themes.c.fact_id).where(fact_themes.c.theme_id.in_(tree)))
            )
        if query.countries:
            codes = [c.upper() for c in query.countries]
            stmt = stmt.where(
                Fact.id.in_(
                    select(fact_countries.c.fact_id).where(fact_countries.c.country_code.in_(codes))
                )
            )
        if query.events:
            chosen = Fact.event_id.in_(
                select(Event.id).where(
                    or_(Event.name.in_(query.events), Event.uuid.in_(query.events))
                )
            )
            stmt = stmt.where(or_(chosen, Fact.event_id.is_(None)) if query.no_event else chosen)
        elif query.no_event:
            stmt = stmt.where(Fact.event_id.is_(None))
        if query.key_only:
            stmt = stmt.where(Fact.is_key.is_(True))
        if query.markings:
            stmt = stmt.where(Fact.marking_code.in_([m.upper() for m in query.markings]))
        if query.max_marking:
            ceiling = select(Marking.rank).where(Marking.code == query.max_marking.upper())
            stmt = stmt.where(
                Fact.marking_code.in_(
                    select(Marking.code).where(Marking.rank <= ceiling.scalar_subquery())
                )
            )
        if query.untranslated or query.outdated:
            with self.engine.connect() as conn:
                stmt = stmt.where(translations.gaps(conn, query))
        return stmt

    def fact_ids(self, query: FactQuery = ALL_FACTS) -> list[int]:
        """Keys of the facts matching ``query``, in display order (relevance for searches)."""
        search = SearchQuery.parse(query.text)
        with self.engine.connect() as conn:
            if search.empty:
                stmt = self._filtered(query, [Fact.id])
                order = SORT_COLUMNS.get(query.order, SORT_COLUMNS["date"])
                stmt = stmt.order_by(*_ordered(order, query.descending, conn), Fact.id)
                if query.limit:
                    stmt = stmt.limit(query.limit)
                return list(conn.scalars(stmt).all())  # one fetchall, not row by row
            return self._search_ids(conn, query, search)

    def _search_ids(self, conn: Connection, query: FactQuery, search: SearchQuery) -> list[int]:
        plain = query == FactQuery(text=query.text, limit=query.limit, order=query.order)
        relevance = query.order == "relevance"
        if plain and relevance and conn.dialect.name == "sqlite":
            return search_run.ranked_ids(conn, search, query.limit)
        matched, params = search_run.matches(conn, search, relevance)
        sub = matched.subquery("m")
        stmt = self._filtered(query, [Fact.id]).join(sub, sub.c.fact_id == Fact.id)
        if relevance:
            stmt = stmt.order_by(sub.c.tier, sub.c.score, Fact.id)
        else:
            order = SORT_COLUMNS.get(query.order, SORT_COLUMNS["date"])
            stmt = stmt.order_by(*_ordered(order, query.descending, conn), Fact.id)
        if query.limit:
            stmt = stmt.limit(query.limit)
        return list(conn.scalars(stmt, params))

    def count(self, query: FactQuery = ALL_FACTS) -> int:
        """How many facts match ``query`` (kept counts answer the common cases at once)."""
        search = SearchQuery.parse(query.text)
        bare = replace(query, countries=(), markings=(), order="date", limit=None)
        with self.engine.connect() as conn:
            if search.empty and bare == ALL_FACTS:
                if not query.countries and not query.markings:
                    return facets.read(conn, "all").get("", 0)
                if len(query.countries) == 1 and not query.markings:
                    return facets.read(conn, "country").get(query.countries[0].upper(), 0)
                if len(query.markings) == 1 and not query.countries:
                    return facets.read(conn, "marking").get(query.markings[0].upper(), 0)
            links = replace(query, themes=(), countries=(), order="date", descending=False)
            if search.empty and replace(links, limit=None) == ALL_FACTS:  # only those two
                tree = list(conn.scalars(_theme_tree(query.themes))) if query.themes else None
                return facets.linked_count(conn, tree, query.countries)
            if search.empty:
                return int(conn.scalar(self._filtered(query, [func.count(Fact.id)])) or 0)
            unfiltered = replace(query, text="", order="date", descending=False, limit=None)
            if self.is_sqlite and unfiltered == ALL_FACTS:
                return search_run.count(conn, search)
        return len(self.fact_ids(replace(query, limit=None)))

    def counts_by_theme(self) -> dict[str, int]:
        """Live facts per theme slug (direct links only)."""
        slugs = {str(t.id): t.slug for t in self.themes()}
        with self.engine.connect() as conn:
            return {slugs[k]: n for k, n in facets.read(conn, "theme").items() if k in slugs}

    def counts_by_country(self) -> dict[str, int]:
        """Live facts per country code."""
        with self.engine.connect() as conn:
            return facets.read(conn, "country")

    def counts_by_marking(self) -> dict[str, int]:
        """Live facts per marking code."""
        with self.engine.connect() as conn:
            return facets.read(conn, "marking")

    def recount(self) -> None:
        """Recompute the kept counts from the facts (a repair; writes keep them exact)."""
        with self.session() as s:
            facets.recount(s.connection())

    def fact_countries(self, query: FactQuery = ALL_FACTS) -> dict[int, tuple[str, ...]]:
        """Country codes of each fact matching ``query`` (key → codes), without full records."""
        keys = self.fact_ids(replace(query, order="seq", limit=None))
        out: dict[int, list[str]] = {k: [] for k in keys}
        with self.engine.connect() as conn:
            rows = conn.execute(select(fact_countries.c.fact_id, fact_countries.c.country_code))
            for fid, code in rows.all():
                if fid in out:
                    out[fid].append(code)
        return {k: tuple(v) for k, v in out.items()}

    def people_named(self, query: FactQuery = ALL_FACTS) -> set[str]:
        """Names of the people linked to, or speaking in, the facts matching ``query``."""
        facts = self._filtered(query, [Fact.id]).subquery()
        linked = (
            select(Person.name)
            .join(fact_people, fact_people.c.person_id == Person.id)
            .where(fact_people.c.fact_id.in_(select(facts.c.id)))
        )
        speaking = (
            select(Person.name)
            .join(Fact, Fact.speaker_person_id == Person.id)
            .where(Fact.id.in_(select(facts.c.id)))
        )
        with self.engine.connect() as conn:
            return set(conn.scalars(linked.union(speaking)))

    def facts(self, query: FactQuery = ALL_FACTS) -> list[FactRecord]:
        """Full records of the facts matching ``query``, in display order."""
        return self.records(self.fact_ids(query))

    def get(self, ident: str | int) -> FactRecord:
        """One fact by uuid (text) or key (int), deleted or not."""
        with self.engine.connect() as conn:
            key = (
                ident
                if isinstance(ident, int)
                else conn.scalar(select(Fact.id).where(Fact.uuid == ident))
            )
        records = self.records([key]) if key is not None else []
        if not records:
            raise NotFoundError(f"no fact with id {ident}")
        return records[0]

    def fact_uuids(self, prefix: str = "") -> list[str]:
        """The ids of the facts (deleted ones too) that start with ``prefix``, sorted.

        With no prefix, every id in the base: enough to tell how short an id may be shown
        and stay unique (the CLI prints and accepts such prefixes, like git).
        """
        stmt = select(Fact.uuid).order_by(Fact.uuid)
        if prefix:
            stmt = stmt.where(Fact.uuid.startswith(prefix.lower(), autoescape=True))
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
        """Light rows for a page of the fact list (statements in ``language`` if translated)."""
        if not keys:
            return []
        with self.engine.connect() as conn:
            facts = conn.execute(
                select(
                    Fact.id,
                    Fact.uuid,
                    Fact.date,
                    Fact.statement,
                    Fact.language,
                    Fact.marking_code,
                    Fact.confidence,
                    Source.title,
                    Fact.version,
                )
                .outerjoin(Source, Source.id == Fact.source_id)
                .where(Fact.id.in_(keys))
            ).all()
            originals = {r[0]: r[3] for r in facts}
            # An outdated translation is not shown as the fact's text, as in a dossier.
            tr = {
                fid: text
                for fid, text, digest in conn.execute(
                    select(
                        FactTranslation.fact_id,
                        FactTranslation.statement,
                        FactTranslation.source_digest,
                    ).where(FactTranslation.fact_id.in_(keys), FactTranslation.language == language)
                ).all()
                if digest is None or digest == original_digest(originals.get(fid, ""))
            }
            themes: dict[int, list[str]] = defaultdict(list)
            for fid, name in conn.execute(
                select(fact_themes.c.fact_id, getattr(Theme, f"name_{language}", Theme.name_en))
                .join(Theme, Theme.id == fact_themes.c.theme_id)
                .where(fact_themes.c.fact_id.in_(keys))
                .order_by(Theme.position)
            ):
                themes[fid].append(name)
            countries: dict[int, list[str]] = defaultdict(list)
            for fid, code in conn.execute(
                select(fact_countries.c.fact_id, fact_countries.c.country_code)
                .where(fact_countries.c.fact_id.in_(keys))
                .order_by(fact_countries.c.country_code)
            ):
                countries[fid].append(code)
        by_key = {
            r[0]: FactRow(
                key=r[0],
                uuid=r[1],
                date=r[2],
                statement=tr.get(r[0], r[3]),
                language=language if r[0] in tr else r[4],
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

    def revisions(self, uuid: str) -> list[tuple[int, dt.datetime, str, dict[str, object]]]:
        """(version, when, change, snapshot) of a fact's earlier states, newest first."""
        with self.session() as s:
            fact_id = s.scalar(select(Fact.id).where(Fact.uuid == uuid))
            if fact_id is None:
                raise NotFoundError(f"no fact with id {uuid}")
            rows = s.execute(
                select(
                    FactRevision.version,
                    FactRevision.changed_at,
                    FactRevision.change,
                    FactRevision.snapshot,
                )
                .where(FactRevision.fact_id == fact_id)
                .order_by(FactRevision.version.desc())
            ).all()
            # SQLite hands back naive datetimes (stored as UTC), PostgreSQL aware ones
            return [(v, aware(when), change, snap) for v, when, change, snap in rows]

    # ------------------------------------------------------------------ fact writes

    def validate(self, draft: FactDraft) -> None:
        """Raise ValidationError if ``draft`` could not be saved (nothing is written)."""
        with self.session() as s:
            resolve(draft, ReferenceIndex.load(s))

    def add(self, draft: FactDraft, uuid: str | None = None) -> FactRecord:
        """Validate and save a new fact; returns it as saved."""
        with self.session() as s:
            resolved = resolve(draft, ReferenceIndex.load(s))
            conn = s.connection()
            (fact_id,), _ = bulk.insert_facts(
                conn, [(uuid or new_uuid(), resolved)], [draft.translation_sources]
            )
            index.reindex(conn, [fact_id])
            facets.apply(conn, facets.keys_of_fact(conn, fact_id))
        return self.get(fact_id)

    def update(
        self, uuid: str, draft: FactDraft, expected_version: int, change: str = "update"
    ) -> FactRecord:
        """Save ``draft`` over the fact, if nobody saved it since ``expected_version``.

        The previous state is kept as a revision, labelled ``change`` (see store.history).
        Raises ConflictError when the stored version differs (someone else saved in
        between), ValidationError on bad input.
        """
        before = self.get(uuid)
        with self.session() as s:
            resolved = resolve(draft, ReferenceIndex.load(s))
            conn = s.connection()
            claimed = conn.execute(
                update(Fact)
                .where(Fact.id == before.key, Fact.version == expected_version)
                .values(version=Fact.version + 1)
            ).rowcount
            if claimed != 1:
                raise ConflictError(
                    f"fact {uuid} was changed by someone else since version {expected_version}; "
                    "reload it and apply your edit again"
                )
            # Read again under the claim: the state read above may predate a save that
            # committed just before ours, and the revision must hold what is replaced.
            current = load_records(conn, [before.key])[before.key]
            sources = translations.kept_sources(conn, before.key, resolved.translations)
            sources.update(draft.translation_sources)
            write_over(
                conn,
                replace(current, version=expected_version),
                resolved,
                change=change,
                sources=sources,
            )
        return self.get(before.key)

    def confirm_translation(
        self, uuid: str, language: str, expected_version: int | None = None
    ) -> FactRecord:
        """Declare a fact's translation in ``language`` still correct for its current
        original (it stops being outdated). A change like any other: a new version, the
        previous state kept as a revision."""
        before = self.get(uuid)
        if language not in before.translations:
            raise ValidationError(
                [FieldError(f"translations.{language}", "the fact has no translation in it")]
            )
        draft = before.to_draft()
        draft.confirm(language)
        version = before.version if expected_version is None else expected_version
        return self.update(uuid, draft, version)

    def delete(self, uuid: str, expected_version: int | None = None) -> None:
        """Move a fact to the bin (recoverable with ``restore``)."""
        self._set_deleted(uuid, utcnow(), expected_version, "delete")

    def restore(self, uuid: str) -> None:
        """Bring a deleted fact back."""
        self._set_deleted(uuid, None, None, "restore")

    def _set_deleted(
        self, uuid: str, when: dt.datetime | None, expected: int | None, change: str
    ) -> None:
        before = self.get(uuid)
        with self.session() as s:
            conn = s.connection()
            old_keys = facets.keys_of_fact(conn, before.key)
            cond = [Fact.id == before.key]
            if expected is not None:
                cond.append(Fact.version == expected)
            done = conn.execute(
                update(Fact)
                .where(*cond)
                .values(deleted_at=when, version=Fact.version + 1, updated_at=utcnow())
            ).rowcount
            if done != 1:
                raise ConflictError(f"fact {uuid} was changed by someone else; reload it")
            conn.execute(
                insert(FactRevision).values(
                    fact_id=before.key,
                    version=before.version,
                    snapshot=before.to_json(),
                    change=change,
                    changed_at=utcnow(),
                )
            )
            index.reindex(conn, [before.key])
            facets.apply(conn, facets.keys_of_fact(conn, before.key), old_keys)

    def import_facts(
        self, data: object, progress: Callable[[int, int], None] | None = None
    ) -> bulk.ImportReport:
        """Import a facts bundle (or a bare list of facts) all or nothing.

        See ``briefing.store.bundle`` and docs/formats.md.
        """
        with self.session() as s:
            return bundle.import_bundle(s, data, progress)

    def change_token(self) -> str:
        """How far this reader has seen the facts (see ``changes_since``)."""
        with self.engine.connect() as conn:
            return changes.token(conn)

    def changes_since(self, token: str) -> tuple[list[str], str]:
        """Ids of the facts added, edited, deleted or restored since ``token`` (by anyone),
        and the token to pass next time (``briefing.store.changes``)."""
        with self.engine.connect() as conn:
            return changes.changed_since(conn, token)

    def export_bundle(self, scope: Scope, producer: str = "briefing") -> dict[str, Any]:
        """The travelling bundle of the facts in ``scope`` (docs/formats.md,
        ``briefing-facts/3``); nothing marked above ``scope.max_marking`` is included."""
        with self.engine.connect() as conn:
            ranks = exchange.marking_ranks(conn)
        if scope.max_marking not in ranks:
            raise ValidationError([FieldError("max_marking", f"must be one of {', '.join(ranks)}")])
        records = self.facts(scope.query())
        reference = (self.people(), self.events())
        header = {"created": utcnow().isoformat(timespec="seconds"), "producer": producer}
        with self.engine.connect() as conn:
            return exchange.build_bundle(conn, records, scope, ranks, reference, header)

    def merge_bundle(
        self,
        data: object,
        on_conflict: str = "keep",
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> MergeReport:
        """Merge a travelling bundle all or nothing (``briefing.store.merge``).

        With ``dry_run`` everything is checked and compared, then rolled back: the report
        says what an import would do.
        """
        with self._sessions() as s:
            report = merge_bundle(s, data, on_conflict, progress)
            if dry_run:
                s.rollback()
            else:
                s.commit()
        return report
