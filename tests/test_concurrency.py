"""Several processes writing one SQLite file: every acknowledged add is stored."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from briefing.store import FactDraft, Store
from tests.conftest import sqlite_url

ADDS = 12


def _add_many(args: tuple[str, int]) -> tuple[int, list[str]]:
    url, worker = args
    store = Store.open(url)
    added: list[str] = []
    try:
        for i in range(ADDS):
            record = store.add(
                FactDraft(statement=f"worker {worker} fact {i}", themes=["security"])
            )
            added.append(record.uuid)
    finally:
        store.close()
    return worker, added


def test_parallel_writers_lose_nothing(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "shared.db")
    store = Store.open(url)
    store.save_theme("security", "Security")
    store.close()
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        results = pool.map(_add_many, [(url, w) for w in range(3)])
    acknowledged = {u for _, added in results for u in added}
    assert len(acknowledged) == 3 * ADDS  # no add failed
    store = Store.open(url)
    try:
        assert {r.uuid for r in store.facts()} == acknowledged
        assert store.count() == 3 * ADDS  # the kept counts agree
    finally:
        store.close()
