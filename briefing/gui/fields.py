"""Form widgets shared by the fact form, the entity dialogs and the dossier builder.

``FieldBox`` puts a red message under a widget and a red border around it, for the
store's ``FieldError``s; ``ChecklistField`` is a filterable multi-select (with "type a new
name"); ``DateField`` is a date line edit with a calendar and an empty state. The
figures table lives in ``figures_editor``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from briefing import dates
from briefing.errors import FieldError
from briefing.gui import i18n
from briefing.store.search import fold

ERROR_COLOUR = "#c62828"
INVALID_STYLE = f"""
*[invalid="true"] {{ border: 1px solid {ERROR_COLOUR}; border-radius: 3px; }}
QLabel#fieldError {{ color: {ERROR_COLOUR}; }}
QLabel#sectionTitle {{ font-weight: 600; color: #374151; padding-top: 6px; }}
"""
INVALID_CELL = QColor("#fde2e2")


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FieldBox(QWidget):
    """A field's widget with its error message under it (hidden while valid)."""

    def __init__(
        self, widget: QWidget, frame: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.widget = widget
        self.frame = frame or widget
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        layout.addWidget(self.error)

    @property
    def message(self) -> str:
        """The error text shown ("" when valid)."""
        return self.error.text() if not self.error.isHidden() else ""

    def set_errors(self, messages: Sequence[str]) -> None:
        """Show ``messages`` (or clear them)."""
        invalid = bool(messages)
        self.error.setText("\n".join(messages))
        self.error.setVisible(invalid)
        self.error.setAccessibleName("\n".join(messages))
        if bool(self.frame.property("invalid")) != invalid:
            self.frame.setProperty("invalid", invalid)
            restyle(self.frame)


class _FilterEdit(QLineEdit):
    """A filter box that hands Up/Down to the list it filters."""

    def __init__(self, target: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget::keyPressEvent: arrows move into the list."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._target.setFocus()
            self._target.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class ChecklistField(QWidget):
    """Pick several items from a long list: a summary, a filter box, a checkable list.

    Items are (key, label, depth). With ``allow_new`` the filter box also takes a name
    that is not in the list (Enter adds it, checked): people, organisations, documents.
    """

    changed = Signal()

    def __init__(
        self,
        placeholder: str,
        allow_new: bool = False,
        rows: int = 6,
        checked_first: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._allow_new = allow_new
        self._checked_first = checked_first
        self._silent = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        row_height = self.list.fontMetrics().height() + 6
        self.list.setFixedHeight(rows * row_height + 6)
        self.filter = _FilterEdit(self.list, self)
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._on_return)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemActivated.connect(self._toggle)
        self._update_summary()

    # -- items

    def _make_item(self, key: str, label: str, depth: int = 0) -> QListWidgetItem:
        item = QListWidgetItem(("    " * depth) + label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(Qt.ItemDataRole.UserRole + 1, label)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def set_items(self, items: Sequence[tuple[str, str, int]]) -> None:
        """Replace the choices (checked keys stay checked)."""
        checked = self.values()
        self._silent = True
        try:
            self.list.clear()
            for key, label, depth in items:
                self.list.addItem(self._make_item(key, label, depth))
        finally:
            self._silent = False
        self.set_values(checked, notify=False)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def item_for(self, key: str) -> QListWidgetItem | None:
        """The list item of ``key``."""
        return next((i for i in self._items() if i.data(Qt.ItemDataRole.UserRole) == key), None)

    def values(self) -> list[str]:
        """Checked keys, in list order."""
        return [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in self._items()
            if i.checkState() == Qt.CheckState.Checked
        ]

    def labels(self) -> list[str]:
        """Checked labels, in list order."""
        return [
            str(i.data(Qt.ItemDataRole.UserRole + 1))
            for i in self._items()
            if i.checkState() == Qt.CheckState.Checked
        ]

    def set_values(self, keys: Sequence[str], notify: bool = True) -> None:
        """Check exactly ``keys`` (unknown keys are added as items)."""
        wanted = list(dict.fromkeys(keys))
        self._silent = True
        try:
            known = {str(i.data(Qt.ItemDataRole.UserRole)): i for i in self._items()}
            for key in wanted:
                if key not in known:
                    item = self._make_item(key, key)
                    self.list.addItem(item)
                    known[key] = item
            chosen = set(wanted)
            for key, item in known.items():
                item.setCheckState(
                    Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                )
            if self._checked_first and chosen:
                taken = [self.list.takeItem(self.list.row(known[k])) for k in wanted if k in known]
                for row, item in enumerate(taken):
                    self.list.insertItem(row, item)
            self.list.scrollToTop()
            first = next(
                (i for i in self._items() if i.checkState() == Qt.CheckState.Checked), None
            )
            if first is not None:
                self.list.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)
        finally:
            self._silent = False
        self._update_summary()
        if notify:
            self.changed.emit()

    def set_checked(self, key: str, checked: bool = True) -> None:
        """Tick or untick one item (as a click would)."""
        item = self.item_for(key)
        if item is None:
            if not checked:
                return
            item = self._make_item(key, key)
            self.list.addItem(item)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- filtering and typing

    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        for item in self._items():
            label = fold(str(item.data(Qt.ItemDataRole.UserRole + 1)))
            key = fold(str(item.data(Qt.ItemDataRole.UserRole)))
            item.setHidden(bool(needle) and needle not in label and needle != key)

    def _on_return(self) -> None:
        text = self.filter.text().strip()
        if not text:
            return
        needle = fold(text)
        exact = next(
            (i for i in self._items() if fold(str(i.data(Qt.ItemDataRole.UserRole + 1))) == needle),
            None,
        )
        target = exact
        if target is None and not self._allow_new:
            target = next((i for i in self._items() if not i.isHidden()), None)
        if target is None and self._allow_new:
            target = self._make_item(text, text)
            self.list.addItem(target)
        if target is not None:
            target.setCheckState(Qt.CheckState.Checked)
            self.filter.clear()
            self.list.scrollToItem(target)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if self._silent:
            return
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        labels = self.labels()
        if labels:
            self.summary.setText(" · ".join(labels))
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(self.tr("None selected"))
            self.summary.setStyleSheet("color: #6b7280;")

    def setReadOnly(self, read_only: bool) -> None:
        """Enable or disable editing (the list stays scrollable)."""
        self.filter.setEnabled(not read_only)
        self.list.setEnabled(not read_only)


class DateField(QWidget):
    """A date typed as the locale writes it (09/10/2025, 9.10.2025, 9 octobre 2025) or
    as ISO, picked on a calendar, or nothing. ``text()`` hands the store ISO when the
    text is a date, else the text as typed, for the store's rule to refuse by name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.line = QLineEdit(self)
        self._locale = i18n.date_locale()
        self.line.setPlaceholderText(
            self.tr("{local} or {iso} (empty: no date)").format(
                local=dates.hint(self._locale), iso=dates.hint(self._locale, iso=True)
            )
        )
        self.line.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar"))
        self.button.setToolTip(self.tr("Pick the date on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        self._menu = menu
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.line.textChanged.connect(self.changed)
        self.calendar.clicked.connect(self._picked)

    def _sync_calendar(self) -> None:
        value = self.value()
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self._menu.close()

    def text(self) -> str:
        """The date typed in ISO form, or what is typed (stripped) if it is no date."""
        typed = self.line.text().strip()
        value = self.value()
        return value.isoformat() if value is not None else typed

    def value(self) -> dt.date | None:
        """The date typed, if it is one."""
        try:
            return dates.parse_date(self.line.text(), self._locale)
        except dates.DateError:
            return None

    def problem(self) -> FieldError | None:
        """Why the text typed is not a date (ambiguous, impossible...), or None."""
        try:
            dates.parse_date(self.line.text(), self._locale)
        except dates.DateError as exc:
            return exc.error
        return None

    def set_value(self, value: dt.date | str | None) -> None:
        """Show ``value`` (None: empty): ISO in English, whose readers differ on the
        order of day and month; the locale's own figures in French and Russian."""
        if isinstance(value, str):
            try:
                day: dt.date | None = dt.date.fromisoformat(value) if value else None
            except ValueError:
                self.line.setText(value)
                return
        else:
            day = value
        if day is None:
            self.line.setText("")
        elif i18n.current() == "en":
            self.line.setText(day.isoformat())
        else:
            self.line.setText(dates.format_numeric(day, self._locale))

    def setReadOnly(self, read_only: bool) -> None:
        """Enable or disable editing."""
        self.line.setReadOnly(read_only)
        self.button.setEnabled(not read_only)


class WheelGuard(QObject):
    """In a scrolling form, the wheel scrolls the form unless the widget under the mouse
    has the keyboard focus: lists and text boxes do not steal the scroll, and a combo box
    never changes its value (a marking!) because the mouse passed over it.
    """

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        self._owners: dict[QObject, QWidget] = {}

    def watch_children(self, root: QWidget) -> None:
        """Guard every combo box and scrolling widget inside ``root``."""
        for widget in root.findChildren(QComboBox):
            self.watch(widget)
        for area in root.findChildren(QAbstractScrollArea):
            if area is not self._scroll:
                self.watch(area)

    def watch(self, widget: QWidget) -> None:
        """Guard ``widget`` (and its viewport, where a scroll area receives the wheel)."""
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        targets: list[QObject] = [widget]
        if isinstance(widget, QAbstractScrollArea):
            targets.append(widget.viewport())
        for target in targets:
            self._owners[target] = widget
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: hand unfocused wheel events to the form."""
        if event.type() != QEvent.Type.Wheel:
            return False
        owner = self._owners.get(watched)
        if owner is None:
            return False
        focus = QApplication.focusWidget()
        if owner.hasFocus() or (focus is not None and owner.isAncestorOf(focus)):
            return False
        QApplication.sendEvent(self._scroll.verticalScrollBar(), event)
        return True


def deferred(parent: QWidget, msecs: int, slot: Any) -> QTimer:
    """A single-shot timer restarted on each call of ``start()`` (debounce)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    timer.timeout.connect(slot)
    return timer
