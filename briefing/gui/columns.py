"""The fact list's columns and item roles, apart from the model that fills them.

The main window lays out its list (widths, hidden columns, the header menu) from these
before its database is open; the model itself (``factmodel``) pulls in Babel and Markdown
for its cells, which the window's first paint does not need (issue 12).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

__all__ = ["COLUMNS", "COLUMN_INDEX", "KEY_ROLE", "UUID_ROLE", "Column"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for pyside6-lupdate (translated later with ``context``)."""
    return text


KEY_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    """A column of the fact list: its id, untranslated title, and store sort key (if any)."""

    name: str
    title: str
    order: str | None


COLUMNS: tuple[Column, ...] = (
    Column("date", QT_TRANSLATE_NOOP("FactTableModel", "Date"), "date"),
    Column("statement", QT_TRANSLATE_NOOP("FactTableModel", "Statement"), "statement"),
    Column("countries", QT_TRANSLATE_NOOP("FactTableModel", "Countries"), None),
    Column("themes", QT_TRANSLATE_NOOP("FactTableModel", "Themes"), None),
    Column("marking", QT_TRANSLATE_NOOP("FactTableModel", "Marking"), "marking"),
    Column("confidence", QT_TRANSLATE_NOOP("FactTableModel", "Confidence"), "confidence"),
    Column("source", QT_TRANSLATE_NOOP("FactTableModel", "Source"), None),
)
COLUMN_INDEX = {c.name: i for i, c in enumerate(COLUMNS)}
