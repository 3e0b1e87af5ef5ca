"""From a DossierSpec and the store to a Dossier: choosing, ordering, numbering, labelling.

This is the only dossier module that reads the store. Everything the renderers print is
decided here: which facts (ceiling, scope, exclusions), in which order (date, then source
order), which translation, which source number, which marking goes on every page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from babel import Locale
from babel.numbers import format_compact_decimal, format_decimal

from briefing.dossier.document import (
    Dossier,
    DossierFact,
    FactSection,
    FigureRow,
    FiguresSection,
    PageSize,
    ParticipantRow,
    ParticipantsSection,
    Section,
    SourceNote,
)
from briefing.dossier.labels import CONFIDENCE_LABELS, format_day, labels_for
from briefing.dossier.markup import parse_blocks
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.store import FactQuery, FactRecord, Store
from briefing.store.entities import EventRecord
from briefing.store.search import fold

QUALIFIERS: dict[str, dict[str, str]] = {
    "more-than": {"en": "more than", "fr": "plus de", "ru": "более"},
    "less-than": {"en": "less than", "fr": "moins de", "ru": "менее"},
    "about": {"en": "about", "fr": "environ", "ru": "около"},
    "up-to": {"en": "up to", "fr": "jusqu’à", "ru": "до"},
    "at-least": {"en": "at least", "fr": "au moins", "ru": "не менее"},
}
# Count nouns used by the seed's figures (Russian in the genitive plural, as after
# numbers ending in 0 or 5–9; other units print as entered).
UNITS: dict[str, dict[str, str]] = {
    "students": {"fr": "étudiants", "ru": "студентов"},
    "universities": {"fr": "universités", "ru": "университетов"},
    "people": {"fr": "personnes", "ru": "человек"},
    "projects": {"fr": "projets", "ru": "проектов"},
}
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_NUMBER = re.compile(r"\d+")


def by_theme(store: Store, spec: DossierSpec) -> DossierSpec:
    """``spec`` with one section per top-level theme that has facts (taxonomy order).

    Sub-themes become sub-sections of their parent. Participants open the dossier when it
    names an event; key figures close it when any fact carries figures.
    """
    themes = store.themes()
    scope = _scope(spec)
    sections = [
        SectionSpec("theme", t.slug)
        for t in themes
        if t.parent_id is None and store.count(_with(scope, themes=(t.slug,)))
    ]
    return spec.with_sections(_frame(store, spec, sections))


def by_country(store: Store, spec: DossierSpec) -> DossierSpec:
    """``spec`` with a section of shared facts, then one section per country.

    A multilateral summit links most outcomes to every participant; printing them again
    under each country would repeat the brief six times. Facts concerning at least three
    countries and at least half of the dossier's countries form one "shared" section; each
    country section holds what concerns that country specifically. Countries come with the
    event's host first, then by their name in the dossier's language; a country with
    nothing specific gets no section.
    """
    scope = _scope(spec)
    per_fact = list(store.fact_countries(scope).values())  # not whole records: 100k facts
    linked = {code for codes in per_fact for code in codes}
    threshold = max(3, -(-len(linked) // 2))
    specific: set[str] = set()
    for codes in per_fact:
        if len(codes) < threshold:
            specific.update(codes)
    if spec.countries:
        specific &= {c.upper() for c in spec.countries}
    host = _event(store, spec.event)
    host_code = host.country_code if host else None
    names = {c.code: c.name(spec.language) for c in store.countries(used_only=True)}
    ordered = sorted(specific, key=lambda c: (c != host_code, fold(names.get(c) or c)))
    sections: list[SectionSpec] = []
    if any(len(codes) >= threshold for codes in per_fact):
        sections.append(SectionSpec("shared", min_countries=threshold))
    sections += [SectionSpec("country", c, max_countries=threshold - 1) for c in ordered]
    return spec.with_sections(_frame(store, spec, sections))


def _frame(store: Store, spec: DossierSpec, sections: list[SectionSpec]) -> list[SectionSpec]:
    out: list[SectionSpec] = []
    if spec.event and store.participants(spec.event):
        out.append(SectionSpec("participants"))
    out.extend(sections)
    out.append(SectionSpec("figures"))
    return out


def _scope(spec: DossierSpec) -> FactQuery:
    return FactQuery(
        themes=spec.themes,
        countries=spec.countries,
        max_marking=spec.max_marking,
        order="date",
    )


def _with(
    scope: FactQuery,
    themes: tuple[str, ...] | None = None,
    countries: tuple[str, ...] | None = None,
) -> FactQuery:
    """A section's query: its own theme or country replaces the scope's filter of that kind."""
    return replace(
        scope,
        themes=scope.themes if themes is None else themes,
        countries=scope.countries if countries is None else countries,
    )


def _event(store: Store, name: str | None) -> EventRecord | None:
    if not name:
        return None
    return next((e for e in store.events() if name in (e.name, e.uuid)), None)


@dataclass
class _Numbering:
    """Source numbers in first-citation order, one per distinct (source, quote, locator)."""

    notes: list[SourceNote]
    by_key: dict[tuple[str | None, str | None, str | None], int]

    def cite(self, record: FactRecord, language: str) -> int | None:
        src = record.source
        if not (src.title or src.quote):
            return None
        key = (src.title, src.quote, src.locator)
        if key not in self.by_key:
            number = len(self.notes) + 1
            self.by_key[key] = number
            self.notes.append(
                SourceNote(
                    number=number,
                    title=src.title or "",
                    publisher=src.publisher,
                    date_text=format_day(src.date, language) if src.date else None,
                    locator=src.locator,
                    quote=src.quote,
                    language=src.language,
                    reliability=src.reliability,
                )
            )
        return self.by_key[key]


def _order_key(record: FactRecord) -> tuple[dt.date, int, int]:
    """Date, then position in the source (paragraph number), then the order of entry."""
    locator = _NUMBER.search(record.source.locator or "")
    return (record.date or dt.date.max, int(locator.group()) if locator else 1 << 30, record.seq)


class _Assembler:
    def __init__(self, store: Store, spec: DossierSpec) -> None:
        self.store = store
        self.spec = spec
        self.language = spec.language
        self.labels = labels_for(spec.language)
        self.scope = _scope(spec)
        self.numbering = _Numbering([], {})
        self.included: dict[str, FactRecord] = {}
        self.country_names = {c.code: c.name(spec.language) for c in store.countries()}
        self.themes = store.themes()
        self.theme_by_slug = {t.slug: t for t in self.themes}
        self.rank = dict(store.markings())

    # -- facts

    def fetch(self, query: FactQuery, exclude: Iterable[str]) -> list[FactRecord]:
        skip = set(exclude)
        records = [r for r in self.store.facts(query) if r.uuid not in skip]
        records.sort(key=_order_key)
        return records

    def fact(self, record: FactRecord) -> DossierFact:
        self.included[record.uuid] = record
        text, text_language = record.text_in(self.language)
        note = None
        if text_language != self.language:
            name = Locale.parse(text_language).get_language_name(self.language) or text_language
            note = self.labels.original_language.format(language=name)
        confidence = None
        if record.confidence != "confirmed":
            confidence = CONFIDENCE_LABELS[self.language].get(record.confidence, record.confidence)
        return DossierFact(
            uuid=record.uuid,
            body=parse_blocks(text),
            text_language=text_language,
            foreign_language_note=note,
            date_text=format_day(record.date, self.language) if record.date else None,
            confidence=confidence,
            marking=record.marking,
            source_number=self.numbering.cite(record, self.language),
            countries=tuple(self.country_names.get(c, c) for c in record.countries),
        )

    # -- sections

    def theme_section(self, number: str, spec: SectionSpec) -> FactSection:
        theme = self.theme_by_slug.get(spec.key or "")
        if theme is None:
            return FactSection(number, spec.title or spec.key or "?", f"s{number}", ())
        children = [t for t in self.themes if t.parent_id == theme.id]
        records = self.fetch(_with(self.scope, themes=(theme.slug,)), spec.exclude)
        placed: set[str] = set()
        subsections: list[FactSection] = []
        for child in children:
            mine = [r for r in records if child.slug in r.themes and r.uuid not in placed]
            if not mine:
                continue
            placed.update(r.uuid for r in mine)
            sub_number = f"{number}.{len(subsections) + 1}"
            subsections.append(
                FactSection(
                    sub_number,
                    child.name(self.language),
                    _anchor(sub_number),
                    tuple(self.fact(r) for r in mine),
                )
            )
        direct = [r for r in records if r.uuid not in placed]
        return FactSection(
            number,
            spec.title or theme.name(self.language),
            _anchor(number),
            tuple(self.fact(r) for r in direct),
            tuple(subsections),
        )

    def country_section(self, number: str, spec: SectionSpec) -> FactSection:
        code = (spec.key or "").upper()
        records = self.fetch(_with(self.scope, countries=(code,)), spec.exclude)
        if spec.max_countries is not None:
            records = [r for r in records if len(r.countries) <= spec.max_countries]
        return FactSection(
            number,
            spec.title or self.country_names.get(code, code),
            _anchor(number),
            tuple(self.fact(r) for r in records),
        )

    def shared_section(self, number: str, spec: SectionSpec) -> FactSection:
        """Joint facts, grouped in sub-sections by their first top-level theme."""
        least = spec.min_countries or 3
        records = [r for r in self.fetch(self.scope, spec.exclude) if len(r.countries) >= least]
        top = {t.id: t for t in self.themes if t.parent_id is None}
        by_slug = self.theme_by_slug

        def group(record: FactRecord) -> int:
            for slug in record.themes:
                theme = by_slug.get(slug)
                if theme is not None:
                    root = theme.parent_id if theme.parent_id in top else theme.id
                    return list(top).index(root) if root in top else len(top)
            return len(top)

        groups: dict[int, list[FactRecord]] = {}
        for record in records:
            groups.setdefault(group(record), []).append(record)
        subsections: list[FactSection] = []
        roots = list(top.values())
        for position in sorted(groups):
            sub_number = f"{number}.{len(subsections) + 1}"
            title = roots[position].name(self.language) if position < len(roots) else "—"
            subsections.append(
                FactSection(
                    sub_number,
                    title,
                    _anchor(sub_number),
                    tuple(self.fact(r) for r in groups[position]),
                )
            )
        return FactSection(
            number, spec.title or self.labels.shared, _anchor(number), (), tuple(subsections)
        )

    def picked_section(self, number: str, spec: SectionSpec) -> FactSection:
        wanted = [u for u in spec.facts if u not in set(spec.exclude)]
        keys = {r.uuid: r for r in self.store.facts(FactQuery(order="seq")) if r.uuid in wanted}
        ceiling = self.rank.get(self.spec.max_marking or "", None)
        records = [
            keys[u]
            for u in wanted
            if u in keys and (ceiling is None or self.rank[keys[u].marking] <= ceiling)
        ]
        return FactSection(
            number,
            spec.title or self.labels.picked,
            _anchor(number),
            tuple(self.fact(r) for r in records),
        )

    def figures_section(self, number: str, spec: SectionSpec) -> FiguresSection:
        records = list(self.included.values())
        if not records:  # a figures-only dossier: the figures of every fact in scope
            records = self.fetch(self.scope, spec.exclude)
            for r in records:
                self.numbering.cite(r, self.language)
        rows = []
        for record in sorted(records, key=_order_key):
            for figure in record.figures:
                rows.append(
                    FigureRow(
                        label=figure.translations.get(self.language, figure.label),
                        value_text=self.figure_value(figure.value, figure.unit, figure.qualifier),
                        countries=", ".join(self.country_names.get(c, c) for c in record.countries),
                        source_number=self.numbering.cite(record, self.language),
                    )
                )
                self.included.setdefault(record.uuid, record)
        return FiguresSection(
            number, spec.title or self.labels.key_figures, _anchor(number), tuple(rows)
        )

    def figure_value(self, value: float, unit: str, qualifier: str | None) -> str:
        if _CURRENCY.match(unit) and abs(value) >= 1_000_000:
            amount = format_compact_decimal(
                value, format_type="long", locale=self.language, fraction_digits=1
            )
            text = f"{amount} {unit}"
        else:
            text = format_decimal(value, locale=self.language)
            unit = UNITS.get(unit, {}).get(self.language, unit)
            text = f"{text} {unit}".strip()
        if qualifier:
            text = f"{QUALIFIERS.get(qualifier, {}).get(self.language, qualifier)} {text}"
        return text

    def participants_section(self, number: str, spec: SectionSpec) -> ParticipantsSection:
        # Only people named by facts the ceiling lets through: a name known only from a
        # SECRET fact must not appear in an UNCLASSIFIED brief.
        events = (self.spec.event,) if self.spec.event else ()
        visible = {
            name for r in self.store.facts(replace(self.scope, events=events)) for name in r.people
        }
        people = [p for p in self.store.participants(self.spec.event) if p.name in visible]
        people.sort(key=lambda p: fold(self.country_names.get(p.country_code or "", "~")))
        rows = tuple(
            ParticipantRow(
                name=p.name,
                role=p.role_in(self.language),
                country=self.country_names.get(p.country_code or "", p.country_code or ""),
            )
            for p in people
        )
        return ParticipantsSection(
            number, spec.title or self.labels.participants, _anchor(number), rows
        )

    # -- whole

    def build(self) -> Dossier:
        spec = self.spec
        builders: dict[str, Callable[[str, SectionSpec], Section]] = {
            "theme": self.theme_section,
            "country": self.country_section,
            "shared": self.shared_section,
            "facts": self.picked_section,
            "figures": self.figures_section,
            "participants": self.participants_section,
        }
        # Figures tables list the figures of the facts the other sections print, so
        # they are built last and put back in their place.
        built: dict[int, Section] = {}
        order = sorted(range(len(spec.sections)), key=lambda i: spec.sections[i].kind == "figures")
        for i in order:
            built[i] = builders[spec.sections[i].kind](str(i + 1), spec.sections[i])
        sections = tuple(built[i] for i in range(len(spec.sections)))
        marks = [r.marking for r in self.included.values()]
        marking = max(marks, key=lambda m: self.rank.get(m, 0)) if marks else "UNCLASSIFIED"
        event = _event(self.store, spec.event)
        place_date = None
        if event is not None:
            place = event.place_names.get(self.language) or event.place
            day = event.start_date
            place_date = ", ".join(
                x for x in (place, format_day(day, self.language) if day else "") if x
            )
        event_name = None
        if event is not None:
            event_name = event.names.get(self.language) or event.name
        return Dossier(
            title=spec.title,
            subtitle=spec.subtitle or None,
            event=event_name,
            place_date=place_date,
            prepared_for=spec.prepared_for or None,
            prepared_by=spec.prepared_by or None,
            date_text=format_day(spec.date or dt.date.today(), self.language),
            language=self.language,
            page_size=_page_size(spec.page_size),
            marking=marking,
            labels=self.labels,
            sections=sections,
            sources=tuple(self.numbering.notes),
            subject=event_name or spec.subtitle or spec.title,
            keywords=tuple(s.title for s in sections if isinstance(s, FactSection)),
        )


def _page_size(value: str) -> PageSize:
    return "Letter" if value == "Letter" else "A4"


def _anchor(number: str) -> str:
    return "sec-" + number.replace(".", "-")


def assemble(spec: DossierSpec, store: Store) -> Dossier:
    """Build the Dossier ``spec`` describes from the facts in ``store`` now."""
    spec.check()
    return _Assembler(store, spec).build()
