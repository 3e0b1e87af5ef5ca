"""The review queue: facts proposed from an imported document, until accepted or rejected.

``queue`` stores the document as a source (title, publisher, date, language, full text)
and its candidates in one transaction. ``accept`` turns candidates into facts through the
same validation as every other fact (``validation.resolve``), the document as their source
— all the chosen candidates or none. Candidates cross the boundary as frozen
``CandidateRecord`` values; their ``data`` is the importer's JSON
(``briefing.ingest.extract.Candidate.to_json``), kept as it was written and edited.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from uuid import uuid4

from sqlalchemy import func, insert, select, update

from briefing.errors import FieldError, NotFoundError, UserFacingError, ValidationError
from briefing.model import Event, ImportCandidate, Source, new_uuid, utcnow
from briefing.store import bulk, facets, index
from briefing.store.records import FactDraft, FigureDraft
from briefing.store.reference import ReferenceIndex
from briefing.store.search import fold
from briefing.store.validation import resolve

if TYPE_CHECKING:
    from briefing.store.store import Store

STATUSES = ("pending", "accepted", "rejected")
_EDITABLE = frozenset(
    ("statement", "date", "countries", "people", "organisations", "themes", "figures", "quote")
)


@dataclass(frozen=True)
class QueuedDocument:
    """The document candidates come from, kept as their source."""

    title: str
    full_text: str
    language: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class CandidateRecord:
    """A queued candidate: its id, document, status and the candidate itself."""

    uuid: str
    source: str
    event: str | None
    seq: int
    status: str
    data: Mapping[str, Any]
    fact_uuid: str | None
    updated_at: dt.datetime

    @property
    def statement(self) -> str:
        """The statement as proposed or edited."""
        return str(self.data.get("statement") or "")


def _record(row: ImportCandidate, source: str, event: str | None) -> CandidateRecord:
    data = json.loads(json.dumps(row.data))  # a private copy: callers cannot reach the row
    return CandidateRecord(
        row.uuid,
        source,
        event,
        row.seq,
        row.status,
        MappingProxyType(data),
        row.fact_uuid,
        row.updated_at,
    )


def _paragraph(data: Mapping[str, Any]) -> object:
    locator = data.get("locator")
    return locator.get("paragraph") if isinstance(locator, Mapping) else locator


def _data(row: ImportCandidate) -> dict[str, Any]:
    return dict(row.data)


def _check_pending(rows: Sequence[ImportCandidate]) -> None:
    done = [r for r in rows if r.status != "pending"]
    if done:
        raise UserFacingError(f"candidate {done[0].uuid[:8]} is already {done[0].status}")


def draft_of(data: Mapping[str, Any], source: str, event: str | None, marking: str) -> FactDraft:
    """The fact a candidate becomes (validation happens when it is saved)."""
    locator = data.get("locator")
    return FactDraft(
        statement=str(data.get("statement") or ""),
        themes=list(data.get("themes") or []),
        countries=list(data.get("countries") or []),
        language=str(data.get("language") or "en"),
        date=data.get("date"),
        event=event,
        people=list(data.get("people") or []),
        organisations=list(data.get("organisations") or []),
        marking=marking,
        source_title=source,
        quote=data.get("quote"),
        locator=locator.get("text") if isinstance(locator, Mapping) else locator,
        figures=[
            FigureDraft(
                f.get("label") or "", f.get("value"), f.get("unit") or "", f.get("qualifier")
            )
            for f in data.get("figures") or []
            if isinstance(f, Mapping)
        ],
    )


class ReviewQueue:
    """The review queue of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def queue(
        self,
        document: QueuedDocument,
        candidates: Sequence[Mapping[str, Any]],
        event: str | None = None,
    ) -> list[CandidateRecord]:
        """Keep ``document`` as a source and queue its candidates (all or nothing).

        A source of the same title is reused when its stored text is the same document;
        one with another text is an error (two documents cannot share a title).
        """
        title = " ".join(document.title.split())
        errors = []
        if not title:
            errors.append(FieldError("source.title", "must not be empty"))
        elif len(title) > 400:
            errors.append(FieldError("source.title", "is longer than 400 characters"))
        if not document.full_text.strip():
            errors.append(FieldError("document", "holds no text"))
        if errors:
            raise ValidationError(errors)
        with self.store.session() as s:
            event_id = None
            if event:
                event_id = ReferenceIndex.load(s).event_id(event)
                if event_id is None:
                    raise NotFoundError(f"no event {event!r} (see 'briefing events')")
            # the same title for validation is the same once folded (case, accents), as
            # validation.resolve matches a fact's source title
            same = [
                key
                for key, other in s.execute(select(Source.id, Source.title))
                if fold(other) == fold(title)
            ]
            src = s.get(Source, same[0]) if same else None
            if src is not None and (src.full_text or "") != document.full_text:
                raise UserFacingError(
                    f"a source titled {title!r} already exists with another text; "
                    "give this document another title (--source-title)"
                )
            if src is None:
                src = Source(
                    title=title,
                    publisher=document.publisher,
                    language=document.language,
                    date=document.date,
                    url=document.url,
                    full_text=document.full_text,
                )
                s.add(src)
                s.flush()
            conn = s.connection()
            first = conn.scalar(select(func.coalesce(func.max(ImportCandidate.seq), 0))) or 0
            now = utcnow()
            rows = [
                {
                    # random, not time-ordered: a queue's ids differ in their first
                    # characters, so the short ids people type stay at eight
                    "uuid": str(uuid4()),
                    "source_id": src.id,
                    "event_id": event_id,
                    "seq": first + n,
                    "status": "pending",
                    "data": dict(c),
                    "created_at": now,
                    "updated_at": now,
                }
                for n, c in enumerate(candidates, 1)
            ]
            if rows:
                conn.execute(insert(ImportCandidate), rows)
            queued = [str(r["uuid"]) for r in rows]
        return self.candidates(uuids=queued)

    def candidates(
        self,
        status: str | None = None,
        source: str | None = None,
        uuids: Sequence[str] | None = None,
    ) -> list[CandidateRecord]:
        """Queued candidates in document order, filtered by status, source title or ids."""
        stmt = (
            select(ImportCandidate, Source.title, Event.name)
            .join(Source, Source.id == ImportCandidate.source_id)
            .outerjoin(Event, Event.id == ImportCandidate.event_id)
            .order_by(ImportCandidate.seq)
        )
        if status:
            stmt = stmt.where(ImportCandidate.status == status)
        if source:
            stmt = stmt.where(Source.title == source)
        if uuids is not None:
            stmt = stmt.where(ImportCandidate.uuid.in_(list(uuids)))
        with self.store.session() as s:
            return [_record(row, title, ev) for row, title, ev in s.execute(stmt).all()]

    def ids(self) -> list[str]:
        """Every candidate's id, sorted (to resolve and shorten prefixes)."""
        with self.store.session() as s:
            return list(s.scalars(select(ImportCandidate.uuid).order_by(ImportCandidate.uuid)))

    def edit(self, uuid: str, changes: Mapping[str, Any]) -> CandidateRecord:
        """Change a pending candidate's statement, quote, date or suggestions."""
        unknown = sorted(set(changes) - _EDITABLE)
        if unknown:
            raise ValidationError([FieldError(k, "cannot be edited") for k in unknown])
        with self.store.session() as s:
            row = s.scalar(select(ImportCandidate).where(ImportCandidate.uuid == uuid))
            if row is None:
                raise NotFoundError(f"no candidate with id {uuid}")
            if row.status != "pending":
                raise UserFacingError(f"candidate {uuid[:8]} is already {row.status}")
            row.data = {**row.data, **dict(changes)}
            row.updated_at = utcnow()
        return self.candidates(uuids=[uuid])[0]

    def merge(self, uuids: Sequence[str]) -> CandidateRecord:
        """Merge pending candidates of one paragraph into the first in document order.

        The quote becomes the document's text from the first one's start to the last
        one's end; statements are joined and suggestions pooled for the reviewer to trim;
        the others are rejected (``merged_into`` names the one they went into).
        """
        with self.store.session() as s:
            rows = list(
                s.scalars(select(ImportCandidate).where(ImportCandidate.uuid.in_(list(uuids))))
            )
            if len(rows) < 2 or len(rows) != len(set(uuids)):
                raise ValidationError([FieldError("candidates", "choose two or more to merge")])
            _check_pending(rows)
            if len({(r.source_id, _paragraph(r.data)) for r in rows}) != 1:
                raise ValidationError(
                    [FieldError("candidates", "only candidates of one paragraph can be merged")]
                )
            rows.sort(key=lambda r: int(_data(r).get("start") or 0))
            text = s.scalar(select(Source.full_text).where(Source.id == rows[0].source_id)) or ""
            start = int(_data(rows[0]).get("start") or 0)
            end = max(int(_data(r).get("end") or 0) for r in rows)
            merged: dict[str, Any] = dict(rows[0].data)
            merged.update(
                quote=text[start:end],
                start=start,
                end=end,
                statement=" ".join(str(r.data.get("statement") or "") for r in rows),
                duplicate_of=next(
                    (r.data["duplicate_of"] for r in rows if r.data.get("duplicate_of")), None
                ),
            )
            for name in ("countries", "people", "organisations", "themes"):
                merged[name] = list(
                    dict.fromkeys(v for r in rows for v in _data(r).get(name) or [])
                )
            for name in ("figures", "why"):
                merged[name] = [v for r in rows for v in _data(r).get(name) or []]
            now = utcnow()
            rows[0].data, rows[0].updated_at = merged, now
            for r in rows[1:]:
                r.status, r.updated_at = "rejected", now
                r.data = {**r.data, "merged_into": rows[0].uuid}
            first = rows[0].uuid
        return self.candidates(uuids=[first])[0]

    def split(self, uuid: str, at: int) -> tuple[CandidateRecord, CandidateRecord]:
        """Cut a pending candidate's quote at ``at`` (characters into it): two candidates,
        each quoting its part, with the same suggestions for the reviewer to trim."""
        with self.store.session() as s:
            row = s.scalar(select(ImportCandidate).where(ImportCandidate.uuid == uuid))
            if row is None:
                raise NotFoundError(f"no candidate with id {uuid}")
            _check_pending([row])
            quote = str(row.data.get("quote") or "")
            head, tail = quote[:at].rstrip(" ,;:"), quote[at:]
            skip = len(tail) - len(tail.lstrip(" ,;:"))
            tail = tail[skip:]
            if not head.strip() or not tail.strip():
                raise ValidationError([FieldError("split", "cut inside the quote, between words")])
            start = int(_data(row).get("start") or 0)
            first = {**row.data, "quote": head, "end": start + len(head), "statement": head}
            second = {
                **row.data,
                "quote": tail,
                "start": start + at + skip,
                "statement": tail[:1].upper() + tail[1:],
                "duplicate_of": None,
            }
            conn = s.connection()
            conn.execute(
                update(ImportCandidate)
                .where(ImportCandidate.seq > row.seq)
                .values(seq=ImportCandidate.seq + 1)
            )
            now = utcnow()
            row.data, row.updated_at = first, now
            new = ImportCandidate(
                uuid=str(uuid4()),
                source_id=row.source_id,
                event_id=row.event_id,
                seq=row.seq + 1,
                status="pending",
                data=second,
                created_at=now,
                updated_at=now,
            )
            s.add(new)
            ids = [row.uuid, new.uuid]
        a, b = self.candidates(uuids=ids)
        return a, b

    def reject(self, uuids: Sequence[str]) -> int:
        """Reject pending candidates; returns how many were rejected."""
        with self.store.session() as s:
            done = s.connection().execute(
                update(ImportCandidate)
                .where(ImportCandidate.uuid.in_(list(uuids)))
                .where(ImportCandidate.status == "pending")
                .values(status="rejected", updated_at=utcnow())
            )
            return int(done.rowcount)

    def accept(
        self,
        uuids: Sequence[str],
        marking: str = "UNCLASSIFIED",
        allow_duplicates: bool = False,
    ) -> list[str]:
        """Make facts of pending candidates, all or none; returns the new facts' ids.

        Every candidate is validated like any fact (a theme is required, countries must be
        known, figures must be numbers...); the first broken rule of each is reported with
        the candidate's position. A candidate flagged as restating an existing fact is
        refused unless ``allow_duplicates``.
        """
        records = {r.uuid: r for r in self.candidates(uuids=uuids)}
        errors: list[FieldError] = []
        for u in uuids:
            r = records.get(u)
            if r is None:
                errors.append(FieldError(f"candidate {u[:8]}", "does not exist"))
            elif r.status != "pending":
                errors.append(FieldError(f"candidate {u[:8]}", f"is already {r.status}"))
            elif r.data.get("duplicate_of") and not allow_duplicates:
                errors.append(
                    FieldError(
                        f"candidate {u[:8]}",
                        f"restates fact {str(r.data['duplicate_of'])[:8]}; edit or reject it "
                        "(or accept duplicates explicitly)",
                    )
                )
        if errors:
            raise ValidationError(errors)
        with self.store.session() as s:
            ref = ReferenceIndex.load(s)
            batch = []
            for n, u in enumerate(uuids):
                r = records[u]
                try:
                    resolved = resolve(draft_of(r.data, r.source, r.event, marking), ref)
                except ValidationError as exc:
                    raise ValidationError(
                        [
                            FieldError(f"candidate {u[:8]}: {e.field}", e.message)
                            for e in exc.errors
                        ],
                        record=n,
                    ) from exc
                batch.append((new_uuid(), resolved))
            conn = s.connection()
            ids, _ = bulk.insert_facts(conn, batch)
            index.reindex(conn, ids)
            for fact_id in ids:
                facets.apply(conn, facets.keys_of_fact(conn, fact_id))
            now = utcnow()
            for (fact_uuid, _), u in zip(batch, uuids, strict=True):
                conn.execute(
                    update(ImportCandidate)
                    .where(ImportCandidate.uuid == u)
                    .values(status="accepted", fact_uuid=fact_uuid, updated_at=now)
                )
        return [fact_uuid for fact_uuid, _ in batch]
