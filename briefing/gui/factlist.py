"""The fact list's view: a table that behaves as one list of facts for the keyboard.

Two departures from ``QTableView``'s defaults, both for one current fact:
    * Tab and Shift+Tab leave the list instead of walking cell by cell (a table's Tab
      moved the current cell, and so the selected fact, along the row);
    * Ctrl with an arrow, Home, End or a page key moves *and* selects, so the highlighted
      row is always the current one (Qt's default moves only the current row, which left
      the form on one fact and the selection on another).
Return or Enter on a row asks to edit it (``edit_requested``), as a double click does.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

NAVIGATION_KEYS = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    }
)
EDIT_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class FactListView(QTableView):
    """The fact table; emits ``edit_requested`` on Return, Enter or a double click."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.doubleClicked.connect(lambda _i: self.edit_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QAbstractItemView::keyPressEvent: Return edits the current fact."""
        if Qt.Key(event.key()) in EDIT_KEYS and self.currentIndex().isValid():
            event.accept()
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """Override QAbstractItemView::selectionCommand: Ctrl+arrow selects as it moves."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and Qt.Key(event.key()) in NAVIGATION_KEYS
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            return (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
        return super().selectionCommand(index, event)
