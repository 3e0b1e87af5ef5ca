"""The reference sections and country notes of a travelling bundle, read into the base,
and the records of a merge's report.

Part of ``briefing.store.merge`` (which runs these in its transaction): themes,
organisations, sources and documents the base lacks are created, matched by id then name;
country notes are planned like facts — added, identical, or a conflict settled by the
same rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from briefing.errors import FieldError, ValidationError
from briefing.model import (
    Country,
    CountryNote,
    Document,
    Organisation,
    OrganisationAlias,
    Source,
    Theme,
    new_uuid,
    utcnow,
)
from briefing.store.bundle import _date, _language_map, _text, entity_uuid
from briefing.store.reference import ReferenceIndex
from briefing.store.search import fold
from briefing.store.validation import is_language


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


def bad(where: str, message: str) -> ValidationError:
    """One broken rule at ``where`` (``people[2].kind``)."""
    return ValidationError([FieldError(where, message)])


def parse_datetime(obj: dict[str, Any], key: str, where: str) -> dt.datetime | None:
    """``obj[key]`` as an aware datetime (ISO 8601; UTC when no offset); None when absent."""
    value = obj.get(key)
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise bad(f"{where}.{key}", f"{value!r} is not a date and time (ISO 8601)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def add_themes(session: Session, items: Sequence[dict[str, Any]]) -> int:
    """Create the themes the base lacks (by slug); parents must come first or exist."""
    by_slug = {t.slug: t for t in session.scalars(select(Theme))}
    position = session.scalar(select(func.max(Theme.position))) or 0
    made = 0
    for i, obj in enumerate(items):
        where = f"themes[{i}]"
        slug = _text(obj, "slug", where, 80, required=True).lower()
        if not all(c.isalnum() or c == "-" for c in slug):
            raise bad(f"{where}.slug", "use lower-case letters, digits and '-'")
        name_en = _text(obj, "name_en", where, 200, required=True)
        parent = _text(obj, "parent", where, 80).lower()
        if parent and parent not in by_slug:
            raise bad(f"{where}.parent", f"unknown theme {parent!r} (parents come first)")
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
        raise bad(f"{where}.aliases", 'must be a list of {"text", "language"}')
    out = []
    for n, a in enumerate(aliases):
        if len(a["text"].strip()) > limit:
            raise bad(f"{where}.aliases[{n}].text", f"is longer than {limit} characters")
        if a["text"].strip():
            lang = a.get("language")
            out.append((a["text"].strip(), lang if isinstance(lang, str) else None))
    return out


def add_organisations(session: Session, items: Sequence[dict[str, Any]]) -> int:
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


def add_sources(session: Session, items: Sequence[dict[str, Any]]) -> int:
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
            raise bad(f"{where}.reliability", "use the Admiralty grades A (reliable) to F")
        language = _text(obj, "language", where, 8) or None
        if language and not is_language(language):
            raise bad(f"{where}.language", f"unknown language code {language!r}")
        full_text = obj.get("full_text")
        if full_text is not None and not isinstance(full_text, str):
            raise bad(f"{where}.full_text", "must be text")
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


def add_documents(session: Session, items: Sequence[dict[str, Any]]) -> int:
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
            raise bad(f"{where}.event", f"unknown event {event!r}")
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


# ---------------------------------------------------------------------- country notes


def plan_notes(
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
            raise bad(f"{where}.country", f"unknown country code {code!r}")
        marking = _text(obj, "marking", where, 40, required=True).upper()
        if marking not in ranks:
            raise bad(f"{where}.marking", f"unknown marking {marking!r}")
        if ceiling is not None and ranks[marking] > ceiling:
            raise bad(f"{where}.marking", f"{marking} is above the bundle's ceiling")
        text = _language_map(obj, "text", where, 20_000)
        when = parse_datetime(obj, "updated_at", where)
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


def write_notes(
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
