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

from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import BriefingError, FieldError, ValidationError
from briefing.store import FactQuery, FactRecord, Store
from briefing.store.entities import EventRecord

MAX_LISTED = 1000
FACT_KINDS = ("theme", "country", "shared", "facts")


@dataclass(frozen=True)
class Scope:
    """What a dossier may print: the base query of every section, and its event."""

    query: FactQuery
    event: EventRecord | None


def dossier_scope(store: Store, spec: DossierSpec) -> Scope:
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

    A section's own theme or country replaces the scope's filter of that kind.
    """
    scope = replace(scope, order="date")
    if section.kind == "theme":
        return replace(scope, themes=(section.key or "",))
    if section.kind == "country":
        return replace(scope, countries=((section.key or "").upper(),))
    if section.kind == "shared":
        return scope
    return None


def country_rule(section: SectionSpec) -> Callable[[int], bool] | None:
    """How many countries a fact of this section may concern (None: any number)."""
    if section.kind == "country" and section.max_countries is not None:
        most = section.max_countries
        return lambda n: n <= most
    if section.kind == "shared":
        least = section.min_countries or 3
        return lambda n: n >= least
    return None


def section_records(
    store: Store,
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
    records = (load or store.records)(store.fact_ids(query))
    rule = country_rule(section)
    return records if rule is None else [r for r in records if rule(len(r.countries))]


def section_facts(
    store: Store, section: SectionSpec, scope: FactQuery, language: str, limit: int = MAX_LISTED
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
    rule = country_rule(section)
    if rule is None:
        rows = store.rows(keys[:limit], language) if limit else []
        return [(r.uuid, r.statement) for r in rows], len(keys)
    out: list[tuple[str, str]] = []
    total = 0
    for start in range(0, len(keys), 2000):
        for r in store.rows(keys[start : start + 2000], language):
            if rule(len(r.countries.split())):
                total += 1
                if len(out) < limit:
                    out.append((r.uuid, r.statement))
    return out, total


def section_total(store: Store, section: SectionSpec, scope: FactQuery) -> int | None:
    """How many facts a section holds before exclusions (None: not a list of facts)."""
    if section.kind == "facts":
        try:
            return len(section_records(store, section, scope))
        except BriefingError:
            return None
    query = section_query(section, scope)
    if query is None:
        return None
    if country_rule(section) is None:
        return store.count(query)
    return section_facts(store, section, scope, "en", 0)[1]
