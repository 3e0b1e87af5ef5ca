"""From a DossierSpec and the store to a Dossier: choosing, placing, numbering, wording.

This is the only dossier module that reads the store. Everything the renderers print is
decided here: which facts (the scope of ``selection``: event, background, ceiling), where
each prints (once: the first section that holds it; later ones refer to it), in which
order, which translation, who said it, which citation number, the cover lines, the annex.

Assembly runs in two passes. The first places facts into the fact sections and gives each
printed fact its anchor; the second builds the sections in printing order, so citation
numbers follow the order a reader meets them (key points first) and key points can link
to entries printed further on. The annex's numbering and grouping live in ``annex``, the
who's-who entries in ``who``; the placing rule in ``placement``, the wording of each entry
in ``entries``, the cover and the whole ``Dossier`` in ``cover`` (mixins of ``_Assembler``:
``_Assembler.placement`` is the rule the preview's ``opening`` runs too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.batch import collector_paused
from briefing.dossier.annex import Citations
from briefing.dossier.cover import Cover
from briefing.dossier.document import (
    Chart,
    Dossier,
    FactSection,
    FigureRow,
    FiguresSection,
    KeyPoint,
    KeyPointsSection,
    Section,
    TextSection,
    WhoSection,
)
from briefing.dossier.entries import Entries
from briefing.dossier.figures import chart_of, figure_text
from briefing.dossier.labels import labels_for, typeset
from briefing.dossier.markup import Block, Paragraph, parse_blocks, parse_inline
from briefing.dossier.placement import (
    _FACT_KINDS,
    H,
    Placement,
    _Held,
    _order_key,
    _Placed,
    _Plan,
    order_key,
)
from briefing.dossier.selection import Scope, dossier_scope, section_query, section_records
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.dossier.who import who_entries
from briefing.store import FactRecord

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefing.store.entities import CountryNoteRecord
    from briefing.store.reader import Reader

# Re-exported: ``opening`` and the tests take them from here.
__all__ = ["_FACT_KINDS", "H", "_Held", "_Placed", "_Plan", "assemble", "order_key"]


class _Assembler(Placement, Entries, Cover):
    """One dossier being assembled: placing (``placement``), wording entries (``entries``),
    the sections here, the cover and the whole (``cover``)."""

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
        self.order_keys: dict[int, tuple[dt.date, int, int]] = {}  # see ``order_of``
        # every section's records read by ``place`` (the preview's opening reads a part)
        self.placed_whole = False
        # uuids of the entries printed in their original for want of a current translation
        self.in_original: dict[str, str] = {}
        self.country_lists: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.meta_tails: dict[tuple[str | None, str, str, str], str] = {}  # see ``meta``
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
        keys = self.section_keys()
        if keys:  # every section's facts in one read (see ``section_keys``)
            self.load(sorted({k for held in keys.values() for k in held}))

        def held(section: SectionSpec) -> list[FactRecord]:
            found = keys.get(id(section))
            if found is not None:
                return self.load(found)
            return section_records(self.store, section, self.scope.query, self.load)

        self.plan = self.placement(held, self.order_of)
        self.many_events = len(self.plan.events()) > 1
        self.placed_whole = True

    def section_keys(self) -> dict[int, list[int]]:
        """The keys of every theme, country and shared section (by ``id`` of its spec), as
        ``selection.section_records`` asks the store for them, so that their records are
        read together: section by section, a pack by theme at 1,000 facts read them in
        eleven reads of eight queries each (88 statements, mostly fixed costs), at 10,000
        in eleven reads instead of one of a few chunks. test_assemble_reference assembles
        without it too (``section_records`` alone) and compares."""
        out: dict[int, list[int]] = {}
        for i in self.numbers:
            section = self.spec.sections[i]
            if section.kind in _FACT_KINDS and id(section) not in out:
                query = section_query(section, self.scope.query)  # None: "facts", picked
                if query is not None:
                    out[id(section)] = self.store.fact_ids(query)
        return out

    def order_of(self, record: FactRecord) -> tuple[dt.date, int, int]:
        """``record``'s order key, computed once per fact, not once per section holding
        it (most facts of a pack by theme are in two): 20,000 keys of three calls each
        were ~5% of assembling 10,000 facts."""
        key = self.order_keys.get(record.key)
        if key is None:
            key = self.order_keys[record.key] = _order_key(record)
        return key

    def _all(self, index: int) -> list[FactRecord]:
        return self.plan.held(index)

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
            self.named_people(),
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

    def named_people(self) -> set[str]:
        """``store.people_named`` of the dossier's scope: from the records placing read
        when they are every fact in scope (a pack by theme or country), else asked of the
        store. Each record read belongs to the scope (every section narrows it), so they
        are the whole scope when they are as many as the store counts in it (kept counts:
        well under a millisecond). At 10,000 facts the store's answer joined every fact's
        people again (~20 ms of CPU). test_assemble_reference compares the two."""
        records = self.cache
        if self.placed_whole and len(records) == self.store.count(self.scope.query):
            names: set[str] = set()
            for record in records.values():
                names.update(record.people)
                if record.speaker is not None and record.speaker.kind == "person":
                    names.add(record.speaker.ref)
            return names
        return self.store.people_named(self.scope.query)

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


def _anchor(number: str) -> str:
    return "sec-" + number.replace(".", "-")


def assemble(spec: DossierSpec, store: Reader) -> Dossier:
    """Build the Dossier ``spec`` describes from the facts in ``store`` now."""
    spec.check()
    with collector_paused():
        return _Assembler(store, spec).build()
