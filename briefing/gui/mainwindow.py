"""The main window: navigator | fact list | fact form, with menus, toolbar and status bar.

Flows, in one place:
    filter   navigator selection + search text (debounced) -> FactQuery -> model.request
    select   current row changes -> unsaved-changes guard -> form.load(store.get(key))
    save     form.draft() -> store.validate -> SaveFactCommand / AddFactCommand
             (applied once, then pushed on the undo stack) -> Changes on the bus
    delete   confirm -> DeleteFactCommand per fact (a macro for several) -> Changes
    changes  bus -> model.refresh, navigator counts, reference lists, open form
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError, ConflictError, UserFacingError, ValidationError
from briefing.gui import errors, prompts
from briefing.gui.bin_actions import BinActions
from briefing.gui.bus import Bus, Changes
from briefing.gui.commands import (
    AddFactCommand,
    DeleteFactCommand,
    FactCommand,
    RestoreFactCommand,
    SaveFactCommand,
)
from briefing.gui.country_notes import open_dialog as open_country_notes
from briefing.gui.entities import (
    EntityManager,
    EventDialog,
    OrganisationDialog,
    PersonDialog,
    SourceDialog,
    ThemeDialog,
)
from briefing.gui.factform import FactForm
from briefing.gui.factform_history import restore_chosen
from briefing.gui.factmodel import COLUMN_INDEX, UUID_ROLE, FactTableModel
from briefing.gui.jobs import JobRunner
from briefing.gui.navigator import NavFilters, Navigator
from briefing.gui.prefs import Prefs
from briefing.gui.refdata import RefData
from briefing.gui.settingsdialog import SettingsDialog
from briefing.store import FactDraft, Store

if TYPE_CHECKING:  # the builder (and the dossier code it needs) loads on first use
    from briefing.gui.builder import DossierBuilder

log = logging.getLogger("briefing.gui")

SEARCH_DELAY_MS = 150
DEFAULT_WIDTHS = {
    "date": 92,
    "countries": 128,
    "themes": 140,
    "marking": 108,
    "confidence": 90,
    "source": 200,
}
HIDDEN_COLUMNS = ("confidence", "source")  # shown from the header's context menu


class MainWindow(QMainWindow):
    """Briefing's main window over one ``Store``.

    Args:
        store: the open database.
        prefs: where layout and filters are remembered (tests pass a temp INI file).
        language: interface language (also the language of statements and names listed).
        db_label: what to show in the title bar (the database file name).
    """

    def __init__(
        self,
        store: Store,
        prefs: Prefs | None = None,
        language: str = "en",
        db_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.prefs = prefs or Prefs.for_user()
        self.language = language
        self.bus = Bus(self)
        self.queries = JobRunner(1, self)
        self.exports = JobRunner(1, self)
        self.ref = RefData.load(store, language)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.builder: DossierBuilder | None = None
        self._reverting = False
        self._first_load = True
        self._pending_key: int | None = None
        self._pending_row: int | None = None
        self._total = 0
        self.setWindowTitle(
            self.tr("Briefing — {name}").format(name=db_label) if db_label else "Briefing"
        )
        self.setObjectName("MainWindow")
        self._build_panes()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._restore_settings()
        self._connect()
        self.apply_filters()

    # ------------------------------------------------------------------ building

    def _build_panes(self) -> None:
        self.navigator = Navigator(self.store, self.ref, self)
        self.navigator.setMinimumWidth(150)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit(centre)
        self.search.setPlaceholderText(self.tr("Search facts (Ctrl+F) — accents and case ignored"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self.search.setAccessibleName(self.tr("Search facts"))
        self.filter_label = QLabel(centre)
        self.filter_label.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_label.setStyleSheet("color: #374151;")
        self.filter_label.setMinimumWidth(0)
        self.filter_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.search.setMinimumWidth(160)
        self.clear_button = QToolButton(centre)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAutoRaise(True)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter_label, 2)
        bar.addWidget(self.clear_button)
        self.filter_label.hide()
        centre_layout.addLayout(bar)

        self.model = FactTableModel(self.store, self.language, self.queries, parent=self)
        self.view = QTableView(centre)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setShowGrid(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setAccessibleName(self.tr("Facts"))
        vheader = self.view.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_INDEX["statement"], QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for name, width in DEFAULT_WIDTHS.items():
            self.view.setColumnWidth(COLUMN_INDEX[name], width)
        for name in HIDDEN_COLUMNS:
            self.view.setColumnHidden(COLUMN_INDEX[name], True)
        centre_layout.addWidget(self.view, 1)

        self.form = FactForm(self.store, self.ref, self)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #6b7280; padding: 24px;")
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.form)
        self.right.setMinimumWidth(320)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([250, 760, 500])
        self.splitter.setContentsMargins(6, 0, 6, 0)
        self.setCentralWidget(self.splitter)

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(pixmap)

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self._icon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self._action(
            self.tr("&New fact"),
            self.new_fact,
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
            self.tr("Create a fact (Ctrl+N)"),
        )
        self.act_save = self._action(
            self.tr("&Save"),
            self.save_current,
            QKeySequence.StandardKey.Save,
            sp.SP_DialogSaveButton,
            self.tr("Save the fact being edited (Ctrl+S)"),
        )
        self.act_revert = self._action(
            self.tr("&Revert changes"),
            self.form.revert,
            None,
            sp.SP_DialogResetButton,
            self.tr("Discard the edits made since the last save"),
        )
        self.act_delete = self._action(
            self.tr("&Delete"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            sp.SP_TrashIcon,
            self.tr("Move the selected facts to the Bin (Delete)"),
        )
        self.act_restore = self._action(
            self.tr("Res&tore"),
            self.restore_selected,
            None,
            sp.SP_DialogApplyButton,
            self.tr("Bring the selected facts back from the Bin"),
        )
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(self._icon(sp.SP_ArrowBack))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_redo.setIcon(self._icon(sp.SP_ArrowForward))
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_find = self._action(
            self.tr("&Find…"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            None,
            self.tr("Search the facts (Ctrl+F)"),
        )
        self.act_clear = self._action(
            self.tr("&Clear filters"),
            self.clear_filters,
            "Ctrl+Shift+L",
            None,
            self.tr("Show all facts"),
        )
        self.act_select_all = self._action(self.tr("Select &all facts"), self.view.selectAll, None)
        self.act_builder = self._action(
            self.tr("&Dossier builder…"),
            self.show_builder,
            "Ctrl+B",
            sp.SP_FileDialogDetailedView,
            self.tr("Build a briefing book from the facts (Ctrl+B)"),
        )
        self.act_by_theme = self._action(
            self.tr("New dossier by &theme"), lambda: self.new_dossier("theme"), None
        )
        self.act_by_country = self._action(
            self.tr("New dossier by &country"), lambda: self.new_dossier("country"), None
        )
        self.act_add_to_dossier = self._action(
            self.tr("&Add selected facts to the dossier"), self.add_selection_to_dossier, None
        )
        self.act_export = self._action(
            self.tr("&Export PDF…"),
            lambda: self.export_dossier("pdf"),
            "Ctrl+E",
            sp.SP_DialogSaveButton,
            self.tr("Export the dossier being built to PDF (Ctrl+E)"),
        )
        self.act_export.setIcon(self._icon(sp.SP_DriveFDIcon))
        self.act_export_docx = self._action(
            self.tr("Export &DOCX…"), lambda: self.export_dossier("docx"), "Ctrl+Shift+E"
        )
        self.act_settings = self._action(
            self.tr("Se&ttings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_refresh = self._action(
            self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh
        )
        self.act_show_bin = self._action(self.tr("Show the &Bin"), self.show_bin, None)
        self.act_show_navigator = self._action(
            self.tr("&Navigator"), lambda on: self.navigator.setVisible(on), "Ctrl+1"
        )
        self.act_show_navigator.setCheckable(True)
        self.act_show_navigator.setChecked(True)
        self.act_show_details = self._action(
            self.tr("&Details"), lambda on: self.right.setVisible(on), "Ctrl+3"
        )
        self.act_show_details.setCheckable(True)
        self.act_show_details.setChecked(True)
        self.act_history = self._action(self.tr("&History…"), self.form.show_history, None)
        self.act_people = self._action(self.tr("&People…"), lambda: self.manage("people"))
        self.act_orgs = self._action(
            self.tr("&Organisations…"), lambda: self.manage("organisations")
        )
        self.act_themes = self._action(self.tr("&Themes…"), lambda: self.manage("themes"))
        self.act_sources = self._action(self.tr("&Sources…"), lambda: self.manage("sources"))
        self.act_events = self._action(self.tr("&Events…"), lambda: self.manage("events"))
        self.act_about = self._action(self.tr("&About Briefing"), self.about)
        self.act_about_qt = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.act_logs = self._action(self.tr("Open the &log folder"), self.open_logs)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self.act_new)
        file.addAction(self.act_save)
        file.addSeparator()
        file.addAction(self.act_export)
        file.addAction(self.act_export_docx)
        file.addSeparator()
        file.addAction(self.act_settings)
        file.addSeparator()
        file.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        edit.addAction(self.act_find)
        edit.addAction(self.act_clear)
        edit.addAction(self.act_select_all)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.act_show_navigator)
        view.addAction(self.act_show_details)
        view.addSeparator()
        view.addAction(self.act_show_bin)
        view.addAction(self.act_refresh)
        fact = bar.addMenu(self.tr("F&act"))
        fact.addAction(self.act_new)
        fact.addAction(self.act_save)
        fact.addAction(self.act_revert)
        fact.addAction(self.act_delete)
        fact.addAction(self.act_restore)
        fact.addAction(self.act_history)
        fact.addSeparator()
        ref = fact.addMenu(self.tr("&Reference data"))
        for action in (
            self.act_people,
            self.act_orgs,
            self.act_themes,
            self.act_sources,
            self.act_events,
        ):
            ref.addAction(action)
        ref.addAction(
            self.tr("&Country notes…"), lambda: open_country_notes(self.store, self.ref, self)
        )
        dossier = bar.addMenu(self.tr("&Dossier"))
        dossier.addAction(self.act_builder)
        dossier.addAction(self.act_by_theme)
        dossier.addAction(self.act_by_country)
        dossier.addAction(self.act_add_to_dossier)
        dossier.addSeparator()
        dossier.addAction(self.act_export)
        dossier.addAction(self.act_export_docx)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        help_menu.addAction(self.act_logs)
        help_menu.addAction(self.act_about_qt)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.act_new, self.act_save, self.act_delete, self.act_restore):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.act_undo)
        toolbar.addAction(self.act_redo)
        toolbar.addSeparator()
        toolbar.addAction(self.act_builder)
        toolbar.addAction(self.act_export)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.count_label)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.navigator.filters_changed.connect(self.apply_filters)
        self.navigator.spec_activated.connect(self.open_spec)
        self.navigator.edit_requested.connect(self._navigator_edit)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(
            lambda m: self.statusBar().showMessage(self.tr("Search failed: {m}").format(m=m), 8000)
        )
        self.model.sort_rejected.connect(self._restore_sort_indicator)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.customContextMenuRequested.connect(self._list_menu)
        self.view.doubleClicked.connect(lambda _i: self.form.statement.setFocus())
        self.form.save_requested.connect(self.save_current)
        self.form.restore_requested.connect(self.restore_selected)
        self.form.state_changed.connect(self._update_actions)
        self.bus.changes_applied.connect(self._on_changes)
        self.form.version_chosen.connect(lambda version: restore_chosen(self, version))
        self.bin_actions = BinActions(self)
        self.undo_stack.cleanChanged.connect(lambda _c: self._update_actions())

    # ------------------------------------------------------------------ settings

    def _restore_settings(self) -> None:
        p = self.prefs
        geometry = p.blob("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            width = max(min(screen.width() - 40, 1680), 900)
            height = max(min(screen.height() - 40, 1050), 600)
            self.resize(width, height)
            self.move(screen.center() - self.rect().center())
            self.splitter.setSizes([230, width - 230 - 470, 470])
        state = p.blob("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = p.blob("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = p.blob("list/header")
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
        sort = p.data("list/sort", {})
        if isinstance(sort, dict):
            self.model.set_sort(str(sort.get("order", "date")), bool(sort.get("descending")))
        _order, descending = self.model.sort_key()
        self.view.horizontalHeader().setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        self.view.setSortingEnabled(True)
        filters = NavFilters.from_json(p.data("filters/navigator"))
        self.navigator.set_filters(filters)
        self.search.blockSignals(True)
        self.search.setText(p.text("filters/text"))
        self.search.blockSignals(False)

    def save_settings(self) -> None:
        """Remember layout, sort and filters."""
        p = self.prefs
        p.set("window/geometry", self.saveGeometry())
        p.set("window/state", self.saveState())
        p.set("window/splitter", self.splitter.saveState())
        p.set("list/header", self.view.horizontalHeader().saveState())
        self._save_filters()
        p.sync()

    def _save_filters(self) -> None:
        order, descending = self.model.sort_key()
        self.prefs.set("list/sort", {"order": order, "descending": descending})
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
            parts += [m.capitalize() for m in filters.markings]
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
        """Ctrl+F: put the cursor in the search box."""
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
        if not self.model.complete:
            self.count_label.setText(
                self.tr("{shown}+ facts shown / {total} total (counting…)").format(
                    shown=QLocale().toString(shown), total=QLocale().toString(self._total)
                )
            )
        elif self.navigator.filters().bin:
            self.count_label.setText(
                self.tr("{n} facts in the Bin").format(n=QLocale().toString(shown))
            )
        else:
            self.count_label.setText(
                self.tr("{shown} facts shown / {total} total").format(
                    shown=QLocale().toString(shown), total=QLocale().toString(self._total)
                )
            )
        self._save_filters()
        # Which row to select: a fact just saved, the fact in the form, the row where
        # deleted facts were. With a list shown in two steps, wait for the whole list
        # before giving up on a fact that is not in the first page.
        complete = self.model.complete
        target: int | None = None
        if self._pending_key is not None:
            target = self.model.row_of(self._pending_key)
            if target >= 0 or complete:
                self._pending_key = None
        elif self.form.record is not None and not self.form.is_new:
            target = self.model.row_of(self.form.record.key)
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
            and self._first_load
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
        key = self.model.key_at(current.row())
        if key is None or self._is_form_on(key):
            return
        if not self.maybe_keep_changes():
            self._reselect_form_fact()
            return
        self.show_fact(key)

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

    # ------------------------------------------------------------------ editing

    def _report(self, exc: BaseException) -> None:
        errors.show_error(self, exc)

    def new_fact(self) -> None:
        """Start a new fact, prefilled from the current filters."""
        if not self.maybe_keep_changes():
            return
        filters = self.navigator.filters()
        template = FactDraft(
            statement="",
            themes=list(filters.themes[:1]),
            countries=list(filters.countries),
            event=filters.events[0] if filters.events else None,
            date=None,
        )
        self._reverting = True
        try:
            self.view.selectionModel().clear()
        finally:
            self._reverting = False
        self.form.new_fact(template)
        self._update_placeholder()
        self._update_actions()

    def save_current(self) -> bool:
        """Save the form (through the undo stack); False if it could not be saved."""
        form = self.form
        if not form.is_active or form.read_only:
            return False
        if not form.is_dirty:
            return True
        draft = form.draft()
        error = form.validate_now()
        if error is not None:
            self.statusBar().showMessage(self.tr("Not saved: fix the fields marked in red."), 5000)
            return False
        command: FactCommand
        record = form.record
        if form.is_new or record is None:
            command = AddFactCommand(self.store, self.bus, draft, self._report)
        else:
            command = SaveFactCommand(
                self.store,
                self.bus,
                record.uuid,
                record.to_draft(),
                draft,
                record.version,
                self._report,
            )
        try:
            saved = command.apply_first()
        except ConflictError:
            self._on_conflict()
            return False
        except ValidationError as exc:
            form.show_errors(exc)
            return False
        except UserFacingError as exc:
            errors.show_error(self, exc)
            return False
        self.undo_stack.push(command)
        if saved is not None:
            form.load(saved)
            self._pending_key = saved.key
        self.statusBar().showMessage(self.tr("Saved."), 3000)
        self.bus.publish(Changes(facts=True, uuids=frozenset({command.uuid})), self)
        return True

    def _on_conflict(self) -> None:
        record = self.form.record
        if record is None:
            return
        try:
            theirs = self.store.get(record.uuid)
        except BriefingError as exc:
            errors.show_error(self, exc)
            return
        if prompts.conflict(self):
            self.form.load(theirs)
            self.statusBar().showMessage(self.tr("Reloaded the saved version."), 5000)
        else:
            self.form.rebase(theirs)
        self._update_actions()

    def delete_selected(self) -> None:
        """Move the selected facts (or the one in the form) to the Bin, after asking."""
        if self.navigator.filters().bin:
            return
        keys = self.selected_keys()
        if not keys and self.form.record is not None and not self.form.is_new:
            keys = [self.form.record.key]
        if not keys:
            return
        records = self.store.records(keys)
        if len(records) == 1:
            question = self.tr(
                "Move this fact to the Bin?\n\n“{fact}”\n\nYou can restore it from the Bin."
            ).format(fact=records[0].statement[:200])
        else:
            question = self.tr(
                "Move {n} facts to the Bin? You can restore them from the Bin."
            ).format(n=len(records))
        if not prompts.confirm(self, self.tr("Delete facts"), question):
            return
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        done = self._apply_each(records, DeleteFactCommand, self.tr("Delete {n} facts"))
        if not done:
            return
        if self.form.record is not None and self.form.record.uuid in done:
            self.form.clear()
        self._pending_row = rows[0] if rows else None
        self.statusBar().showMessage(
            self.tr("Moved {n} facts to the Bin. Undo with Ctrl+Z.").format(n=len(done)), 5000
        )
        self.bus.publish(Changes(facts=True, uuids=frozenset(done)), self)

    def restore_selected(self) -> None:
        """Bring the selected facts back from the Bin."""
        keys = self.selected_keys()
        if not keys and self.form.record is not None and self.form.read_only:
            keys = [self.form.record.key]
        if not keys:
            return
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        done = self._apply_each(
            self.store.records(keys), RestoreFactCommand, self.tr("Restore {n} facts")
        )
        if not done:
            return
        if self.form.record is not None and self.form.record.uuid in done:
            self.form.clear()
        self._pending_row = rows[0] if rows else None
        self.statusBar().showMessage(self.tr("Restored {n} facts.").format(n=len(done)), 5000)
        self.bus.publish(Changes(facts=True, uuids=frozenset(done)), self)

    def _apply_each(
        self,
        records: list[Any],
        kind: type[DeleteFactCommand] | type[RestoreFactCommand],
        label: str,
    ) -> set[str]:
        done: set[str] = set()
        macro = len(records) > 1
        if macro:
            self.undo_stack.beginMacro(label.format(n=len(records)))
        try:
            for record in records:
                command = kind(self.store, self.bus, record.uuid, record.statement, self._report)
                try:
                    command.apply_first()
                except BriefingError as exc:
                    errors.show_error(self, exc)
                    continue
                self.undo_stack.push(command)
                done.add(record.uuid)
        finally:
            if macro:
                self.undo_stack.endMacro()
        return done

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.facts or changes.taxonomy or changes.entities:
            # a save may also have created people, sources, events... named in the fact
            events = list(self.ref.events)
            self.ref.reload(self.store)
            self.form.set_reference(self.ref)
            if self.builder is not None:
                self.builder.set_reference(self.ref)
            if changes.taxonomy or changes.entities or changes.specs or self.ref.events != events:
                self.navigator.reload()
        elif changes.specs:
            self.navigator.reload()
        if not changes.facts:
            return
        self.model.refresh()
        self.navigator.refresh_counts()
        record = self.form.record
        if (
            isinstance(initiator, FactCommand)
            and record is not None
            and record.uuid in changes.uuids
            and not self.form.is_dirty
        ):
            if initiator.deleted != self.navigator.filters().bin:
                self.form.clear()
            else:
                try:
                    self.form.load(self.store.get(record.uuid), read_only=initiator.deleted)
                except BriefingError:
                    self.form.clear()
        self._update_placeholder()
        self._update_actions()

    # ------------------------------------------------------------------ menus

    def _list_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        if self.navigator.filters().bin:
            menu.addAction(self.act_restore)
        else:
            menu.addAction(self.act_delete)
            menu.addAction(self.act_add_to_dossier)
        menu.addSeparator()
        menu.addAction(self.act_new)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _header_menu(self, pos: QPoint) -> None:
        """Right-click on the column headers: choose the columns shown."""
        menu = QMenu(self)
        for i in range(self.model.columnCount()):
            title = self.model.headerData(i, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.setEnabled(i != COLUMN_INDEX["statement"])
            action.toggled.connect(lambda on, column=i: self.view.setColumnHidden(column, not on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    def _navigator_edit(self, kind: str, key: str) -> None:
        if kind == "theme":
            self._open_entity(ThemeDialog(self.store, self.ref, key or None, self), taxonomy=True)
        elif kind == "event":
            self._open_entity(EventDialog(self.store, self.ref, key or None, self))
        elif kind == "spec-delete" and prompts.confirm(
            self,
            self.tr("Delete saved dossier"),
            self.tr("Delete the saved dossier “{name}”? The facts are not touched.").format(
                name=key
            ),
        ):
            self.store.delete_spec(key)
            self.bus.publish(Changes(specs=True), self)

    def _open_entity(self, dialog: Any, taxonomy: bool = False) -> bool:
        if dialog.exec():
            self.bus.publish(Changes(taxonomy=taxonomy, entities=not taxonomy), self)
            return True
        return False

    def manage(self, kind: str) -> None:
        """Open the list of people, organisations, themes, sources or events."""
        store = self.store

        def saved() -> None:
            self.bus.publish(Changes(taxonomy=kind == "themes", entities=kind != "themes"), self)

        managers: dict[str, tuple[str, Any, Any]] = {
            "people": (
                self.tr("People"),
                lambda: [
                    (p.id, f"{p.name} — {p.role}" if p.role else p.name) for p in store.people()
                ],
                lambda key: PersonDialog(store, self.ref, key, self),
            ),
            "organisations": (
                self.tr("Organisations"),
                lambda: [(o.id, o.name) for o in store.organisations()],
                lambda key: OrganisationDialog(store, self.ref, key, self),
            ),
            "themes": (
                self.tr("Themes"),
                lambda: [(t.slug, ("    " * t.depth) + t.label) for t in self.ref.themes],
                lambda key: ThemeDialog(store, self.ref, key, self),
            ),
            "sources": (
                self.tr("Sources"),
                lambda: [(s.id, s.title) for s in store.sources()],
                lambda key: SourceDialog(store, self.ref, key, self),
            ),
            "events": (
                self.tr("Events"),
                lambda: [(e.name, e.name) for e in store.events()],
                lambda key: EventDialog(store, self.ref, key, self),
            ),
        }
        title, items, opener = managers[kind]
        EntityManager(title, items, opener, saved, self).exec()

    # ------------------------------------------------------------------ dossiers

    def show_builder(self) -> DossierBuilder:
        """Show (creating it once) the dossier builder."""
        if self.builder is None:
            from briefing.gui.builder import DossierBuilder

            self.builder = DossierBuilder(
                self.store,
                self.ref,
                self.bus,
                self.exports,
                self.queries,
                self.prefs,
                self.selected_uuids,
                self,
            )
            self.builder.exported.connect(
                lambda path: self.statusBar().showMessage(
                    self.tr("Exported to {path}").format(path=path), 8000
                )
            )
        self.builder.show()
        self.builder.raise_()
        self.builder.activateWindow()
        return self.builder

    def new_dossier(self, by: str) -> None:
        """A new dossier by theme or country, limited to the countries/themes filtered."""
        builder = self.show_builder()
        if not builder.maybe_keep_changes():
            return
        builder.new_spec()
        filters = self.navigator.filters()
        if not filters.bin:
            builder.scope_countries.set_values(list(filters.countries))
            builder.scope_themes.set_values(list(filters.themes))
        if by == "theme":
            builder.add_by_theme()
        else:
            builder.add_by_country()

    def add_selection_to_dossier(self) -> None:
        """Add the selected facts as a section of the dossier being built."""
        self.show_builder().add_selected_facts()

    def open_spec(self, name: str) -> None:
        """Open a saved dossier in the builder (after asking about unsaved changes)."""
        builder = self.show_builder()
        if builder.maybe_keep_changes():
            builder.load_spec(name)

    def export_dossier(self, fmt: str) -> None:
        """Ctrl+E: export the dossier in the builder (asks for a file)."""
        builder = self.show_builder()
        if not builder.section_items():
            builder.status.setText(self.tr("Add sections first (for example, one per theme)."))
            builder.checked_spec()
            return
        builder.export("docx" if fmt == "docx" else "pdf")

    # ------------------------------------------------------------------ misc

    def refresh_all(self) -> None:
        """F5: re-read everything from the database (another user may have written)."""
        self.ref.reload(self.store)
        self.form.set_reference(self.ref)
        self.navigator.reload()
        self.model.refresh()

    def show_settings(self) -> None:
        """The Settings dialog."""
        SettingsDialog(self.prefs, self).exec()

    def about(self) -> None:
        """Help > About."""
        QMessageBox.about(
            self,
            self.tr("About Briefing"),
            self.tr(
                "Briefing keeps facts with their provenance and prints briefing books "
                "(DOCX and PDF) by theme or by country. It works entirely offline."
            ),
        )

    def open_logs(self) -> None:
        """Help > Open the log folder."""
        folder = errors.log_file().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: the unsaved-changes guard, then remember layout."""
        if not self.maybe_keep_changes():
            event.ignore()
            return
        # The builder asks about its own unsaved dossier; Cancel there keeps the app open.
        if self.builder is not None and self.builder.isVisible() and not self.builder.close():
            event.ignore()
            return
        if self.exports.busy:
            if not prompts.confirm(
                self,
                self.tr("Export running"),
                self.tr("A dossier is being exported. Cancel the export and quit?"),
            ):
                event.ignore()
                return
            self.exports.cancel_all()
        self.save_settings()
        if self.builder is not None:
            self.builder.shutdown()
        self.exports.shutdown()
        self.queries.shutdown()
        event.accept()
