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

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from briefing.errors import ConflictError, FieldError, ValidationError
from briefing.model import (
    Country,
    CountryNote,
    Document,
    Fact,
    FactRevision,
    FactTranslation,
    Organisation,
    OrganisationAlias,
    Source,
    Theme,
    new_uuid,
    utcnow,
)
from briefing.store import bulk, facets, index
from briefing.store.bundle import (
    BUNDLE_FORMAT,
    _date,
    _language_map,
    _text,
    add_events,
    add_people,
    entity_uuid,
)
from briefing.store.exchange import FORMAT, marking_ranks
from briefing.store.load import load_records
from briefing.store.records import FactDraft, FactRecord
from briefing.store.reference import ReferenceIndex
from briefing.store.search import fold
from briefing.store.validation import ResolvedFact, is_language, resolve
from briefing.store.writes import write_over

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


@dataclass(frozen=True)
class Conflict:
    """A record both sides hold, changed differently: what differs and which side stayed."""

    kind: str  # "fact" or "country note"
    ident: str  # the fact's id or the note's country code
    fields: tuple[str, ...]
    ours: dict[str, Any]
    theirs: dict[str, Any]
    taken: str  # "ours" or "theirs"

    def to_json(self) -> dict[str, Any]:
        """The report's form: both versions of every field that differs."""
        return {
            "kind": self.kind,
            "id": self.ident,
            "fields": list(self.fields),
            "ours": self.ours,
            "theirs": self.theirs,
            "taken": self.taken,
        }


@dataclass
class MergeReport:
    """What a merge did (or, in a dry run, would do)."""

    added: list[str] = field(default_factory=list)
    identical: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    created: dict[str, int] = field(default_factory=dict)

    @property
    def replaced(self) -> list[str]:
        """Ids of the records where the bundle's version was saved over the base's."""
        return [c.ident for c in self.conflicts if c.taken == "theirs"]

    def to_json(self) -> dict[str, Any]:
        """The report as ``bundle import --format json`` prints it."""
        return {
            "added": self.added,
            "identical": self.identical,
            "conflicts": [c.to_json() for c in self.conflicts],
            "created": self.created,
        }


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


def _bad(where: str, message: str) -> ValidationError:
    return ValidationError([FieldError(where, message)])


def _datetime(obj: dict[str, Any], key: str, where: str) -> dt.datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise _bad(f"{where}.{key}", f"{value!r} is not a date and time (ISO 8601)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _objects(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise _bad(key, "must be a list")
    for i, obj in enumerate(items):
        if not isinstance(obj, dict):
            raise _bad(f"{key}[{i}]", "must be a JSON object")
    return items


def read_header(data: object, ranks: dict[str, int]) -> tuple[dict[str, Any], int | None]:
    """The bundle object and its ceiling's rank (None for a ``/2`` bundle, which has none)."""
    if not isinstance(data, dict):
        raise _bad("bundle", "expected a JSON object")
    fmt = data.get("format")
    if fmt not in (FORMAT, BUNDLE_FORMAT):
        raise _bad("format", f"expected {FORMAT!r} (or {BUNDLE_FORMAT!r}), not {fmt!r}")
    if "facts" not in data:
        raise _bad("facts", "must be a list (the bundle has none)")
    if fmt == BUNDLE_FORMAT:
        return data, None
    ceiling = data.get("ceiling")
    if not isinstance(ceiling, str) or ceiling.upper() not in ranks:
        raise _bad("ceiling", f"must be one of {', '.join(ranks)}")
    return data, ranks[ceiling.upper()]


def merge_bundle(
    session: Session,
    data: object,
    on_conflict: str = "keep",
    progress: Callable[[int, int], None] | None = None,
) -> MergeReport:
    """Merge ``data`` into the base in ``session``'s transaction (see the module's text)."""
    if on_conflict not in ON_CONFLICT:
        raise _bad("on_conflict", f"must be one of {', '.join(ON_CONFLICT)}")
    conn = session.connection()
    ranks = marking_ranks(conn)
    bundle, ceiling = read_header(data, ranks)
    sections = {key: _objects(bundle, key) for key in SECTIONS}
    report = MergeReport()
    bulk.lock_for_write(conn)  # compare and write against one state of the base
    report.created["themes"] = _add_themes(session, sections["themes"])
    report.created["organisations"] = _add_organisations(session, sections["organisations"])
    report.created["events"] = add_events(session, sections["events"])
    report.created["people"] = add_people(session, sections["people"])
    report.created["sources"] = _add_sources(session, sections["sources"])
    report.created["documents"] = _add_documents(session, sections["documents"])
    session.flush()
    plan = _plan_facts(conn, sections["facts"], ranks, ceiling, on_conflict, report, progress)
    notes = _plan_notes(conn, sections["country_notes"], ranks, ceiling, on_conflict, report)
    if on_conflict == "stop" and report.conflicts:
        raise BundleConflictError(report)
    _write_new(conn, plan.new)
    for before, resolved in plan.overwrite:
        conn.execute(update(Fact).where(Fact.id == before.key).values(version=Fact.version + 1))
        write_over(conn, before, resolved, change="import")
    report.created["country_notes"] = _write_notes(session, notes)
    return report


# ---------------------------------------------------------------------- reference sections


def _add_themes(session: Session, items: Sequence[dict[str, Any]]) -> int:
    """Create the themes the base lacks (by slug); parents must come first or exist."""
    by_slug = {t.slug: t for t in session.scalars(select(Theme))}
    position = session.scalar(select(func.max(Theme.position))) or 0
    made = 0
    for i, obj in enumerate(items):
        where = f"themes[{i}]"
        slug = _text(obj, "slug", where, 80, required=True).lower()
        if not all(c.isalnum() or c == "-" for c in slug):
            raise _bad(f"{where}.slug", "use lower-case letters, digits and '-'")
        name_en = _text(obj, "name_en", where, 200, required=True)
        parent = _text(obj, "parent", where, 80).lower()
        if parent and parent not in by_slug:
            raise _bad(f"{where}.parent", f"unknown theme {parent!r} (parents come first)")
        if slug in by_slug:
            continue
        position += 1
        theme = Theme(
            slug=slug,
            name_en=name_en,
            name_fr=_text(obj, "name_fr", where, 200),
            name_ru=_text(obj, "name_ru", where, 200),
            parent=by_slug[parent] if parent else None,
            position=position,
        )
        session.add(theme)
        by_slug[slug] = theme
        made += 1
    session.flush()
    return made


def _aliases(obj: dict[str, Any], where: str, limit: int) -> list[tuple[str, str | None]]:
    aliases = obj.get("aliases") or []
    if not isinstance(aliases, list) or not all(
        isinstance(a, dict) and isinstance(a.get("text"), str) for a in aliases
    ):
        raise _bad(f"{where}.aliases", 'must be a list of {"text", "language"}')
    out = []
    for n, a in enumerate(aliases):
        if len(a["text"].strip()) > limit:
            raise _bad(f"{where}.aliases[{n}].text", f"is longer than {limit} characters")
        if a["text"].strip():
            lang = a.get("language")
            out.append((a["text"].strip(), lang if isinstance(lang, str) else None))
    return out


def _add_organisations(session: Session, items: Sequence[dict[str, Any]]) -> int:
    """Create the organisations the base lacks (by id or name)."""
    names = {fold(n) for n in session.scalars(select(Organisation.name))}
    uuids = set(session.scalars(select(Organisation.uuid)))
    made = 0
    for i, obj in enumerate(items):
        where = f"organisations[{i}]"
        name = _text(obj, "name", where, 300, required=True)
        ident = entity_uuid(obj, where)
        aliases = _aliases(obj, where, 300)
        if fold(name) in names or ident in uuids:
            continue
        session.add(
            Organisation(
                uuid=ident or new_uuid(),
                name=name,
                aliases=[OrganisationAlias(text=t, language=lang) for t, lang in aliases],
            )
        )
        names.add(fold(name))
        made += 1
    session.flush()
    return made


def _add_sources(session: Session, items: Sequence[dict[str, Any]]) -> int:
    """Create the sources the base lacks (by id or title); a known source without a full
    text receives the bundle's."""
    known = {fold(s.title): s for s in session.scalars(select(Source))}
    by_uuid = {s.uuid: s for s in known.values()}
    made = 0
    for i, obj in enumerate(items):
        where = f"sources[{i}]"
        title = _text(obj, "title", where, 400, required=True)
        ident = entity_uuid(obj, where)
        reliability = _text(obj, "reliability", where, 1).upper() or None
        if reliability and reliability not in "ABCDEF":
            raise _bad(f"{where}.reliability", "use the Admiralty grades A (reliable) to F")
        language = _text(obj, "language", where, 8) or None
        if language and not is_language(language):
            raise _bad(f"{where}.language", f"unknown language code {language!r}")
        full_text = obj.get("full_text")
        if full_text is not None and not isinstance(full_text, str):
            raise _bad(f"{where}.full_text", "must be text")
        existing = by_uuid.get(ident or "") or known.get(fold(title))
        if existing is not None:
            if full_text and not existing.full_text:
                existing.full_text = full_text
            continue
        source = Source(
            uuid=ident or new_uuid(),
            title=title,
            publisher=_text(obj, "publisher", where, 200) or None,
            language=language,
            date=_date(obj, "date", where),
            url=_text(obj, "url", where, 1000) or None,
            reliability=reliability,
            full_text=full_text,
        )
        session.add(source)
        known[fold(title)] = source
        made += 1
    session.flush()
    return made


def _add_documents(session: Session, items: Sequence[dict[str, Any]]) -> int:
    """Create the outcome documents the base lacks (by id or title)."""
    ref = ReferenceIndex.load(session)
    uuids = set(session.scalars(select(Document.uuid)))
    made = 0
    for i, obj in enumerate(items):
        where = f"documents[{i}]"
        title = _text(obj, "title", where, 400, required=True)
        ident = entity_uuid(obj, where)
        event = _text(obj, "event", where, 300)
        event_id = ref.event_id(event) if event else None
        if event and event_id is None:
            raise _bad(f"{where}.event", f"unknown event {event!r}")
        document = Document(
            uuid=ident or new_uuid(),
            title=title,
            titles=_language_map(obj, "titles", where, 400),
            kind=_text(obj, "kind", where, 40),
            date=_date(obj, "date", where),
            event_id=event_id,
        )
        if fold(title) in ref.documents or ident in uuids:
            continue
        session.add(document)
        session.flush()
        ref.documents[fold(title)] = document.id
        made += 1
    return made


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
            raise _bad(f"{where}.id", f"{ident} appears twice in this bundle")
        seen.add(ident)
        try:
            resolved = resolve(FactDraft.from_json(obj), ref)
        except ValidationError as exc:
            raise _record_error(exc, where, ident) from None
        if ceiling is not None and ranks[resolved.marking] > ceiling:
            raise _bad(
                f"{where}.marking",
                f"{resolved.marking} is above the bundle's ceiling (fact {ident})",
            )
        if ident in existing:
            present.append((i, ident, obj, resolved))
        else:
            plan.new.append(_new_fact(obj, where, ident, resolved))
        if progress and i % 1000 == 0:
            progress(i, len(items))
    for start in range(0, len(present), 2000):
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
        raise _bad(f"{where}.id", f"{value!r} is not a UUID") from None


def _new_fact(obj: dict[str, Any], where: str, ident: str, resolved: ResolvedFact) -> NewFact:
    version = obj.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _bad(f"{where}.version", f"must be a whole number from 1 (fact {ident})")
    revisions = obj.get("revisions") or []
    if not isinstance(revisions, list):
        raise _bad(f"{where}.revisions", f"must be a list (fact {ident})")
    clean = []
    for n, rev in enumerate(revisions):
        at = f"{where}.revisions[{n}]"
        if not isinstance(rev, dict):
            raise _bad(at, f"must be a JSON object (fact {ident})")
        number = rev.get("version")
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number < version:
            raise _bad(f"{at}.version", f"must be a whole number below the fact's {version}")
        if not isinstance(rev.get("snapshot"), dict):
            raise _bad(f"{at}.snapshot", f"must be a JSON object (fact {ident})")
        change = rev.get("change", "update")
        if not isinstance(change, str) or not change or len(change) > 16:
            raise _bad(f"{at}.change", "must be text of at most 16 characters")
        clean.append(
            {
                "version": number,
                "snapshot": rev["snapshot"],
                "change": change,
                "changed_at": _datetime(rev, "changed_at", at) or utcnow(),
            }
        )
    if len({r["version"] for r in clean}) != len(clean):
        raise _bad(f"{where}.revisions", f"two revisions share a version (fact {ident})")
    digests = obj.get("translation_digests") or {}
    if not isinstance(digests, dict) or not all(
        isinstance(v, str) and len(v) <= 16 and k in resolved.translations
        for k, v in digests.items()
    ):
        raise _bad(
            f"{where}.translation_digests",
            f"must map a translation's language to its digest (fact {ident})",
        )
    return NewFact(
        ident,
        resolved,
        version,
        _datetime(obj, "created_at", where),
        _datetime(obj, "updated_at", where),
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
    ours = _comparable(resolve(base.to_draft(), ref))
    other = _comparable(theirs)
    return list(dict.fromkeys(FIELD_NAMES.get(k, k) for k in ours if ours[k] != other[k]))


def _take_theirs(on_conflict: str, base: FactRecord, obj: dict[str, Any], where: str) -> bool:
    if on_conflict == "theirs":
        return True
    if on_conflict == "newer":
        when = _datetime(obj, "updated_at", where)
        return when is not None and when > base.updated_at
    return False


def _write_new(conn: Connection, new: list[NewFact]) -> None:
    """Insert the new facts set-based, then give them back their own bookkeeping."""
    if not new:
        return
    ids, names = bulk.insert_facts(conn, [(n.uuid, n.resolved) for n in new])
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
    digests = [
        {"key": k, "lang": lang, "d": digest}
        for k, n in zip(ids, new, strict=True)
        for lang, digest in n.digests.items()
    ]
    if digests:
        conn.execute(
            update(FactTranslation)
            .where(
                FactTranslation.fact_id == bindparam("key"),
                FactTranslation.language == bindparam("lang"),
            )
            .values(source_digest=bindparam("d")),
            digests,
        )
    if len(ids) >= bulk.REBUILD_THRESHOLD:
        index.rebuild(conn)
    else:
        index.reindex(conn, ids)
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
        stmt = (
            update(table)
            .where(table.c.id == bindparam("key"))
            .values({c: bindparam(f"v_{c}") for c in columns})
        )
        conn.execute(
            stmt,
            [
                {"key": r[-1], **{f"v_{c}": v for c, v in zip(columns, r[:-1], strict=True)}}
                for r in rows
            ],
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


# ---------------------------------------------------------------------- country notes


def _plan_notes(
    conn: Connection,
    items: Sequence[dict[str, Any]],
    ranks: dict[str, int],
    ceiling: int | None,
    on_conflict: str,
    report: MergeReport,
) -> list[tuple[str, dict[str, str], str, dt.datetime | None]]:
    """The notes to write (country, text, marking, updated_at); conflicts go to ``report``."""
    countries = set(conn.scalars(select(Country.code)))
    base = {
        n.country_code: n
        for n in conn.execute(
            select(CountryNote.country_code, CountryNote.text, CountryNote.marking_code,
                   CountryNote.updated_at)
        )
    }  # fmt: skip
    out = []
    for i, obj in enumerate(items):
        where = f"country_notes[{i}]"
        code = _text(obj, "country", where, 2, required=True).upper()
        if code not in countries:
            raise _bad(f"{where}.country", f"unknown country code {code!r}")
        marking = _text(obj, "marking", where, 40, required=True).upper()
        if marking not in ranks:
            raise _bad(f"{where}.marking", f"unknown marking {marking!r}")
        if ceiling is not None and ranks[marking] > ceiling:
            raise _bad(f"{where}.marking", f"{marking} is above the bundle's ceiling")
        text = _language_map(obj, "text", where, 20_000)
        when = _datetime(obj, "updated_at", where)
        mine = base.get(code)
        if mine is None:
            out.append((code, text, marking, when))
            continue
        differ = [
            f
            for f, a, b in (("text", dict(mine.text or {}), text),
                            ("marking", mine.marking_code, marking))
            if a != b
        ]  # fmt: skip
        if not differ:
            continue
        ours_at = mine.updated_at
        if ours_at is not None and ours_at.tzinfo is None:
            ours_at = ours_at.replace(tzinfo=dt.UTC)
        take = on_conflict == "theirs" or (
            on_conflict == "newer" and when is not None and (ours_at is None or when > ours_at)
        )
        report.conflicts.append(
            Conflict(
                "country note",
                code,
                tuple(differ),
                {"text": dict(mine.text or {}), "marking": mine.marking_code},
                {"text": text, "marking": marking},
                "theirs" if take else "ours",
            )
        )
        if take:
            out.append((code, text, marking, when))
    return out


def _write_notes(
    session: Session, notes: list[tuple[str, dict[str, str], str, dt.datetime | None]]
) -> int:
    made = 0
    for code, text, marking, when in notes:
        note = session.get(CountryNote, code)
        if note is None:
            note = CountryNote(country_code=code)
            session.add(note)
            made += 1
        note.text, note.marking_code, note.updated_at = text, marking, when or utcnow()
    session.flush()
    return made
