"""Which facts a dossier section holds: the one rule the builder and ``assemble`` share.

Qt-free and renderer-free. ``dossier_scope`` turns a spec into the store query every
section starts from (the event and background rule, the ceiling, the theme and country
narrowing); ``section_query`` narrows it to one section. The builder counts and lists with
``section_total`` / ``section_facts``; ``assemble`` reads whole records with
``section_records``. A fact that several sections hold prints in the first of them only
(``assemble`` refers to it from the others).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import BriefingError, FieldError, ValidationError
from briefing.store.entities import EventRecord
from briefing.store.records import FactQuery, FactRecord

if TYPE_CHECKING:
    from briefing.store.reader import Reader

MAX_LISTED = 1000
# Up to this many facts in all sections, the counts also say which facts print in an
# earlier section (a fact prints once) and how many distinct facts the dossier prints;
# above it, listing every fact would be slow and the dossier total is an upper bound.
PLACING_LIMIT = 5000
FACT_KINDS = ("theme", "country", "shared", "facts")


@dataclass(frozen=True)
class Scope:
    """What a dossier may print: the base query of every section, and its event."""

    query: FactQuery
    event: EventRecord | None


def dossier_scope(store: Reader, spec: DossierSpec) -> Scope:
    """The query behind every section of ``spec``; unknown event or ceiling is an error."""
    ceiling = spec.max_marking
    if ceiling is not None:
        ceiling = ceiling.strip().upper()
        if ceiling not in dict(store.markings()):
            known = ", ".join(code for code, _ in store.markings())
            raise ValidationError(
                [
                    FieldError.of(
                        "max_marking", "marking_unknown", marking=spec.max_marking, known=known
                    )
                ]
            )
    event = store.event(spec.event) if spec.event else None
    query = FactQuery(
        themes=spec.themes,
        countries=tuple(c.upper() for c in spec.countries),
        events=(event.uuid,) if event else (),
        no_event=bool(event and spec.include_background),
        max_marking=ceiling,
        order="date",
    )
    return Scope(query, event)


def section_query(section: SectionSpec, scope: FactQuery) -> FactQuery | None:
    """The store query of a theme, country or shared section; None for other kinds.

    A section's own theme or country replaces the scope's filter of that kind. How many
    countries a fact may concern is part of the query (a country section's
    ``max_countries``; a shared section's ``min_countries``, 3 if unset), so the store
    counts a section without loading its facts.
    """
    scope = replace(scope, order="date")
    if section.kind == "theme":
        return replace(scope, themes=(section.key or "",))
    if section.kind == "country":
        return replace(
            scope,
            countries=((section.key or "").upper(),),
            countries_at_most=section.max_countries,
        )
    if section.kind == "shared":
        return replace(scope, countries_at_least=section.min_countries or 3)
    return None


def section_records(
    store: Reader,
    section: SectionSpec,
    scope: FactQuery,
    load: Callable[[list[int]], list[FactRecord]] | None = None,
) -> list[FactRecord]:
    """Every fact the section holds before exclusions, as full records.

    ``load`` turns keys into records (default ``store.records``); ``assemble`` passes a
    cached loader so a fact held by several sections is read once.
    """
    if section.kind == "facts":
        wanted = set(section.facts)
        if not wanted:
            return []
        # Picked facts obey the scope too: the ceiling and the event are never overridden.
        by_uuid = {r.uuid: r for r in store.facts(replace(scope, order="seq")) if r.uuid in wanted}
        return [by_uuid[u] for u in section.facts if u in by_uuid]
    query = section_query(section, scope)
    if query is None:
        return []
    return (load or store.records)(store.fact_ids(query))


def section_facts(
    store: Reader, section: SectionSpec, scope: FactQuery, language: str, limit: int = MAX_LISTED
) -> tuple[list[tuple[str, str]], int]:
    """(uuid, statement) of at most ``limit`` facts the section holds before exclusions,
    and how many there are in all. Store calls only: the builder runs it in a worker."""
    if section.kind == "facts":
        records = section_records(store, section, scope)
        found = {r.uuid: r for r in records}
        picked = [
            (u, found[u].text_in(language)[0] if u in found else "") for u in section.facts[:limit]
        ]
        return picked, len(records)
    query = section_query(section, scope)
    if query is None:
        return [], 0
    keys = store.fact_ids(query)
    rows = store.rows(keys[:limit], language) if limit else []
    return [(r.uuid, r.statement) for r in rows], len(keys)


def section_total(store: Reader, section: SectionSpec, scope: FactQuery) -> int | None:
    """How many facts a section holds before exclusions (None: not a list of facts)."""
    if section.kind == "facts":
        try:
            return len(section_records(store, section, scope))
        except BriefingError:
            return None
    query = section_query(section, scope)
    if query is None:
        return None
    return store.count(query)


@dataclass(frozen=True)
class SectionCount:
    """What one fact section holds, as ``assemble`` selects it.

    ``total``: facts held before exclusions (None: not a list of facts, or unreadable).
    ``above``: of those kept, how many print in an earlier section instead (None: too
    many facts to place). ``withheld``: facts the section would hold without the ceiling.
    """

    total: int | None
    above: int | None
    withheld: int


PAGES_FIXED = 8
PAGES_PER_FACT = 0.14
# A dossier past this asks before it is exported: at ~0.14 page a fact that is ~14,000
# facts, minutes of work and a file no reader pages through.
LARGE_DOSSIER_PAGES = 2000


@dataclass(frozen=True)
class DossierCount:
    """Counts of every fact section and of the whole dossier.

    ``printed``: distinct facts the dossier prints; ``exact`` is False when the dossier
    was too large to place each fact, and ``printed`` is then the sum over sections.
    ``withheld``: distinct facts the ceiling keeps out (a sum when not ``exact``).
    """

    sections: tuple[SectionCount, ...]
    printed: int
    withheld: int
    exact: bool

    def estimated_pages(self) -> int:
        """About how many A4 pages the dossier prints: a fact entry with its annex note
        takes ~0.14 page, cover, contents and who's who ~8 (measured on by-theme packs:
        the seed's 58 facts print 14 pages, 1,000 print 166, the first 2,000 of 100,000
        print 279). Letter pages hold a little less; the estimate is a guide, not a count."""
        return PAGES_FIXED + round(self.printed * PAGES_PER_FACT)


def _totals(store: Reader, sections: list[SectionSpec], scope: FactQuery) -> list[int | None]:
    """``section_total`` of each section; the theme sections' all from one grouped count,
    and the country sections' sharing a ``max_countries`` likewise (the same query each
    section runs, its theme or country replacing the scope's): counted section by section,
    a pack by theme cost 0.3-0.7 s of CPU at 100,000 facts, one by country 0.6-1.2 s."""
    grouped: dict[tuple[str, int | None], dict[str, int]] = {}
    if not scope.text:
        if sum(1 for s in sections if s.kind == "theme") > 1:
            grouped["theme", None] = store.theme_tree_counts(scope)
        limits = [s.max_countries for s in sections if s.kind == "country"]
        for most in set(limits):
            if limits.count(most) > 1:  # the sections of a pack by country share one
                at_most = replace(scope, countries_at_most=most)
                grouped["country", most] = store.country_counts(at_most)
    out: list[int | None] = []
    for s in sections:
        group = (s.kind, s.max_countries if s.kind == "country" else None)
        counts = grouped.get(group)
        key = (s.key or "").upper() if s.kind == "country" else s.key or ""
        out.append(counts.get(key, 0) if counts is not None else section_total(store, s, scope))
    return out


def _held(store: Reader, section: SectionSpec, scope: FactQuery) -> list[int]:
    """Keys of the facts a section holds before exclusions. Keys, not uuids: reading each
    fact's listing row for its uuid cost a pack for an event (~1,500 facts in 11
    sections) 0.2 s of CPU at 100,000 facts."""
    if section.kind == "facts":
        return [r.key for r in section_records(store, section, scope)]
    query = section_query(section, scope)
    return store.fact_ids(query) if query is not None else []


def count_sections(store: Reader, sections: list[SectionSpec], scope: FactQuery) -> DossierCount:
    """Count each fact section of a dossier and the dossier itself. Store calls only.

    The same selection as ``assemble``: a fact kept by several sections prints in the
    first only, and the ceiling (``scope.max_marking``) is applied to every kind of
    section, hand-picked facts included.
    """
    totals = _totals(store, sections, scope)
    open_scope = replace(scope, max_marking=None) if scope.max_marking else None
    opened = _totals(store, sections, open_scope) if open_scope else list(totals)
    withheld = [max((o or 0) - (t or 0), 0) for o, t in zip(opened, totals, strict=True)]
    if sum(o or 0 for o in opened) > PLACING_LIMIT:
        kept_sum = sum(
            max((t or 0) - len(s.exclude), 0) for s, t in zip(sections, totals, strict=True)
        )
        counts = tuple(SectionCount(t, None, w) for t, w in zip(totals, withheld, strict=True))
        return DossierCount(counts, kept_sum, sum(withheld), exact=False)
    placed: set[int] = set()
    above_ceiling: set[int] = set()
    out: list[SectionCount] = []
    excluded = [u for s in sections for u in s.exclude]
    key_of = store.keys_of(excluded) if excluded else {}
    for section, total, was, held_out in zip(sections, totals, opened, withheld, strict=True):
        if held_out and open_scope is not None and was:
            inside = set(_held(store, section, scope)) if total else set()
            above_ceiling.update(k for k in _held(store, section, open_scope) if k not in inside)
        if not total:
            out.append(SectionCount(total, 0, held_out))
            continue
        skip = {key_of[u] for u in section.exclude if u in key_of}
        kept = [k for k in _held(store, section, scope) if k not in skip]
        out.append(SectionCount(total, sum(1 for u in kept if u in placed), held_out))
        placed.update(kept)
    return DossierCount(tuple(out), len(placed), len(above_ceiling), exact=True)
