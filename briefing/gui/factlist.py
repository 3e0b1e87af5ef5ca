"""The fact list's view: a table that behaves as one list of facts for the keyboard.

Two departures from ``QTableView``'s defaults, both for one current fact:
    * Tab and Shift+Tab leave the list instead of walking cell by cell (a table's Tab
      moved the current cell, and so the selected fact, along the row);
    * Ctrl with an arrow, Home, End or a page key moves *and* selects, so the highlighted
      row is always the current one (Qt's default moves only the current row, which left
      the form on one fact and the selection on another).
Return or Enter on a row asks to edit it (``edit_requested``), as a double click does.
While a search is on, ``MatchDelegate`` highlights the searched words in the statement,
or says the fact matched on a field the list does not show.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from briefing.store.search import fold

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


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the folded ``terms`` occur in ``text`` (accents and case ignored), as
    (start, end) character ranges of ``text``, merged and in order."""
    if not terms:
        return []
    folded: list[str] = []
    origin: list[int] = []  # index in text of each folded character
    for i, char in enumerate(text):
        for f in fold(char):
            folded.append(f)
            origin.append(i)
    haystack = "".join(folded)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = haystack.find(term)
        while start >= 0 and term:
            end = start + len(term)
            spans.append((origin[start], origin[end - 1] + 1))
            start = haystack.find(term, end)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class MatchDelegate(QStyledItemDelegate):
    """Paints the statement with the search words highlighted; when none of them is in
    the statement, says the fact matched on another field (source, quote, people…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []

    def set_search(self, text: str) -> None:
        """The words typed in the search box."""
        self.terms = [fold(w) for w in text.split() if w.strip('"')]
        self.terms = [t.strip('"') for t in self.terms if t.strip('"')]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Override QStyledItemDelegate::paint: highlighted words, or where it matched."""
        if not self.terms:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        spans = match_spans(text, self.terms)
        opt.text = ""
        # The view is this delegate's parent: reading ``opt.widget`` back from the copied
        # option is avoided (a None widget there has crashed PySide6 in a refcount bug).
        view = self.parent()
        widget = view if isinstance(view, QWidget) else None
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.highlightedText() if selected else opt.palette.text()
        parts = []
        last = 0
        for start, end in spans:
            parts.append(html.escape(text[last:start]))
            parts.append(
                f'<span style="background:{MATCH_BACKGROUND}; color:#111827">'
                f"{html.escape(text[start:end])}</span>"
            )
            last = end
        parts.append(html.escape(text[last:]))
        body = "".join(parts)
        if not spans:  # first, or a long statement would push it out of sight
            note = html.escape(MATCHED_ELSEWHERE())
            body = f'<span style="color:{MUTED_TEXT}">[{note}]</span> ' + body
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(f"body {{ color: {colour.color().name()}; }}")
        doc.setHtml(f"<body style='white-space:pre'>{body}</body>")
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2)
        doc.drawContents(painter)
        painter.restore()


MATCH_BACKGROUND = "#fde68a"
MUTED_TEXT = "#6b7280"


def MATCHED_ELSEWHERE() -> str:
    """The note on a fact found by a field the list does not show."""
    return str(
        QCoreApplication.translate(
            "FactListView", "matched in its themes, source, quote, people or translations"
        )
    )
