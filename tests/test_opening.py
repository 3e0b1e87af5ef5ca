"""opening(): the preview's first entries without assembling the whole dossier, equal to
excerpt(assemble(...)) field for field: cover (marking, counts), sections, entries,
anchors, citation numbers, sources. Opening.contents(): the outline of the whole dossier
from its placement, line for line the outline of the assembled whole."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from briefing.dossier.assemble import assemble
from briefing.dossier.document import Dossier, FiguresSection
from briefing.dossier.excerpt import excerpt
from briefing.dossier.layouts import by_country, by_theme, skeleton
from briefing.dossier.opening import Opening, opening
from briefing.dossier.output import ExportCancelled
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.gui.outline import outline_of
from briefing.store import FactDraft, FactQuery, Store
from briefing.store.records import FigureDraft

EVENT = "Second Central Asia – Russia summit"
DAY = dt.date(2025, 10, 20)
COUNTRIES = ["KZ", "KG", "RU", "TJ", "TM", "UZ", "CN", "FR"]
BUDGETS = (1, 3, 7, 30, 31, 64, 200, 100_000)
LIMITS = (0, 1, 5, 30, 61, 400, 100_000)  # fact lines an outline lists


def _grow(store: Store, n: int = 150) -> None:
    """``n`` more facts of every shape placing reads: sub-themes, several countries,
    background facts, three languages with missing, current and outdated translations,
    key points, figures, locators out of date order; one SECRET fact, late in the last
    theme, and every outdated translation late too, so that a cover taken from the
    opening alone would differ."""
    rng = random.Random(12)
    slugs = [t.slug for t in store.themes()]
    late = [t.slug for t in store.themes() if t.parent_id is None][-1]
    added = []
    for i in range(n):
        language = rng.choice(("en", "fr", "ru"))
        translations = {}
        if language != "en" and i % 5:
            translations["en"] = f"Translated statement {i}."
        if language != "fr" and i % 3 == 0:
            translations["fr"] = f"Énoncé traduit {i}."
        if language != "ru" and i % 2 == 0:
            translations["ru"] = f"Переведённое утверждение {i}."
        secret = i == n - 1
        draft = FactDraft(
            statement=f"Statement {i} in {language}, about {rng.choice(slugs)}.",
            themes=[late] if secret else rng.sample(slugs, k=rng.randint(1, 3)),
            countries=rng.sample(COUNTRIES, k=rng.randint(0, 5)),
            language=language,
            translations=translations,
            date=DAY + dt.timedelta(days=400) if secret else DAY - dt.timedelta(days=i % 17),
            event=EVENT if i % 4 else None,
            marking="SECRET"
            if secret
            else rng.choices(["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL"], [70, 20, 10])[0],
            source_title=f"Wire {i % 9}",
            quote=f"quoted passage {i % 23}" if i % 6 else None,
            locator=f"§{rng.randint(1, 30)}" if i % 4 else None,
            is_key=i % 29 == 0,
            figures=[FigureDraft("Trade turnover", rng.randint(1, 9) * 10**9, "USD")]
            if i % 11 == 0
            else [],
        )
        added.append(store.add(draft))
    # outdated translations, all on facts dated late: they print past any small opening
    for record in [r for r in added if r.translations][-6:]:
        draft = record.to_draft()
        draft.statement += " Edited."
        draft.date = DAY + dt.timedelta(days=300)
        store.update(record.uuid, draft, record.version)


def _same(spec: DossierSpec, store: Store) -> Dossier:
    """The whole dossier, and the opening equal to its excerpt at every budget; one
    placement's openings and contents (built in turn, as the preview builds them) equal
    to the whole's excerpts and outline."""
    whole = assemble(spec, store)
    placed = Opening(spec, store)
    for budget in BUDGETS:
        assert placed.excerpt(budget) == excerpt(whole, budget), budget
    for limit in LIMITS:
        contents = placed.contents(limit)
        assert contents.facts == whole.fact_count()
        assert contents.dossier.sources == whole.sources
        assert contents.dossier.source_groups == whole.source_groups
        assert contents.dossier.cover == whole.cover
        listed = outline_of(contents.dossier, limit, contents.totals, contents.facts)
        assert listed == outline_of(whole, limit), limit
    assert placed.excerpt(BUDGETS[3]) == excerpt(whole, BUDGETS[3])  # after the contents
    for budget in BUDGETS:
        expected = excerpt(whole, budget)
        got = opening(spec, store, budget)
        assert got.total == expected.total and got.facts == expected.facts, budget
        assert got.complete == expected.complete, budget
        assert got.dossier.cover == expected.dossier.cover, budget
        assert got.dossier.marking == expected.dossier.marking, budget
        assert got.dossier.sections == expected.dossier.sections, budget
        assert got.dossier.source_groups == expected.dossier.source_groups, budget
        assert got == expected, budget
    return whole


def _base(spec: DossierSpec) -> DossierSpec:
    return replace(spec, title="Brief", date=DAY)


def test_the_seed_by_theme_and_by_country(seeded: Store) -> None:
    spec = _base(DossierSpec(event=EVENT))
    _same(by_theme(seeded, spec), seeded)
    _same(by_country(seeded, spec), seeded)


@pytest.fixture
def grown(seeded: Store) -> Store:
    _grow(seeded)
    return seeded


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_a_larger_base_by_theme_with_background(
    grown: Store, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _base(DossierSpec(event=EVENT, include_background=True, language=language))
    whole = _same(by_theme(grown, spec), grown)
    assert whole.marking == "SECRET" and whole.outdated > 0

    def whole_assembly(*args: object) -> None:
        raise AssertionError("the opening assembled the whole dossier")

    monkeypatch.setattr("briefing.dossier.opening.assemble", whole_assembly)
    head = opening(by_theme(grown, spec), grown, 30)
    assert not head.complete
    printed = {f.marking for s in head.dossier.fact_sections() for f in s.facts}
    # the cover's marking and counts are the whole dossier's, not the opening's own
    assert "SECRET" not in printed and head.dossier.marking == "SECRET"
    assert head.dossier.outdated == whole.outdated


def test_a_larger_base_by_country_and_without_an_event(grown: Store) -> None:
    _same(by_country(grown, _base(DossierSpec(event=EVENT))), grown)
    _same(by_theme(grown, _base(DossierSpec())), grown)


def test_under_a_ceiling(grown: Store) -> None:
    spec = _base(DossierSpec(event=EVENT, include_background=True, max_marking="RESTRICTED"))
    whole = _same(by_theme(grown, spec), grown)
    assert whole.marking == "RESTRICTED"
    _same(by_country(grown, spec), grown)


def test_picked_shared_excluded_and_written_sections(grown: Store) -> None:
    records = grown.facts()
    picked = tuple(r.uuid for r in records[40:55])[::-1]
    spec = _base(DossierSpec(event=EVENT, include_background=True, language="fr"))
    sections = [
        *skeleton(spec),
        SectionSpec("text", title="Context", text="Some *written* words."),
        SectionSpec("facts", facts=picked, exclude=picked[:2]),
        SectionSpec("shared", min_countries=3),
        SectionSpec("country", "TJ", max_countries=2, exclude=(records[3].uuid,)),
        SectionSpec("theme", "security"),
        SectionSpec("theme", "foreign-policy", exclude=(records[7].uuid,)),
    ]
    _same(spec.with_sections(sections), grown)


def test_figures_reached_by_the_budget_are_built_from_the_placed_facts(
    grown: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = by_theme(grown, _base(DossierSpec(event=EVENT, include_background=True)))
    assert spec.sections[-1].kind == "figures"
    whole = _same(spec, grown)
    figures = whole.sections[-1]
    assert isinstance(figures, FiguresSection) and figures.rows

    def whole_assembly(*args: object) -> None:
        raise AssertionError("the opening assembled the whole dossier")

    monkeypatch.setattr("briefing.dossier.opening.assemble", whole_assembly)
    placed = Opening(spec, grown)
    assert placed.excerpt(100_000) == excerpt(whole, 100_000)
    contents = placed.contents(30)
    assert outline_of(contents.dossier, 30, contents.totals, contents.facts) == outline_of(
        whole, 30
    )


def test_figures_printed_before_the_facts_number_their_notes_first(grown: Store) -> None:
    """Key figures cite the placed facts where they print: before the fact sections,
    their notes come first, in the contents as in the whole dossier."""
    spec = by_theme(grown, _base(DossierSpec(event=EVENT, include_background=True)))
    figures, facts = spec.sections[-1], spec.sections[:-1]
    whole = _same(spec.with_sections([figures, *facts]), grown)
    first = whole.sections[0]
    assert isinstance(first, FiguresSection) and first.rows[0].source_number == 1


def test_figures_alone_fall_back_to_the_whole(grown: Store) -> None:
    spec = _base(DossierSpec(event=EVENT, themes=("migration",)))
    spec = spec.with_sections([SectionSpec("key-points"), SectionSpec("figures")])
    _same(spec, grown)
    only = spec.with_sections([SectionSpec("figures")])
    _same(only, grown)


def test_a_scope_narrowed_to_countries_or_themes(grown: Store) -> None:
    """Theme sections of a scope narrowed to countries are asked of the store, not
    taken from the light rows' themes; a scope narrowed to themes narrows the rest."""
    spec = _base(DossierSpec(event=EVENT, include_background=True, countries=("TJ", "KZ")))
    _same(by_theme(grown, spec), grown)
    spec = _base(DossierSpec(event=EVENT, include_background=True, themes=("security", "energy")))
    _same(by_country(grown, spec), grown)


@pytest.mark.parametrize("markings", [("CONFIDENTIAL",), ()])
def test_light_rows_of_a_narrow_and_of_a_wide_scope(
    grown: Store, markings: tuple[str, ...]
) -> None:
    """A scope that keeps most of the base reads every link, a narrow one only its own:
    either way each light row has its record's themes and countries, and no other
    fact has a row."""
    query = FactQuery(markings=markings)
    places = grown.fact_places(query, "fr", countries=True)
    keys = grown.fact_ids(query)
    assert sorted(places) == sorted(keys)
    every = max(r.key for r in grown.facts(FactQuery(deleted=False)))
    assert (2 * len(keys) < every) == bool(markings)
    for record in grown.records(keys):
        place = places[record.key]
        assert place.themes == record.themes
        assert place.countries == tuple(sorted(record.countries))
        assert place.state == record.translation_state("fr")


def test_contents_stop_between_steps_when_told(grown: Store) -> None:
    """The preview stops building the contents for a newer request at its next check."""
    spec = by_theme(grown, _base(DossierSpec(event=EVENT, include_background=True)))
    calls: list[int] = []

    def check() -> None:
        calls.append(len(calls))
        if len(calls) == 3:
            raise ExportCancelled()

    placed = Opening(spec, grown)
    with pytest.raises(ExportCancelled):
        placed.contents(30, check)
    assert len(calls) == 3
    whole = assemble(spec, grown)
    contents = placed.contents(30)  # a stopped build leaves nothing behind
    assert outline_of(contents.dossier, 30, contents.totals, contents.facts) == outline_of(
        whole, 30
    )
