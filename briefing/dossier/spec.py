"""What the user asks to print: a DossierSpec (cover, language, page size, ceiling, sections).

Specs are plain data with a JSON form, saved in the database by name so a brief can be
printed again after its facts change. ``by_theme`` / ``by_country`` build the common
layouts in one step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from briefing.errors import FieldError, ValidationError

SectionKind = Literal["theme", "country", "shared", "facts", "figures", "participants"]
SECTION_KINDS: tuple[str, ...] = (
    "theme",
    "country",
    "shared",
    "facts",
    "figures",
    "participants",
)
PAGE_SIZES = ("A4", "Letter")
LANGUAGES = ("en", "fr", "ru")


@dataclass(frozen=True)
class SectionSpec:
    """One section of a dossier.

    Attributes:
        kind: theme (with its sub-themes), country, shared (facts concerning at least
            ``min_countries`` countries: the joint outcomes of a multilateral meeting),
            facts (hand-picked), figures (a table of the figures of the dossier's facts) or
            participants (people of the event).
        key: the theme slug or country code for theme/country sections.
        max_countries: a country section keeps only facts linked to at most this many
            countries (the rest being in a shared section).
        min_countries: the threshold of a shared section.
        facts: fact uuids of a hand-picked section, in printing order.
        exclude: fact uuids left out of this section (unticked in the builder).
        title: a heading to print instead of the default one.
    """

    kind: SectionKind
    key: str | None = None
    facts: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    title: str | None = None
    max_countries: int | None = None
    min_countries: int | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (empty fields left out)."""
        out: dict[str, Any] = {"kind": self.kind}
        if self.key:
            out["key"] = self.key
        if self.facts:
            out["facts"] = list(self.facts)
        if self.exclude:
            out["exclude"] = list(self.exclude)
        if self.title:
            out["title"] = self.title
        if self.max_countries is not None:
            out["max_countries"] = self.max_countries
        if self.min_countries is not None:
            out["min_countries"] = self.min_countries
        return out


@dataclass(frozen=True)
class DossierSpec:
    """A dossier as chosen by the user.

    ``countries`` / ``themes`` narrow every section to facts linked to one of them (a
    by-theme dossier on Tajikistan); ``event`` names the event on the cover and selects
    the participants. ``max_marking`` is the ceiling: facts marked above it are left out.
    ``date`` None means "the day it is printed".
    """

    title: str
    sections: tuple[SectionSpec, ...] = ()
    subtitle: str = ""
    event: str | None = None
    prepared_for: str = ""
    prepared_by: str = ""
    date: dt.date | None = None
    language: str = "en"
    page_size: str = "A4"
    max_marking: str | None = None
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()

    def check(self) -> None:
        """Raise ValidationError naming each field that cannot be printed as given."""
        errors: list[FieldError] = []
        if not self.title.strip():
            errors.append(FieldError("title", "must not be empty"))
        if self.language not in LANGUAGES:
            errors.append(FieldError("language", f"must be one of {', '.join(LANGUAGES)}"))
        if self.page_size not in PAGE_SIZES:
            errors.append(FieldError("page_size", f"must be one of {', '.join(PAGE_SIZES)}"))
        if not self.sections:
            errors.append(FieldError("sections", "add at least one section"))
        for i, section in enumerate(self.sections):
            if section.kind not in SECTION_KINDS:
                errors.append(FieldError(f"sections[{i}].kind", f"unknown kind {section.kind!r}"))
            elif section.kind in ("theme", "country") and not section.key:
                errors.append(FieldError(f"sections[{i}].key", f"a {section.kind} is required"))
            elif section.kind == "facts" and not section.facts:
                errors.append(FieldError(f"sections[{i}].facts", "pick at least one fact"))
        if errors:
            raise ValidationError(errors)

    def to_json(self) -> dict[str, Any]:
        """The saved form of the spec."""
        data = asdict(self)
        data["sections"] = [s.to_json() for s in self.sections]
        data["date"] = self.date.isoformat() if self.date else None
        data["countries"] = list(self.countries)
        data["themes"] = list(self.themes)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DossierSpec:
        """Read a saved spec (unknown keys are ignored, so older apps read newer specs)."""
        sections = tuple(
            SectionSpec(
                kind=s.get("kind", "facts"),
                key=s.get("key"),
                facts=tuple(s.get("facts") or ()),
                exclude=tuple(s.get("exclude") or ()),
                title=s.get("title"),
                max_countries=s.get("max_countries"),
                min_countries=s.get("min_countries"),
            )
            for s in data.get("sections") or ()
        )
        day = data.get("date")
        return cls(
            title=str(data.get("title") or ""),
            sections=sections,
            subtitle=str(data.get("subtitle") or ""),
            event=data.get("event"),
            prepared_for=str(data.get("prepared_for") or ""),
            prepared_by=str(data.get("prepared_by") or ""),
            date=dt.date.fromisoformat(day) if day else None,
            language=str(data.get("language") or "en"),
            page_size=str(data.get("page_size") or "A4"),
            max_marking=data.get("max_marking"),
            countries=tuple(data.get("countries") or ()),
            themes=tuple(data.get("themes") or ()),
        )

    def with_sections(self, sections: list[SectionSpec]) -> DossierSpec:
        """A copy with other sections."""
        return replace(self, sections=tuple(sections))
