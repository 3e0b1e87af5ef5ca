"""A fact's figures as an editable table: label, value, unit and qualifier per row.

Split from ``fields`` (the shared form widgets): the table, its qualifier combo and the
number formatting belong to the fact form alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import FieldError
from briefing.gui import i18n
from briefing.gui.fields import INVALID_CELL
from briefing.store import FigureDraft

QUALIFIERS = ("", "more-than", "less-than", "about", "up-to", "at-least")


class _QualifierDelegate(QStyledItemDelegate):
    """The qualifier column: a combo of the known qualifiers (free text allowed)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """Override QStyledItemDelegate::createEditor."""
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(list(QUALIFIERS))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Override QStyledItemDelegate::setEditorData."""
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data() or ""))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Override QStyledItemDelegate::setModelData."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip())


def format_number(value: object) -> str:
    """A figure's value as typed text: integers without ".0"."""
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    return "" if value is None else str(value)


class FiguresEditor(QWidget):
    """A fact's figures: label, value, unit, qualifier (translations kept as they are)."""

    changed = Signal()
    LABEL, VALUE, UNIT, QUALIFIER = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._silent = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Value"), self.tr("Unit"), self.tr("Qualifier")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.LABEL, QHeaderView.ResizeMode.Stretch)
        for col, width in ((self.VALUE, 110), (self.UNIT, 70), (self.QUALIFIER, 90)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.setItemDelegateForColumn(self.QUALIFIER, _QualifierDelegate(self.table))
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_button = QPushButton(self.tr("Add figure"), self)
        self.remove_button = QPushButton(self.tr("Remove figure"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)  # above the table, so an error shows right under it
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._on_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._fit()
        self._update_buttons()

    def _fit(self) -> None:
        rows = max(self.table.rowCount(), 1)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 2
        )
        self.table.setFixedHeight(min(height, 260))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _on_changed(self, _item: QTableWidgetItem) -> None:
        if not self._silent:
            self.changed.emit()

    def _append(self, figure: FigureDraft) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = (figure.label, format_number(figure.value), figure.unit, figure.qualifier or "")
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if col == self.LABEL:
                item.setData(Qt.ItemDataRole.UserRole, dict(figure.translations))
            if col == self.VALUE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)
        return row

    def set_figures(self, figures: Sequence[FigureDraft]) -> None:
        """Show ``figures`` (replacing the rows)."""
        self._silent = True
        try:
            self.table.setRowCount(0)
            for figure in figures:
                self._append(figure)
        finally:
            self._silent = False
        self._fit()
        self.set_errors([])

    def figures(self) -> list[FigureDraft]:
        """The rows as drafts (values as typed: the store checks them)."""
        out: list[FigureDraft] = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, col) for col in range(4)]
            texts = [c.text().strip() if c is not None else "" for c in cells]
            label_item = cells[self.LABEL]
            translations = label_item.data(Qt.ItemDataRole.UserRole) if label_item else None
            out.append(
                FigureDraft(
                    label=texts[self.LABEL],
                    value=texts[self.VALUE],
                    unit=texts[self.UNIT],
                    qualifier=texts[self.QUALIFIER] or None,
                    translations=dict(translations or {}),
                )
            )
        return out

    def add_row(self) -> None:
        """Append an empty figure and start editing its label."""
        self._silent = True
        try:
            row = self._append(FigureDraft(label="", value=""))
        finally:
            self._silent = False
        self._fit()
        self.table.setCurrentCell(row, self.LABEL)
        item = self.table.item(row, self.LABEL)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected figures."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit()
        if rows:
            self.changed.emit()

    def set_errors(self, errors: Sequence[FieldError]) -> list[str]:
        """Colour the cells named by ``figures[i].field`` errors; returns messages to show."""
        columns = {"label": self.LABEL, "value": self.VALUE, "unit": self.UNIT}
        bad: dict[tuple[int, int], str] = {}
        messages: list[str] = []
        for e in errors:
            head, _, attr = e.field.partition("].")
            try:
                row = int(head.split("[", 1)[1])
            except (IndexError, ValueError):
                messages.append(e.text(i18n.current()))
                continue
            col = columns.get(attr, self.LABEL)
            bad[(row, col)] = e.text(i18n.current())
            name = self.table.horizontalHeaderItem(col)
            column_name = name.text() if name is not None else attr
            messages.append(
                self.tr("Row {row}, {column}: {message}").format(
                    row=row + 1, column=column_name.lower(), message=e.text(i18n.current())
                )
            )
        self._silent = True
        try:
            for row in range(self.table.rowCount()):
                for col in range(4):
                    item = self.table.item(row, col)
                    if item is None:
                        continue
                    message = bad.get((row, col))
                    item.setBackground(QBrush(INVALID_CELL) if message else QBrush())
                    item.setToolTip(message or "")
        finally:
            self._silent = False
        return messages

    def setReadOnly(self, read_only: bool) -> None:
        """Enable or disable editing."""
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
