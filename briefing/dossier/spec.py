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
from briefing.store.validation import forbidden_character

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
# The spec's own words print on the cover, in running headers, in the PDF/DOCX metadata and
# as headings: the same door as facts (no character XML forbids, no lone surrogate), limits
# that keep a cover line on its page (documented in docs/formats.md). Line breaks stay
# allowed: a two-line cover title is a choice people make, and both renderers print it.
COVER_LIMITS = {
    "title": 500,
    "subtitle": 500,
    "prepared_for": 300,
    "prepared_by": 300,
    "reference": 200,
    "version": 100,
}
MAX_SECTION_TITLE = 500
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
        for name, limit in COVER_LIMITS.items():
            errors.extend(text_errors(name, getattr(self, name), limit))
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
            errors.extend(
                text_errors(f"sections[{i}].title", section.title or "", MAX_SECTION_TITLE)
            )
            errors.extend(text_errors(f"sections[{i}].text", section.text, MAX_TEXT))
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
        """Read a saved spec (unknown keys are ignored, so older apps read newer specs).

        Shapes are checked, not coerced: a number where text belongs, a text where a list
        belongs, is an error naming the field (``"countries": "TJ"`` is not two countries).
        """
        errors: list[FieldError] = []
        raw_sections = data.get("sections") or ()
        if not isinstance(raw_sections, list | tuple) or not all(
            isinstance(s, dict) for s in raw_sections
        ):
            raise ValidationError([FieldError.of("sections", "sections_shape")])
        sections = []
        for i, s in enumerate(raw_sections):
            where = f"sections[{i}]."
            kind = _text(s, "kind", errors, where) or "facts"
            sections.append(
                SectionSpec(
                    kind=_KIND_ALIASES.get(kind, kind),  # type: ignore[arg-type]
                    key=_text(s, "key", errors, where),
                    facts=_texts(s, "facts", errors, where),
                    exclude=_texts(s, "exclude", errors, where),
                    title=_text(s, "title", errors, where),
                    max_countries=_count(s, "max_countries", errors, where),
                    min_countries=_count(s, "min_countries", errors, where),
                    text=_text(s, "text", errors, where) or "",
                )
            )
        day = data.get("date")
        date = None
        try:
            date = dt.date.fromisoformat(day) if day else None
        except (TypeError, ValueError):
            errors.append(FieldError.of("date", "date_not_a_date", value=day))
        background = data.get("include_background", False)
        if not isinstance(background, bool):
            errors.append(
                FieldError.of("include_background", "not_a_boolean", value=str(background)[:40])
            )
        spec = cls(
            title=_text(data, "title", errors) or "",
            sections=tuple(sections),
            subtitle=_text(data, "subtitle", errors) or "",
            event=_text(data, "event", errors),
            prepared_for=_text(data, "prepared_for", errors) or "",
            prepared_by=_text(data, "prepared_by", errors) or "",
            date=date,
            language=_text(data, "language", errors) or "en",
            page_size=_text(data, "page_size", errors) or "A4",
            max_marking=_text(data, "max_marking", errors),
            countries=_texts(data, "countries", errors),
            themes=_texts(data, "themes", errors),
            include_background=background is True,
            reference=_text(data, "reference", errors) or "",
            version=_text(data, "version", errors) or "",
        )
        if errors:
            raise ValidationError(errors)
        return spec

    def with_sections(self, sections: list[SectionSpec]) -> DossierSpec:
        """A copy with other sections."""
        return replace(self, sections=tuple(sections))


def text_errors(field: str, value: object, limit: int) -> list[FieldError]:
    """What is wrong with a text the spec prints (none: an empty list)."""
    if not isinstance(value, str):
        return [FieldError.of(field, "not_text", kind=type(value).__name__)]
    codepoint = forbidden_character(value)
    if codepoint:
        return [FieldError.of(field, "unprintable", codepoint=codepoint)]
    if len(value) > limit:
        return [FieldError.of(field, "too_long", limit=limit)]
    return []


def _text(obj: dict[str, Any], key: str, errors: list[FieldError], where: str = "") -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    errors.append(FieldError.of(where + key, "not_text", kind=type(value).__name__))
    return None


def _texts(
    obj: dict[str, Any], key: str, errors: list[FieldError], where: str = ""
) -> tuple[str, ...]:
    value = obj.get(key)
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    errors.append(FieldError.of(where + key, "not_text_list"))
    return ()


def _count(obj: dict[str, Any], key: str, errors: list[FieldError], where: str) -> int | None:
    value = obj.get(key)
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return value
    errors.append(FieldError.of(where + key, "not_a_count"))
    return None
