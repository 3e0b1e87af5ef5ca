"""The id-backed fact model: Qt's model contract, lazy pages, sorting by the store."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from briefing.gui.factmodel import (
    COLUMN_INDEX,
    KEY_ROLE,
    UUID_ROLE,
    FactTableModel,
    plain_statement,
)
from briefing.gui.jobs import JobRunner
from briefing.store import FactDraft, FactQuery, FactRow, Store


class CountingStore:
    """Wraps a Store to count the row fetches the model makes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.row_calls: list[int] = []

    def fact_ids(self, query: FactQuery) -> list[int]:
        return self.store.fact_ids(query)

    def rows(self, keys: Sequence[int], language: str = "en") -> list[FactRow]:
        self.row_calls.append(len(keys))
        return self.store.rows(keys, language)


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, seeded: Store) -> None:
    model = FactTableModel(seeded)
    model.set_query(FactQuery())
    assert model.rowCount() == 58
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qtmodeltester_while_filtering(
    qtmodeltester: ModelTester, seeded: Store
) -> None:
    model = FactTableModel(seeded, language="fr", page_size=7)
    qtmodeltester.check(model, force_py=True)
    model.set_query(FactQuery(countries=("TJ",)))
    model.set_query(FactQuery(text="Poutine"))
    model.set_query(FactQuery(text="zzzz-nothing"))
    assert model.rowCount() == 0
    model.set_query(FactQuery())
    assert model.rowCount() == 58


def test_rows_are_fetched_a_page_at_a_time(seeded: Store) -> None:
    counting = CountingStore(seeded)
    model = FactTableModel(counting, page_size=10)  # type: ignore[arg-type]
    model.set_query(FactQuery())
    assert counting.row_calls == []  # keys only: nothing read yet
    statement = COLUMN_INDEX["statement"]
    model.data(model.index(25, statement))
    model.data(model.index(29, statement))
    assert counting.row_calls == [10]  # one page, rows 20-29
    model.data(model.index(0, statement))
    assert counting.row_calls == [10, 10]
    model.set_query(FactQuery())  # a change drops the cache
    model.data(model.index(25, statement))
    assert counting.row_calls == [10, 10, 10]


def test_model_holds_keys_and_shows_rows(seeded: Store) -> None:
    model = FactTableModel(seeded)
    model.set_query(FactQuery(countries=("TJ",)))
    keys = seeded.fact_ids(FactQuery(countries=("TJ",)))
    assert model.keys() == keys
    index = model.index(0, COLUMN_INDEX["countries"])
    assert "TJ" in index.data()
    assert index.data(KEY_ROLE) == keys[0]
    assert index.data(UUID_ROLE) == seeded.get(keys[0]).uuid
    assert model.row_of(keys[3]) == 3


def test_sorting_is_done_by_the_store(seeded: Store) -> None:
    model = FactTableModel(seeded)
    model.set_query(FactQuery())
    model.sort(COLUMN_INDEX["statement"], Qt.SortOrder.DescendingOrder)
    assert model.sort_key() == ("statement", True)
    assert model.keys() == seeded.fact_ids(FactQuery(order="statement", descending=True))


def test_sorting_by_a_column_the_store_cannot_sort_is_refused(qtbot: QtBot, seeded: Store) -> None:
    model = FactTableModel(seeded)
    model.set_query(FactQuery())
    before = list(model.keys())
    with qtbot.waitSignal(model.sort_rejected, timeout=1000):
        model.sort(COLUMN_INDEX["countries"], Qt.SortOrder.AscendingOrder)
    assert model.keys() == before
    assert model.sort_key() == ("date", False)


def test_requests_on_a_worker_apply_only_the_latest(qtbot: QtBot, seeded: Store) -> None:
    runner = JobRunner(1)
    model = FactTableModel(seeded, runner=runner)
    model.request(FactQuery(countries=("AF",)))
    model.request(FactQuery(countries=("TJ",)))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not model.busy)
    assert model.keys() == seeded.fact_ids(FactQuery(countries=("TJ",)))
    runner.shutdown()


def test_tooltips_escape_html_from_statements(store: Store) -> None:
    store.add(FactDraft("<b>raw</b> & **bold**", themes=["energy"]))
    model = FactTableModel(store)
    model.set_query(FactQuery())
    index = model.index(0, COLUMN_INDEX["statement"])
    assert index.data() == "<b>raw</b> & bold"
    assert "&lt;b&gt;raw&lt;/b&gt; &amp; bold" in index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [("**45 bn** USD", "45 bn USD"), ("- one\n- two", "• one • two"), ("a *b* c", "a b c")],
)
def test_plain_statement(markdown: str, plain: str) -> None:
    assert plain_statement(markdown) == plain


def test_long_lists_show_their_first_page_then_grow(
    qtbot: QtBot, qtmodeltester: ModelTester, seeded: Store
) -> None:
    runner = JobRunner(1)
    model = FactTableModel(seeded, runner=runner, page_size=10)
    qtmodeltester.check(model, force_py=True)  # keeps checking every change below
    sizes: list[tuple[int, bool]] = []
    model.loaded.connect(lambda: sizes.append((model.rowCount(), model.complete)))
    with qtbot.waitSignal(model.rowsInserted, timeout=5000):
        model.request(FactQuery())
    assert sizes == [(10, False), (58, True)]
    assert model.keys() == seeded.fact_ids(FactQuery())
    sizes.clear()
    model.request(FactQuery(countries=("AF",)))  # fewer than a page: one query, one step
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    assert sizes == [(3, True)]
    sizes.clear()
    tajik = FactQuery(countries=("TJ",), max_marking="RESTRICTED")  # filtered: two steps too
    model.request(tajik)
    qtbot.waitUntil(lambda: not model.busy and model.complete, timeout=5000)
    whole = seeded.fact_ids(tajik)
    assert len(whole) > 10 and sizes == [(10, False), (len(whole), True)]
    assert model.keys() == whole
    runner.shutdown()
