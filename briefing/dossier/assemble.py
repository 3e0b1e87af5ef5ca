"""From a DossierSpec and the store to a Dossier: choosing, placing, numbering, wording.

This is the only dossier module that reads the store. Everything the renderers print is
decided here: which facts (the scope of ``selection``: event, background, ceiling), where
each prints (once: the first section that holds it; later ones refer to it), in which
order, which translation, who said it, which citation number, the cover lines, the annex.

Assembly runs in two passes. The first places facts into the fact sections and gives each
printed fact its anchor; the second builds the sections in printing order, so citation
numbers follow the order a reader meets them (key points first) and key points can link
to entries printed further on. The annex's numbering and grouping live in ``annex``, the
who's-who entries in ``who``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from briefing.batch import collector_paused
from briefing.dossier.annex import Citations
from briefing.dossier.attribution import continue_after_lead, lead_in
from briefing.dossier.document import (
    Chart,
    CoverLine,
    CrossRef,
    Dossier,
    DossierFact,
    FactSection,
    FigureRow,
    FiguresSection,
    KeyPoint,
    KeyPointsSection,
    PageSize,
    Section,
    TextSection,
    WhoSection,
)
from briefing.dossier.figures import chart_of, figure_text
from briefing.dossier.labels import (
    CONFIDENCE_LABELS,
    HANDLING,
    format_day,
    format_days,
    in_original_line,
    labels_for,
    language_name,
    marking_name,
    typeset,
)
from briefing.dossier.markup import Block, Paragraph, Run, parse_blocks, parse_inline
from briefing.dossier.selection import Scope, dossier_scope, section_records
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.dossier.who import who_entries
from briefing.store import FactRecord
from briefing.store.search import fold

if TYPE_CHECKING:
    from briefing.store.entities import CountryNoteRecord
    from briefing.store.reader import Reader

MAX_CROSS_REFS = 12
_NUMBER = re.compile(r"\d+")
_FACT_KINDS = ("theme", "country", "shared", "facts")


# ---------------------------------------------------------------------- pass 1: placement


@dataclass
class _Placed:
    """Where a fact prints: its anchor and the number of its (sub-)section."""

    anchor: str
    number: str


class _Held(Protocol):
    """What placing reads of a fact: a full ``FactRecord``, or the ``FactPlace`` the
    preview's opening places a whole dossier with (``opening``)."""

    @property
    def uuid(self) -> str: ...

    @property
    def themes(self) -> tuple[str, ...]: ...

    @property
    def event(self) -> str | None: ...


H = TypeVar("H", bound=_Held)


@dataclass
class _Plan(Generic[H]):
    """The fact sections' content decided in pass 1, by section index."""

    records: dict[int, list[H]] = field(default_factory=dict)
    subgroups: dict[int, list[tuple[str, list[H]]]] = field(default_factory=dict)
    refs: dict[int, list[H]] = field(default_factory=dict)
    placed: dict[str, _Placed] = field(default_factory=dict)

    def held(self, index: int) -> list[H]:
        """The facts section ``index`` prints, in printing order (sub-sections last)."""
        return [
            *self.records.get(index, ()),
            *(r for _, rs in self.subgroups.get(index, ()) for r in rs),
        ]

    def events(self) -> set[str | None]:
        """The events of every fact placed."""
        return {r.event for i in self.records for r in self.held(i)}


def order_key(date: dt.date | None, locator: str | None, seq: int) -> tuple[dt.date, int, int]:
    """Date, then position in the source (paragraph number), then the order of entry."""
    return (date or dt.date.max, _paragraph(locator), seq)


@lru_cache(maxsize=4096)
def _paragraph(locator: str | None) -> int:
    """The first number of a locator ("§12" → 12; none: after every numbered one). A
    base holds a few hundred distinct locators: cached, not searched 100,000 times."""
    number = _NUMBER.search(locator or "")
    return int(number.group()) if number else 1 << 30


def _order_key(record: FactRecord) -> tuple[dt.date, int, int]:
    return order_key(record.date, record.source.locator, record.seq)


class _Assembler:
    def __init__(self, store: Reader, spec: DossierSpec) -> None:
        self.store = store
        self.spec = spec
        self.language = spec.language
        self.labels = labels_for(spec.language)
        self.scope: Scope = dossier_scope(store, spec)
        self.rank = dict(store.markings())
        self.ceiling = self.rank.get(self.scope.query.max_marking or "", max(self.rank.values()))
        self.lowest = min(self.rank.values())  # a marking above it prints in the meta line
        self.country_names = {c.code: c.name(spec.language) for c in store.countries()}
        self.themes = store.themes()
        self.theme_by_slug = {t.slug: t for t in self.themes}
        self.people = {p.name: p for p in store.people()}
        self.documents = {d.title: d for d in store.documents()}
        self.citations = Citations({s.title: s for s in store.sources()}, spec.language)
        self.events = {e.name: e for e in store.events()}
        self.plan: _Plan[FactRecord] = _Plan()
        self.markings_used: set[str] = set()
        self.numbers: dict[int, str] = {}
        self.many_events = False
        self.cache: dict[int, FactRecord] = {}
        # uuids of the entries printed in their original for want of a current translation
        self.in_original: dict[str, str] = {}
        self.country_lists: dict[tuple[str, ...], tuple[str, ...]] = {}
        # read once, when the first country section asks: a pack by country has a section
        # for each of up to ~15 countries, and each re-read every note of the base
        self.notes: list[CountryNoteRecord] | None = None

    def load(self, keys: list[int]) -> list[FactRecord]:
        """Records for ``keys``, each read from the store once per dossier (a fact of
        two themes is in two sections' queries)."""
        missing = [k for k in keys if k not in self.cache]
        if missing:
            # Read in key order, not the section's date order: each chunk of the store's
            # read then covers neighbouring rows of every table (keyed by fact id) rather
            # than rows spread over the whole file: loading a 100,000-fact pack took 3.1-3.5
            # s of CPU in date order, 2.6 s in key order. The order returned is ``keys``'.
            missing.sort()
            self.cache.update((r.key, r) for r in self.store.records(missing))
        return [self.cache[k] for k in keys if k in self.cache]

    # -- pass 1

    def place(self) -> None:
        self.numbers = self.printed_numbers()

        def held(section: SectionSpec) -> list[FactRecord]:
            return section_records(self.store, section, self.scope.query, self.load)

        self.plan = self.placement(held, _order_key)
        self.many_events = len(self.plan.events()) > 1

    def printed_numbers(self) -> dict[int, str]:
        """Section index → its printed number (an empty written section prints nothing)."""
        printed = [
            i
            for i, s in enumerate(self.spec.sections)
            if not (s.kind == "text" and not s.text.strip())
        ]
        return {i: str(n) for n, i in enumerate(printed, start=1)}

    def placement(
        self,
        held: Callable[[SectionSpec], list[H]],
        order: Callable[[H], tuple[Any, ...]] | None,
    ) -> _Plan[H]:
        """Which facts each fact section prints (each fact once: in the first section that
        holds it; later ones refer to it) and every printed fact's anchor. ``held`` gives
        a section's facts before exclusions; ``order`` sorts them (None: ``held`` gives
        them sorted). Run on full records by ``assemble``, on ``FactPlace`` rows by the
        preview's ``opening``: one rule."""
        plan: _Plan[H] = _Plan()
        counter = 0
        for i in self.numbers:
            section = self.spec.sections[i]
            if section.kind not in _FACT_KINDS:
                continue
            records = held(section)
            if section.exclude:
                skip = set(section.exclude)
                records = [r for r in records if r.uuid not in skip]
            if section.kind != "facts" and order is not None:
                records.sort(key=order)
            mine = [r for r in records if r.uuid not in plan.placed]
            plan.refs[i] = [r for r in records if r.uuid in plan.placed]
            number = self.numbers[i]
            groups = self._subgroups(section, mine)
            plan.subgroups[i] = groups
            grouped = {r.uuid for _, rs in groups for r in rs}
            plan.records[i] = [r for r in mine if r.uuid not in grouped]
            for r in plan.records[i]:
                counter += 1
                plan.placed[r.uuid] = _Placed(f"f-{counter}", number)
            for n, (_, rs) in enumerate(groups, start=1):
                for r in rs:
                    counter += 1
                    plan.placed[r.uuid] = _Placed(f"f-{counter}", f"{number}.{n}")
        return plan

    def _all(self, index: int) -> list[FactRecord]:
        return self.plan.held(index)

    def _subgroups(self, section: SectionSpec, records: list[H]) -> list[tuple[str, list[H]]]:
        """Sub-sections: a theme's sub-themes, or the joint outcomes by top-level theme."""
        if section.kind == "theme":
            theme = self.theme_by_slug.get(section.key or "")
            if theme is None:
                return []
            out: list[tuple[str, list[H]]] = []
            taken: set[str] = set()
            for child in (t for t in self.themes if t.parent_id == theme.id):
                rs = [r for r in records if child.slug in r.themes and r.uuid not in taken]
                if rs:
                    taken.update(r.uuid for r in rs)
                    out.append((child.name(self.language), rs))
            return out
        if section.kind == "shared":
            tops = [t for t in self.themes if t.parent_id is None]
            index = {t.id: n for n, t in enumerate(tops)}

            def group(record: H) -> int:
                for slug in record.themes:
                    theme = self.theme_by_slug.get(slug)
                    if theme is not None:
                        root = theme.parent_id if theme.parent_id in index else theme.id
                        return index.get(root, len(tops))
                return len(tops)

            groups: dict[int, list[H]] = {}
            for record in records:
                groups.setdefault(group(record), []).append(record)
            return [
                (tops[g].name(self.language) if g < len(tops) else "—", groups[g])
                for g in sorted(groups)
            ]
        return []

    def cite(self, record: FactRecord) -> int | None:
        return self.citations.cite(record)

    # -- facts

    def speaker_text(self, record: FactRecord) -> str | None:
        if record.speaker is None:  # most facts: spare the call and its six arguments
            return None
        return lead_in(
            record.speaker,
            self.language,
            people=self.people,
            documents=self.documents,
            country_names=self.country_names,
            event=self.scope.event.name if self.scope.event else None,
        )

    def body(self, record: FactRecord) -> tuple[tuple[Block, ...], str]:
        text, text_language = record.text_in(self.language)
        lead = self.speaker_text(record)
        if lead and text_language == self.language:
            text = continue_after_lead(text, self.language)
        blocks = parse_blocks(typeset(text, text_language))
        if lead:
            head = Run(lead, italic=True)
            if blocks and isinstance(blocks[0], Paragraph):
                blocks = (Paragraph((head, *blocks[0].runs)), *blocks[1:])
            else:
                blocks = (Paragraph((head,)), *blocks)
        return blocks, text_language

    def meta(self, record: FactRecord, text_language: str) -> str:
        parts: list[str] = []
        if record.date:
            parts.append(format_day(record.date, self.language))
        if self.many_events or (record.event is None and self.scope.event is not None):
            event = self.events.get(record.event or "")
            parts.append(event.name_in(self.language) if event else self.labels.background)
        if record.confidence != "confirmed":
            parts.append(CONFIDENCE_LABELS[self.language].get(record.confidence, record.confidence))
        if text_language != self.language:
            name = language_name(text_language, self.language)
            parts.append(self.labels.original_language.format(language=name))
        if self.rank.get(record.marking, 0) > self.lowest:
            parts.append(marking_name(record.marking, self.language))
        return " · ".join(parts)

    def fact(self, record: FactRecord) -> DossierFact:
        self.markings_used.add(record.marking)
        body, text_language = self.body(record)
        if text_language != self.language:
            self.in_original[record.uuid] = record.translation_state(self.language)
        number = self.cite(record)
        # The frozen entry is filled without its __init__ (ten object.__setattr__ calls, 2
        # of the ~13 us an entry cost), its fields written in their order into its own dict,
        # which then shares its keys with every entry's; test_assemble_reference checks
        # each entry is whole and equal to one made through __init__.
        entry = object.__new__(DossierFact)
        f = entry.__dict__
        f["uuid"] = record.uuid
        f["anchor"] = self.plan.placed[record.uuid].anchor
        f["body"] = body
        f["text_language"] = text_language
        f["meta"] = self.meta(record, text_language)
        f["cite_text"] = f"[{number}]" if number is not None else None
        f["source_number"] = number
        f["marking"] = record.marking
        f["countries"] = self.country_list(record.countries)
        f["key"] = record.is_key
        return entry

    def country_list(self, codes: Sequence[str]) -> tuple[str, ...]:
        """Country names in the dossier language, in that language's alphabetical order."""
        key = tuple(codes)
        names = self.country_lists.get(key)
        if names is None:  # a few hundred distinct lists among 10,000 facts
            names = tuple(sorted((self.country_names.get(c, c) for c in codes), key=fold))
            self.country_lists[key] = names
        return names

    # -- sections

    def fact_section(self, index: int, section: SectionSpec) -> FactSection:
        number = self.numbers[index]
        title = section.title or self._default_title(section)
        facts = tuple(self.fact(r) for r in self.plan.records.get(index, ()))
        subs = tuple(
            FactSection(
                f"{number}.{n}",
                sub_title,
                _anchor(f"{number}.{n}"),
                tuple(self.fact(r) for r in rs),
            )
            for n, (sub_title, rs) in enumerate(self.plan.subgroups.get(index, ()), start=1)
        )
        refs = self.cross_refs(self.plan.refs.get(index, []))
        lead: tuple[Block, ...] = ()
        if section.kind == "country":
            lead = self.country_note(section.key or "")
        empty = not (facts or subs or lead)
        return FactSection(
            number,
            title,
            _anchor(number),
            facts,
            subs,
            lead=lead,
            see_also_label=self.labels.see_also if refs else "",
            see_also=refs,
            empty_text=self.labels.no_facts if empty and not refs else "",
        )

    def cross_refs(self, records: list[FactRecord]) -> tuple[CrossRef, ...]:
        """Pointers to entries printed elsewhere: the first few one by one, then a count.

        A reader follows a handful of pointers; hundreds (a big base where most facts have
        two themes) would fill pages and say nothing.
        """
        placed = [self.plan.placed[r.uuid] for r in records]
        refs = [
            CrossRef(f"{p.number} — {_first_words(r.text_in(self.language)[0])}", p.anchor)
            for r, p in zip(records[:MAX_CROSS_REFS], placed, strict=False)
        ]
        rest = placed[MAX_CROSS_REFS:]
        if rest:
            numbers = ", ".join(dict.fromkeys(p.number.split(".")[0] for p in rest))
            text = self.labels.more_refs.format(count=len(rest), sections=numbers)
            refs.append(CrossRef(text, rest[0].anchor))
        return tuple(refs)

    def _default_title(self, section: SectionSpec) -> str:
        if section.kind == "theme":
            theme = self.theme_by_slug.get(section.key or "")
            return theme.name(self.language) if theme else section.key or "?"
        if section.kind == "country":
            code = (section.key or "").upper()
            return self.country_names.get(code, code)
        if section.kind == "shared":
            return self.labels.shared
        return self.labels.picked

    def country_note(self, code: str) -> tuple[Block, ...]:
        if self.notes is None:
            self.notes = self.store.country_notes()
        for note in self.notes:
            if note.country_code == code.upper() and self.rank.get(note.marking, 0) <= self.ceiling:
                found = note.text_in(self.language)
                if found:
                    self.markings_used.add(note.marking)
                    return parse_blocks(found[0])
        return ()

    def key_points(self, index: int, section: SectionSpec) -> KeyPointsSection:
        skip = set(section.exclude)
        keys = self.store.fact_ids(replace(self.scope.query, key_only=True))
        records = [r for r in self.load(keys) if r.uuid not in skip]
        records.sort(key=_order_key)
        points = []
        for r in records:
            self.markings_used.add(r.marking)
            body, _ = self.body(r)
            first = next((b for b in body if isinstance(b, Paragraph)), None)
            number = self.cite(r)
            placed = self.plan.placed.get(r.uuid)
            points.append(
                KeyPoint(
                    text=first.runs if first else parse_inline(r.statement),
                    target=placed.anchor if placed else "",
                    ref_text=self.labels.see_entry.format(number=placed.number) if placed else "",
                    cite_text=f"[{number}]" if number is not None else None,
                    source_number=number,
                    fact=r.uuid,
                )
            )
        return KeyPointsSection(
            self.numbers[index],
            section.title or self.labels.key_points,
            _anchor(self.numbers[index]),
            tuple(points),
            empty_text="" if points else self.labels.no_facts,
        )

    def who(self, index: int, section: SectionSpec) -> WhoSection:
        # Only people named by facts the ceiling lets through (see ``who``).
        entries = who_entries(
            self.people.values(),
            self.store.people_named(self.scope.query),
            host=self.scope.event.country_code if self.scope.event else None,
            country_names=self.country_names,
            language=self.language,
            labels=self.labels,
        )
        return WhoSection(
            self.numbers[index],
            section.title or self.labels.who_is_who,
            _anchor(self.numbers[index]),
            entries,
            empty_text="" if entries else self.labels.no_facts,
        )

    def figures(self, index: int, section: SectionSpec) -> FiguresSection:
        records = {r.uuid: r for i in self.plan.records for r in self._all(i)}
        chosen = [records[u] for u in self.plan.placed if u in records]
        if not self.plan.placed:  # a figures-only dossier: the figures of every fact in scope
            chosen = sorted(self.store.facts(self.scope.query), key=_order_key)
        rows: list[FigureRow] = []
        series: dict[tuple[str, str], list[tuple[FactRecord, float, str]]] = {}
        for record in chosen:
            for figure in record.figures:
                number = self.cite(record)
                self.markings_used.add(record.marking)
                label = figure.translations.get(self.language, figure.label)
                said = self.speaker_text(record) if record.speaker else None
                if said and record.speaker and record.speaker.kind == "person":
                    # a figure someone claims must not read as established in the table
                    said = said.strip().rstrip(":").strip()
                    if self.language in ("en", "fr"):  # "(according to …)" mid-sentence
                        said = said[:1].lower() + said[1:]
                    label = f"{label} ({said})"
                value_text = self.figure_value(figure.value, figure.unit, figure.qualifier)
                rows.append(
                    FigureRow(
                        label=label,
                        value_text=value_text,
                        countries=", ".join(self.country_list(record.countries)),
                        cite_text=f"[{number}]" if number is not None else None,
                        source_number=number,
                    )
                )
                series.setdefault((label, figure.unit), []).append(
                    (record, figure.value, value_text)
                )
        charts = tuple(
            chart
            for (label, unit), points in series.items()
            if (chart := self.chart(label, unit, points))
        )
        lab = self.labels
        return FiguresSection(
            self.numbers[index],
            section.title or lab.key_figures,
            _anchor(self.numbers[index]),
            (lab.figure, lab.value, lab.country, lab.source),
            tuple(rows),
            charts,
            empty_text="" if rows else lab.no_facts,
        )

    def chart(
        self, label: str, unit: str, points: Sequence[tuple[FactRecord, float, str]]
    ) -> Chart | None:
        """A bar per figure when a label and unit recur across years or countries."""
        named = [
            (r.date.year if r.date else None, ", ".join(self.country_list(r.countries)), v, t)
            for r, v, t in points
        ]
        return chart_of(label, unit, named, self.language)

    def figure_value(self, value: float, unit: str, qualifier: str | None) -> str:
        return figure_text(value, unit, qualifier, self.language)

    def text(self, index: int, section: SectionSpec) -> TextSection:
        return TextSection(
            self.numbers[index],
            section.title or "",
            _anchor(self.numbers[index]),
            parse_blocks(typeset(section.text, self.language)),
        )

    # -- whole

    def build(self) -> Dossier:
        self.place()
        sections = [
            built
            for i, section in enumerate(self.spec.sections)
            if i in self.numbers and (built := self.section(i, section)) is not None
        ]
        return self.finish(sections)

    def section(self, index: int, section: SectionSpec) -> Section | None:
        """Section ``index`` as it prints (None: a kind this version does not print)."""
        if section.kind in _FACT_KINDS:
            return self.fact_section(index, section)
        if section.kind == "text":
            return self.text(index, section)
        if section.kind == "key-points":
            return self.key_points(index, section)
        if section.kind == "who":
            return self.who(index, section)
        if section.kind == "figures":
            return self.figures(index, section)
        return None

    def finish(self, sections: list[Section]) -> Dossier:
        """The dossier of ``sections`` with its cover: the marking and the counts of
        entries in their original are those of every fact printed (``markings_used``,
        ``in_original``), whatever ``sections`` holds of them."""
        spec, lab = self.spec, self.labels
        marking = max(self.markings_used, key=lambda m: self.rank.get(m, 0), default="UNCLASSIFIED")
        # The event's name and place print only when a fact of it prints: an event known
        # only from facts above the ceiling must not name an UNCLASSIFIED brief.
        event = self.scope.event
        visible_event = (
            event is not None
            and self.store.count(replace(self.scope.query, no_event=False, themes=(), countries=()))
            > 0
        )
        event_name = event.name_in(self.language) if event and visible_event else None
        cover: list[CoverLine] = []
        if event is not None and visible_event:
            cover.append(CoverLine(lab.event, event_name or ""))
            where = ", ".join(
                x
                for x in (
                    event.place_in(self.language),
                    format_days(event.start_date, event.end_date, self.language)
                    if event.start_date
                    else "",
                )
                if x
            )
            if where:
                cover.append(CoverLine(lab.date, where))
        prepared_on = format_day(spec.date or dt.date.today(), self.language)
        for label, value in (
            (lab.prepared_for, spec.prepared_for),
            (lab.prepared_by, spec.prepared_by),
            (lab.prepared_on, prepared_on),
            (lab.reference, spec.reference),
            (lab.version, spec.version),
        ):
            if value.strip():
                cover.append(CoverLine(label, value.strip()))
        title = typeset(spec.title.strip() or event_name or lab.briefing_book, self.language)
        states = list(self.in_original.values())
        untranslated, outdated = states.count("missing"), states.count("outdated")
        count_line = in_original_line(untranslated, outdated, self.language)
        if count_line:
            cover.append(CoverLine(*count_line))
        cover = [CoverLine(c.label, typeset(c.value, self.language)) for c in cover]
        return Dossier(
            title=title,
            subtitle=spec.subtitle.strip() or None,
            kicker=lab.briefing_book,
            cover=tuple(cover),
            date_text=prepared_on,
            language=self.language,
            page_size=_page_size(spec.page_size),
            marking=marking,
            marking_text=marking_name(marking, self.language),
            handling=HANDLING.get(self.language, {}).get(marking),
            labels=lab,
            sections=tuple(sections),
            sources=tuple(self.citations.notes),
            source_groups=self.citations.groups(),
            subject=event_name or spec.subtitle or title,
            keywords=tuple(
                section.title or self._default_title(section)
                for i, section in enumerate(spec.sections)
                if i in self.numbers and section.kind in _FACT_KINDS
            ),
            untranslated=untranslated,
            outdated=outdated,
        )


def _first_words(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _page_size(value: str) -> PageSize:
    return "Letter" if value == "Letter" else "A4"


def _anchor(number: str) -> str:
    return "sec-" + number.replace(".", "-")


def assemble(spec: DossierSpec, store: Reader) -> Dossier:
    """Build the Dossier ``spec`` describes from the facts in ``store`` now."""
    spec.check()
    with collector_paused():
        return _Assembler(store, spec).build()
