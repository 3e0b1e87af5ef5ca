"""The reference reads a dossier needs, through SQLAlchemy Core: one event by name,
documents, sources and their stored texts, country notes, saved specs, quoted facts.

``EntityReader`` is mixed into ``Reader``, so ``Store`` has them too (one implementation
each). They used to be ORM sessions in ``entity_store``; an export (``briefing export``,
the GUI's export and preview children) reads nothing else, and importing the ORM, the
mapped classes and the PostgreSQL dialect for them cost ~0.26 s of every export. Nothing
here imports ``briefing.model``, ``sqlalchemy.orm`` or Alembic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, String, select

from briefing.errors import NotFoundError
from briefing.store import tables
from briefing.store.load import _aware as aware
from briefing.store.load import _key_params, _key_set

if TYPE_CHECKING:
    from briefing.store.entities import (
        CountryNoteRecord,
        DocumentRecord,
        EventRecord,
        SourceInfo,
    )
    from briefing.store.placing import FactPlace, FactSource
    from briefing.store.records import FactQuery


@dataclass(frozen=True)
class QuotedFact:
    """A live fact whose source's full text is stored: what ``facts check`` verifies."""

    uuid: str
    source: str
    quote: str | None
    locator: str | None


def event_key(conn: Connection, ref: str) -> int | None:
    """The key of the event ``ref`` names: its uuid, or its name in any language (case
    and accents ignored; the first event holding a name wins, as ``ReferenceIndex``
    resolves a draft's event)."""
    from briefing.store.search import fold  # its stemmers: only when an event is named

    if not ref:
        return None
    ev = tables.events.c
    keys: dict[str, int] = {}
    for key, uuid, name, names in conn.execute(select(ev.id, ev.uuid, ev.name, ev.names)):
        keys[uuid] = key
        keys.setdefault(fold(name), key)
        for other in (names or {}).values():
            keys.setdefault(fold(other), key)
    return keys.get(ref) or keys.get(fold(ref))


class EntityReader:
    """Core reads of the reference data a dossier prints (mixed into ``Reader``)."""

    engine: Engine

    def event(self, ref: str) -> EventRecord:
        """The event named ``ref`` (its name in any language, or its id); NotFoundError if none."""
        from briefing.store.reader import event_record

        ev = tables.events
        with self.engine.connect() as conn:
            key = event_key(conn, ref.strip())
            row = None if key is None else conn.execute(select(ev).where(ev.c.id == key)).first()
        if row is None:
            raise NotFoundError(f"no event {ref!r} (see 'briefing events')")
        return event_record(row)

    def documents(self) -> list[DocumentRecord]:
        """Outcome documents by date."""
        from briefing.store.entities import DocumentRecord

        doc, ev = tables.documents.c, tables.events.c
        with self.engine.connect() as conn:
            events = dict(conn.execute(select(ev.id, ev.name)).all())
            rows = conn.execute(
                select(
                    doc.id, doc.uuid, doc.title, doc.titles, doc.kind, doc.date, doc.event_id
                ).order_by(doc.date, doc.title)
            ).all()
        return [
            DocumentRecord(
                key,
                uuid,
                title,
                dict(titles or {}),
                kind or "",
                date,
                events.get(event_id) if event_id else None,
            )
            for key, uuid, title, titles, kind, date, event_id in rows
        ]

    def sources(self) -> list[SourceInfo]:
        """Sources by title (full texts are not loaded)."""
        from briefing.store.entities import SourceInfo

        src = tables.sources.c
        stmt = select(
            src.id, src.uuid, src.title, src.publisher, src.language, src.date, src.url,
            src.reliability,
        ).order_by(src.title)  # fmt: skip
        with self.engine.connect() as conn:
            return [SourceInfo(*row) for row in conn.execute(stmt)]

    def source_text(self, title: str) -> str | None:
        """The full text stored for a source, if any."""
        src = tables.sources.c
        with self.engine.connect() as conn:
            text: str | None = conn.scalar(select(src.full_text).where(src.title == title))
        return text

    def country_notes(self) -> list[CountryNoteRecord]:
        """Every country note, by country code."""
        from briefing.store.entities import CountryNoteRecord

        notes = tables.country_notes
        with self.engine.connect() as conn:
            rows = conn.execute(select(notes).order_by(notes.c.country_code)).all()
        return [
            CountryNoteRecord(
                n.country_code,
                dict(n.text or {}),
                n.marking_code,
                aware(n.updated_at) if n.updated_at else None,  # UTC on both backends
            )
            for n in rows
        ]

    # ------------------------------------------------------------------ saved specs

    def load_spec(self, name: str) -> dict[str, object]:
        """A saved spec by name."""
        specs = tables.dossier_specs.c
        with self.engine.connect() as conn:
            spec = conn.scalar(select(specs.spec).where(specs.name == name))
        if spec is None:
            raise NotFoundError(f"no saved dossier spec named {name!r}")
        return dict(spec)

    def specs(self) -> list[tuple[str, dt.datetime]]:
        """(name, last saved) of every saved spec, by name."""
        specs = tables.dossier_specs.c
        with self.engine.connect() as conn:
            return [
                (name, when)
                for name, when in conn.execute(
                    select(specs.name, specs.updated_at).order_by(specs.name)
                )
            ]

    # ------------------------------------------------------------------ quotes

    def quoted_facts(
        self, uuids: Collection[str] | None = None
    ) -> tuple[list[QuotedFact], dict[str, str]]:
        """Live facts with a stored source text, in order, and each such source's text.

        ``uuids`` narrows to those facts (ids of facts without a stored text, deleted or
        unknown are passed over); each text is read once however many facts quote it.
        """
        f, src = tables.facts.c, tables.sources.c
        stmt = (
            select(f.uuid, src.title, f.quote, f.locator)
            .join(tables.sources, src.id == f.source_id)
            .where(f.deleted_at.is_(None), src.full_text.is_not(None))
            .order_by(f.seq, f.id)
        )
        with self.engine.connect() as conn:
            if uuids is None:
                rows = list(conn.execute(stmt).all())
            else:
                # The ids as one parameter (a JSON array on SQLite, an array on PostgreSQL),
                # as ``load`` passes keys: an export checks every fact it printed, and
                # 10,000 ids as IN (?, ?, ...) lists cost ~60 ms of CPU to key, render and
                # parse, for a query that finds nothing when no source text is stored.
                dialect = conn.dialect.name
                wanted = list(dict.fromkeys(uuids))
                stmt = stmt.where(f.uuid.in_(_key_set(dialect, String)))
                rows = list(conn.execute(stmt, _key_params(dialect, wanted)).all())
            titles = {r[1] for r in rows}
            texts = dict(
                conn.execute(select(src.title, src.full_text).where(src.title.in_(titles))).all()
            )
        return [QuotedFact(*r) for r in rows], {k: v or "" for k, v in texts.items()}

    def fact_places(
        self, query: FactQuery, language: str, countries: bool = False
    ) -> dict[int, FactPlace]:
        """Key → what placing each fact ``query`` matches needs (``placing``), in a few
        queries: a dossier's placement and cover without its full records."""
        from briefing.store.placing import fact_places

        with self.engine.connect() as conn:
            return fact_places(conn, query, language, countries)

    def fact_sources(self, keys: Sequence[int]) -> dict[int, FactSource]:
        """Key → the source passage each fact of ``keys`` cites (``placing``): a whole
        dossier's annex without its full records."""
        from briefing.store.placing import fact_sources

        with self.engine.connect() as conn:
            return fact_sources(conn, keys)

    def keys_with_figures(self, query: FactQuery) -> set[int]:
        """Keys of the facts ``query`` matches that state figures."""
        from briefing.store.placing import keys_with_figures

        with self.engine.connect() as conn:
            return keys_with_figures(conn, query)
