"""ORM entities (SQLAlchemy 2 typed style). Only ``briefing.store`` uses them to talk SQL.

Each class maps a table of ``briefing.store.tables``, the one definition of the schema
(columns, defaults, indexes); the annotations here only type the mapped attributes, and the
classes add relationships and behaviour. Reads that need no ORM use the tables directly and
skip importing ``sqlalchemy.orm`` and configuring these classes (0.15 s of a start).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, text
from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from briefing.store import tables
from briefing.store.tables import (  # re-exported: the link tables have no class of their own
    NAMING,
    fact_countries,
    fact_documents,
    fact_organisations,
    fact_people,
    fact_themes,
    new_uuid,
    utcnow,
)

__all__ = [
    "NAMING",
    "fact_countries",
    "fact_documents",
    "fact_organisations",
    "fact_people",
    "fact_themes",
    "new_uuid",
    "utcnow",
]


class Base(DeclarativeBase):
    """Declarative base over ``tables.metadata`` (its naming convention names constraints)."""

    metadata = tables.metadata


class Marking(Base):
    """A classification / handling level; ``rank`` orders them (higher is more restricted)."""

    __table__ = tables.markings
    code: Mapped[str]
    rank: Mapped[int]
    abbreviation: Mapped[str]

    def __repr__(self) -> str:
        return f"Marking({self.code!r}, rank={self.rank})"


class Country(Base):
    """An ISO 3166-1 alpha-2 country; names come from CLDR (Babel), never typed by hand."""

    __table__ = tables.countries
    code: Mapped[str]
    name_en: Mapped[str]
    name_fr: Mapped[str]
    name_ru: Mapped[str]

    def name(self, language: str) -> str:
        """The country's name in ``language`` (en, fr, ru), English otherwise."""
        return str(getattr(self, f"name_{language}", None) or self.name_en)

    def __repr__(self) -> str:
        return f"Country({self.code!r}, {self.name_en!r})"


class Theme(Base):
    """A node of the theme taxonomy, addressed by its slug."""

    __table__ = tables.themes
    id: Mapped[int]
    slug: Mapped[str]
    name_en: Mapped[str]
    name_fr: Mapped[str]
    name_ru: Mapped[str]
    parent_id: Mapped[int | None]
    position: Mapped[int]

    parent: Mapped[Theme | None] = relationship(remote_side=[tables.themes.c.id])

    def name(self, language: str) -> str:
        """The theme's name in ``language``, English when no translation exists."""
        return str(getattr(self, f"name_{language}", None) or self.name_en)

    def __repr__(self) -> str:
        return f"Theme({self.slug!r})"


class Person(Base):
    """A person with aliases (other spellings and scripts) for search and matching."""

    __table__ = tables.people
    id: Mapped[int]
    uuid: Mapped[str]
    name: Mapped[str]
    role: Mapped[str]
    role_translations: Mapped[dict[str, str]]
    country_code: Mapped[str | None]
    # How each language writes the name (Путин / Poutine / Putin): printed in that language.
    names: Mapped[dict[str, str]]
    # A short biography per language (Markdown), printed in who's who.
    bios: Mapped[dict[str, str]]
    # Protocol rank: head-of-state, head-of-government, minister, official, other.
    kind: Mapped[str]
    organisation_id: Mapped[int | None]
    aliases: Mapped[list[PersonAlias]] = relationship(
        cascade="all, delete-orphan", order_by="PersonAlias.id"
    )
    country: Mapped[Country | None] = relationship()

    def __repr__(self) -> str:
        return f"Person({self.name!r})"


class PersonAlias(Base):
    """Another written form of a person's name ("Рахмон", "Rakhmon")."""

    __table__ = tables.person_aliases
    id: Mapped[int]
    person_id: Mapped[int]
    text: Mapped[str]
    language: Mapped[str | None]


class Organisation(Base):
    """An organisation, with names and acronyms in several languages as aliases."""

    __table__ = tables.organisations
    id: Mapped[int]
    uuid: Mapped[str]
    name: Mapped[str]
    aliases: Mapped[list[OrganisationAlias]] = relationship(
        cascade="all, delete-orphan", order_by="OrganisationAlias.id"
    )

    def __repr__(self) -> str:
        return f"Organisation({self.name!r})"


class OrganisationAlias(Base):
    """Another name or acronym of an organisation ("CEI", "СНГ")."""

    __table__ = tables.organisation_aliases
    id: Mapped[int]
    organisation_id: Mapped[int]
    text: Mapped[str]
    language: Mapped[str | None]


class Event(Base):
    """A summit, visit or meeting: when, where, hosted by which country."""

    __table__ = tables.events
    id: Mapped[int]
    uuid: Mapped[str]
    name: Mapped[str]
    names: Mapped[dict[str, str]]
    kind: Mapped[str]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    place: Mapped[str]
    place_names: Mapped[dict[str, str]]
    country_code: Mapped[str | None]
    former_names: Mapped[list[str] | None]

    def __repr__(self) -> str:
        return f"Event({self.name!r})"


class Document(Base):
    """An outcome document (communiqué, action plan, declaration)."""

    __table__ = tables.documents
    id: Mapped[int]
    uuid: Mapped[str]
    title: Mapped[str]
    titles: Mapped[dict[str, str]]
    kind: Mapped[str]
    date: Mapped[dt.date | None]
    event_id: Mapped[int | None]

    def __repr__(self) -> str:
        return f"Document({self.title!r})"


class Source(Base):
    """Where facts come from: an article, cable, transcript; optionally its full text."""

    __table__ = tables.sources
    id: Mapped[int]
    uuid: Mapped[str]
    title: Mapped[str]
    publisher: Mapped[str | None]
    language: Mapped[str | None]
    date: Mapped[dt.date | None]
    url: Mapped[str | None]
    reliability: Mapped[str | None]
    full_text: Mapped[str | None]

    def __repr__(self) -> str:
        return f"Source({self.title!r})"


# The fact list's default order over live facts, read straight off an index instead of
# sorting 100,000 rows on every refresh (300 ms → 50 ms). Declared here rather than with
# its table in store.tables: a ``postgresql_where`` makes SQLAlchemy import its whole
# PostgreSQL dialect (asyncio and four drivers' modules, 30 ms) to check the option, which
# a Core-only read on SQLite never needs. Indexes only matter to DDL, and everything that
# creates or compares the schema (migrations, their test) goes through this module.
Index(
    "ix_facts_live_date_seq",
    tables.facts.c.date,
    tables.facts.c.seq,
    tables.facts.c.id,
    # Filters tested on the index entry while walking it, no row read (migration 0011)
    tables.facts.c.marking_code,
    tables.facts.c.language,
    sqlite_where=text("deleted_at IS NULL"),
    postgresql_where=text("deleted_at IS NULL"),
)


class Fact(Base):
    """A statement with provenance.

    ``uuid`` is the fact's identity everywhere outside the database (JSON bundles, CLI);
    ``id`` is a compact integer key for joins and the search index. ``version`` increases on
    every update, so an editor holding an older version cannot silently overwrite.
    ``seq`` records the order facts were added (source order for imported articles).
    """

    __table__ = tables.facts
    id: Mapped[int]
    uuid: Mapped[str]
    statement: Mapped[str]
    language: Mapped[str]
    date: Mapped[dt.date | None]
    event_id: Mapped[int | None]
    source_id: Mapped[int | None]
    quote: Mapped[str | None]
    locator: Mapped[str | None]
    marking_code: Mapped[str]
    confidence: Mapped[str]
    # A key point: printed first, one line, in a dossier's key-points section.
    is_key: Mapped[bool]
    # Who states the fact (at most one of the three); none when the source reports it as
    # established. The fact's countries say what it concerns, never who said it.
    speaker_person_id: Mapped[int | None]
    speaker_document_id: Mapped[int | None]
    speaker_country_code: Mapped[str | None]
    seq: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int]
    deleted_at: Mapped[dt.datetime | None]

    translations: Mapped[list[FactTranslation]] = relationship(
        cascade="all, delete-orphan", order_by="FactTranslation.language"
    )
    figures: Mapped[list[Figure]] = relationship(
        cascade="all, delete-orphan", order_by="Figure.position"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=fact_themes, order_by=Theme.position)
    countries: Mapped[list[Country]] = relationship(secondary=fact_countries, order_by=Country.code)
    people: Mapped[list[Person]] = relationship(secondary=fact_people, order_by=Person.name)
    organisations: Mapped[list[Organisation]] = relationship(
        secondary=fact_organisations, order_by=Organisation.name
    )
    documents: Mapped[list[Document]] = relationship(
        secondary=fact_documents, order_by=Document.title
    )
    event: Mapped[Event | None] = relationship()
    source: Mapped[Source | None] = relationship()
    marking: Mapped[Marking] = relationship()

    def __repr__(self) -> str:
        return f"Fact({self.uuid!r}, {self.statement[:30]!r})"


# The fact list's other sort orders over live facts (migration 0010), read off an index
# instead of reading and sorting every row (0.2-0.5 s of CPU each at 100,000 facts). The
# key goes up last in both directions, as the list breaks ties. On PostgreSQL the
# migration puts NULL dates last going down, as the store orders them there.
_LIVE = text("deleted_at IS NULL")
for _name, *_columns in (
    # with the filters it tests while walking, as the date order going up (migration 0011)
    (
        "ix_facts_live_date_seq_desc",
        Fact.date.desc(),
        Fact.seq.desc(),
        Fact.id,
        Fact.marking_code,
        Fact.language,
    ),
    ("ix_facts_live_marking_seq", Fact.marking_code, Fact.seq, Fact.id),
    ("ix_facts_live_marking_seq_desc", Fact.marking_code.desc(), Fact.seq.desc(), Fact.id),
    ("ix_facts_live_confidence_seq", Fact.confidence, Fact.seq, Fact.id),
    ("ix_facts_live_confidence_seq_desc", Fact.confidence.desc(), Fact.seq.desc(), Fact.id),
):
    Index(_name, *_columns, sqlite_where=_LIVE, postgresql_where=_LIVE)
# SQLite only: a PostgreSQL b-tree entry cannot hold a 20,000-character statement.
Index("ix_facts_live_statement", Fact.statement, Fact.id, sqlite_where=_LIVE).ddl_if(
    dialect="sqlite"
)
Index(
    "ix_facts_binned",
    Fact.deleted_at,
    sqlite_where=text("deleted_at IS NOT NULL"),
    postgresql_where=text("deleted_at IS NOT NULL"),
)
Index("ix_facts_is_key", Fact.is_key)


class FactTranslation(Base):
    """The statement rendered into another language."""

    __table__ = tables.fact_translations
    fact_id: Mapped[int]
    language: Mapped[str]
    statement: Mapped[str]
    # original_digest() of the original statement this translates (migration 0007); when
    # the original is edited they differ and the translation is outdated. NULL: unknown.
    source_digest: Mapped[str | None]


class Figure(Base):
    """A structured number stated by a fact: label, value, unit/currency, qualifier."""

    __table__ = tables.figures
    id: Mapped[int]
    fact_id: Mapped[int]
    position: Mapped[int]
    label: Mapped[str]
    label_translations: Mapped[dict[str, str]]
    value: Mapped[float]
    unit: Mapped[str]
    qualifier: Mapped[str | None]


class FactRevision(Base):
    """A snapshot of a fact as it was before an update or delete (revision history)."""

    __table__ = tables.fact_revisions
    id: Mapped[int]
    fact_id: Mapped[int]
    version: Mapped[int]
    snapshot: Mapped[dict[str, object]]
    changed_at: Mapped[dt.datetime]
    change: Mapped[str]


class FactCount(Base):
    """How many live facts each theme, country, marking and event has (and all of them).

    Kept up to date by every store write so the navigator's counts cost one indexed read
    instead of a scan of the link tables (see briefing.store.facets).
    """

    __table__ = tables.fact_counts
    facet: Mapped[str]
    key: Mapped[str]
    n: Mapped[int]


class CountryNote(Base):
    """What a desk keeps on a country, printed at the head of that country's brief.

    ``text`` maps a language to Markdown; the note has a marking like a fact, so it never
    prints in a dossier whose ceiling is below it.
    """

    __table__ = tables.country_notes
    country_code: Mapped[str]
    text: Mapped[dict[str, str]]
    marking_code: Mapped[str]
    updated_at: Mapped[dt.datetime]

    def __repr__(self) -> str:
        return f"CountryNote({self.country_code!r})"


class AppState(Base):
    """Small facts about the database itself ("seed": "started" / "done").

    Lets an interrupted first start (killed while seeding) finish the job next time.
    """

    __table__ = tables.app_state
    key: Mapped[str]
    value: Mapped[str]


class SavedSpec(Base):
    """A dossier spec saved by name, so a brief can be printed again after facts change."""

    __table__ = tables.dossier_specs
    id: Mapped[int]
    name: Mapped[str]
    spec: Mapped[dict[str, object]]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    def __repr__(self) -> str:
        return f"SavedSpec({self.name!r})"


class ImportCandidate(Base):
    """A fact proposed from an imported document, waiting in the review queue.

    The document is a Source with its full text; ``data`` is the candidate as the
    importer wrote it and the reviewer edited it (briefing.ingest.extract.Candidate JSON).
    ``status`` is pending, accepted (``fact_uuid`` is the fact made from it) or rejected.
    """

    __table__ = tables.import_candidates
    id: Mapped[int]
    uuid: Mapped[str]
    source_id: Mapped[int]
    event_id: Mapped[int | None]
    seq: Mapped[int]
    status: Mapped[str]
    data: Mapped[dict[str, object]]
    fact_uuid: Mapped[str | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    def __repr__(self) -> str:
        return f"ImportCandidate({self.uuid!r}, {self.status!r})"
