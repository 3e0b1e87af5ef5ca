"""Kept counts stay equal to counting from scratch through every kind of write."""

from __future__ import annotations

from dataclasses import replace

from briefing.store import FactDraft, FactQuery, Store


def fresh_counts(store: Store) -> tuple[dict[str, int], dict[str, int], dict[str, int], int]:
    return (
        store.counts_by_theme(),
        store.counts_by_country(),
        store.counts_by_marking(),
        store.count(),
    )


def test_counts_follow_every_write(store: Store) -> None:
    a = store.add(FactDraft(statement="A", themes=["security"], countries=["TJ", "RU"]))
    b = store.add(
        FactDraft(statement="B", themes=["energy", "security"], countries=["KZ"], marking="SECRET")
    )
    assert store.counts_by_country() == {"TJ": 1, "RU": 1, "KZ": 1}
    assert store.counts_by_theme() == {"security": 2, "energy": 1}
    assert store.counts_by_marking() == {"UNCLASSIFIED": 1, "SECRET": 1}

    edited = a.to_draft()
    edited.countries = ["UZ"]
    edited.themes = ["energy"]
    store.update(a.uuid, edited, a.version)
    assert store.counts_by_country() == {"UZ": 1, "KZ": 1}
    assert store.counts_by_theme() == {"security": 1, "energy": 2}

    store.delete(b.uuid)
    assert store.counts_by_country() == {"UZ": 1}
    assert store.count() == 1
    assert store.count(FactQuery(countries=("KZ",))) == 0
    store.restore(b.uuid)
    assert store.count(FactQuery(countries=("kz",))) == 1

    store.import_facts(
        [{"statement": f"C{i}", "themes": ["energy"], "countries": ["TJ"]} for i in range(3)]
    )
    before = fresh_counts(store)
    store.recount()
    assert fresh_counts(store) == before
    assert before[1]["TJ"] == 3


def test_count_agrees_with_listing(store: Store) -> None:
    for i in range(6):
        store.add(
            FactDraft(
                statement=f"Corridor fact {i}",
                themes=["security" if i % 2 else "energy"],
                countries=["TJ" if i % 3 else "RU"],
                marking="RESTRICTED" if i == 4 else "UNCLASSIFIED",
            )
        )
    for query in (
        FactQuery(),
        FactQuery(countries=("TJ",)),
        FactQuery(markings=("RESTRICTED",)),
        FactQuery(themes=("security",), countries=("TJ",)),
        FactQuery(text="corridor"),
        FactQuery(text="corridor", countries=("RU",)),
        FactQuery(max_marking="UNCLASSIFIED"),
    ):
        assert store.count(query) == len(store.fact_ids(query)), query


def test_small_import_with_new_event_is_counted(store: Store) -> None:
    store.import_facts(
        [{"statement": "E", "themes": ["energy"], "countries": ["TJ"], "event": "New forum"}]
    )
    counts = (store.counts_by_theme(), store.counts_by_country(), store.count())
    store.recount()
    assert (store.counts_by_theme(), store.counts_by_country(), store.count()) == counts
    assert counts[2] == 1


def test_theme_and_country_counts_read_off_the_links_agree_with_the_list(store: Store) -> None:
    """A theme counts its sub-themes' facts once each, never the Bin's; with a country
    (or several countries) only the facts linked to both."""
    store.save_theme("hydro-x", "Hydro X", parent="energy")
    drafts = [
        FactDraft(statement="parent only", themes=["energy"], countries=["TJ"]),
        FactDraft(statement="child only", themes=["hydro-x"], countries=["KZ"]),
        FactDraft(statement="both", themes=["energy", "hydro-x"], countries=["TJ", "KZ"]),
        FactDraft(statement="other theme", themes=["security"], countries=["TJ"]),
        FactDraft(statement="binned", themes=["hydro-x"], countries=["TJ"]),
    ]
    added = [store.add(d) for d in drafts]
    store.delete(added[-1].uuid)
    queries = [
        FactQuery(themes=("energy",)),
        FactQuery(themes=("hydro-x",)),
        FactQuery(themes=("energy",), countries=("tj",)),
        FactQuery(themes=("energy", "security"), countries=("KZ", "TJ")),
        FactQuery(countries=("KZ", "TJ")),
        FactQuery(themes=("no-such-theme",), countries=("TJ",)),
    ]
    expected = [3, 2, 2, 4, 4, 0]
    for query, n in zip(queries, expected, strict=True):
        assert store.count(query) == n, query
        assert len(store.fact_ids(query)) == n, query  # the list's own filter agrees
    store.restore(added[-1].uuid)
    assert store.count(FactQuery(themes=("energy",))) == 4


def assert_set_counts_agree_with_the_list(store: Store) -> None:
    """The counts summed from the kept theme and country sets are what each filter lists
    (a theme with its sub-themes, under a ceiling, among facts with at most n countries)."""
    events = [e.name for e in store.events()]
    for scope in (
        FactQuery(),
        FactQuery(max_marking="RESTRICTED"),
        FactQuery(events=tuple(events[:1])),
        FactQuery(events=tuple(events[:1]), no_event=True, max_marking="RESTRICTED"),
    ):
        trees = store.theme_tree_counts(scope)
        records = store.records(store.fact_ids(scope))
        direct = store.counts_by_theme(scope.max_marking)
        for theme in store.themes():
            n = len(store.fact_ids(replace(scope, themes=(theme.slug,))))
            assert trees.get(theme.slug, 0) == n, (scope, theme.slug)
            linked = sum(1 for r in records if theme.slug in r.themes)
            if not scope.events:  # counts_by_theme takes a ceiling only
                assert direct.get(theme.slug, 0) == linked, (scope, theme.slug)
        for most in (None, 1):
            by_country = store.country_counts(replace(scope, countries_at_most=most))
            for code in ("TJ", "KZ", "RU", "UZ"):
                query = replace(scope, countries=(code,), countries_at_most=most)
                assert by_country.get(code, 0) == len(store.fact_ids(query)), (query, code)


def test_set_counts_follow_every_write(store: Store) -> None:
    store.save_theme("hydro-x", "Hydro X", parent="energy")
    store.save_event("Forum X")
    store.save_event("Forum Y")
    a = store.add(
        FactDraft(statement="A", themes=["energy", "hydro-x"], countries=["TJ"], event="Forum X")
    )
    b = store.add(
        FactDraft(statement="B", themes=["hydro-x"], countries=["KZ", "TJ"], marking="SECRET")
    )
    store.add(FactDraft(statement="C", themes=["security"], countries=["RU"]))
    assert store.theme_tree_counts()["energy"] == 2  # a fact in both counts once
    assert_set_counts_agree_with_the_list(store)
    edited = a.to_draft()
    edited.themes, edited.countries, edited.marking = ["hydro-x"], ["UZ", "KZ"], "RESTRICTED"
    edited.event = "Forum Y"
    store.update(a.uuid, edited, a.version)
    assert_set_counts_agree_with_the_list(store)
    store.delete(b.uuid)
    assert_set_counts_agree_with_the_list(store)
    store.restore(b.uuid)
    store.save_theme("hydro-x", "Hydro X", parent="security")  # re-parented
    assert store.theme_tree_counts()["security"] == 3
    assert_set_counts_agree_with_the_list(store)
    store.import_facts(
        [
            {"statement": f"D{i}", "themes": ["hydro-x"], "countries": ["TJ", "RU"], "event": e}
            for i, e in enumerate(["Forum X", "Forum Y", "Forum Z"])
        ]
    )
    assert_set_counts_agree_with_the_list(store)
    before = (store.theme_tree_counts(), store.country_counts(FactQuery(max_marking="SECRET")))
    store.recount()
    assert (
        store.theme_tree_counts(),
        store.country_counts(FactQuery(max_marking="SECRET")),
    ) == before
