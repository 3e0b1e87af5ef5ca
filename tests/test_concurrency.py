"""Several processes writing one base: every acknowledged add is stored, and of two
edits of one fact the later is refused, on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
import random
import time
from pathlib import Path

import pytest

from briefing.errors import ConflictError, DatabaseBusyError
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


# ------------------------------------------------------------------ editing the same facts

EDIT_SECONDS = 3.0
SHARED = 4  # facts every worker edits: collisions are the point


def _edit_for_a_while(args: tuple[str, int, list[str]]) -> tuple[list[tuple[str, str]], int]:
    """Append a mark of this worker to random shared facts until time is up.

    Returns the (fact, mark) of every save the store acknowledged, and how many saves it
    refused (conflict or busy): refused ones are reported, never silently lost.
    """
    url, worker, uuids = args
    store = Store.open(url)
    rng = random.Random(worker)
    saved: list[tuple[str, str]] = []
    refused = 0
    deadline = time.monotonic() + EDIT_SECONDS
    n = 0
    try:
        while time.monotonic() < deadline:
            uuid = rng.choice(uuids)
            record = store.get(uuid)
            draft = record.to_draft()
            mark = f"w{worker}.{n}"
            n += 1
            draft.statement = f"{record.statement} {mark}"
            try:
                store.update(uuid, draft, record.version)
            except (ConflictError, DatabaseBusyError):
                refused += 1
                continue
            saved.append((uuid, mark))
    finally:
        store.close()
    return saved, refused


def test_overlapping_edits_from_several_processes_lose_nothing(store_url: str) -> None:
    """Each save appends a mark to what it read; if one save overwrote another unseen,
    the other's acknowledged mark would be missing from the final text."""
    store = Store.open(store_url)
    try:
        store.save_theme("security", "Security")
        uuids = [
            store.add(FactDraft(f"Shared fact {i}.", ["security"])).uuid for i in range(SHARED)
        ]
    finally:
        store.close()
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        results = pool.map(_edit_for_a_while, [(store_url, w, uuids) for w in range(3)])
    saved = [pair for done, _ in results for pair in done]
    assert saved and sum(refused for _, refused in results) > 0  # they did collide
    store = Store.open(store_url)
    try:
        for uuid in uuids:
            record = store.get(uuid)
            marks = [mark for u, mark in saved if u == uuid]
            words = record.statement.split()
            assert all(mark in words for mark in marks), uuid
            assert record.version == 1 + len(marks)
            assert len(store.revisions(uuid)) == len(marks)
        changed, _ = store.changes_since("0:0")
        assert set(uuids) <= set(changed)
    finally:
        store.close()


def _save_behind_their_back(args: tuple[str, str]) -> int:
    url, uuid = args
    store = Store.open(url)
    try:
        record = store.get(uuid)
        draft = record.to_draft()
        draft.statement = "Saved by the other process."
        return store.update(uuid, draft, record.version).version
    finally:
        store.close()


def test_a_save_from_another_process_refuses_the_later_one(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        store.save_theme("security", "Security")
        mine = store.add(FactDraft("Original.", ["security"]))
        token = store.change_token()
        context = multiprocessing.get_context("spawn")
        with context.Pool(1) as pool:
            assert pool.apply(_save_behind_their_back, ((store_url, mine.uuid),)) == 2
        draft = mine.to_draft()
        draft.statement = "Mine, from the version I loaded."
        with pytest.raises(ConflictError, match="changed by someone else since version 1"):
            store.update(mine.uuid, draft, mine.version)
        assert store.get(mine.uuid).statement == "Saved by the other process."
        changed, token = store.changes_since(token)
        assert changed == [mine.uuid]
        assert store.changes_since(token) == ([], token)
        added = store.add(FactDraft("Another.", ["security"]))
        store.delete(mine.uuid)
        assert set(store.changes_since(token)[0]) == {mine.uuid, added.uuid}
    finally:
        store.close()
