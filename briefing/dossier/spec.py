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

SectionKind = Literal["text", "key-points", "who", "theme", "country", "shared", "facts", "figures"]
SECTION_KINDS: tuple[str, ...] = (
    "text",
    "key-points",
    "who",
    "theme",
    "country",
    "shared",
    "facts",
    "figures",
)
# Older specs called who's who "participants".
_KIND_ALIASES = {"participants": "who"}
MAX_TEXT = 50_000
PAGE_SIZES = ("A4", "Letter")
LANGUAGES = ("en", "fr", "ru")


@dataclass(frozen=True)
class SectionSpec:
    """One section of a dossier.

    Attributes:
        kind: text (a title and a Markdown ``text`` a person writes), key-points (the key
            facts, one line each), who (who's who: the event's participants), theme (with
            its sub-themes), country, shared (facts concerning at least ``min_countries``
            countries: the joint outcomes of a multilateral meeting), facts (hand-picked)
            or figures (a table of the figures of the dossier's facts, with charts).
        key: the theme slug or country code for theme/country sections.
        max_countries: a country section keeps only facts linked to at most this many
            countries (the rest being in a shared section).
        min_countries: the threshold of a shared section.
        facts: fact uuids of a hand-picked section, in printing order.
        exclude: fact uuids left out of this section (unticked in the builder).
        title: a heading to print instead of the default one.
        text: the Markdown body of a text section.
    """

    kind: SectionKind
    key: str | None = None
    facts: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    title: str | None = None
    max_countries: int | None = None
    min_countries: int | None = None
    text: str = ""

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
        if self.kind == "text":
            out["text"] = self.text
        return out


@dataclass(frozen=True)
class DossierSpec:
    """A dossier as chosen by the user.

    ``countries`` / ``themes`` narrow every section to facts linked to one of them (a
    by-theme dossier on Tajikistan). ``event`` (a name or id) selects the facts: facts of
    another event never print, facts with no event only when ``include_background``.
    ``max_marking`` is the ceiling: nothing marked above it prints; None means no ceiling
    (the whole base), an unknown code is an error. An empty ``title`` prints the event's
    name. ``date`` is the day the dossier is prepared; None means the day it is printed.
    """

    title: str = ""
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
    include_background: bool = False
    reference: str = ""
    version: str = ""

    def check(self) -> None:
        """Raise ValidationError naming each field that cannot be printed as given."""
        errors: list[FieldError] = []
        if len(self.title) > 500:
            errors.append(FieldError.of("title", "too_long", limit=500))
        if self.max_marking is not None and not self.max_marking.strip():
            errors.append(FieldError.of("max_marking", "marking_required"))
        if self.language not in LANGUAGES:
            errors.append(FieldError.of("language", "one_of", choices=", ".join(LANGUAGES)))
        if self.page_size not in PAGE_SIZES:
            errors.append(FieldError.of("page_size", "one_of", choices=", ".join(PAGE_SIZES)))
        if not self.sections:
            errors.append(FieldError.of("sections", "sections_required"))
        for i, section in enumerate(self.sections):
            if section.kind not in SECTION_KINDS:
                errors.append(
                    FieldError.of(f"sections[{i}].kind", "section_kind_unknown", kind=section.kind)
                )
            elif section.kind in ("theme", "country") and not section.key:
                errors.append(
                    FieldError.of(f"sections[{i}].key", f"section_{section.kind}_required")
                )
            elif section.kind == "facts" and not section.facts:
                errors.append(FieldError.of(f"sections[{i}].facts", "section_facts_required"))
            elif section.kind == "text" and not (section.title or "").strip():
                errors.append(FieldError.of(f"sections[{i}].title", "section_title_required"))
            elif len(section.text) > MAX_TEXT:
                errors.append(FieldError.of(f"sections[{i}].text", "too_long", limit=MAX_TEXT))
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
        raw_sections = data.get("sections") or ()
        if not isinstance(raw_sections, list | tuple) or not all(
            isinstance(s, dict) for s in raw_sections
        ):
            raise ValidationError([FieldError.of("sections", "sections_shape")])
        sections = tuple(
            SectionSpec(
                kind=_KIND_ALIASES.get(s.get("kind", "facts"), s.get("kind", "facts")),
                key=s.get("key"),
                facts=tuple(s.get("facts") or ()),
                exclude=tuple(s.get("exclude") or ()),
                title=s.get("title"),
                max_countries=s.get("max_countries"),
                min_countries=s.get("min_countries"),
                text=str(s.get("text") or ""),
            )
            for s in raw_sections
        )
        day = data.get("date")
        try:
            date = dt.date.fromisoformat(day) if day else None
        except (TypeError, ValueError):
            raise ValidationError([FieldError.of("date", "date_not_a_date", value=day)]) from None
        return cls(
            title=str(data.get("title") or ""),
            sections=sections,
            subtitle=str(data.get("subtitle") or ""),
            event=data.get("event"),
            prepared_for=str(data.get("prepared_for") or ""),
            prepared_by=str(data.get("prepared_by") or ""),
            date=date,
            language=str(data.get("language") or "en"),
            page_size=str(data.get("page_size") or "A4"),
            max_marking=data.get("max_marking"),
            countries=tuple(data.get("countries") or ()),
            themes=tuple(data.get("themes") or ()),
            include_background=bool(data.get("include_background", False)),
            reference=str(data.get("reference") or ""),
            version=str(data.get("version") or ""),
        )

    def with_sections(self, sections: list[SectionSpec]) -> DossierSpec:
        """A copy with other sections."""
        return replace(self, sections=tuple(sections))
