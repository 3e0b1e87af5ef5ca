"""Reference data as it crosses the store boundary: frozen records, never ORM objects.

Themes, countries, people, organisations, events, documents, sources and country notes
come out of the store as these values, so the GUI, the CLI and the dossier can keep them
as long as they like (no session, no lazy loading) and cannot change the database by
assigning to them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PERSON_KINDS = ("head-of-state", "head-of-government", "minister", "official", "other")
EVENT_KINDS = ("summit", "bilateral-visit", "ministerial", "call", "conference", "other")


@dataclass(frozen=True)
class ThemeRecord:
    """A node of the theme taxonomy. ``parent`` is the parent's slug."""

    id: int
    slug: str
    name_en: str
    name_fr: str
    name_ru: str
    parent_id: int | None
    parent: str | None
    position: int

    def name(self, language: str) -> str:
        """The theme's name in ``language``, English when no translation exists."""
        return {"fr": self.name_fr, "ru": self.name_ru}.get(language) or self.name_en


@dataclass(frozen=True)
class CountryRecord:
    """An ISO 3166-1 alpha-2 country with its CLDR names."""

    code: str
    name_en: str
    name_fr: str
    name_ru: str

    def name(self, language: str) -> str:
        """The country's name in ``language`` (en, fr, ru), English otherwise."""
        return {"fr": self.name_fr, "ru": self.name_ru}.get(language) or self.name_en


@dataclass(frozen=True)
class AliasRecord:
    """Another written form of a name, in a language when known."""

    text: str
    language: str | None


@dataclass(frozen=True)
class PersonRecord:
    """A person: identity ``name``, how each language writes it, role, country and bio."""

    id: int
    uuid: str
    name: str
    role: str
    role_translations: dict[str, str]
    country_code: str | None
    names: dict[str, str] = field(default_factory=dict)
    bios: dict[str, str] = field(default_factory=dict)
    kind: str = "other"
    organisation: str | None = None
    aliases: tuple[AliasRecord, ...] = ()

    def role_in(self, language: str) -> str:
        """The role in ``language`` when translated, else as entered."""
        return self.role_translations.get(language) or self.role

    def name_in(self, language: str) -> str:
        """The name as ``language`` writes it; else an alias in that language; else ``name``."""
        if self.names.get(language):
            return self.names[language]
        return next((a.text for a in self.aliases if a.language == language), self.name)

    def bio_in(self, language: str) -> tuple[str, str] | None:
        """(Markdown, its language): in ``language`` when written, else English, else any."""
        for lang in (language, "en", *sorted(self.bios)):
            if self.bios.get(lang):
                return self.bios[lang], lang
        return None

    def to_json(self) -> dict[str, object]:
        """The PERSON object of the facts bundle (docs/formats.md)."""
        return {
            "name": self.name,
            "names": dict(self.names),
            "role": self.role,
            "role_translations": dict(self.role_translations),
            "country": self.country_code,
            "organisation": self.organisation,
            "kind": self.kind,
            "bio": dict(self.bios),
            "aliases": [{"text": a.text, "language": a.language} for a in self.aliases],
        }


@dataclass(frozen=True)
class OrganisationRecord:
    """An organisation with its other names and acronyms."""

    id: int
    uuid: str
    name: str
    aliases: tuple[AliasRecord, ...] = ()


@dataclass(frozen=True)
class EventRecord:
    """A summit, visit, ministerial or call: when, where, hosted by which country."""

    id: int
    uuid: str
    name: str
    names: dict[str, str]
    kind: str
    start_date: dt.date | None
    end_date: dt.date | None
    place: str
    place_names: dict[str, str]
    country_code: str | None

    def name_in(self, language: str) -> str:
        """The event's name in ``language`` when given, else its own name."""
        return self.names.get(language) or self.name

    def place_in(self, language: str) -> str:
        """The place's name in ``language`` when given, else as entered."""
        return self.place_names.get(language) or self.place

    def matches(self, ref: str) -> bool:
        """True when ``ref`` is this event's name or id."""
        ref = ref.strip()
        return bool(ref) and (ref == self.name or ref == self.uuid)

    def to_json(self) -> dict[str, object]:
        """The EVENT object of the facts bundle (docs/formats.md)."""
        return {
            "name": self.name,
            "names": dict(self.names),
            "kind": self.kind,
            "place": self.place,
            "place_names": dict(self.place_names),
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "country": self.country_code,
        }


@dataclass(frozen=True)
class DocumentRecord:
    """An outcome document (communiqué, action plan, declaration)."""

    id: int
    uuid: str
    title: str
    titles: dict[str, str]
    kind: str
    date: dt.date | None
    event: str | None

    def title_in(self, language: str) -> str:
        """The title in ``language`` when given, else as entered."""
        return self.titles.get(language) or self.title


@dataclass(frozen=True)
class SourceInfo:
    """A source document's description (its full text is read separately)."""

    id: int
    uuid: str
    title: str
    publisher: str | None
    language: str | None
    date: dt.date | None
    url: str | None
    reliability: str | None


@dataclass(frozen=True)
class CountryNoteRecord:
    """A desk's note on a country: Markdown per language, with a marking."""

    country_code: str
    text: dict[str, str]
    marking: str
    updated_at: dt.datetime | None = None

    def text_in(self, language: str) -> tuple[str, str] | None:
        """(Markdown, its language): in ``language`` when written, else English, else any."""
        for lang in (language, "en", *sorted(self.text)):
            if self.text.get(lang):
                return self.text[lang], lang
        return None
