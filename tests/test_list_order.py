"""The fact list read off its indexes lists what a plain filter and sort of the records say.

A base with ties (same statement, same date), undated facts, every marking and
confidence, facts in the Bin, key points, facts linked to a theme and its sub-theme and
facts above a ceiling. Every order the list offers, both ways, and every filter kind are
compared with a straightforward reference: the records filtered and sorted in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import text

from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.selection import count_sections, dossier_scope, section_records
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.store import FactDraft, FactQuery, FactRecord, Store, listing

RANK = {"UNCLASSIFIED": 0, "RESTRICTED": 10, "CONFIDENTIAL": 20, "SECRET": 30}
COUNTRIES = ("KZ", "TJ", "UZ", "KG", "TM", "RU", "CN", "AF")


def _fill(store: Store) -> None:
    """Facts with ties, NULL dates, sub-themes, key points, every marking, some binned."""
    themes = store.themes()
    parent = next(t for t in themes if any(c.parent_id == t.id for c in themes))
    child = next(t for t in themes if t.parent_id == parent.id)
    other = next(t for t in themes if t.parent_id is None and t.id != parent.id)
    markings = list(RANK)
    confidences = ("confirmed", "reported", "assessed")
    drafts = []
    for i in range(60):
        drafts.append(
            FactDraft(
                # a few identical statements, one a prefix of another, case and accents
                statement=["Same words.", "Same words. And more.", "énergie", "Zeta", "alpha"][
                    i % 5
                ]
                + ("" if i % 3 else f" n°{i % 7}"),
                themes=[[parent.slug], [child.slug], [parent.slug, child.slug], [other.slug]][
                    i % 4
                ],
                countries=list(COUNTRIES[: 1 + i % len(COUNTRIES)]),
                date=None if i % 6 == 0 else dt.date(2025, 1 + i % 3, 1 + i % 2),
                marking=markings[i % 4],
                confidence=confidences[i % 3],
                is_key=i % 7 == 0,
                # every language, some translated into French (the untranslated filter)
                language=("en", "fr", "ru")[i % 3],
                translations={"fr": "Traduit."} if i % 3 != 1 and i % 4 == 1 else {},
            )
        )
    added = [store.add(d) for d in drafts]
    for record in added[::9]:
        store.delete(record.uuid)


def _reference(records: list[FactRecord], order: str, descending: bool) -> list[int]:
    """The list order spelled out: the column (NULL dates first going up, last going
    down), then the order of entry where the list uses it, then the key going up (going
    down for statements going down: that list is the ascending one reversed)."""
    columns: dict[str, Callable[[FactRecord], tuple[Any, ...]]] = {
        "date": lambda r: (r.date is not None, r.date or dt.date.min, r.seq),
        "statement": lambda r: (r.statement,),
        "marking": lambda r: (r.marking, r.seq),
        "confidence": lambda r: (r.confidence, r.seq),
        "seq": lambda r: (r.seq,),
    }
    key = columns[order]
    # stable sorts keep the key going up; equal statements going down list it going down
    by_key = sorted(records, key=lambda r: r.key, reverse=order == "statement" and descending)
    return [r.key for r in sorted(by_key, key=key, reverse=descending)]


def _all(store: Store) -> tuple[list[FactRecord], list[FactRecord]]:
    """(live facts, binned facts) as records."""
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, deleted_at FROM facts")).all()
    live = store.records([k for k, deleted in rows if deleted is None])
    return live, store.records([k for k, deleted in rows if deleted is not None])


def _statement_order(store: Store, descending: bool, deleted: bool) -> list[int] | None:
    """PostgreSQL sorts text by its collation, not by code point: ask it plainly."""
    if store.is_sqlite:
        return None
    where = "IS NOT NULL" if deleted else "IS NULL"
    way = "DESC" if descending else "ASC"
    order = f"statement {way}, id {way}"
    with store.engine.connect() as conn:
        return list(
            conn.scalars(text(f"SELECT id FROM facts WHERE deleted_at {where} ORDER BY {order}"))
        )


@pytest.fixture
def filled(seeded: Store) -> Store:
    _fill(seeded)
    return seeded


@pytest.mark.parametrize("order", ["date", "statement", "marking", "confidence", "seq"])
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_lists_the_reference_order(filled: Store, order: str, descending: bool) -> None:
    live, binned = _all(filled)
    assert binned and any(r.date is None for r in live)
    for rows, deleted in ((live, False), (binned, True)):
        query = FactQuery(order=order, descending=descending, deleted=deleted)
        expected = (order == "statement" and _statement_order(filled, descending, deleted)) or (
            _reference(rows, order, descending)
        )
        assert filled.fact_ids(query) == expected, (order, descending, deleted)
        assert filled.fact_ids(replace(query, limit=7)) == expected[:7]


def test_every_filter_lists_the_reference_set_in_order(filled: Store) -> None:
    live, _binned = _all(filled)
    themes = filled.themes()
    parent = next(t for t in themes if any(c.parent_id == t.id for c in themes))
    tree = {parent.slug, *(t.slug for t in themes if t.parent_id == parent.id)}
    cases: list[tuple[FactQuery, Callable[[FactRecord], bool]]] = [
        (FactQuery(themes=(parent.slug,)), lambda r: bool(set(r.themes) & tree)),
        (FactQuery(countries=("TJ",)), lambda r: "TJ" in r.countries),
        (
            FactQuery(markings=("SECRET", "RESTRICTED")),
            lambda r: r.marking in {"SECRET", "RESTRICTED"},
        ),
        (FactQuery(max_marking="RESTRICTED"), lambda r: RANK[r.marking] <= 10),
        (FactQuery(markings=("UNCLASSIFIED",)), lambda r: r.marking == "UNCLASSIFIED"),
        (FactQuery(max_marking="CONFIDENTIAL"), lambda r: RANK[r.marking] <= 20),
        (
            FactQuery(untranslated=("fr",)),
            lambda r: r.language != "fr" and "fr" not in r.translations,
        ),
        (
            FactQuery(untranslated=("fr",), markings=("CONFIDENTIAL",), themes=(parent.slug,)),
            lambda r: (
                r.language != "fr"
                and "fr" not in r.translations
                and r.marking == "CONFIDENTIAL"
                and bool(set(r.themes) & tree)
            ),
        ),
        (FactQuery(key_only=True), lambda r: r.is_key),
        (FactQuery(countries_at_most=2), lambda r: len(r.countries) <= 2),
        (FactQuery(countries_at_least=3), lambda r: len(r.countries) >= 3),
        (
            FactQuery(countries=("KZ",), countries_at_most=3, max_marking="CONFIDENTIAL"),
            lambda r: "KZ" in r.countries and len(r.countries) <= 3 and RANK[r.marking] <= 20,
        ),
    ]
    orders = [("date", False), ("date", True), ("marking", False), ("marking", True)]
    orders += [("confidence", False), ("seq", True)]
    for query, keep in cases:
        for order, descending in orders:
            wanted = [r for r in live if keep(r)]
            assert wanted, query
            expected = _reference(wanted, order, descending)
            got = filled.fact_ids(replace(query, order=order, descending=descending))
            assert got == expected, (query, order, descending)
            assert filled.count(query) == len(expected)
            # a first page is planned apart (SQLite walks the order's index to the limit)
            first = replace(query, order=order, descending=descending, limit=4)
            assert filled.fact_ids(first) == expected[:4], (query, order, descending)


@pytest.mark.parametrize("order", ["date", "statement", "marking", "confidence", "relevance"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_searchs_first_page_is_its_whole_lists_first_keys(
    filled: Store, order: str, descending: bool
) -> None:
    """A first page is read by another plan than the whole list: they must agree."""
    themes = filled.themes()
    parent = next(t for t in themes if any(c.parent_id == t.id for c in themes))
    for query in (
        FactQuery(text="words", order=order, descending=descending),
        FactQuery(text="words", countries=("KZ",), order=order, descending=descending),
        FactQuery(text="words", themes=(parent.slug,), max_marking="RESTRICTED", order=order),
    ):
        whole = filled.fact_ids(query)
        assert len(whole) > 5, query
        assert filled.fact_ids(replace(query, limit=5)) == whole[:5], query


def test_grouped_counts_are_what_each_theme_or_country_lists(filled: Store) -> None:
    event = filled.events()[0]
    assert filled.count(FactQuery(events=(event.uuid,))) > 0
    for scope in (
        FactQuery(),  # these are summed from the kept sets (store/facets.py)
        FactQuery(max_marking="RESTRICTED"),
        FactQuery(markings=("SECRET", "unclassified")),
        FactQuery(markings=("SECRET", "RESTRICTED"), max_marking="RESTRICTED"),
        FactQuery(events=(event.name,)),
        FactQuery(events=(event.uuid,), no_event=True, max_marking="RESTRICTED"),
        FactQuery(no_event=True),
        FactQuery(events=("no such event",), no_event=True),
        FactQuery(max_marking="RESTRICTED", countries=("KZ",)),  # a grouped query
        FactQuery(events=(event.uuid,), key_only=True),  # a grouped query
    ):
        counts = filled.theme_tree_counts(scope)
        for theme in filled.themes():
            n = len(filled.fact_ids(replace(scope, themes=(theme.slug,))))
            assert counts.get(theme.slug, 0) == n, (scope, theme.slug)
        for most, least in ((None, None), (3, None), (1, None), (None, 2)):
            at_most = replace(scope, countries_at_most=most, countries_at_least=least)
            by_country = filled.country_counts(at_most)
            for code in COUNTRIES:
                n = len(filled.fact_ids(replace(at_most, countries=(code,))))
                assert by_country.get(code, 0) == n, (at_most, code)


@pytest.mark.parametrize("layout", [by_theme, by_country])
@pytest.mark.parametrize("ceiling", [None, "RESTRICTED"])
def test_section_counts_are_what_assemble_selects(
    filled: Store, layout: Callable[[Store, DossierSpec], DossierSpec], ceiling: str | None
) -> None:
    spec = layout(filled, DossierSpec(title="Pack", max_marking=ceiling))
    scope = dossier_scope(filled, spec).query
    sections: list[SectionSpec] = [
        s for s in spec.sections if s.kind in ("theme", "country", "shared")
    ]
    assert len(sections) > 1
    counted = count_sections(filled, sections, scope)
    for section, count in zip(sections, counted.sections, strict=True):
        records = section_records(filled, section, scope)
        assert count.total == len(records), section
        rule_most, rule_least = section.max_countries, section.min_countries
        if section.kind == "country" and rule_most is not None:
            assert all(len(r.countries) <= rule_most for r in records)
        if section.kind == "shared":
            assert all(len(r.countries) >= (rule_least or 3) for r in records)


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_a_search_lists_its_matches_in_the_reference_order(
    filled: Store, share: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search matching more than listing.WALK_SHARE of the facts is listed by walking
    the order's index (share 0: every search), others by joining (share 1): both in the
    list's order."""
    monkeypatch.setattr(listing, "WALK_SHARE", share)
    live, _binned = _all(filled)
    for word in ("words", "summit", "same words"):  # two words: always joined
        matched = set(filled.fact_ids(FactQuery(text=word, order="relevance")))
        wanted = [r for r in live if r.key in matched]
        assert len(wanted) > 5, word
        for order, descending in [("date", False), ("date", True), ("marking", True)]:
            query = FactQuery(text=word, order=order, descending=descending)
            assert filled.fact_ids(query) == _reference(wanted, order, descending), query
        for descending in (False, True):  # statements: in the database's collation
            query = FactQuery(text=word, order="statement", descending=descending)
            listed = filled.fact_ids(replace(query, text=""))
            assert filled.fact_ids(query) == [k for k in listed if k in matched], query
