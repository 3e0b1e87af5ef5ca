"""Imports index just the facts they add, with the same bodies a rebuild would write."""

from __future__ import annotations

import pytest
from sqlalchemy import text

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


def test_a_large_import_indexes_just_its_facts(
    seeded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "REBUILD_THRESHOLD", 5)
    rewrites: list[str] = []

    def counting(name: str):  # type: ignore[no-untyped-def]
        original = getattr(index, name)

        def wrapped(*args: object) -> object:
            rewrites.append(name)
            return original(*args)

        return wrapped

    monkeypatch.setattr(index, "rebuild", counting("rebuild"))
    monkeypatch.setattr(index, "reindex", counting("reindex"))
    before = seeded.count()
    seeded.import_facts(_facts("zorblattite", before + 10))  # most of the base
    seeded.import_facts(_facts("quintexium", 6))  # a few percent of it
    assert rewrites == []  # neither the base's index nor the new rows were read back
    assert seeded.count(FactQuery(text="quintexium")) == 6
    assert seeded.count(FactQuery(text="zorblattite")) == before + 10
    assert seeded.count(FactQuery(text="Douchanbé")) > 0  # the seed stays searchable


def _bodies(store: Store) -> dict[int, str]:
    key = "rowid" if store.is_sqlite else "fact_id"
    with store.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {key}, body FROM fact_search"))
        return {int(k): str(b) for k, b in rows}


def test_imported_bodies_are_what_a_rebuild_writes(seeded: Store) -> None:
    """Names new and known, aliases, event, source, translations, figures: an import
    builds each body from its own rows, and a rebuild from the base must agree."""
    rich = {
        "statement": "Les ministres ont signé l'accord sur le corridor.",
        "language": "fr",
        "translations": {"en": "The ministers signed the corridor deal.", "ru": "Министры."},
        "themes": ["energy", "security"],
        "countries": ["TJ", "KZ"],
        "people": ["Emomali Rahmon", "Jane Quorvath"],
        "organisations": ["Zentrix Holding"],
        "documents": ["Dushanbe Quorvath Declaration"],
        "event": "Quorvath Forum",
        "speaker": {"person": "Olek Brandvist"},
        "source": {"title": "Quorvath Wire", "quote": "signé l'accord", "locator": "§2"},
        "figures": [{"label": "Trade turnover", "value": 4e9, "unit": "USD"}],
        "marking": "UNCLASSIFIED",
    }
    seeded.import_facts([rich, *_facts("plain", 3)])
    imported = _bodies(seeded)
    with seeded.session() as s:
        index.rebuild(s.connection())
    assert _bodies(seeded) == imported
    # PostgreSQL's bodies are folded (lower case): look for the names the same way
    assert any(
        "jane quorvath" in b.lower() and "quorvath forum" in b.lower() for b in imported.values()
    )
