"""Who's who names the people of the facts in scope: linked or speaking, person by person."""

from __future__ import annotations

from briefing.store import FactQuery, Store


def _facts(store: Store) -> None:
    store.save_event("Forum X")
    theme = {"themes": ["security"]}
    store.import_facts(
        [
            {**theme, **fact}
            for fact in [
                {"statement": "a", "people": ["Ann Linked"], "event": "Forum X"},
                {"statement": "b", "speaker": {"person": "Bo Speaker"}, "event": "Forum X"},
                {"statement": "c", "people": ["Cy Secret"], "marking": "SECRET"},
                {"statement": "d", "speaker": {"person": "Di Secret"}, "marking": "SECRET"},
                {"statement": "e", "people": ["Ed Binned"], "speaker": {"person": "Fay Binned"}},
                {"statement": "f", "people": ["Ann Linked", "Gus Background"]},
            ]
        ]
    )
    store.delete(store.fact_ids(FactQuery(text="e"))[0])


def test_people_linked_or_speaking_in_live_facts(store: Store) -> None:
    _facts(store)
    assert store.people_named() == {
        "Ann Linked",
        "Bo Speaker",
        "Cy Secret",
        "Di Secret",
        "Gus Background",
    }


def test_people_of_the_facts_the_query_keeps(store: Store) -> None:
    _facts(store)
    below = store.people_named(FactQuery(max_marking="CONFIDENTIAL"))
    assert below == {"Ann Linked", "Bo Speaker", "Gus Background"}
    assert store.people_named(FactQuery(events=("Forum X",))) == {"Ann Linked", "Bo Speaker"}
    # a person named by a kept fact and by one left out is named once
    assert store.people_named(FactQuery(events=("Forum X",), max_marking="UNCLASSIFIED")) == {
        "Ann Linked",
        "Bo Speaker",
    }
    assert store.people_named(FactQuery(deleted=True)) == {"Ed Binned", "Fay Binned"}
