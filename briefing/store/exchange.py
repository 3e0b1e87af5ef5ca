"""The travelling bundle, format ``briefing-facts/3`` (docs/formats.md): writing one.

A bundle is the facts bundle (``briefing-facts/2``: facts, events, people) grown into a
self-contained copy of a slice of the base: each fact with its id, bookkeeping and
revisions, plus everything it references (themes with their ancestors, organisations,
events, people, sources with their full text, outcome documents) and the desk's notes on
its countries. It is read back by ``briefing.store.merge``.

The ceiling is the point of the format: nothing marked above it is written — not a fact,
not a country note, not an earlier revision of an exported fact that was once marked
higher. The header says which ceiling was applied and the highest marking included.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, select

from briefing.model import (
    CountryNote,
    Document,
    Event,
    FactRevision,
    FactTranslation,
    Marking,
    Organisation,
    OrganisationAlias,
    Source,
    Theme,
)
from briefing.store.entities import EventRecord, PersonRecord
from briefing.store.records import FactQuery, FactRecord

FORMAT = "briefing-facts/3"
# Keys of a fact object that say how it was kept, not what it says: two copies of a fact
# that differ only here are the same fact (merge compares without them).
BOOKKEEPING = ("version", "created_at", "updated_at", "revisions", "translation_digests")
DEFAULT_CEILING = "UNCLASSIFIED"


@dataclass(frozen=True)
class Scope:
    """Which facts a bundle holds: OR within a kind, AND across kinds, as in FactQuery.

    ``max_marking`` is never optional: a bundle is made to leave the machine.
    """

    max_marking: str = DEFAULT_CEILING
    themes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    events: tuple[str, ...] = ()

    def query(self) -> FactQuery:
        """The facts query of this scope (live facts only, in order of entry)."""
        return FactQuery(
            themes=self.themes,
            countries=self.countries,
            events=self.events,
            max_marking=self.max_marking,
            order="seq",
        )

    def to_json(self) -> dict[str, Any]:
        """The header's record of what was asked for."""
        return {
            "themes": list(self.themes),
            "countries": list(self.countries),
            "events": list(self.events),
        }


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _chunks(keys: list[int], size: int = 2000) -> Iterable[list[int]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]


def build_bundle(
    conn: Connection,
    records: list[FactRecord],
    scope: Scope,
    ranks: dict[str, int],
    reference: tuple[list[PersonRecord], list[EventRecord]],
    header: dict[str, str],
) -> dict[str, Any]:
    """The bundle object for ``records`` (already limited to the ceiling by the caller).

    ``reference`` holds every person and event of the base (the ones named are kept);
    ``header`` adds ``created`` and ``producer``.
    """
    ceiling = ranks[scope.max_marking]
    keys = [r.key for r in records]
    revisions, withheld = _revisions(conn, keys, ranks, ceiling)
    digests = _digests(conn, keys)
    facts = []
    for r in records:
        obj = r.to_json()
        if digests.get(r.key):
            obj["translation_digests"] = digests[r.key]
        obj["revisions"] = revisions.get(r.key, [])
        facts.append(obj)

    event_names = {r.event for r in records if r.event}
    doc_titles = {d for r in records for d in r.documents}
    doc_titles |= {r.speaker.ref for r in records if r.speaker and r.speaker.kind == "document"}
    documents = _documents(conn, doc_titles)
    event_names |= {d["event"] for d in documents if d["event"]}
    people_names = {p for r in records for p in r.people}
    people_names |= {r.speaker.ref for r in records if r.speaker and r.speaker.kind == "person"}
    countries = {c for r in records for c in r.countries} | set(scope.countries)
    notes = _country_notes(conn, countries, ranks, ceiling)
    included = [r.marking for r in records] + [n["marking"] for n in notes]
    people = [p for p in reference[0] if p.name in people_names]
    org_names = {o for r in records for o in r.organisations}
    org_names |= {p.organisation for p in people if p.organisation}
    return {
        "format": FORMAT,
        **header,
        "ceiling": scope.max_marking,
        "highest_marking": max(included, key=lambda m: ranks[m]) if included else None,
        "scope": scope.to_json(),
        "revisions_withheld": withheld,
        "themes": _themes(conn, {t for r in records for t in r.themes}),
        "organisations": _organisations(conn, org_names),
        "events": [{"id": e.uuid, **e.to_json()} for e in reference[1] if e.name in event_names],
        "people": [{"id": p.uuid, **p.to_json()} for p in people],
        "sources": _sources(conn, {r.source.title for r in records if r.source.title}),
        "documents": documents,
        "facts": facts,
        "country_notes": notes,
    }


def _revisions(
    conn: Connection, keys: list[int], ranks: dict[str, int], ceiling: int
) -> tuple[dict[int, list[dict[str, Any]]], int]:
    """Earlier states per fact key, oldest first; those marked above ``ceiling`` are
    withheld (returned: how many)."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    withheld = 0
    ids: Any = bindparam("ids", expanding=True)
    stmt = (
        select(
            FactRevision.fact_id,
            FactRevision.version,
            FactRevision.changed_at,
            FactRevision.change,
            FactRevision.snapshot,
        )
        .where(FactRevision.fact_id.in_(ids))
        .order_by(FactRevision.fact_id, FactRevision.version)
    )
    for chunk in _chunks(keys):
        for fid, version, when, change, snapshot in conn.execute(stmt, {"ids": chunk}):
            marking = snapshot.get("marking") if isinstance(snapshot, dict) else None
            if ranks.get(str(marking), ceiling + 1) > ceiling:
                withheld += 1  # unknown markings count as above: never guess downwards
                continue
            if when is not None and when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
            out[fid].append(
                {"version": version, "changed_at": _iso(when), "change": change,
                 "snapshot": snapshot}
            )  # fmt: skip
    return out, withheld


def _digests(conn: Connection, keys: list[int]) -> dict[int, dict[str, str]]:
    """Which wording of the original each translation was made from (migration 0007)."""
    out: dict[int, dict[str, str]] = defaultdict(dict)
    ids: Any = bindparam("ids", expanding=True)
    stmt = select(
        FactTranslation.fact_id, FactTranslation.language, FactTranslation.source_digest
    ).where(FactTranslation.fact_id.in_(ids), FactTranslation.source_digest.is_not(None))
    for chunk in _chunks(keys):
        for fid, lang, digest in conn.execute(stmt, {"ids": chunk}):
            out[fid][lang] = str(digest)
    return out


def _themes(conn: Connection, slugs: set[str]) -> list[dict[str, Any]]:
    """The themes named, with their ancestors, parents before children."""
    rows = {t.id: t for t in conn.execute(select(Theme)).all()}
    by_slug = {t.slug: t for t in rows.values()}
    wanted: set[int] = set()
    for slug in slugs:
        node = by_slug.get(slug)
        while node is not None and node.id not in wanted:
            wanted.add(node.id)
            node = rows.get(node.parent_id) if node.parent_id is not None else None

    def depth(t: Any) -> int:
        return 0 if t.parent_id is None else 1 + depth(rows[t.parent_id])

    chosen = sorted((rows[i] for i in wanted), key=lambda t: (depth(t), t.position, t.slug))
    return [
        {
            "slug": t.slug,
            "name_en": t.name_en,
            "name_fr": t.name_fr or "",
            "name_ru": t.name_ru or "",
            "parent": rows[t.parent_id].slug if t.parent_id is not None else None,
        }
        for t in chosen
    ]


def _sources(conn: Connection, titles: set[str]) -> list[dict[str, Any]]:
    """The sources named, each with its full text."""
    out = []
    for chunk in _text_chunks(titles):
        for s in conn.execute(select(Source).where(Source.title.in_(chunk)).order_by(Source.id)):
            out.append(
                {
                    "id": s.uuid,
                    "title": s.title,
                    "publisher": s.publisher,
                    "language": s.language,
                    "date": _iso(s.date),
                    "url": s.url,
                    "reliability": s.reliability,
                    "full_text": s.full_text,
                }
            )
    return out


def _documents(conn: Connection, titles: set[str]) -> list[dict[str, Any]]:
    """The outcome documents named, with the event each belongs to."""
    events = dict(conn.execute(select(Event.id, Event.name)).all())
    out = []
    for chunk in _text_chunks(titles):
        stmt = select(Document).where(Document.title.in_(chunk)).order_by(Document.id)
        for d in conn.execute(stmt):
            out.append(
                {
                    "id": d.uuid,
                    "title": d.title,
                    "titles": dict(d.titles or {}),
                    "kind": d.kind or "",
                    "date": _iso(d.date),
                    "event": events.get(d.event_id) if d.event_id else None,
                }
            )
    return out


def _organisations(conn: Connection, names: set[str]) -> list[dict[str, Any]]:
    """The organisations named (by facts or by people), with their aliases."""
    out = []
    for chunk in _text_chunks(names):
        for o in conn.execute(
            select(Organisation.id, Organisation.uuid, Organisation.name)
            .where(Organisation.name.in_(chunk))
            .order_by(Organisation.id)
        ):
            aliases = conn.execute(
                select(OrganisationAlias.text, OrganisationAlias.language)
                .where(OrganisationAlias.organisation_id == o.id)
                .order_by(OrganisationAlias.id)
            ).all()
            out.append(
                {
                    "id": o.uuid,
                    "name": o.name,
                    "aliases": [{"text": t, "language": lang} for t, lang in aliases],
                }
            )
    return out


def _country_notes(
    conn: Connection, codes: set[str], ranks: dict[str, int], ceiling: int
) -> list[dict[str, Any]]:
    """The desk's notes on ``codes``, those marked above the ceiling left out."""
    out = []
    for chunk in _text_chunks(codes):
        stmt = select(CountryNote).where(CountryNote.country_code.in_(chunk))
        for n in conn.execute(stmt.order_by(CountryNote.country_code)):
            if ranks.get(n.marking_code, ceiling + 1) > ceiling:
                continue
            when = n.updated_at
            if when is not None and when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
            out.append(
                {
                    "country": n.country_code,
                    "text": dict(n.text or {}),
                    "marking": n.marking_code,
                    "updated_at": _iso(when),
                }
            )
    return out


def _text_chunks(values: set[str], size: int = 500) -> Iterable[list[str]]:
    ordered = sorted(v for v in values if v)
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def marking_ranks(conn: Connection) -> dict[str, int]:
    """Each marking code's rank."""
    return {str(code): int(rank) for code, rank in conn.execute(select(Marking.code, Marking.rank))}
