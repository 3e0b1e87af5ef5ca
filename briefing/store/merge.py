"""Reading a travelling bundle (``briefing-facts/3``, or a ``/2`` facts bundle) into the base.

One transaction, two phases. First everything is checked and compared: the reference
sections (themes, organisations, events, people, sources, documents) are created where
the base lacks them, every fact is validated against the base, and each fact whose id the
base already has is compared with it — identical (only bookkeeping differs) or a conflict.
Any invalid record raises ValidationError naming the section, the record's position and
id, and the field; the caller's transaction rolls back and nothing was imported. Then the
new facts are written set-based with their own ids, versions, dates and revisions, and
each conflict is settled by the chosen rule:

* ``keep``: the base's version stays (reported);
* ``theirs``: the bundle's version is saved over the base's, whose state is kept as a
  revision — the same step as an edit;
* ``newer``: whichever was saved last (``updated_at``) wins;
* ``stop``: any conflict aborts the import (BundleConflictError carries the report).

A fact in the base's bin is never overwritten by a bundle: the deletion was a decision
taken here, so it is reported as a conflict and kept.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Connection, insert, select, text, update
from sqlalchemy.orm import Session

from briefing.errors import ConflictError, FieldError, ValidationError, check_cancel
from briefing.model import (
    Fact,
    FactRevision,
    new_uuid,
    utcnow,
)
from briefing.store import bulk, facets
from briefing.store.bundle import add_events, add_people
from briefing.store.bundle_shape import BUNDLE_FORMAT
from briefing.store.exchange import FORMAT, marking_ranks
from briefing.store.load import load_records
from briefing.store.merge_reference import (
    Conflict,
    MergeReport,
    add_documents,
    add_organisations,
    add_sources,
    add_themes,
    bad,
    parse_datetime,
    plan_notes,
    write_notes,
)
from briefing.store.records import FactDraft, FactRecord
from briefing.store.reference import ReferenceIndex
from briefing.store.validation import ResolvedFact, resolve
from briefing.store.writes import write_over

# Facts compared between two cancel checks: ~20 ms of work, so Cancel answers at once.
CANCEL_EVERY = 200

__all__ = ["ON_CONFLICT", "BundleConflictError", "Conflict", "MergeReport", "merge_bundle"]

ON_CONFLICT = ("keep", "theirs", "newer", "stop")
SECTIONS = (
    "themes",
    "organisations",
    "events",
    "people",
    "sources",
    "documents",
    "facts",
    "country_notes",
)
# ResolvedFact's fields under the names the bundle (and the user) know them by.
FIELD_NAMES = {
    "event_id": "event",
    "new_event": "event",
    "theme_ids": "themes",
    "person_ids": "people",
    "new_people": "people",
    "organisation_ids": "organisations",
    "new_organisations": "organisations",
    "document_ids": "documents",
    "new_documents": "documents",
    "source_id": "source",
    "new_source": "source",
    "quote": "source",
    "locator": "source",
    "is_key": "key",
    "speaker_person_id": "speaker",
    "speaker_document_id": "speaker",
    "speaker_country": "speaker",
    "new_speaker": "speaker",
}
UNORDERED = ("theme_ids", "countries", "person_ids", "new_people", "organisation_ids",
             "new_organisations", "document_ids", "new_documents")  # fmt: skip


class BundleConflictError(ConflictError):
    """``--on-conflict stop`` met a conflict: nothing was imported; ``report`` says why."""

    def __init__(self, report: MergeReport) -> None:
        self.report = report
        first = report.conflicts[0]
        super().__init__(
            f"{len(report.conflicts)} record(s) differ from the base (first: {first.kind} "
            f"{first.ident}, {', '.join(first.fields)}); nothing was imported — choose "
            "--on-conflict keep, theirs or newer"
        )


def _objects(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise bad(key, "must be a list")
    for i, obj in enumerate(items):
        if not isinstance(obj, dict):
            raise bad(f"{key}[{i}]", "must be a JSON object")
    return items


def read_header(data: object, ranks: dict[str, int]) -> tuple[dict[str, Any], int | None]:
    """The bundle object and its ceiling's rank (None for a ``/2`` bundle, which has none)."""
    if not isinstance(data, dict):
        raise bad("bundle", "expected a JSON object")
    fmt = data.get("format")
    if fmt not in (FORMAT, BUNDLE_FORMAT):
        raise bad("format", f"expected {FORMAT!r} (or {BUNDLE_FORMAT!r}), not {fmt!r}")
    if "facts" not in data:
        raise bad("facts", "must be a list (the bundle has none)")
    if fmt == BUNDLE_FORMAT:
        return data, None
    ceiling = data.get("ceiling")
    if not isinstance(ceiling, str) or ceiling.upper() not in ranks:
        raise bad("ceiling", f"must be one of {', '.join(ranks)}")
    return data, ranks[ceiling.upper()]


def merge_bundle(
    session: Session,
    data: object,
    on_conflict: str = "keep",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge ``data`` into the base in ``session``'s transaction (see the module's text).

    ``progress(done, total)`` follows the facts compared, then says ``(0, 0)`` as the
    writing starts (it cannot be counted); ``cancelled()`` is asked every
    few hundred facts and between the writing steps, and once true raises Cancelled,
    which leaves the transaction for the caller to roll back (nothing imported).
    """
    if on_conflict not in ON_CONFLICT:
        raise bad("on_conflict", f"must be one of {', '.join(ON_CONFLICT)}")
    conn = session.connection()
    ranks = marking_ranks(conn)
    bundle, ceiling = read_header(data, ranks)
    sections = {key: _objects(bundle, key) for key in SECTIONS}
    report = MergeReport()
    bulk.lock_for_write(conn)  # compare and write against one state of the base
    report.created["themes"] = add_themes(session, sections["themes"])
    report.created["organisations"] = add_organisations(session, sections["organisations"])
    report.created["events"] = add_events(session, sections["events"])
    report.created["people"] = add_people(session, sections["people"])
    report.created["sources"] = add_sources(session, sections["sources"])
    report.created["documents"] = add_documents(session, sections["documents"])
    session.flush()
    plan = _plan_facts(
        conn, sections["facts"], ranks, ceiling, on_conflict, report, progress, cancelled
    )
    notes = plan_notes(conn, sections["country_notes"], ranks, ceiling, on_conflict, report)
    if on_conflict == "stop" and report.conflicts:
        raise BundleConflictError(report)
    check_cancel(cancelled)
    if progress:  # (0, 0): writing follows, a few set-based steps with nothing to count
        progress(0, 0)
    _write_new(conn, plan.new, cancelled)
    for n, (before, resolved) in enumerate(plan.overwrite):
        if n % CANCEL_EVERY == 0:
            check_cancel(cancelled)
        claimed = conn.execute(
            update(Fact)
            .where(Fact.id == before.key, Fact.version == before.version)
            .values(version=Fact.version + 1)
        ).rowcount
        if claimed != 1:  # PostgreSQL: someone saved it while the bundle was compared
            raise ConflictError(
                f"fact {before.uuid} was changed by someone else during the import; "
                "nothing was imported: run the import again"
            )
        write_over(conn, before, resolved, change="import")
    report.created["country_notes"] = write_notes(session, notes)
    return report


# ---------------------------------------------------------------------- facts


@dataclass
class NewFact:
    """A fact the base lacks, ready to insert with its own bookkeeping."""

    uuid: str
    resolved: ResolvedFact
    version: int
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    revisions: list[dict[str, Any]]
    digests: dict[str, str]


@dataclass
class FactPlan:
    """What the write phase does with the bundle's facts."""

    new: list[NewFact] = field(default_factory=list)
    overwrite: list[tuple[FactRecord, ResolvedFact]] = field(default_factory=list)


def _record_error(exc: ValidationError, where: str, ident: str | None) -> ValidationError:
    """``exc`` with each field placed in the bundle (``facts[3].themes``) and the id named."""
    named = f" (fact {ident})" if ident else ""
    return ValidationError(
        [FieldError(f"{where}.{e.field}", e.message + named) for e in exc.errors]
    )


def _plan_facts(
    conn: Connection,
    items: Sequence[dict[str, Any]],
    ranks: dict[str, int],
    ceiling: int | None,
    on_conflict: str,
    report: MergeReport,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None = None,
) -> FactPlan:
    ref = ReferenceIndex.load(conn)
    existing = {u: (k, d is not None) for u, k, d in conn.execute(
        select(Fact.uuid, Fact.id, Fact.deleted_at))}  # fmt: skip
    seen: set[str] = set()
    plan = FactPlan()
    present: list[tuple[int, str, dict[str, Any], ResolvedFact]] = []
    for i, obj in enumerate(items):
        where = f"facts[{i}]"
        ident = _fact_uuid(obj, where)
        if ident in seen:
            raise bad(f"{where}.id", f"{ident} appears twice in this bundle")
        seen.add(ident)
        try:
            resolved = resolve(FactDraft.from_json(obj), ref)
        except ValidationError as exc:
            raise _record_error(exc, where, ident) from None
        if ceiling is not None and ranks[resolved.marking] > ceiling:
            raise bad(
                f"{where}.marking",
                f"{resolved.marking} is above the bundle's ceiling (fact {ident})",
            )
        if ident in existing:
            present.append((i, ident, obj, resolved))
        else:
            plan.new.append(_new_fact(obj, where, ident, resolved))
        if i % CANCEL_EVERY == 0:
            check_cancel(cancelled)
            if progress:  # every few hundred: a progress bar moves, a pipe is not flooded
                progress(i, len(items))
    if progress:
        progress(len(items), len(items))
    for start in range(0, len(present), 2000):
        check_cancel(cancelled)
        chunk = present[start : start + 2000]
        ours = load_records(conn, [existing[ident][0] for _, ident, _, _ in chunk])
        for _i, ident, obj, theirs in chunk:
            key, deleted = existing[ident]
            base = ours[key]
            differ = ["deleted"] if deleted else _differences(base, theirs, ref)
            if not differ:
                report.identical.append(ident)
                continue
            take = not deleted and _take_theirs(on_conflict, base, obj, f"facts[{_i}]")
            mine = base.to_json()
            report.conflicts.append(
                Conflict(
                    "fact",
                    ident,
                    tuple(differ),
                    # "deleted" is no key of a fact object: here it is, there it is not
                    {f: mine.get(f, True) for f in differ},
                    {f: obj.get(f, False) for f in differ},
                    "theirs" if take else "ours",
                )
            )
            if take:
                plan.overwrite.append((base, theirs))
    report.added = [n.uuid for n in plan.new]
    return plan


def _fact_uuid(obj: dict[str, Any], where: str) -> str:
    value = obj.get("id")
    if value is None:
        return new_uuid()
    try:
        return str(uuidlib.UUID(str(value)))
    except ValueError:
        raise bad(f"{where}.id", f"{value!r} is not a UUID") from None


def _new_fact(obj: dict[str, Any], where: str, ident: str, resolved: ResolvedFact) -> NewFact:
    version = obj.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise bad(f"{where}.version", f"must be a whole number from 1 (fact {ident})")
    revisions = obj.get("revisions") or []
    if not isinstance(revisions, list):
        raise bad(f"{where}.revisions", f"must be a list (fact {ident})")
    clean = []
    for n, rev in enumerate(revisions):
        at = f"{where}.revisions[{n}]"
        if not isinstance(rev, dict):
            raise bad(at, f"must be a JSON object (fact {ident})")
        number = rev.get("version")
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number < version:
            raise bad(f"{at}.version", f"must be a whole number below the fact's {version}")
        if not isinstance(rev.get("snapshot"), dict):
            raise bad(f"{at}.snapshot", f"must be a JSON object (fact {ident})")
        change = rev.get("change", "update")
        if not isinstance(change, str) or not change or len(change) > 16:
            raise bad(f"{at}.change", "must be text of at most 16 characters")
        clean.append(
            {
                "version": number,
                "snapshot": rev["snapshot"],
                "change": change,
                "changed_at": parse_datetime(rev, "changed_at", at) or utcnow(),
            }
        )
    if len({r["version"] for r in clean}) != len(clean):
        raise bad(f"{where}.revisions", f"two revisions share a version (fact {ident})")
    digests = obj.get("translation_digests") or {}
    if not isinstance(digests, dict) or not all(
        isinstance(v, str) and len(v) <= 16 and k in resolved.translations
        for k, v in digests.items()
    ):
        raise bad(
            f"{where}.translation_digests",
            f"must map a translation's language to its digest (fact {ident})",
        )
    return NewFact(
        ident,
        resolved,
        version,
        parse_datetime(obj, "created_at", where),
        parse_datetime(obj, "updated_at", where),
        clean,
        dict(digests),
    )


def _comparable(r: ResolvedFact) -> dict[str, Any]:
    out = {f.name: getattr(r, f.name) for f in fields(r)}
    for name in UNORDERED:
        out[name] = tuple(sorted(out[name]))
    return out


def _differences(base: FactRecord, theirs: ResolvedFact, ref: ReferenceIndex) -> list[str]:
    """The bundle's field names where ``theirs`` says something else than ``base``."""
    try:
        ours = _comparable(resolve(base.to_draft(), ref))
    except ValidationError:  # stored before a rule was added: not what any bundle says
        return ["statement"]
    other = _comparable(theirs)
    return list(dict.fromkeys(FIELD_NAMES.get(k, k) for k in ours if ours[k] != other[k]))


def _take_theirs(on_conflict: str, base: FactRecord, obj: dict[str, Any], where: str) -> bool:
    if on_conflict == "theirs":
        return True
    if on_conflict == "newer":
        when = parse_datetime(obj, "updated_at", where)
        return when is not None and when > base.updated_at
    return False


def _write_new(
    conn: Connection, new: list[NewFact], cancelled: Callable[[], bool] | None = None
) -> None:
    """Insert the new facts set-based, then give them back their own bookkeeping.

    Each step is one set-based statement, so Cancel is asked between them (a 10,000-fact
    bundle writes in well under a second; the steps are not cut into chunks, which would
    cost the set-based inserts their speed).
    """
    if not new:
        return
    # Each translation is stamped with the digest its bundle gave (others with their
    # original's) as it is inserted: an UPDATE a translation after was one round trip a
    # row on PostgreSQL.
    ids, names = bulk.insert_facts(
        conn, [(n.uuid, n.resolved) for n in new], [n.digests for n in new]
    )
    check_cancel(cancelled)
    now = utcnow()
    _update_many(
        conn,
        Fact.__table__,
        ("version", "created_at", "updated_at"),
        [
            (n.version, n.created_at or now, n.updated_at or now, k)
            for k, n in zip(ids, new, strict=True)
        ],
    )
    revisions = [
        {"fact_id": k, **rev} for k, n in zip(ids, new, strict=True) for rev in n.revisions
    ]
    if revisions:
        conn.execute(insert(FactRevision), revisions)
    # indexed from the rows in hand: a bundle into a large base adds only its own rows
    bulk.index_inserted(conn, ids, [n.resolved for n in new], names)
    check_cancel(cancelled)
    facets.apply(
        conn,
        [
            key
            for n in new
            for key in facets.keys_of(
                n.resolved.theme_ids, n.resolved.countries, n.resolved.marking,
                names.event_of(n.resolved),
            )
        ],
    )  # fmt: skip


def _update_many(
    conn: Connection, table: Any, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """``UPDATE table SET columns WHERE id = ?`` for many rows (values, then the id).

    On SQLite the rows go straight to the driver, each value through its column type's
    bind processor, as bulk.insert_rows does: SQLAlchemy's per-row parameter handling
    made this step of a 100,000-fact import cost more than the inserts.
    """
    if conn.dialect.name != "sqlite":
        # psycopg2's executemany is one round trip a row (17 s for 3,000 facts): one
        # UPDATE … FROM (VALUES …) per thousand rows instead
        names = ", ".join(columns)
        sets = ", ".join(f"{c} = v.{c}" for c in columns)
        for start in range(0, len(rows), 1000):
            chunk = rows[start : start + 1000]
            params: dict[str, Any] = {}
            tuples = []
            for i, row in enumerate(chunk):
                keys = [f"p{i}_{j}" for j in range(len(row))]
                params.update(zip(keys, row, strict=True))
                tuples.append("(" + ", ".join(f":{k}" for k in keys) + ")")
            conn.execute(
                text(
                    f"UPDATE {table.name} SET {sets} FROM (VALUES {', '.join(tuples)}) "
                    f"AS v({names}, id) WHERE {table.name}.id = v.id"
                ),
                params,
            )
        return
    processors = [table.c[c].type.bind_processor(conn.dialect) for c in columns]
    sql = f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"
    conn.exec_driver_sql(
        sql,
        [
            (*(p(v) if p else v for p, v in zip(processors, r[:-1], strict=True)), r[-1])
            for r in rows
        ],
    )
