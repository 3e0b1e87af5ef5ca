"""Driving the main window like a user: clicking rows, waiting for the list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from briefing.gui.factmodel import COLUMN_INDEX
from briefing.gui.mainwindow import MainWindow
from briefing.gui.prefs import Prefs
from briefing.store import Store


def open_window(qtbot: QtBot, store: Store, prefs: Prefs) -> MainWindow:
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() > 0, timeout=10_000)
    return window


def wait_loaded(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the fact list shows the latest query."""
    qtbot.waitUntil(lambda: not window.model.busy, timeout=10_000)


def select_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    """Click a row of the fact list, as a user would."""
    view = window.view
    index = window.model.index(row, COLUMN_INDEX["statement"])
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select_key(qtbot: QtBot, window: MainWindow, key: int) -> int:
    """Click the row showing fact ``key``; returns the row."""
    row = window.model.row_of(key)
    assert row >= 0, f"fact {key} is not listed"
    select_row(qtbot, window, row)
    return row


def select_rows(window: MainWindow, rows: list[int]) -> None:
    """Select several rows (as with Ctrl+click)."""
    sm = window.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        sm.select(window.model.index(row, 0), flags)
