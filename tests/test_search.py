"""Search is accent-, case- and script-insensitive and reaches linked names and aliases."""

from __future__ import annotations

import pytest

from briefing.store import FactDraft, FactQuery, Store
from briefing.store.search import SearchQuery, fold


def test_fold() -> None:
    assert fold("Douchanbé") == "douchanbe"
    assert fold("ТАДЖИКИСТАН") == "таджикистан"
    assert fold("Ёлка") == "елка"
    assert fold("Tokaïev") == "tokaiev"


def test_query_syntax() -> None:
    q = SearchQuery.parse('Poutine "corridor Nord-Sud" É')
    assert q.terms == ("poutine", "é")
    assert q.phrases == (("corridor", "nord", "sud"),)
    assert q.fts5() == '"poutine"* AND "é" AND "corridor nord sud"'
    assert q.tsquery() == "'poutine':* & 'e' & ('corridor' <-> 'nord' <-> 'sud')"
    assert SearchQuery.parse('  " " ').empty


@pytest.fixture
def facts(store: Store) -> dict[str, int]:
    store.save_person("Emomali Rahmon", "President of Tajikistan", "TJ", [("Рахмон", "ru")])
    a = store.add(
        FactDraft(
            statement="Le sommet s’est tenu à Douchanbé.",
            language="fr",
            themes=["security"],
            countries=["TJ"],
            people=["Рахмон"],
        )
    )
    b = store.add(
        FactDraft(
            statement="Таджикистан принял саммит «Центральная Азия — Россия».",
            language="ru",
            themes=["energy"],
            countries=["RU"],
        )
    )
    c = store.add(
        FactDraft(
            statement="Corridor Nord-Sud et corridor Est-Ouest.",
            language="fr",
            themes=["energy"],
            countries=["KZ"],
        )
    )
    return {"a": a.key, "b": b.key, "c": c.key}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Douchanbe", {"a"}),
        ("DOUCHANBÉ", {"a"}),
        ("таджикистан", {"a", "b"}),  # a is linked to TJ, whose Russian name matches
        ("Rahmon", {"a"}),  # linked person, matched through the person's name
        ("рахмон", {"a"}),  # and through the Cyrillic alias
        ("Tajikistan", {"a"}),  # linked country's English name
        ("Таджикистан", {"a", "b"}),  # Russian country name of TJ + the Russian statement
        ('"nord sud"', {"c"}),
        ('"sud nord"', set()),
        ("corrid", {"c"}),  # prefix
        ("sommet douchanbe", {"a"}),
        ("sommet moscou", set()),
        ("саммит", {"b"}),
        ("ЦЕНТРАЛЬНАЯ", {"b"}),
    ],
)
def test_search_matches(store: Store, facts: dict[str, int], text: str, expected: set[str]) -> None:
    found = set(store.fact_ids(FactQuery(text=text)))
    assert found == {facts[k] for k in expected}


def test_search_combines_with_filters(store: Store, facts: dict[str, int]) -> None:
    assert store.fact_ids(FactQuery(text="corridor", countries=("TJ",))) == []
    assert store.fact_ids(FactQuery(text="corridor", themes=("energy",))) == [facts["c"]]
    assert store.count(FactQuery(text="таджикистан")) == 2


def test_renaming_a_person_reindexes_their_facts(store: Store, facts: dict[str, int]) -> None:
    person = next(p for p in store.people() if p.name == "Emomali Rahmon")
    store.save_person(person.name, person.role, "TJ", [("Rakhmon", "en")], person_id=person.id)
    assert store.fact_ids(FactQuery(text="rakhmon")) == [facts["a"]]
    assert store.fact_ids(FactQuery(text="рахмон")) == []


def test_relevance_ranks_then_falls_back_to_newest(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    weak = store.add(FactDraft(statement="Energy was mentioned once among many other long "
                               "words about trade, transport, migration and education.",
                               themes=["security"], countries=["TJ"]))  # fmt: skip
    strong = store.add(FactDraft(statement="Energy, energy, energy.", themes=["security"],
                                 countries=["TJ"]))  # fmt: skip
    newest = store.add(FactDraft(statement="Energy again, in a long sentence about several "
                                 "unrelated matters of state.", themes=["security"],
                                 countries=["TJ"]))  # fmt: skip
    ranked = store.fact_ids(FactQuery(text="energy", order="relevance"))
    assert ranked[0] == strong.key
    assert set(ranked) == {weak.key, strong.key, newest.key}
    monkeypatch.setattr("briefing.store.search_run.RANK_LIMIT", 2)
    assert store.fact_ids(FactQuery(text="energy", order="relevance")) == [
        newest.key, strong.key, weak.key,
    ]  # fmt: skip
    by_date = store.fact_ids(FactQuery(text="energy", order="seq"))
    assert by_date == [weak.key, strong.key, newest.key]
