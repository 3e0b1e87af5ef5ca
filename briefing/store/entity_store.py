"""Reference data, entities and saved specs: the half of the Store that is not facts.

``EntityStore`` is mixed into ``Store``; every method is one unit of work in its own
session and returns frozen records from ``briefing.store.entities``, never ORM objects.
The reads an export needs (an event, documents, sources, country notes, saved specs) are
Core, in ``entity_reader`` (a ``Reader`` has them too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from briefing.errors import FieldError, NotFoundError, ValidationError
from briefing.model import (
    AppState,
    Country,
    CountryNote,
    Document,
    Event,
    Fact,
    Marking,
    Organisation,
    OrganisationAlias,
    Person,
    PersonAlias,
    SavedSpec,
    Source,
    Theme,
    fact_people,
    utcnow,
)
from briefing.store import index
from briefing.store.entities import (
    EVENT_KINDS,
    PERSON_KINDS,
    AliasRecord,
    OrganisationRecord,
    PersonRecord,
)
from briefing.store.reader import people_records
from briefing.store.reference import ReferenceIndex
from briefing.store.search import fold
from briefing.store.validation import is_language

MAX_NAME = 200
MAX_BIO = 4_000
MAX_NOTE = 20_000


def _clean_map(values: Mapping[str, str] | None, field: str, limit: int) -> dict[str, str]:
    """A {language: text} map stripped of empty entries; bad codes or lengths raise."""
    out: dict[str, str] = {}
    errors: list[FieldError] = []
    for lang, text in (values or {}).items():
        code = str(lang).strip().lower()
        value = text.strip() if isinstance(text, str) else ""
        if not is_language(code):
            errors.append(FieldError.of(f"{field}.{lang}", "language_code_unknown", code=lang))
        elif len(value) > limit:
            errors.append(FieldError.of(f"{field}.{lang}", "too_long", limit=limit))
        elif value:
            out[code] = value
    if errors:
        raise ValidationError(errors)
    return out


class EntityStore:
    """Reads and writes of everything but facts (mixed into ``Store``)."""

    def session(self) -> AbstractContextManager[Session]:  # pragma: no cover - Store's
        """One unit of work (provided by Store)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ reference data

    def organisations(self) -> list[OrganisationRecord]:
        """Every organisation, by name, with aliases."""
        with self.session() as s:
            rows = s.scalars(
                select(Organisation)
                .options(selectinload(Organisation.aliases))
                .order_by(Organisation.name)
            )
            return [
                OrganisationRecord(
                    o.id, o.uuid, o.name, tuple(AliasRecord(a.text, a.language) for a in o.aliases)
                )
                for o in rows
            ]

    def participants(self, event: str | None = None) -> list[PersonRecord]:
        """People linked to the event's live facts (or to any live fact), by name.

        Distinct person ids first, then the rows: PostgreSQL cannot compare the JSON
        columns a SELECT DISTINCT over whole person rows would need.
        """
        with self.session() as s:
            ids = (
                select(fact_people.c.person_id)
                .join(Fact, Fact.id == fact_people.c.fact_id)
                .where(Fact.deleted_at.is_(None))
            )
            if event:
                ids = ids.where(Fact.event_id == ReferenceIndex.load(s).event_id(event))
            return people_records(s.connection(), Person.id.in_(ids.distinct()))

    # ------------------------------------------------------------------ entity writes

    def save_person(
        self,
        name: str,
        role: str = "",
        country: str | None = None,
        aliases: Sequence[tuple[str, str | None]] = (),
        person_id: int | None = None,
        roles: dict[str, str] | None = None,
        *,
        names: dict[str, str] | None = None,
        bios: dict[str, str] | None = None,
        kind: str | None = None,
        organisation: str | None = None,
    ) -> int:
        """Create or update a person (aliases replaced); facts linked are reindexed.

        Renaming keeps the former name among the aliases (see ``_keeping_former_name``).

        ``roles`` holds the role in other languages ({"fr": "Président du Tadjikistan"}),
        ``names`` how each language writes the name, ``bios`` a short Markdown biography
        per language. Arguments left as None keep what an existing person has.
        """
        name = name.strip()
        errors: list[FieldError] = []
        if len(name) > MAX_NAME:
            errors.append(FieldError.of("name", "too_long", limit=MAX_NAME))
        if kind is not None and kind not in PERSON_KINDS:
            errors.append(FieldError.of("kind", "one_of", choices=", ".join(PERSON_KINDS)))
        if errors:
            raise ValidationError(errors)
        clean_names = _clean_map(names, "names", MAX_NAME) if names is not None else None
        clean_bios = _clean_map(bios, "bio", MAX_BIO) if bios is not None else None
        with self.session() as s:
            check_name_and_country(s, name, country)
            person = s.get(Person, person_id) if person_id else Person()
            if person is None:
                raise NotFoundError(f"no person {person_id}")
            aliases = _keeping_former_name(person.name, name, aliases)
            person.name, person.role = name, role.strip()
            if roles is not None or person.role_translations is None:
                person.role_translations = {k: v.strip() for k, v in (roles or {}).items() if v}
            if clean_names is not None or person.names is None:
                person.names = clean_names or {}
            if clean_bios is not None or person.bios is None:
                person.bios = clean_bios or {}
            if kind is not None or person.kind is None:
                person.kind = kind or "other"
            if organisation is not None:
                person.organisation_id = (
                    ReferenceIndex.load(s).organisations.get(fold(organisation))
                    if organisation.strip()
                    else None
                )
                if organisation.strip() and person.organisation_id is None:
                    raise ValidationError(
                        [FieldError("organisation", f"unknown organisation {organisation!r}")]
                    )
            person.country_code = country.upper() if country else None
            person.aliases = [
                PersonAlias(text=t.strip(), language=lang) for t, lang in aliases if t.strip()
            ]
            s.add(person)
            _reindex_linked(s, "person", person.id)
            return person.id

    def save_organisation(
        self,
        name: str,
        aliases: Sequence[tuple[str, str | None]] = (),
        organisation_id: int | None = None,
    ) -> int:
        """Create or update an organisation (aliases replaced; a former name is kept as one)."""
        name = name.strip()
        raise_if([FieldError.of("name", "required")] if not name else [])
        with self.session() as s:
            org = s.get(Organisation, organisation_id) if organisation_id else Organisation()
            if org is None:
                raise NotFoundError(f"no organisation {organisation_id}")
            aliases = _keeping_former_name(org.name, name, aliases)
            org.name = name
            org.aliases = [
                OrganisationAlias(text=t.strip(), language=lang) for t, lang in aliases if t.strip()
            ]
            s.add(org)
            _reindex_linked(s, "org", org.id)
            return org.id

    def save_theme(
        self,
        slug: str,
        name_en: str,
        name_fr: str = "",
        name_ru: str = "",
        parent: str | None = None,
    ) -> int:
        """Create or rename a theme (by slug)."""
        slug = slug.strip().lower()
        errors = []
        if not slug or not all(c.isalnum() or c == "-" for c in slug):
            errors.append(FieldError.of("slug", "slug_format"))
        if not name_en.strip():
            errors.append(FieldError.of("name_en", "required"))
        with self.session() as s:
            parent_theme = None
            if parent:
                parent_theme = s.scalar(select(Theme).where(Theme.slug == parent))
                if parent_theme is None:
                    errors.append(FieldError.of("parent", "theme_unknown", theme=parent))
                elif parent_theme.slug == slug:
                    errors.append(FieldError.of("parent", "theme_own_parent"))
            raise_if(errors)
            theme = s.scalar(select(Theme).where(Theme.slug == slug))
            if theme is None:
                theme = Theme(
                    slug=slug, position=(s.scalar(select(func.max(Theme.position))) or 0) + 1
                )
            theme.name_en, theme.name_fr, theme.name_ru = (
                name_en.strip(),
                name_fr.strip(),
                name_ru.strip(),
            )
            theme.parent = parent_theme
            s.add(theme)
            _reindex_linked(s, "theme", theme.id)
            return theme.id

    def save_source(
        self,
        title: str,
        publisher: str | None = None,
        language: str | None = None,
        date: dt.date | None = None,
        reliability: str | None = None,
        full_text: str | None = None,
        source_id: int | None = None,
        url: str | None = None,
    ) -> int:
        """Create or update a source document."""
        title = title.strip()
        errors = []
        if not title:
            errors.append(FieldError.of("title", "required"))
        if reliability and reliability.upper() not in "ABCDEF":
            errors.append(FieldError.of("reliability", "reliability_grade"))
        raise_if(errors)
        with self.session() as s:
            src = s.get(Source, source_id) if source_id else Source()
            if src is None:
                raise NotFoundError(f"no source {source_id}")
            src.title, src.publisher, src.language, src.date = title, publisher, language, date
            src.reliability = reliability.upper() if reliability else None
            if url is not None:
                src.url = url.strip() or None
            if full_text is not None:
                src.full_text = full_text
            s.add(src)
            _reindex_linked(s, "source", src.id)
            return src.id

    def save_event(
        self,
        name: str,
        start_date: dt.date | None = None,
        place: str = "",
        country: str | None = None,
        kind: str = "summit",
        names: dict[str, str] | None = None,
        place_names: dict[str, str] | None = None,
        event_id: int | None = None,
        end_date: dt.date | None = None,
    ) -> int:
        """Create or update an event; a renamed one keeps its former name (migration 0013)."""
        name = name.strip()
        errors: list[FieldError] = []
        if kind not in EVENT_KINDS:
            errors.append(FieldError.of("kind", "one_of", choices=", ".join(EVENT_KINDS)))
        if start_date and end_date and end_date < start_date:
            errors.append(FieldError.of("end_date", "end_before_start"))
        if end_date and not start_date:
            errors.append(FieldError.of("start_date", "end_needs_start"))
        raise_if(errors)
        with self.session() as s:
            check_name_and_country(s, name, country)
            ev = s.get(Event, event_id) if event_id else Event()
            if ev is None:
                raise NotFoundError(f"no event {event_id}")
            if ev.name and fold(ev.name) != fold(name):
                # Saved versions name the event as it was: see migration 0013.
                former = [n for n in ev.former_names or [] if fold(n) != fold(name)]
                ev.former_names = [*former, ev.name]
            ev.name, ev.start_date, ev.place, ev.kind = name, start_date, place.strip(), kind
            ev.end_date = end_date
            ev.country_code = country.upper() if country else None
            ev.names = _clean_map(names, "names", 300)
            ev.place_names = _clean_map(place_names, "place_names", 200)
            s.add(ev)
            _reindex_linked(s, "event", ev.id)
            return ev.id

    def save_document(
        self,
        title: str,
        kind: str = "",
        date: dt.date | None = None,
        event: str | None = None,
        titles: dict[str, str] | None = None,
    ) -> int:
        """Create (or update by title) an outcome document."""
        title = title.strip()
        raise_if([FieldError.of("title", "required")] if not title else [])
        with self.session() as s:
            doc = s.scalar(select(Document).where(Document.title == title)) or Document(title=title)
            doc.kind, doc.date, doc.titles = kind, date, dict(titles or {})
            doc.event_id = ReferenceIndex.load(s).event_id(event)
            s.add(doc)
            s.flush()
            return doc.id

    def save_country_note(self, country: str, text: dict[str, str], marking: str) -> None:
        """Write (or with an empty ``text``, remove) the desk's note on ``country``."""
        code = country.strip().upper()
        clean = _clean_map(text, "text", MAX_NOTE)
        with self.session() as s:
            errors = []
            if s.get(Country, code) is None:
                errors.append(FieldError.of("country", "country_unknown", code=country))
            if s.get(Marking, marking.strip().upper()) is None:
                errors.append(FieldError.of("marking", "marking_unknown_code", marking=marking))
            raise_if(errors)
            note = s.get(CountryNote, code)
            if not clean:
                if note is not None:
                    s.delete(note)
                return
            if note is None:
                note = CountryNote(country_code=code)
                s.add(note)
            note.text, note.marking_code, note.updated_at = clean, marking.upper(), utcnow()

    # ------------------------------------------------------------------ database state

    def set_state(self, key: str, value: str) -> None:
        """Record a value about the database itself."""
        with self.session() as s:
            row = s.get(AppState, key)
            if row is None:
                s.add(AppState(key=key, value=value))
            else:
                row.value = value

    # ------------------------------------------------------------------ saved specs

    def save_spec(self, name: str, spec: dict[str, object]) -> None:
        """Save (or replace) a dossier spec under ``name``."""
        name = name.strip()
        raise_if([FieldError.of("name", "required")] if not name else [])
        with self.session() as s:
            row = s.scalar(select(SavedSpec).where(SavedSpec.name == name))
            if row is None:
                s.add(SavedSpec(name=name, spec=spec))
            else:
                row.spec, row.updated_at = spec, utcnow()

    def delete_spec(self, name: str) -> None:
        """Forget a saved spec."""
        with self.session() as s:
            gone = s.execute(delete(SavedSpec).where(SavedSpec.name == name))
            if not gone.rowcount:  # type: ignore[attr-defined]
                raise NotFoundError(f"no saved dossier spec named {name!r}")


def _reindex_linked(s: Session, kind: str, key: int) -> None:
    """After renaming an entity: flush it, then refresh the search text of its facts
    (their index bodies hold its names and aliases)."""
    s.flush()
    conn = s.connection()
    index.reindex(conn, index.facts_linked_to(conn, kind, key))


def _keeping_former_name(
    former: str | None, name: str, aliases: Sequence[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """``aliases`` plus the former name of a renamed person or organisation.

    Saved versions, bundles from colleagues and other bases name people and organisations
    by the name they had then: without the former name among the aliases, restoring a
    version from before a rename (or merging a colleague's bundle) resolved nothing and
    created a second person under the old name. Names resolve before aliases, so a new
    entry that takes the old name later still wins it. The user may delete the alias.
    """
    kept = list(aliases)
    if not former or fold(former) == fold(name):
        return kept
    if any(fold(text) == fold(former) for text, _lang in kept):
        return kept
    return [*kept, (former, None)]


def check_name_and_country(session: Session, name: str, country: str | None) -> None:
    """The rules people and events share: a name, and a known country if one is given."""
    errors = []
    if not name:
        errors.append(FieldError.of("name", "required"))
    if country and session.get(Country, country.upper()) is None:
        errors.append(FieldError.of("country", "country_unknown", code=country))
    raise_if(errors)


def raise_if(errors: list[FieldError]) -> None:
    """Raise one ValidationError naming every broken rule in ``errors``, if any."""
    if errors:
        raise ValidationError(errors)
