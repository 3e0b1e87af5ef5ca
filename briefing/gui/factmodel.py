"""The fact list's model: only the integer keys of the current query, rows fetched lazily.

``store.fact_ids(query)`` gives the keys in display order (the store sorts and searches;
there is no proxy model). Rows for the visible range are read with ``store.rows`` a page
at a time (200 by default) and kept in a small LRU cache; any change drops the cache.
Queries can run on a worker (``request``); a newer request makes older ones moot, so
typing in the search box never queues work.
"""

from __future__ import annotations

import html
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from briefing.dossier.labels import CONFIDENCE_LABELS, marking_name
from briefing.dossier.markup import ListBlock, Paragraph, parse_blocks
from briefing.gui import i18n
from briefing.gui.columns import COLUMN_INDEX as COLUMN_INDEX  # where callers looked for it
from briefing.gui.columns import COLUMNS, KEY_ROLE, UUID_ROLE
from briefing.gui.jobs import Job, JobRunner
from briefing.store import FactQuery, FactRow

if TYPE_CHECKING:
    from briefing.store import Store

log = logging.getLogger("briefing.gui")


MARKING_COLOURS = {
    "RESTRICTED": QColor("#8a5a00"),
    "CONFIDENTIAL": QColor("#b34700"),
    "SECRET": QColor("#b00020"),
}


def confidence_label(code: str) -> str:
    """The confidence level in the interface language (the words dossiers print)."""
    names = CONFIDENCE_LABELS.get(i18n.current(), CONFIDENCE_LABELS["en"])
    return names.get(code, code)


def plain_statement(text: str) -> str:
    """The statement as one line of plain text (Markdown emphasis and lists flattened)."""
    parts: list[str] = []
    for block in parse_blocks(text):
        if isinstance(block, ListBlock):
            parts.extend("• " + "".join(r.text for r in item) for item in block.items)
        elif isinstance(block, Paragraph):
            parts.append("".join(r.text for r in block.runs))
        else:  # a table: its cells, row by row
            rows = (block.header, *block.rows)
            parts.extend(" | ".join("".join(r.text for r in cell) for cell in row) for row in rows)
    return " ".join(parts)


@dataclass(frozen=True)
class _Cells:
    """A fetched row, with its display strings computed once."""

    row: FactRow
    cells: tuple[str, ...]
    tooltip: str


class FactTableModel(QAbstractTableModel):
    """An id-backed table of facts (see module docstring).

    Signals:
        loaded: a query's keys were applied (after ``set_query``, ``request``, ``refresh``).
        failed: a query failed (the message, for the status bar).
        sort_rejected: the view asked to sort by a column the store cannot sort on.
    """

    loaded = Signal()
    failed = Signal(str)
    sort_rejected = Signal()

    def __init__(
        self,
        store: Store,
        language: str = "en",
        runner: JobRunner | None = None,
        page_size: int = 200,
        max_pages: int = 50,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._language = language
        self._runner = runner
        self._page_size = page_size
        self._max_pages = max_pages
        self._query = FactQuery()
        self._order = "date"
        self._descending = False
        self._keys: list[int] = []
        self._pages: OrderedDict[int, dict[int, _Cells]] = OrderedDict()
        self._row_of: dict[int, int] | None = None
        self._generation = 0
        self._applied = 0
        self._complete = True
        self.page_fetches = 0
        self.last_query_ms = 0.0

    # ------------------------------------------------------------------ queries

    @property
    def query(self) -> FactQuery:
        """The query whose keys are shown (with the current sort)."""
        return self._query

    @property
    def busy(self) -> bool:
        """True while a requested query has not been applied yet."""
        return self._generation != self._applied

    def sort_key(self) -> tuple[str, bool]:
        """(store order key, descending) currently applied."""
        return self._order, self._descending

    def set_sort(self, order: str, descending: bool) -> None:
        """Choose the sort for the next query (does not re-query)."""
        if any(c.order == order for c in COLUMNS):
            self._order, self._descending = order, descending

    def sort_column(self) -> int:
        """The column showing the current sort."""
        return next(i for i, c in enumerate(COLUMNS) if c.order == self._order)

    def _sorted(self, query: FactQuery) -> FactQuery:
        return replace(query, order=self._order, descending=self._descending)

    def set_query(self, query: FactQuery) -> None:
        """Show the facts matching ``query`` now (runs the query on this thread)."""
        query = self._sorted(query)
        self._generation += 1
        generation = self._generation
        started = time.perf_counter()
        keys = self._store.fact_ids(query)
        self.last_query_ms = (time.perf_counter() - started) * 1000
        self._apply(generation, query, keys)

    def request(self, query: FactQuery) -> None:
        """Show the facts matching ``query`` once a worker has found them.

        The worker first asks for one page (``limit``), which the store answers at once
        even at 100,000 facts, and shows it; then, if there is more, the full key list,
        whose extra rows are appended (the selection and scroll position stay).
        """
        if self._runner is None:
            self.set_query(query)
            return
        query = self._sorted(query)
        self._generation += 1
        generation = self._generation
        store = self._store
        head_size = self._page_size

        # A first page first, for every list: the store stops at the limit, filtered too
        # (it walks the order's index): at 100,000 facts every first page took at most
        # 13 ms of CPU where the whole list takes up to 65 (two countries, 33% of the
        # facts; 40 for one theme or country). A list shorter than a page is read once.
        def work(job: Job) -> tuple[list[int], float] | None:
            if generation != self._generation:  # a newer request came in: skip
                return None
            started = time.perf_counter()
            head = store.fact_ids(replace(query, limit=head_size))
            if len(head) < head_size:
                return head, (time.perf_counter() - started) * 1000
            job.send(head)
            if generation != self._generation:
                return None
            keys = store.fact_ids(query)
            return keys, (time.perf_counter() - started) * 1000

        def head(keys: list[int]) -> None:
            self._apply(generation, query, keys, complete=False)

        def done(result: tuple[list[int], float] | None) -> None:
            if result is not None:
                self.last_query_ms = result[1]
                self._apply(generation, query, result[0])

        def failed(exc: BaseException, tb: str) -> None:
            log.error("fact query failed: %s\n%s", query, tb)
            if generation == self._generation:
                self._applied = generation
                self.failed.emit(str(exc))

        self._runner.submit(work, done, failed, on_partial=head)

    def refresh(self) -> None:
        """Re-run the current query (after facts changed)."""
        self.request(self._query)

    @property
    def complete(self) -> bool:
        """False while only the first page of a longer list is known."""
        return self._complete

    def _apply(
        self, generation: int, query: FactQuery, keys: list[int], complete: bool = True
    ) -> None:
        if generation != self._generation:
            return
        shown = self._keys
        if (
            complete
            and not self._complete
            and self._query == query
            and len(keys) >= len(shown)
            and keys[: len(shown)] == shown
        ):
            if len(keys) > len(shown):  # the rest of a list whose first page is shown
                self.beginInsertRows(QModelIndex(), len(shown), len(keys) - 1)
                self._keys = keys
                self._row_of = None
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._query = query
            self._keys = keys
            self._pages.clear()
            self._row_of = None
            self.endResetModel()
        self._complete = complete
        if complete:
            self._applied = generation
        self.loaded.emit()

    def invalidate(self) -> None:
        """Forget cached rows (their text changed) and repaint; the keys stay."""
        self._pages.clear()
        if self._keys:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._keys) - 1, len(COLUMNS) - 1)
            )

    # ------------------------------------------------------------------ rows

    def keys(self) -> list[int]:
        """The keys shown, in order (do not modify)."""
        return self._keys

    def key_at(self, row: int) -> int | None:
        """The fact key at ``row``."""
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key: int) -> int:
        """The row showing fact ``key``, or -1."""
        if self._row_of is None:
            self._row_of = {k: i for i, k in enumerate(self._keys)}
        return self._row_of.get(key, -1)

    def row_at(self, row: int) -> FactRow | None:
        """The light row at ``row`` (fetched with its page if needed)."""
        cells = self._cells(row)
        return cells.row if cells else None

    def _cells(self, row: int) -> _Cells | None:
        key = self.key_at(row)
        if key is None:
            return None
        number = row // self._page_size
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return page.get(key)

    def _fetch(self, number: int) -> dict[int, _Cells]:
        start = number * self._page_size
        keys = self._keys[start : start + self._page_size]
        self.page_fetches += 1
        try:
            rows = self._store.rows(keys, self._language)
        except Exception:  # the list must keep painting; the failure is logged
            log.exception("cannot read rows %d-%d", start, start + len(keys))
            rows = []
        page = {r.key: self._make_cells(r) for r in rows}
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    def _make_cells(self, row: FactRow) -> _Cells:
        statement = plain_statement(row.statement)
        cells = (
            row.date.isoformat() if row.date else "",
            statement,
            row.countries,
            row.themes,
            marking_name(row.marking, i18n.current()),
            confidence_label(row.confidence),
            row.source or "",
        )
        tooltip = "<p>" + html.escape(statement) + "</p>"
        if row.source:
            tooltip += "<p><i>" + html.escape(row.source) + "</i></p>"
        return _Cells(row, cells, tooltip)

    # ------------------------------------------------------------------ Qt overrides

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::rowCount: one row per key (a flat table)."""
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel::data: fetch the row's page on first use."""
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            UUID_ROLE,
        ):
            return None
        cells = self._cells(index.row())
        if cells is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.cells[column]
        if role == UUID_ROLE:
            return cells.row.uuid
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[column].name in ("statement", "source"):
                return cells.tooltip
            return None
        if COLUMNS[column].name == "marking":
            return MARKING_COLOURS.get(cells.row.marking)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Override QAbstractItemModel::headerData: translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("FactTableModel", COLUMNS[section].title)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags: selectable, not editable in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractItemModel::sort: the store sorts (re-query with FactQuery.order)."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].order is None:
            self.sort_rejected.emit()
            return
        wanted = (COLUMNS[column].order or "date", order == Qt.SortOrder.DescendingOrder)
        if wanted == (self._order, self._descending):
            return
        self._order, self._descending = wanted
        self.request(self._query)
