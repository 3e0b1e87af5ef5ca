"""Large imports into a base that already holds more facts index only what they add."""

from __future__ import annotations

import pytest

from briefing.store import FactQuery, Store, bulk, index


def _facts(word: str, n: int) -> list[dict[str, object]]:
    return [
        {
            "statement": f"Fact {i} about {word}.",
            "language": "en",
            "themes": ["energy"],
            "countries": ["TJ"],
            "marking": "UNCLASSIFIED",
        }
        for i in range(n)
    ]


def test_a_large_import_into_a_bigger_base_indexes_just_its_facts(
    seeded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "REBUILD_THRESHOLD", 5)
    rebuilds: list[int] = []
    original = index.rebuild

    def counting(conn: object) -> int:
        rebuilds.append(1)
        return original(conn)  # type: ignore[arg-type]

    monkeypatch.setattr(index, "rebuild", counting)
    before = seeded.count()
    seeded.import_facts(_facts("zorblattite", before + 10))  # most of the base: one rebuild
    assert rebuilds == [1]
    seeded.import_facts(_facts("quintexium", 6))  # a few percent of it: only its own rows
    assert rebuilds == [1]
    assert seeded.count(FactQuery(text="quintexium")) == 6
    assert seeded.count(FactQuery(text="zorblattite")) == before + 10
    assert seeded.count(FactQuery(text="Douchanbé")) > 0  # the seed stays searchable
