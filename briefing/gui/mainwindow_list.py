"""The fact list and the form, kept in step: filters, the current fact, selection, keys.

One current fact: the list's current row is the fact the form shows, and the selected
rows always include it, so Delete and the form can never name different facts. A fact
that a new filter or the Bin view no longer lists leaves the form (unless it holds
unsaved edits, which are never thrown away silently).

Filters and search text are remembered per database (see ``state_key``), so opening
another database never shows the last one's filters.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent

from briefing.errors import BriefingError
from briefing.gui import errors, i18n, prompts
from briefing.gui.columns import COLUMN_INDEX, UUID_ROLE
from briefing.gui.mainwindow_base import WindowBase
from briefing.gui.navigator import NavFilters

if TYPE_CHECKING:
    from briefing.store import Store

STATE_KEY = "gui_id"


def state_key(store: Store) -> str:
    """A stable id of the database, under which the GUI keeps its per-database settings.

    Kept in the database itself (app_state), so a renamed or moved file keeps its filters
    and two copies of one file made later part ways only once either is opened.
    """
    try:
        key = store.state(STATE_KEY)
        if not key:
            key = uuid.uuid4().hex
            store.set_state(STATE_KEY, key)
    except BriefingError:  # a read-only database: share one slot rather than fail
        return "default"
    return key


class ListFlows(WindowBase):
    """Filtering, the current fact and the keyboard path between search, list and form."""

    db_key: str

    # ------------------------------------------------------------------ per-database state

    def _pref(self, name: str) -> str:
        return f"db/{self.db_key}/{name}"

    def _restore_filters(self) -> None:
        filters = NavFilters.from_json(self.prefs.data(self._pref("filters/navigator")))
        self.navigator.set_filters(filters)
        self.search.blockSignals(True)
        self.search.setText(self.prefs.text(self._pref("filters/text")))
        self.search.blockSignals(False)

    def _save_filters(self) -> None:
        order, descending = self.model.sort_key()
        self.prefs.set("list/sort", {"order": order, "descending": descending})
        self.prefs.set(self._pref("filters/navigator"), self.navigator.filters().to_json())
        self.prefs.set(self._pref("filters/text"), self.search.text())

        self.prefs.set("filters/navigator", self.navigator.filters().to_json())
        self.prefs.set("filters/text", self.search.text())

    # ------------------------------------------------------------------ filtering

    def current_filters(self) -> NavFilters:
        """The navigator's filters."""
        return self.navigator.filters()

    def apply_filters(self) -> None:
        """Query the store for the navigator's filters and the search text."""
        self._search_timer.stop()
        filters = self.navigator.filters()
        self.model.request(filters.query(self.search.text().strip()))
        self.match_delegate.set_search(self.search.text())
        self.view.viewport().update()
        self._update_filter_label(filters)
        self._save_filters()
        self._update_actions()

    def _update_filter_label(self, filters: NavFilters) -> None:
        if filters.bin:
            text = self.tr("Showing the Bin (deleted facts)")
        else:
            parts = [self.ref.theme_name(t) for t in filters.themes]
            parts += [self.ref.country_name(c) for c in filters.countries]
            parts += [self.ref.event_labels.get(e, e) for e in filters.events]
            parts += [i18n.marking_label(m) for m in filters.markings]
            text = self.tr("Filtered by: {what}").format(what=" · ".join(parts)) if parts else ""
        self.filter_label.setText(text)
        self.filter_label.setToolTip(text)
        self.filter_label.setVisible(bool(text))
        self.clear_button.setVisible(bool(text) or bool(self.search.text()))

    def clear_filters(self) -> None:
        """Show every live fact."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.navigator.set_filters(NavFilters())
        self.apply_filters()

    def show_bin(self) -> None:
        """List the deleted facts."""
        self.navigator.set_filters(NavFilters(bin=True))
        self.apply_filters()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box (from the builder too)."""
        self.raise_()
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _restore_sort_indicator(self) -> None:
        _order, descending = self.model.sort_key()
        QTimer.singleShot(
            0,
            lambda: self.view.horizontalHeader().setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
            ),
        )
        self.statusBar().showMessage(self.tr("This column cannot be sorted."), 3000)

    def _on_loaded(self) -> None:
        self._total = self.store.count()
        shown = self.model.rowCount()
        total = QLocale().toString(self._total)
        if not self.model.complete:
            self.count_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "%Ln+ facts shown / {total} total (counting…)", "", shown
                ).format(total=total)
            )
        elif self.navigator.filters().bin:
            self.count_label.setText(
                QCoreApplication.translate("MainWindow", "%Ln facts in the Bin", "", shown)
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "%Ln facts shown / {total} total", "", shown
                ).format(total=total)
            )
        self._save_filters()
        # Which row to select: a fact just saved, the fact in the form, the row where
        # deleted facts were. With a list shown in two steps, wait for the whole list
        # before giving up on a fact that is not in the first page.
        complete = self.model.complete
        target: int | None = None
        dropped = False
        if self._pending_key is not None:
            target = self.model.row_of(self._pending_key)
            if target >= 0 or complete:
                self._pending_key = None
        elif self.form.record is not None and not self.form.is_new:
            target = self.model.row_of(self.form.record.key)
            if target < 0 and complete and not self.form.is_dirty:
                # The filter or the Bin view no longer lists the form's fact: the form
                # must not keep showing (and Delete acting on) a fact nobody can see.
                self.form.clear()
                dropped = True
        pending_row = self._pending_row
        if (
            (target is None or target < 0)
            and pending_row is not None
            and shown
            and (pending_row < shown or complete)
        ):
            target = min(pending_row, shown - 1)
            self._pending_row = None
        if complete:
            self._pending_row = None
        if (
            (target is None or target < 0)
            and (self._first_load or dropped)
            and shown
            and not self.form.is_active
        ):
            target = 0
        self._first_load = False
        if target is not None and target >= 0:
            self._select_row(target, load=not self._is_form_on(self.model.key_at(target)))
        self._update_placeholder()
        self._update_actions()

    def _is_form_on(self, key: int | None) -> bool:
        record = self.form.record
        return record is not None and not self.form.is_new and record.key == key

    def _select_row(self, row: int, load: bool) -> None:
        index = self.model.index(row, COLUMN_INDEX["statement"])
        self._reverting = not load
        try:
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._reverting = False
        self.view.scrollTo(index)

    def _update_placeholder(self) -> None:
        if self.form.is_active:
            self.right.setCurrentWidget(self.form)
            return
        if self.model.rowCount():
            text = self.tr("Select a fact to see and edit it.\n\nCtrl+N creates a new fact.")
        elif self.navigator.filters().bin and not self.search.text():
            text = self.tr("The Bin is empty.\n\nDeleted facts wait here until restored.")
        elif self.search.text() or not self.navigator.filters().empty:
            text = self.tr("No fact matches these filters.\n\nCtrl+Shift+L clears them.")
        else:
            text = self.tr("No facts yet.\n\nCtrl+N creates the first one.")
        self.placeholder.setText(text)
        self.right.setCurrentWidget(self.placeholder)

    # ------------------------------------------------------------------ selection

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reverting or not current.isValid():
            return
        if self._current_unselected():
            # Deferred: during a Ctrl+click Qt moves the current row before it selects.
            QTimer.singleShot(0, self._follow_selection)
        key = self.model.key_at(current.row())
        if key is None or self._is_form_on(key):
            return
        if not self.maybe_keep_changes():
            self._reselect_form_fact()
            return
        self.show_fact(key)

    def _on_selection_changed(self) -> None:
        self._update_actions()
        if self._current_unselected():
            QTimer.singleShot(0, self._follow_selection)

    def _current_unselected(self) -> bool:
        sm = self.view.selectionModel()
        current = sm.currentIndex()
        return current.isValid() and not sm.isRowSelected(current.row(), QModelIndex())

    def _follow_selection(self) -> None:
        """Keep the current row among the selected ones: select it when nothing is (focus
        came in by Tab), else make a selected row current (Ctrl+click took the current one
        out), so the form always shows a fact that Delete would act on."""
        if not self._current_unselected():
            return
        sm = self.view.selectionModel()
        rows = sm.selectedRows()
        if not rows:
            sm.select(
                sm.currentIndex(),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
        sm.setCurrentIndex(
            self.model.index(min(i.row() for i in rows), COLUMN_INDEX["statement"]),
            QItemSelectionModel.SelectionFlag.NoUpdate,
        )

    def edit_current(self) -> None:
        """Return on a row: the cursor goes to the form's statement."""
        if self.form.is_active:
            self.form.focus_first_field()

    def back_to_list(self) -> None:
        """Escape in the form: back to the fact list, on the form's fact."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: Down in the search box moves into the list."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.model.rowCount()
        ):
            current = self.view.currentIndex()
            self.view.selectionModel().setCurrentIndex(
                current if current.isValid() else self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _reselect_form_fact(self) -> None:
        record = self.form.record
        row = self.model.row_of(record.key) if record is not None and not self.form.is_new else -1
        if row >= 0:
            self._select_row(row, load=False)
        else:
            self._reverting = True
            try:
                self.view.selectionModel().clear()
            finally:
                self._reverting = False

    def show_fact(self, key: int) -> None:
        """Load fact ``key`` into the form."""
        try:
            record = self.store.get(key)
        except BriefingError as exc:
            errors.show_error(self, exc)
            return
        self.form.load(record, read_only=self.navigator.filters().bin)
        self._update_placeholder()
        self._update_actions()

    def maybe_keep_changes(self) -> bool:
        """The unsaved-changes guard: True when it is fine to show something else."""
        if not self.form.is_dirty or self.form.read_only:
            return True
        answer = prompts.unsaved_changes(self)
        if answer is prompts.Answer.SAVE:
            return self.save_current()
        if answer is prompts.Answer.DISCARD:
            self.form.revert()
            return True
        return False

    def selected_keys(self) -> list[int]:
        """Keys of the selected rows, in list order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [k for k in (self.model.key_at(r) for r in rows) if k is not None]

    def selected_uuids(self) -> list[str]:
        """Uuids of the selected rows, in list order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [str(self.model.index(r, 0).data(UUID_ROLE)) for r in rows]

    def _update_actions(self) -> None:
        in_bin = self.navigator.filters().bin
        has_selection = bool(self.view.selectionModel().selectedRows())
        self.act_save.setEnabled(self.form.can_save)
        self.act_revert.setEnabled(self.form.is_dirty and not self.form.read_only)
        self.act_delete.setEnabled(
            not in_bin
            and (has_selection or (self.form.record is not None and not self.form.read_only))
        )
        self.act_restore.setEnabled(in_bin and has_selection)
        self.act_history.setEnabled(self.form.record is not None)
        self.act_add_to_dossier.setEnabled(has_selection and not in_bin)
