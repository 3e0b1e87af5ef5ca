"""What the main window's parts share: the widgets and services every flow reaches.

``MainWindow`` is assembled from one class per responsibility (``mainwindow.py`` builds
the window, ``mainwindow_actions`` its actions and menus, ``mainwindow_list`` keeps list,
selection and form in step, ``mainwindow_edit`` saves, bins and restores,
``mainwindow_dossier`` drives the builder). Each part derives from ``WindowBase`` so that
type checking sees the attributes the constructor creates and
the methods another part provides; nothing here runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import (
        QLabel,
        QLineEdit,
        QSplitter,
        QStackedWidget,
        QToolButton,
        QWidget,
    )

    from briefing.gui.builder import DossierBuilder
    from briefing.gui.bus import Bus
    from briefing.gui.factform import FactForm
    from briefing.gui.factlist import FactListView, MatchDelegate
    from briefing.gui.factmodel import FactTableModel
    from briefing.gui.jobs import JobRunner
    from briefing.gui.navigator import Navigator
    from briefing.gui.prefs import Prefs
    from briefing.gui.refdata import RefData
    from briefing.store import Store


class WindowBase(QMainWindow):
    """Declarations only: the main window's shared state, typed once."""

    if TYPE_CHECKING:
        store: Store
        prefs: Prefs
        language: str
        bus: Bus
        queries: JobRunner
        exports: JobRunner
        ref: RefData
        undo_stack: QUndoStack
        builder: DossierBuilder | None
        navigator: Navigator
        navigator_pane: QWidget
        list_stack: QStackedWidget
        opening_label: QLabel
        frame_actions: tuple[QAction, ...]
        search: QLineEdit
        filter_label: QLabel
        clear_button: QToolButton
        model: FactTableModel
        view: FactListView
        match_delegate: MatchDelegate
        _search_timer: QTimer
        form: FactForm
        placeholder: QLabel
        right: QStackedWidget
        splitter: QSplitter
        count_label: QLabel
        act_save: QAction
        act_revert: QAction
        act_delete: QAction
        act_restore: QAction
        act_history: QAction
        act_show_bin: QAction
        act_show_navigator: QAction
        act_undo: QAction
        act_redo: QAction
        act_add_to_dossier: QAction
        db_key: str
        _reverting: bool
        _first_load: bool
        _pending_key: int | None
        _pending_row: int | None
        _total: int

        # provided by the other parts
        def maybe_keep_changes(self) -> bool: ...
        def save_current(self) -> bool: ...
        def show_fact(self, key: int) -> None: ...
        def selected_keys(self) -> list[int]: ...
        def selected_uuids(self) -> list[str]: ...
        def _update_actions(self) -> None: ...
        def _update_placeholder(self) -> None: ...
        def _report(self, exc: BaseException) -> None: ...
        def show_builder(self) -> DossierBuilder: ...
        def apply_filters(self) -> None: ...
        def global_actions(self) -> list[QAction]: ...
        # the actions' slots (mainwindow_actions wires them)
        def new_fact(self) -> None: ...
        def delete_selected(self) -> None: ...
        def restore_selected(self) -> None: ...
        def focus_search(self) -> None: ...
        def clear_filters(self) -> None: ...
        def show_bin(self) -> None: ...
        def manage(self, kind: str) -> None: ...
        def new_dossier(self, by: str) -> None: ...
        def add_selection_to_dossier(self) -> None: ...
        def export_dossier(self, fmt: str) -> None: ...
        def refresh_all(self) -> None: ...
        def show_settings(self) -> None: ...
        def show_shortcuts(self) -> None: ...
        def about(self) -> None: ...
        def open_logs(self) -> None: ...
        def import_bundle(self) -> None: ...
        def export_bundle(self) -> None: ...
        def country_notes(self) -> None: ...
        def import_document(self) -> None: ...
