"""Importing many facts at once: all or nothing, set-based inserts, one index rebuild.

Every object is validated before anything is written; the first invalid one aborts the
import with its index and field. Objects whose ``id`` already exists are reported and left
alone; objects without an ``id`` get a new one.
"""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from briefing.batch import collector_paused
from briefing.errors import FieldError, ValidationError
from briefing.model import (
    Document,
    Event,
    Fact,
    FactTranslation,
    Figure,
    Organisation,
    Person,
    Source,
    fact_countries,
    fact_documents,
    fact_organisations,
    fact_people,
    fact_themes,
    new_uuid,
    utcnow,
)
from briefing.store import facets, index, pg_copy
from briefing.store.records import FactDraft, original_digest
from briefing.store.reference import ReferenceIndex
from briefing.store.search import fold, index_body
from briefing.store.validation import ResolvedFact, resolve

# Below this many new facts, reindex just them; above (and when they are at least half of
# the base), rebuild the index in one pass.
REBUILD_THRESHOLD = 2_000


@dataclass
class ImportReport:
    """What an import did: uuids added, and uuids skipped because they already existed."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def import_objects(
    conn: Connection,
    objects: Sequence[object],
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Validate then insert ``objects`` (interchange-format dicts) on ``conn``'s transaction.

    The cyclic garbage collector is paused meanwhile: an import holds millions of small
    objects that cannot form cycles, and re-scanning them on every collection made the
    index bodies take twice as long. Large imports on SQLite get a 256 MB page cache for
    the transaction.
    """
    sqlite = conn.dialect.name == "sqlite" and len(objects) >= REBUILD_THRESHOLD
    if sqlite:  # a large import dirties far more pages than the usual 32 MB cache holds
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql("PRAGMA cache_size=-262144")
    try:
        with collector_paused():
            return _import_objects(conn, objects, progress)
    finally:
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(cache or -32768)}")


def _import_objects(
    conn: Connection,
    objects: Sequence[object],
    progress: Callable[[int, int], None] | None,
) -> ImportReport:
    ref = ReferenceIndex.load(conn)
    existing = _existing(conn, objects)
    report = ImportReport()
    batch: list[tuple[str, ResolvedFact]] = []
    sources: list[dict[str, str]] = []
    seen: set[str] = set()
    for i, obj in enumerate(objects):
        if not isinstance(obj, dict):
            raise ValidationError([FieldError("record", "must be a JSON object")], record=i)
        ident = obj.get("id")
        if ident is not None:
            try:
                ident = _uuid(ident)
            except ValueError:
                raise ValidationError(
                    [FieldError("id", f"{obj.get('id')!r} is not a UUID")], record=i
                ) from None
            if ident in existing:
                report.skipped.append(ident)
                continue
            if ident in seen:
                raise ValidationError(
                    [FieldError("id", f"{ident} appears twice in this file")], record=i
                )
            seen.add(ident)
        try:
            draft = FactDraft.from_json(obj)
        except ValidationError as exc:
            raise ValidationError(exc.errors, record=i) from None
        batch.append((ident or new_uuid(), resolve(draft, ref, record=i)))
        sources.append(draft.translation_sources)
        if progress and i % 1000 == 0:
            progress(i, len(objects))
    if batch:
        _insert(conn, batch, sources)
        report.added = [u for u, _ in batch]
    return report


# A uuid as Briefing writes it: already canonical, so parsing it again can be skipped.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid(value: object) -> str:
    """``value`` as a canonical uuid text; ValueError if it is none."""
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value
    return str(uuidlib.UUID(str(value)))


def _existing(conn: Connection, objects: Sequence[object]) -> set[str]:
    """Which of the uuids ``objects`` carry the base already holds.

    Asked for those uuids only (through the unique index), not by reading every uuid of
    the base: at 1,000,000 facts that read cost a second per import whatever its size.
    """
    wanted: set[str] = set()
    for obj in objects:
        ident = obj.get("id") if isinstance(obj, dict) else None
        if ident is not None:
            with suppress(ValueError):  # reported with its record by the import's own pass
                wanted.add(_uuid(ident))
    found: set[str] = set()
    keys = sorted(wanted)
    for start in range(0, len(keys), 500):  # under every driver's bound-parameter limit
        found.update(
            conn.scalars(select(Fact.uuid).where(Fact.uuid.in_(keys[start : start + 500])))
        )
    return found


@dataclass
class NewNames:
    """Keys of the people, organisations and sources created for a batch (by folded name)."""

    people: dict[str, int]
    organisations: dict[str, int]
    sources: dict[str, int]
    events: dict[str, int]
    documents: dict[str, int]

    def people_of(self, r: ResolvedFact) -> list[int]:
        """Every person key a resolved fact links to, existing or just created."""
        return list(dict.fromkeys([*r.person_ids, *(self.people[fold(n)] for n in r.new_people)]))

    def organisations_of(self, r: ResolvedFact) -> list[int]:
        """Every organisation key a resolved fact links to."""
        keys = [*r.organisation_ids, *(self.organisations[fold(n)] for n in r.new_organisations)]
        return list(dict.fromkeys(keys))

    def event_of(self, r: ResolvedFact) -> int | None:
        """The event key of a resolved fact."""
        return r.event_id if r.new_event is None else self.events[fold(r.new_event)]

    def documents_of(self, r: ResolvedFact) -> list[int]:
        """Every document key a resolved fact links to."""
        keys = [*r.document_ids, *(self.documents[fold(n)] for n in r.new_documents)]
        return list(dict.fromkeys(keys))

    def speaker_of(self, r: ResolvedFact, kind: str) -> int | None:
        """The key of a resolved fact's speaker of ``kind`` (person or document), if any."""
        if r.new_speaker is not None and r.new_speaker.kind == kind:
            table = self.people if kind == "person" else self.documents
            return table[fold(r.new_speaker.ref)]
        return r.speaker_person_id if kind == "person" else r.speaker_document_id

    def source_of(self, r: ResolvedFact) -> int | None:
        """The source key of a resolved fact."""
        return r.source_id if r.new_source is None else self.sources[fold(r.new_source)]


def create_named(conn: Connection, resolved: Sequence[ResolvedFact]) -> NewNames:
    """Create each person, organisation and source the facts name but the base lacks."""
    people: dict[str, str] = {}
    orgs: dict[str, str] = {}
    sources: dict[str, tuple[str, str]] = {}
    events: dict[str, str] = {}
    documents: dict[str, str] = {}
    for r in resolved:
        if r.new_speaker is not None:
            target = people if r.new_speaker.kind == "person" else documents
            target.setdefault(fold(r.new_speaker.ref), r.new_speaker.ref)
        if r.new_event:
            events.setdefault(fold(r.new_event), r.new_event)
        for title in r.new_documents:
            documents.setdefault(fold(title), title)
        for name in r.new_people:
            people.setdefault(fold(name), name)
        for name in r.new_organisations:
            orgs.setdefault(fold(name), name)
        if r.new_source:
            sources.setdefault(fold(r.new_source), (r.new_source, r.language))
    made = {  # with every column SQLAlchemy's insert() filled from a Python default too
        "people": _create(
            conn,
            Person.__table__,
            [
                {
                    "name": n,
                    "role": "",
                    "role_translations": {},
                    "names": {},
                    "bios": {},
                    "kind": "other",
                    "uuid": new_uuid(),
                }
                for n in people.values()
            ],
        ),
        "orgs": _create(
            conn, Organisation.__table__, [{"name": n, "uuid": new_uuid()} for n in orgs.values()]
        ),
        "sources": _create(
            conn,
            Source.__table__,
            [{"title": t, "language": lang, "uuid": new_uuid()} for t, lang in sources.values()],
        ),
        "events": _create(
            conn,
            Event.__table__,
            [
                {
                    "name": n,
                    "names": {},
                    "place": "",
                    "place_names": {},
                    "kind": "",
                    "uuid": new_uuid(),
                }
                for n in events.values()
            ],
        ),
        "documents": _create(
            conn,
            Document.__table__,
            [
                {"title": t, "titles": {}, "kind": "", "uuid": new_uuid()}
                for t in documents.values()
            ],
        ),
    }
    return NewNames(
        people=dict(zip(people, made["people"], strict=True)),
        organisations=dict(zip(orgs, made["orgs"], strict=True)),
        sources=dict(zip(sources, made["sources"], strict=True)),
        events=dict(zip(events, made["events"], strict=True)),
        documents=dict(zip(documents, made["documents"], strict=True)),
    )


def _create(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert new entities in one executemany; their keys, in order.

    One INSERT … RETURNING per entity was 500 statements for the sources of a 20,000-fact
    import (a round trip each on PostgreSQL); keys are taken as for facts instead.
    """
    if not rows:
        return []
    lock_for_write(conn)  # SQLite: hold the write lock before reading the next key
    ids = _allocate_ids(conn, len(rows), table)
    insert_many(conn, table, [{"id": key, **row} for key, row in zip(ids, rows, strict=True)])
    return ids


def fact_values(r: ResolvedFact, names: NewNames) -> dict[str, Any]:
    """The facts-table columns a resolved draft sets (identity and bookkeeping excluded)."""
    return {
        "statement": r.statement,
        "language": r.language,
        "date": r.date,
        "event_id": names.event_of(r),
        "source_id": names.source_of(r),
        "quote": r.quote,
        "locator": r.locator,
        "marking_code": r.marking,
        "confidence": r.confidence,
        "is_key": r.is_key,
        "speaker_person_id": names.speaker_of(r, "person"),
        "speaker_document_id": names.speaker_of(r, "document"),
        "speaker_country_code": r.speaker_country,
    }


TRANSLATIONS: Any = FactTranslation.__table__
FIGURES: Any = Figure.__table__
LINKED = (
    fact_themes,
    fact_countries,
    fact_people,
    fact_organisations,
    fact_documents,
    FactTranslation.__table__,
    Figure.__table__,
)


Sources = Mapping[int, Mapping[str, str | None]]


def insert_links(
    conn: Connection,
    pairs: Sequence[tuple[int, ResolvedFact]],
    names: NewNames,
    sources: Sources | None = None,
) -> None:
    """Insert the link, translation and figure rows of facts, set-based.

    Each translation is stamped with the digest of the original it translates:
    ``sources[fact key][language]`` when given (None: unknown), else the current original.
    """
    themes: list[tuple[Any, ...]] = []
    countries: list[tuple[Any, ...]] = []
    people: list[tuple[Any, ...]] = []
    orgs: list[tuple[Any, ...]] = []
    docs: list[tuple[Any, ...]] = []
    translations: list[tuple[Any, ...]] = []
    figures: list[tuple[Any, ...]] = []
    for fid, r in pairs:
        themes += [(fid, t) for t in r.theme_ids]
        countries += [(fid, c) for c in r.countries]
        if r.person_ids or r.new_people:
            people += [(fid, p) for p in names.people_of(r)]
        if r.organisation_ids or r.new_organisations:
            orgs += [(fid, o) for o in names.organisations_of(r)]
        if r.document_ids or r.new_documents:
            docs += [(fid, d) for d in names.documents_of(r)]
        if r.translations:
            given = (sources or {}).get(fid, {})
            current = original_digest(r.statement)
            translations += [(fid, k, v, given.get(k, current)) for k, v in r.translations.items()]
        figures += [
            (fid, i, f.label, f.translations, f.value, f.unit, f.qualifier)
            for i, f in enumerate(r.figures)
        ]
    insert_rows(conn, fact_themes, ("fact_id", "theme_id"), themes)
    insert_rows(conn, fact_countries, ("fact_id", "country_code"), countries)
    insert_rows(conn, fact_people, ("fact_id", "person_id"), people)
    insert_rows(conn, fact_organisations, ("fact_id", "organisation_id"), orgs)
    insert_rows(conn, fact_documents, ("fact_id", "document_id"), docs)
    insert_rows(
        conn, TRANSLATIONS, ("fact_id", "language", "statement", "source_digest"), translations
    )
    insert_rows(
        conn,
        FIGURES,
        ("fact_id", "position", "label", "label_translations", "value", "unit", "qualifier"),
        figures,
    )


def insert_facts(
    conn: Connection,
    batch: Sequence[tuple[str, ResolvedFact]],
    sources: Sequence[Mapping[str, str]] | None = None,
) -> tuple[list[int], NewNames]:
    """Insert new facts (uuid, resolved) with their links.

    ``sources``, in ``batch`` order, are the translation digests the writer gave (see
    insert_links); translations without one translate the original they come with.

    Returns their keys, in order, and the entities created for them.

    The search index is not touched: callers reindex (few facts) or rebuild (many).
    """
    lock_for_write(conn)
    names = create_named(conn, [r for _, r in batch])
    now = utcnow()
    seq = conn.scalar(select(func.coalesce(func.max(Fact.seq), 0))) or 0
    rows = [
        {
            **fact_values(r, names),
            "uuid": ident,
            "seq": seq + n,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for n, (ident, r) in enumerate(batch, start=1)
    ]
    ids = _allocate_ids(conn, len(rows))
    for key, row in zip(ids, rows, strict=True):
        row["id"] = key
    insert_many(conn, Fact.__table__, rows)  # RETURNING would go row by row
    given = dict(zip(ids, sources, strict=True)) if sources is not None else None
    insert_links(conn, list(zip(ids, (r for _, r in batch), strict=True)), names, given)
    return ids, names


def insert_many(conn: Connection, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    """``INSERT`` many rows of dicts (all with the same keys); see insert_rows."""
    if rows:
        names = tuple(rows[0])
        if len(names) == 1:
            insert_rows(conn, table, names, [(row[names[0]],) for row in rows])
            return
        values = itemgetter(*names)  # one C call a row, not a generator of dict lookups
        insert_rows(conn, table, names, [values(row) for row in rows])


def insert_rows(
    conn: Connection, table: Any, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """``INSERT`` many rows given as tuples in ``names`` order, as fast as the driver allows.

    On SQLite the tuples go straight to the driver's executemany, values passed through
    their column type's bind processor (dates, JSON) exactly as SQLAlchemy would: its own
    per-row parameter handling costs more than the insert itself at 100,000 rows. On
    PostgreSQL many rows go out as one COPY in the same transaction (``pg_copy``); other
    databases, and a few rows, use a Core executemany.
    """
    if not rows:
        return
    if conn.dialect.name == "postgresql" and len(rows) >= pg_copy.MIN_ROWS:
        pg_copy.copy_rows(conn, table, names, rows)
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
        return
    processors = [table.c[n].type.bind_processor(conn.dialect) for n in names]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    if any(processors):
        columns = [
            [p(row[i]) for row in rows] if p else [row[i] for row in rows]
            for i, p in enumerate(processors)
        ]
        rows = list(zip(*columns, strict=True))
    conn.exec_driver_sql(sql, list(rows))


def lock_for_write(conn: Connection) -> None:
    """On SQLite, take the database's write lock now, before reading the next id and seq.

    The driver begins a transaction only at the first INSERT/UPDATE, so the max() reads
    before it ran unlocked: four processes adding facts at once computed the same ids and
    474 of 800 adds failed. A no-op UPDATE begins the transaction and takes the lock (or
    waits for it, up to the busy timeout); the reads after it see every committed row.
    PostgreSQL takes ids from its sequence and needs nothing.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("UPDATE fact_counts SET n = n WHERE 0")


def _allocate_ids(conn: Connection, n: int, table: Any = Fact.__table__) -> list[int]:
    """Keys for ``n`` new rows of ``table``, taken the way each database would pick them."""
    if conn.dialect.name == "postgresql":
        return list(
            conn.scalars(
                text(
                    f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
                    "FROM generate_series(1, :n)"
                ),
                {"n": n},
            )
        )
    start = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(start, start + n))


def _live_facts(conn: Connection) -> int:
    """Live facts in the base, new ones included: a whole rebuild of the index pays only
    while the new facts are at least half of them. Past that it costs the base's size, not
    the import's: the tenth 100,000-fact import into a shared base rebuilt 1,000,000
    bodies (and held them all in memory) to index 100,000."""
    live = select(func.count()).select_from(Fact).where(Fact.deleted_at.is_(None))
    return int(conn.scalar(live) or 0)


def index_new(conn: Connection, ids: list[int]) -> None:
    """Index facts just inserted: one whole rebuild while they are at least half the base
    (set-based, cheaper than row by row), else only them."""
    if len(ids) >= REBUILD_THRESHOLD and len(ids) * 2 >= _live_facts(conn):
        index.rebuild(conn)
    else:
        index.reindex(conn, ids)


def index_inserted(
    conn: Connection, ids: Sequence[int], resolved: Sequence[ResolvedFact], names: NewNames
) -> None:
    """Index facts just inserted from the rows the import already holds.

    Re-reading them (a rebuild, or reindex by key) cost a quarter of a 20,000-fact import:
    every fact and link row fetched back, and the whole base's index rewritten each time
    the new facts were most of it. Their bodies are the same recipe (``index.body_parts``).
    """
    table = index.link_names(conn)  # after create_named: new people and sources included
    dialect = conn.dialect.name
    rows: list[tuple[int, str]] = []
    for fid, r in zip(ids, resolved, strict=True):
        event, source = names.event_of(r), names.source_of(r)
        linked = {
            "theme": r.theme_ids,
            "country": r.countries,
            "person": names.people_of(r) if r.person_ids or r.new_people else (),
            "org": names.organisations_of(r) if r.organisation_ids or r.new_organisations else (),
            "doc": names.documents_of(r) if r.document_ids or r.new_documents else (),
            "event": () if event is None else (event,),
            "source": () if source is None else (source,),
        }
        labels = [f.label for f in r.figures]
        parts = index.body_parts(
            table, r.statement, r.translations.values(), r.quote, linked, labels
        )
        rows.append((fid, index_body(parts, dialect)))
    most = len(ids) >= REBUILD_THRESHOLD and len(ids) * 2 >= _live_facts(conn)
    index.append(conn, rows, most)


def _insert(
    conn: Connection, batch: list[tuple[str, ResolvedFact]], sources: list[dict[str, str]]
) -> None:
    ids, names = insert_facts(conn, batch, sources)
    index_inserted(conn, ids, [r for _, r in batch], names)
    facets.apply(
        conn,
        [
            key
            for _, r in batch
            for key in facets.keys_of(r.theme_ids, r.countries, r.marking, names.event_of(r))
        ],
    )
