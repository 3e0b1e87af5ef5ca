"""The schema as SQLAlchemy Core tables: the one definition of every table and column.

``briefing.model`` maps its ORM classes onto these tables (``__table__``), so the ORM and
plain Core queries share one schema. Read-only paths (listing facts on the command line,
loading records) use the tables directly: importing ``sqlalchemy.orm`` and configuring the
mapped classes costs about 0.15 s of every start, more than the listing itself.

The schema's history lives in ``db/versions``; these tables are its current shape and must
match the newest migration (a test compares them). Nothing here imports the ORM or Qt.
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

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A naming convention so migrations can name constraints.
metadata = MetaData(naming_convention=NAMING)


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


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _uuid() -> Column[str]:
    return Column("uuid", String(36), unique=True, nullable=False, default=new_uuid)


# A classification / handling level; ``rank`` orders them (higher is more restricted).
markings = Table(
    "markings",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("rank", Integer, unique=True, nullable=False),
    Column("abbreviation", String(8), nullable=False),
)

# An ISO 3166-1 alpha-2 country; names come from CLDR (Babel), never typed by hand.
countries = Table(
    "countries",
    metadata,
    Column("code", String(2), primary_key=True),
    Column("name_en", String(120), nullable=False),
    Column("name_fr", String(120), nullable=False),
    Column("name_ru", String(120), nullable=False),
)

# A node of the theme taxonomy, addressed by its slug.
themes = Table(
    "themes",
    metadata,
    _id(),
    Column("slug", String(80), unique=True, nullable=False),
    Column("name_en", String(200), nullable=False),
    Column("name_fr", String(200), nullable=False, default=""),
    Column("name_ru", String(200), nullable=False, default=""),
    Column("parent_id", ForeignKey("themes.id", ondelete="SET NULL")),
    Column("position", Integer, nullable=False, default=0),
)

# A person with aliases (other spellings and scripts) for search and matching.
people = Table(
    "people",
    metadata,
    _id(),
    _uuid(),
    Column("name", String(200), index=True, nullable=False),
    Column("role", String(200), nullable=False, default=""),
    Column("role_translations", JSON, nullable=False, default=dict, server_default="{}"),
    Column("country_code", ForeignKey("countries.code")),
    # How each language writes the name (Путин / Poutine / Putin): printed in that language.
    Column("names", JSON, nullable=False, default=dict, server_default="{}"),
    # A short biography per language (Markdown), printed in who's who.
    Column("bios", JSON, nullable=False, default=dict, server_default="{}"),
    # Protocol rank: head-of-state, head-of-government, minister, official, other.
    Column("kind", String(24), nullable=False, default="other", server_default="other"),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="SET NULL")),
)

# Another written form of a person's name ("Рахмон", "Rakhmon").
person_aliases = Table(
    "person_aliases",
    metadata,
    _id(),
    Column(
        "person_id",
        ForeignKey("people.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("text", String(200), nullable=False),
    Column("language", String(8)),
)

# An organisation, with names and acronyms in several languages as aliases.
organisations = Table(
    "organisations",
    metadata,
    _id(),
    _uuid(),
    Column("name", String(300), index=True, nullable=False),
)

# Another name or acronym of an organisation ("CEI", "СНГ").
organisation_aliases = Table(
    "organisation_aliases",
    metadata,
    _id(),
    Column(
        "organisation_id",
        ForeignKey("organisations.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("text", String(300), nullable=False),
    Column("language", String(8)),
)

# A summit, visit or meeting: when, where, hosted by which country.
events = Table(
    "events",
    metadata,
    _id(),
    _uuid(),
    Column("name", String(300), nullable=False),
    Column("names", JSON, nullable=False, default=dict),
    Column("kind", String(40), nullable=False, default="summit"),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("place", String(200), nullable=False, default=""),
    Column("place_names", JSON, nullable=False, default=dict),
    Column("country_code", ForeignKey("countries.code")),
    # Names the event had before a rename (migration 0013); NULL: none.
    Column("former_names", JSON),
)

# An outcome document (communiqué, action plan, declaration).
documents = Table(
    "documents",
    metadata,
    _id(),
    _uuid(),
    Column("title", String(400), nullable=False),
    Column("titles", JSON, nullable=False, default=dict),
    Column("kind", String(40), nullable=False, default=""),
    Column("date", Date),
    Column("event_id", ForeignKey("events.id", ondelete="SET NULL")),
)

# Where facts come from: an article, cable, transcript; optionally its full text.
sources = Table(
    "sources",
    metadata,
    _id(),
    _uuid(),
    Column("title", String(400), index=True, nullable=False),
    Column("publisher", String(200)),
    Column("language", String(8)),
    Column("date", Date),
    Column("url", String(1000)),
    Column("reliability", String(1)),
    Column("full_text", Text),
)

fact_themes = Table(
    "fact_themes",
    metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_fact_themes_theme", "theme_id", "fact_id"),
)
fact_countries = Table(
    "fact_countries",
    metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("country_code", ForeignKey("countries.code"), primary_key=True),
    Index("ix_fact_countries_country", "country_code", "fact_id"),
)
fact_people = Table(
    "fact_people",
    metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_fact_people_person", "person_id", "fact_id"),
)
fact_organisations = Table(
    "fact_organisations",
    metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_fact_organisations_organisation", "organisation_id", "fact_id"),
)
fact_documents = Table(
    "fact_documents",
    metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_fact_documents_document", "document_id", "fact_id"),
)

# A statement with provenance. ``uuid`` is the fact's identity everywhere outside the
# database (JSON bundles, CLI); ``id`` is a compact integer key for joins and the search
# index. ``version`` increases on every update, so an editor holding an older version
# cannot silently overwrite. ``seq`` records the order facts were added (source order for
# imported articles).
facts = Table(
    "facts",
    metadata,
    _id(),
    _uuid(),
    Column("statement", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("date", Date, index=True),
    Column("event_id", ForeignKey("events.id", ondelete="SET NULL"), index=True),
    Column("source_id", ForeignKey("sources.id", ondelete="SET NULL"), index=True),
    Column("quote", Text),
    Column("locator", String(200)),
    Column("marking_code", ForeignKey("markings.code"), index=True, nullable=False),
    Column("confidence", String(16), nullable=False, default="confirmed"),
    # A key point: printed first, one line, in a dossier's key-points section.
    Column("is_key", Boolean, nullable=False, default=False, server_default=text("false")),
    # Who states the fact (at most one of the three); none when the source reports it as
    # established. The fact's countries say what it concerns, never who said it.
    # indexed (0014): who's who asks which facts each person states
    Column("speaker_person_id", ForeignKey("people.id", ondelete="SET NULL"), index=True),
    Column("speaker_document_id", ForeignKey("documents.id", ondelete="SET NULL")),
    Column("speaker_country_code", ForeignKey("countries.code")),
    Column("seq", Integer, index=True, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("version", Integer, nullable=False, default=1),
    Column("deleted_at", DateTime(timezone=True)),
    # ix_facts_live_date_seq, a partial index, is declared in briefing.model (see there).
)

# The statement rendered into another language.
fact_translations = Table(
    "fact_translations",
    metadata,
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("language", String(8), primary_key=True),
    Column("statement", Text, nullable=False),
    # original_digest() of the original statement this translates (migration 0007); when
    # the original is edited they differ and the translation is outdated. NULL: unknown.
    Column("source_digest", String(16)),
)

# A structured number stated by a fact: label, value, unit/currency, qualifier.
figures = Table(
    "figures",
    metadata,
    _id(),
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("label", String(300), nullable=False),
    Column("label_translations", JSON, nullable=False, default=dict),
    Column("value", Float, nullable=False),
    Column("unit", String(40), nullable=False, default=""),
    Column("qualifier", String(40)),
)

# A snapshot of a fact as it was before an update or delete (revision history).
fact_revisions = Table(
    "fact_revisions",
    metadata,
    _id(),
    Column("fact_id", ForeignKey("facts.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("version", Integer, nullable=False),
    Column("snapshot", JSON, nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("change", String(16), nullable=False, default="update"),
    UniqueConstraint("fact_id", "version"),
)

# How many live facts each theme, country, marking and event has (and all of them). Kept
# up to date by every store write so the navigator's counts cost one indexed read instead
# of a scan of the link tables (see briefing.store.facets).
fact_counts = Table(
    "fact_counts",
    metadata,
    Column("facet", String(16), primary_key=True),
    Column("key", Text, primary_key=True),  # a set of countries (0012) can be long
    Column("n", Integer, nullable=False, default=0),
)

# What a desk keeps on a country, printed at the head of that country's brief. ``text``
# maps a language to Markdown; the note has a marking like a fact, so it never prints in a
# dossier whose ceiling is below it.
country_notes = Table(
    "country_notes",
    metadata,
    Column("country_code", ForeignKey("countries.code"), primary_key=True),
    Column("text", JSON, nullable=False, default=dict),
    Column("marking_code", ForeignKey("markings.code"), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# Small facts about the database itself ("seed": "started" / "done"); lets an interrupted
# first start (killed while seeding) finish the job next time.
app_state = Table(
    "app_state",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)

# A dossier spec saved by name, so a brief can be printed again after facts change.
dossier_specs = Table(
    "dossier_specs",
    metadata,
    _id(),
    Column("name", String(200), unique=True, nullable=False),
    Column("spec", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# A fact proposed from an imported document, waiting in the review queue. The document is
# a Source with its full text; ``data`` is the candidate as the importer wrote it and the
# reviewer edited it (briefing.ingest.extract.Candidate JSON). ``status`` is pending,
# accepted (``fact_uuid`` is the fact made from it) or rejected.
import_candidates = Table(
    "import_candidates",
    metadata,
    _id(),
    _uuid(),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("event_id", ForeignKey("events.id", ondelete="SET NULL")),
    Column("seq", Integer, nullable=False),
    Column("status", String(16), nullable=False, default="pending", index=True),
    Column("data", JSON, nullable=False),
    Column("fact_uuid", String(36)),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
)
