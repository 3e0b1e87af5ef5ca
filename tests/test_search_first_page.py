"""A plain search's first page is the first page of its whole list, in the same order, when
its matches are too many to rank (PostgreSQL reads that page apart: store/pg_ranked.py)."""

from __future__ import annotations

import pytest

from briefing.store import FactQuery, Store, pg_ranked, search_run


def _facts() -> list[dict[str, object]]:
    texts = [
        "Talks on investments in the corridor.",  # typed form
        "The ministers will invest in roads.",  # an inflected form only
        "Weather report.",  # neither
    ]
    return [
        {
            "statement": f"{texts[i % 3]} Item {i}.",
            "language": "en",
            "themes": ["energy"],
            "countries": ["TJ"],
            "marking": "UNCLASSIFIED",
        }
        for i in range(30)
    ]


@pytest.mark.parametrize("word", ["investments", "invest", "weather", "corridor"])
def test_a_first_page_is_the_head_of_the_whole_list(
    store: Store, monkeypatch: pytest.MonkeyPatch, word: str
) -> None:
    monkeypatch.setattr(search_run, "RANK_LIMIT", 3)  # 10 and 20 matches: newest first
    monkeypatch.setattr(pg_ranked, "DEPTH", 4)  # both ways of finding a page are taken
    store.import_facts(_facts())
    doomed = store.fact_ids(FactQuery(limit=1, order="seq", descending=True))
    store.delete(store.get(doomed[0]).uuid)  # the newest fact, "Weather report", is binned
    whole = store.fact_ids(FactQuery(text=word, order="relevance"))
    assert len(whole) >= 9
    for limit in (1, 3, 7, len(whole), len(whole) + 5):
        page = store.fact_ids(FactQuery(text=word, order="relevance", limit=limit))
        assert page == whole[:limit], limit
