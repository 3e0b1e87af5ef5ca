"""A dossier's opening without assembling the whole: the builder preview's first page.

``opening(spec, store, entries)`` is ``excerpt(assemble(spec, store), entries)``, equal
field for field (tests/test_opening.py builds both ways), at the cost of the entries it
keeps. The whole assembly loads every full record and builds every entry: 7.6 s of CPU
at 100,000 facts before the first page could be cut from it.

What the opening prints depends on the whole dossier in four ways, each taken here from
light rows (``store.placing.FactPlace``: keys, dates, order fields, markings, themes,
events, translation state, countries when sections are by country; a few queries over
the dossier's scope):

* placement: which section prints a fact, its anchor and sub-section number, the
  cross-references — ``_Assembler.placement``, the rule ``assemble`` runs on records, run
  on the light rows;
* the cover: the highest marking of everything printed (the facts of every fact section,
  every key point, the country notes), the count of entries printed in their original,
  and whether the dossier names more than one event (a fact's meta line says its event);
* citation numbers: the annex numbers sources as they are first cited, in reading order,
  so an opening built in reading order numbers them as the whole does;
* the totals the excerpt reports (fact entries of the whole).

Full records are loaded and entries built only for the sections up to the cut, each
fact section trimmed to the entries the budget leaves. A key-points or who's-who section
on the way is built whole (no records beyond its own) and cut as ``excerpt`` cuts it.

A figures section the budget reaches is built whole from the full records of the placed
facts that state figures (14,000 of 100,000 in the GUI's test base), as ``assemble``
builds it. One case is not taken apart: a dossier with a figures section and no fact
section entries (its rows are every figure in scope); ``opening`` then assembles the
whole dossier.

``Opening`` places a dossier once and builds from that placement the opening of any
budget (the preview's first page, then its ~2,000 entries) and the ``Contents`` of the
whole, which the preview's outline lists: every section, sub-section, count,
cross-reference, key point, person, figure and source note of the whole dossier, fact
sections holding only the entries the outline lists. The whole dossier's assembly (438
MB at 100,000 facts, every entry built) is no longer needed to say what it holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, cast

from briefing.batch import collector_paused
from briefing.dossier.annex import Citations
from briefing.dossier.assemble import _Assembler, assemble
from briefing.dossier.document import (
    Dossier,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    Section,
    WhoSection,
)
from briefing.dossier.entries import MAX_CROSS_REFS
from briefing.dossier.excerpt import Excerpt, excerpt, excerpt_of_part
from briefing.dossier.placement import _FACT_KINDS, _Plan, order_key
from briefing.dossier.selection import section_query
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.store.placing import FactPlace
from briefing.store.records import FactRecord

if TYPE_CHECKING:
    from briefing.store.reader import Reader

_IN_ORIGINAL = ("missing", "outdated")  # the states printed in the original, noted
_SOURCES_CHUNK = 5000  # source passages read at once for the contents' notes (~2 MB)


def _order(place: FactPlace) -> tuple[dt.date, int, int, bool, int]:
    """``assemble``'s order key, then the store's date order for its ties (undated
    first, then by key): ``assemble`` sorts the store's date-ordered list of a section
    with a stable sort; this sorts any set of the same facts the same way."""
    date, number, seq = order_key(place.date, place.locator, place.seq)
    return (date, number, seq, place.date is not None, place.key)


@dataclass(frozen=True)
class Contents:
    """What a whole dossier holds, as its outline lists it (``gui.outline``).

    ``dossier`` has every section, sub-section, cross-reference, key point, person, figure
    row and source note of the whole dossier, numbered as the whole numbers them, but each
    fact section (and sub-section) holds only its first entries: of ``listed`` fact
    entries in printing order, one more than the budget leaves it (so a reader of the
    first ``listed`` knows where the listing stops), and at least one where the whole
    has any. ``totals`` gives each fact section's (and sub-section's) whole count by its
    number, ``facts`` the whole dossier's fact entries.
    """

    dossier: Dossier
    totals: dict[str, int]
    facts: int


class _Opening(_Assembler):
    """An ``_Assembler`` that places on light rows and builds up to the cut only."""

    def __init__(self, store: Reader, spec: DossierSpec) -> None:
        super().__init__(store, spec)
        self.light: dict[int, FactPlace] = {}
        self.broad = self.scope.query  # the query every section narrows (``place``)
        self.layout: _Plan[FactPlace] = _Plan()
        self.position: dict[int, int] = {}  # key → place in assemble's order of sections
        self.by_theme: dict[str, list[FactPlace]] = {}
        self.by_country: dict[str, list[FactPlace]] = {}
        self.ordered: list[FactPlace] = []  # every light row in order, when by country

    def place(self) -> None:
        """The whole dossier's placement and cover facts, from light rows."""
        # Every section's query narrows this one (a section's theme or country replaces
        # the scope's; picked facts and key points keep it): one read covers them all.
        broad = self.broad = replace(self.scope.query, themes=(), countries=())
        kinds = {s.kind for s in self.spec.sections}
        by_country = bool(kinds & {"country", "shared"}) and not self.scope.query.themes
        self.light = self.store.fact_places(broad, self.language, countries=by_country)
        # Every section sorts its facts alike (``_order``): sorted once here, a section's
        # facts are taken in that order (sorting each section cost 0.3 s of CPU at
        # 100,000 facts, most being in two sections).
        ordered = sorted(self.light.values(), key=_order)
        self.position = {p.key: n for n, p in enumerate(ordered)}
        for place in ordered:
            for slug in place.themes:
                self.by_theme.setdefault(slug, []).append(place)
            for code in place.countries:
                self.by_country.setdefault(code, []).append(place)
        self.ordered = ordered if by_country else []
        self.numbers = self.printed_numbers()
        self.layout = self.placement(self._held, None)
        self.plan = _Plan(placed=self.layout.placed)
        self.many_events = len(self.layout.events()) > 1
        for i in self.layout.records:
            for place in self.layout.held(i):
                self.markings_used.add(place.marking)
                if place.state in _IN_ORIGINAL:
                    self.in_original[place.uuid] = place.state
        keys: list[int] | None = None
        for i in self.numbers:
            section = self.spec.sections[i]
            if section.kind == "key-points":
                if keys is None:
                    keys = self.store.fact_ids(replace(self.scope.query, key_only=True))
                skip = set(section.exclude)
                self.markings_used.update(
                    p.marking for k in keys if (p := self.light.get(k)) and p.uuid not in skip
                )
            elif section.kind == "country":
                self.country_note(section.key or "")  # its marking counts, printed or not

    def _held(self, section: SectionSpec) -> list[FactPlace]:
        """``selection.section_records`` on light rows."""
        if section.kind == "facts":
            if not section.facts:
                return []
            keys = self.store.fact_ids(replace(self.scope.query, order="seq"))
            by_uuid = {p.uuid: p for k in keys if (p := self.light.get(k))}
            return [by_uuid[u] for u in section.facts if u in by_uuid]
        if section.kind == "theme" and not self.scope.query.countries:
            return self._theme(section.key or "")
        if section.kind == "country" and self.ordered:
            code, most = (section.key or "").upper(), section.max_countries
            return [
                p for p in self.by_country.get(code, ()) if most is None or len(p.countries) <= most
            ]
        if section.kind == "shared" and self.ordered and not self.scope.query.countries:
            least = section.min_countries or 3
            return [p for p in self.ordered if len(p.countries) >= least]
        query = section_query(section, self.scope.query)
        if query is None:
            return []
        return self._sorted(k for k in self.store.fact_ids(query) if k in self.light)

    def _sorted(self, keys: Iterable[int]) -> list[FactPlace]:
        return [self.light[k] for k in sorted(keys, key=self.position.__getitem__)]

    def _theme(self, slug: str) -> list[FactPlace]:
        """A theme section's facts, from the light rows' themes: the store's rule (the
        theme and its direct sub-themes; the scope's other filters are the light rows'
        own). Asking the store section by section cost 0.4 s of CPU for a pack by theme
        at 100,000 facts."""
        theme = self.theme_by_slug.get(slug)
        if theme is None:
            return []
        tree = [slug, *(t.slug for t in self.themes if t.parent_id == theme.id)]
        found = [t for t in tree if t in self.by_theme]
        if len(found) == 1:
            return list(self.by_theme[found[0]])
        return self._sorted({p.key for t in found for p in self.by_theme[t]})

    def keep(self, index: int, entries: int) -> None:
        """Fill the plan of fact section ``index`` with full records of its first
        ``entries`` entries (direct ones, then sub-sections') and of its references."""
        layout = self.layout
        direct = layout.records.get(index, [])[:entries]
        left = entries - len(direct)
        groups: list[tuple[str, list[FactPlace]]] = []
        for title, places in layout.subgroups.get(index, []):
            if left <= 0:
                break
            groups.append((title, places[:left]))
            left -= len(groups[-1][1])
        self.fill(index, direct, groups)

    def fill(
        self, index: int, direct: list[FactPlace], groups: list[tuple[str, list[FactPlace]]]
    ) -> None:
        """The plan of fact section ``index``: full records of ``direct`` and ``groups``;
        its cross-references, of which ``cross_refs`` words the first ``MAX_CROSS_REFS``
        and only counts the rest by their placing (their uuid): those stay light rows
        (a section of a pack by theme refers to thousands of facts at 100,000)."""
        refs = self.layout.refs.get(index, [])
        worded = refs[:MAX_CROSS_REFS]
        wanted = [p.key for p in (*direct, *(p for _, ps in groups for p in ps), *worded)]
        records = {r.key: r for r in self.load(wanted)}

        def full(places: list[FactPlace]) -> list[FactRecord]:
            # a fact deleted since the light rows were read is left out, not a failure
            return [records[p.key] for p in places if p.key in records]

        self.plan.records[index] = full(direct)
        self.plan.subgroups[index] = [(t, full(ps)) for t, ps in groups]
        counted = cast(list[FactRecord], refs[MAX_CROSS_REFS:])  # read for their uuid only
        self.plan.refs[index] = full(worded) + counted

    def reset(self) -> None:
        """Before a build: no entry built and no note numbered; the placement stays."""
        self.plan = _Plan(placed=self.layout.placed)
        self.citations = Citations(self.citations.sources, self.language)

    def key_figures(self, index: int, section: SectionSpec) -> FiguresSection:
        """The figures section as ``assemble`` builds it: the rows of every placed fact
        that states figures, from their full records (and no other fact's)."""
        stating = self.store.keys_with_figures(self.broad)
        placed = self.layout.placed
        keys = [k for k in stating if (p := self.light.get(k)) and p.uuid in placed]
        built, self.plan = self.plan, _Plan(records={index: self.load(keys)}, placed=placed)
        try:
            return self.figures(index, section)
        finally:
            self.plan = built

    def build_section(self, index: int, section: SectionSpec) -> Section | None:
        if section.kind == "figures":
            return self.key_figures(index, section)
        return self.section(index, section)

    def figures_alone(self) -> bool:
        """A figures section with no fact placed: its rows are every figure in scope,
        which only the whole dossier's assembly reads."""
        return not self.layout.placed and any(s.kind == "figures" for s in self.spec.sections)

    def opening(self, entries: int) -> Excerpt | None:
        """The excerpt of ``entries`` entries; None where only the whole dossier says."""
        if self.figures_alone():
            return None
        self.reset()
        total = sum(len(self.layout.held(i)) for i in self.layout.records)
        left, cut = entries, False
        sections: list[Section] = []
        for i in self.numbers:
            section = self.spec.sections[i]
            if left <= 0:
                cut = True
                break
            if section.kind in _FACT_KINDS:
                held = len(self.layout.held(i))
                self.keep(i, min(held, left))
            built = self.build_section(i, section)
            if built is None:
                continue
            sections.append(built)
            if section.kind in _FACT_KINDS:
                wanted = held
            elif isinstance(built, KeyPointsSection):
                wanted = len(built.points)
            elif isinstance(built, WhoSection):
                wanted = len(built.people)
            elif isinstance(built, FiguresSection):
                wanted = len(built.rows)
            else:
                wanted = 0
            cut = cut or wanted > left
            left -= min(wanted, left)
        part = self.finish(sections)
        if not cut:  # every section was built whole: this is the whole dossier
            return Excerpt(part, total, total, complete=True)
        return excerpt_of_part(part, entries, total)

    def contents(self, listed: int, check: Callable[[], None]) -> Contents | None:
        """The whole dossier's ``Contents``, fact entries built for the first ``listed``
        only; None where only the whole dossier says. ``check`` is called between
        steps (it may raise to stop)."""
        if self.figures_alone():
            return None
        self.reset()
        # Every note numbered first, as the whole dossier numbers them: its fact entries
        # and key points cite in reading order (source passages read a chunk at a time).
        # Each fact section's own entries are then built for the first ``listed`` only
        # and find their notes already numbered.
        early: dict[int, Section | None] = {}
        for i in self.numbers:
            section = self.spec.sections[i]
            if section.kind in _FACT_KINDS:
                held = self.layout.held(i)
                for start in range(0, len(held), _SOURCES_CHUNK):
                    check()
                    chunk = held[start : start + _SOURCES_CHUNK]
                    sources = self.store.fact_sources([p.key for p in chunk])
                    for place in chunk:
                        found = sources.get(place.key)
                        if found is not None:  # cite() reads a record's source and language
                            self.citations.cite(cast(FactRecord, found))
            elif section.kind in ("key-points", "figures"):  # they cite where they print
                early[i] = self.build_section(i, section)
        left = listed
        sections: list[Section] = []
        for i in self.numbers:
            check()
            section = self.spec.sections[i]
            if i in early:
                built = early[i]
            else:
                if section.kind in _FACT_KINDS:
                    left = self.keep_listed(i, left)
                built = self.build_section(i, section)
            if built is not None:
                sections.append(built)
        totals: dict[str, int] = {}
        for i in self.layout.records:
            number = self.numbers[i]
            totals[number] = len(self.layout.held(i))
            for n, (_, places) in enumerate(self.layout.subgroups.get(i, []), start=1):
                totals[f"{number}.{n}"] = len(places)
        facts = sum(len(self.layout.held(i)) for i in self.layout.records)
        return Contents(self.finish(sections), totals, facts)

    def keep_listed(self, index: int, left: int) -> int:
        """Fill fact section ``index``'s plan for ``Contents``: of its own entries and
        each sub-section's, in printing order, one more than ``left`` leaves them and at
        least one where there are any. Returns what is left of ``left``."""
        parts = [
            self.layout.records.get(index, []),
            *(ps for _, ps in self.layout.subgroups.get(index, [])),
        ]
        kept: list[list[FactPlace]] = []
        for places in parts:
            take = min(len(places), left + 1)
            kept.append(places[:take])
            left -= min(take, left)
        titles = [t for t, _ in self.layout.subgroups.get(index, [])]
        self.fill(index, kept[0], list(zip(titles, kept[1:], strict=True)))
        return left


class Opening:
    """A dossier placed once (``opening``'s light rows and placement: 1.4 s of CPU at
    100,000 facts), from which its openings of any budget and its contents are built."""

    def __init__(self, spec: DossierSpec, store: Reader) -> None:
        spec.check()
        self.spec, self.store = spec, store
        with collector_paused():
            self._opening = _Opening(store, spec)
            self._opening.place()

    def excerpt(self, entries: int) -> Excerpt:
        """``excerpt(assemble(spec, store), entries)``."""
        with collector_paused():
            part = self._opening.opening(entries)
        if part is not None:
            return part
        return excerpt(assemble(self.spec, self.store), entries)

    def contents(self, listed: int, check: Callable[[], None] | None = None) -> Contents:
        """The whole dossier's ``Contents``, its first ``listed`` fact entries built.

        ``check`` is called every few thousand facts and may raise to stop: the contents
        of 100,000 facts take ~2 s of CPU, after the pages, when a newer request (an edit
        of the cover) may be waiting; stopping at once spares it a new child's start.
        """
        with collector_paused():
            found = self._opening.contents(listed, check or _go_on)
        if found is not None:
            return found
        whole = assemble(self.spec, self.store)
        totals = {s.number: _fact_total(s) for s in _fact_sections(whole.sections)}
        return Contents(whole, totals, whole.fact_count())


def _go_on() -> None:
    """The ``check`` of a caller that never stops."""


def _fact_sections(sections: Iterable[Section]) -> Iterable[FactSection]:
    for section in sections:
        if isinstance(section, FactSection):
            yield section
            yield from _fact_sections(section.subsections)


def _fact_total(section: FactSection) -> int:
    return len(section.facts) + sum(_fact_total(s) for s in section.subsections)


def opening(spec: DossierSpec, store: Reader, entries: int) -> Excerpt:
    """``excerpt(assemble(spec, store), entries)``, loading and building only what the
    excerpt keeps (see the module's notes for the one case that assembles it all)."""
    return Opening(spec, store).excerpt(entries)
