"""Ready-made pack layouts: the skeleton every pack opens with, by theme, by country.

Each returns the spec with its sections replaced; the facts each section will print are
decided later, by ``selection`` and ``assemble``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.dossier.labels import labels_for
from briefing.dossier.selection import dossier_scope
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.store.search import fold

if TYPE_CHECKING:
    from briefing.store.reader import Reader


def skeleton(spec: DossierSpec) -> list[SectionSpec]:
    """What a pack opens with: purpose, key points, key messages, who's who.

    The written sections start empty (and print only once someone writes them).
    """
    labels = labels_for(spec.language)
    return [
        SectionSpec("text", title=labels.purpose),
        SectionSpec("key-points"),
        SectionSpec("text", title=labels.key_messages),
        SectionSpec("who"),
    ]


def by_theme(store: Reader, spec: DossierSpec) -> DossierSpec:
    """``spec`` as a pack with one section per top-level theme that has facts in scope.

    Sub-themes become sub-sections of their parent; key figures close the dossier.
    """
    scope = dossier_scope(store, spec).query
    themes = store.themes()
    sections = [
        SectionSpec("theme", t.slug)
        for t in themes
        if t.parent_id is None and store.count(replace(scope, themes=(t.slug,)))
    ]
    return spec.with_sections([*skeleton(spec), *sections, SectionSpec("figures")])


def by_country(store: Reader, spec: DossierSpec) -> DossierSpec:
    """``spec`` as a pack with one section per country, and the joint outcomes once.

    A multilateral summit links most outcomes to every participant; printing them under
    each country would repeat the brief six times. Facts concerning at least three
    countries and at least half of the dossier's countries are joint outcomes; a country
    section holds what concerns that country specifically. Limited to one country (a
    bilateral brief), the dossier leads with that country, then the joint outcomes it is
    party to. Otherwise the joint outcomes come first, then the countries: the event's
    host first, then by name in the dossier's language.
    """
    scope = dossier_scope(store, spec)
    per_fact = list(store.fact_countries(replace(scope.query, countries=())).values())
    linked = {code for codes in per_fact for code in codes}
    threshold = max(3, -(-len(linked) // 2))
    specific: set[str] = set()
    for codes in per_fact:
        if len(codes) < threshold:
            specific.update(codes)
    chosen = {c.upper() for c in spec.countries}
    if chosen:
        specific = chosen
    host = scope.event.country_code if scope.event else None
    names = {c.code: c.name(spec.language) for c in store.countries()}
    ordered = sorted(specific, key=lambda c: (c != host, fold(names.get(c) or c)))
    shared_exists = any(len(codes) >= threshold for codes in per_fact)
    countries = [SectionSpec("country", c, max_countries=threshold - 1) for c in ordered]
    shared = [SectionSpec("shared", min_countries=threshold)] if shared_exists else []
    body = [*countries, *shared] if chosen else [*shared, *countries]
    return spec.with_sections([*skeleton(spec), *body, SectionSpec("figures")])
