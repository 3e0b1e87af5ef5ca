"""ORM entities (SQLAlchemy 2 typed style). Only ``briefing.store`` uses them to talk SQL.

The schema's history lives in ``db/versions``; this module is the current shape and must
match the newest migration (a test compares them).
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Timezone-aware now, stored as UTC."""
    return dt.datetime.now(dt.UTC)


def new_uuid() -> str:
    """A fresh UUID as text: version 7 (RFC 9562), a millisecond clock then 74 random bits.

    Unique across laptops like a random UUID, but ids made one after the other sort
    together, so the unique index takes bulk inserts at its end instead of all over.
    """
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & (1 << 48) - 1) << 80 | 0x7 << 76 | (rand >> 62 & 0xFFF) << 64
    value |= 0b10 << 62 | rand & (1 << 62) - 1
    return str(uuid.UUID(int=value))


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations can name constraints."""

    metadata = MetaData(naming_convention=NAMING)


class Marking(Base):
    """A classification / handling level; ``rank`` orders them (higher is more restricted)."""

    __tablename__ = "markings"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    rank: Mapped[int] = mapped_column(Integer, unique=True)
    abbreviation: Mapped[str] = mapped_column(String(8))

    def __repr__(self) -> str:
        return f"Marking({self.code!r}, rank={self.rank})"


class Country(Base):
    """An ISO 3166-1 alpha-2 country; names come from CLDR (Babel), never typed by hand."""

    __tablename__ = "countries"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_fr: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str] = mapped_column(String(120))

    def name(self, language: str) -> str:
        """The country's name in ``language`` (en, fr, ru), English otherwise."""
        return str(getattr(self, f"name_{language}", None) or self.name_en)

    def __repr__(self) -> str:
        return f"Country({self.code!r}, {self.name_en!r})"


class Theme(Base):
    """A node of the theme taxonomy, addressed by its slug."""

    __tablename__ = "themes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Theme | None] = relationship(remote_side=[id])

    def name(self, language: str) -> str:
        """The theme's name in ``language``, English when no translation exists."""
        return str(getattr(self, f"name_{language}", None) or self.name_en)

    def __repr__(self) -> str:
        return f"Theme({self.slug!r})"


class Person(Base):
    """A person with aliases (other spellings and scripts) for search and matching."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    role_translations: Mapped[dict[str, str]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )
    country_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"))
    # How each language writes the name (Путин / Poutine / Putin): printed in that language.
    names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    # A short biography per language (Markdown), printed in who's who.
    bios: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    # Protocol rank: head-of-state, head-of-government, minister, official, other.
    kind: Mapped[str] = mapped_column(String(24), default="other", server_default="other")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    aliases: Mapped[list[PersonAlias]] = relationship(
        cascade="all, delete-orphan", order_by="PersonAlias.id"
    )
    country: Mapped[Country | None] = relationship()

    def __repr__(self) -> str:
        return f"Person({self.name!r})"


class PersonAlias(Base):
    """Another written form of a person's name ("Рахмон", "Rakhmon")."""

    __tablename__ = "person_aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))


class Organisation(Base):
    """An organisation, with names and acronyms in several languages as aliases."""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300), index=True)
    aliases: Mapped[list[OrganisationAlias]] = relationship(
        cascade="all, delete-orphan", order_by="OrganisationAlias.id"
    )

    def __repr__(self) -> str:
        return f"Organisation({self.name!r})"


class OrganisationAlias(Base):
    """Another name or acronym of an organisation ("CEI", "СНГ")."""

    __tablename__ = "organisation_aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(8))


class Event(Base):
    """A summit, visit or meeting: when, where, hosted by which country."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300))
    names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(40), default="summit")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    place_names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    country_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"))

    def __repr__(self) -> str:
        return f"Event({self.name!r})"


class Document(Base):
    """An outcome document (communiqué, action plan, declaration)."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(String(400))
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(40), default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))

    def __repr__(self) -> str:
        return f"Document({self.title!r})"


class Source(Base):
    """Where facts come from: an article, cable, transcript; optionally its full text."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(String(400), index=True)
    publisher: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    date: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(String(1000))
    reliability: Mapped[str | None] = mapped_column(String(1))
    full_text: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"Source({self.title!r})"


fact_themes = Table(
    "fact_themes",
    Base.metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_fact_themes_theme", "theme_id", "fact_id"),
)
fact_countries = Table(
    "fact_countries",
    Base.metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("country_code", ForeignKey("countries.code"), primary_key=True),
    Index("ix_fact_countries_country", "country_code", "fact_id"),
)
fact_people = Table(
    "fact_people",
    Base.metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_fact_people_person", "person_id", "fact_id"),
)
fact_organisations = Table(
    "fact_organisations",
    Base.metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_fact_organisations_organisation", "organisation_id", "fact_id"),
)
fact_documents = Table(
    "fact_documents",
    Base.metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_fact_documents_document", "document_id", "fact_id"),
)


class Fact(Base):
    """A statement with provenance.

    ``uuid`` is the fact's identity everywhere outside the database (JSON bundles, CLI);
    ``id`` is a compact integer key for joins and the search index. ``version`` increases on
    every update, so an editor holding an older version cannot silently overwrite.
    ``seq`` records the order facts were added (source order for imported articles).
    """

    __tablename__ = "facts"
    __table_args__ = (
        # The fact list's default order over live facts, read straight off an index instead
        # of sorting 100,000 rows on every refresh (300 ms → 50 ms).
        Index(
            "ix_facts_live_date_seq",
            "date",
            "seq",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        # The Bin's keys (a handful): counts over link tables subtract them instead of
        # reading each linked fact's row (migration 0010).
        Index(
            "ix_facts_binned",
            "id",
            sqlite_where=text("deleted_at IS NOT NULL"),
            postgresql_where=text("deleted_at IS NOT NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    statement: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    quote: Mapped[str | None] = mapped_column(Text)
    locator: Mapped[str | None] = mapped_column(String(200))
    marking_code: Mapped[str] = mapped_column(ForeignKey("markings.code"), index=True)
    confidence: Mapped[str] = mapped_column(String(16), default="confirmed")
    # A key point: printed first, one line, in a dossier's key-points section.
    is_key: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # Who states the fact (at most one of the three); none when the source reports it as
    # established. The fact's countries say what it concerns, never who said it.
    speaker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    speaker_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )
    speaker_country_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"))
    seq: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

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


class FactTranslation(Base):
    """The statement rendered into another language."""

    __tablename__ = "fact_translations"
    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    statement: Mapped[str] = mapped_column(Text)
    # original_digest() of the original statement this translates (migration 0007); when
    # the original is edited they differ and the translation is outdated. NULL: unknown.
    source_digest: Mapped[str | None] = mapped_column(String(16))


class Figure(Base):
    """A structured number stated by a fact: label, value, unit/currency, qualifier."""

    __tablename__ = "figures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(300))
    label_translations: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40), default="")
    qualifier: Mapped[str | None] = mapped_column(String(40))


class FactRevision(Base):
    """A snapshot of a fact as it was before an update or delete (revision history)."""

    __tablename__ = "fact_revisions"
    __table_args__ = (UniqueConstraint("fact_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, object]] = mapped_column(JSON)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    change: Mapped[str] = mapped_column(String(16), default="update")


class FactCount(Base):
    """How many live facts each theme, country, marking and event has (and all of them).

    Kept up to date by every store write so the navigator's counts cost one indexed read
    instead of a scan of the link tables (see briefing.store.facets).
    """

    __tablename__ = "fact_counts"
    facet: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class CountryNote(Base):
    """What a desk keeps on a country, printed at the head of that country's brief.

    ``text`` maps a language to Markdown; the note has a marking like a fact, so it never
    prints in a dossier whose ceiling is below it.
    """

    __tablename__ = "country_notes"
    country_code: Mapped[str] = mapped_column(ForeignKey("countries.code"), primary_key=True)
    text: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    marking_code: Mapped[str] = mapped_column(ForeignKey("markings.code"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"CountryNote({self.country_code!r})"


class AppState(Base):
    """Small facts about the database itself ("seed": "started" / "done").

    Lets an interrupted first start (killed while seeding) finish the job next time.
    """

    __tablename__ = "app_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class SavedSpec(Base):
    """A dossier spec saved by name, so a brief can be printed again after facts change."""

    __tablename__ = "dossier_specs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    spec: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"SavedSpec({self.name!r})"


class ImportCandidate(Base):
    """A fact proposed from an imported document, waiting in the review queue.

    The document is a Source with its full text; ``data`` is the candidate as the
    importer wrote it and the reviewer edited it (briefing.ingest.extract.Candidate JSON).
    ``status`` is pending, accepted (``fact_uuid`` is the fact made from it) or rejected.
    """

    __tablename__ = "import_candidates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    data: Mapped[dict[str, object]] = mapped_column(JSON)
    fact_uuid: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"ImportCandidate({self.uuid!r}, {self.status!r})"
