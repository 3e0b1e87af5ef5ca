"""The keyboard made visible: a focus ring for every input and the Help > Shortcuts sheet.

The ring is a style sheet set on the main window (dialogs it owns, the builder included,
inherit it). Unfocused fields get a border of the same width in a quiet grey, so taking
the focus changes a colour, never a size: nothing in the form moves as Tab walks it.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

RING = "#2563eb"
QUIET = "#c5cad3"

FOCUS_STYLE = f"""
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QDateEdit {{
    border: 2px solid {QUIET}; border-radius: 3px; padding: 1px 2px; background: white;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus {{
    border-color: {RING};
}}
QLineEdit:read-only, QPlainTextEdit:read-only {{ background: #f3f4f6; }}
QTableView, QTreeView, QListView {{ border: 2px solid #e5e7eb; }}
QTableView:focus, QTreeView:focus, QListView:focus {{ border-color: {RING}; }}
QCheckBox:focus, QRadioButton:focus {{ color: {RING}; text-decoration: underline; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {RING}; border-radius: 3px; }}
QComboBox:focus {{ border: 2px solid {RING}; border-radius: 3px; }}
QTabBar::tab:focus {{ color: {RING}; text-decoration: underline; }}
"""


def plain(text: str) -> str:
    """An action's text without its mnemonic marker or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutSheet(QDialog):
    """Every shortcut of the window, read from its actions, plus the list and form keys."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        rows: list[tuple[str, str]] = []
        for action in actions:
            keys = action.shortcut()
            if keys.isEmpty():
                continue
            rows.append(
                (keys.toString(QKeySequence.SequenceFormat.NativeText), plain(action.text()))
            )
        rows += [
            (self.tr("Down (in the search box)"), self.tr("Go to the fact list")),
            (
                self.tr("Return (in the list)"),
                self.tr("Edit the fact (the cursor goes to its text)"),
            ),
            (self.tr("Escape (in the form)"), self.tr("Back to the fact list")),
            (self.tr("Tab / Shift+Tab"), self.tr("Next / previous pane or field")),
            (self.tr("Alt+underlined letter"), self.tr("Go to that field of the form")),
            (self.tr("Shift+Up / Shift+Down"), self.tr("Select several facts")),
        ]
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        for row, (keys_text, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys_text))
            table.setItem(row, 1, QTableWidgetItem(what))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
