"""The main window: navigator | fact list | fact form, with menus, toolbar and status bar.

This module builds the window (panes, actions, menus, toolbar) and keeps its layout; the
flows live with their own kind:
    filter, select, keys   mainwindow_list     navigator + search -> FactQuery -> list;
                                               current row -> guard -> form; per-database filters
    save, delete, restore  mainwindow_edit     form -> commands on the undo stack -> bus
    dossiers, export       mainwindow_dossier  the builder, made on first use
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import bundle_dialog, errors, prompts
from briefing.gui.bin_actions import BinActions
from briefing.gui.bus import Bus
from briefing.gui.country_notes import open_dialog as open_country_notes
from briefing.gui.factform import FactForm
from briefing.gui.factform_history import restore_chosen
from briefing.gui.factlist import FactListView, MatchDelegate
from briefing.gui.factmodel import COLUMN_INDEX, FactTableModel
from briefing.gui.jobs import JobRunner
from briefing.gui.keys import FOCUS_STYLE, ShortcutSheet
from briefing.gui.mainwindow_dossier import DossierFlows
from briefing.gui.mainwindow_edit import EditFlows
from briefing.gui.mainwindow_list import ListFlows, state_key
from briefing.gui.navigator import Navigator, navigator_pane
from briefing.gui.prefs import Prefs
from briefing.gui.refdata import RefData
from briefing.gui.settingsdialog import SettingsDialog
from briefing.store import Store

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


class MainWindow(ListFlows, EditFlows, DossierFlows):
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
        self.db_key = state_key(store)
        # Ending with the application's display name keeps Qt from appending it again.
        self.setWindowTitle(
            self.tr("{name} — Briefing").format(name=db_label) if db_label else "Briefing"
        )
        self.setObjectName("MainWindow")
        self.setStyleSheet(FOCUS_STYLE)
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
        self.navigator_pane = navigator_pane(self.navigator)

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
        self.view = FactListView(centre)
        self.view.setModel(self.model)
        self.match_delegate = MatchDelegate(self.view)
        self.view.setItemDelegateForColumn(COLUMN_INDEX["statement"], self.match_delegate)
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
        self.splitter.addWidget(self.navigator_pane)
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
            self.tr("&Navigator"), lambda on: self.navigator_pane.setVisible(on), "Ctrl+1"
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
        self.act_shortcuts = self._action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self.act_new)
        file.addAction(self.act_save)
        file.addSeparator()
        file.addAction(self.act_export)
        file.addAction(self.act_export_docx)
        file.addSeparator()
        file.addAction(self.tr("&Import a bundle…"), lambda: bundle_dialog.import_into(self))
        file.addAction(self.tr("E&xport a bundle…"), lambda: bundle_dialog.export_from(self))
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
        fact.addAction(self.tr("&Import a document…"), self.import_document)
        dossier = bar.addMenu(self.tr("&Dossier"))
        dossier.addAction(self.act_builder)
        dossier.addAction(self.act_by_theme)
        dossier.addAction(self.act_by_country)
        dossier.addAction(self.act_add_to_dossier)
        dossier.addSeparator()
        dossier.addAction(self.act_export)
        dossier.addAction(self.act_export_docx)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_shortcuts)
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
        # Undo/Redo name the command ("Undo Delete 3 facts"): as text they pushed the
        # buttons after them around; as icons the name moves to the tooltip.
        for action in (self.act_undo, self.act_redo):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
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
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed())
        self.view.customContextMenuRequested.connect(self._list_menu)
        self.view.edit_requested.connect(self.edit_current)
        self.search.installEventFilter(self)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_to_list)
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
            form = 800 if width >= 1800 else 470  # wide screens: the form in two columns
            self.splitter.setSizes([230, width - 230 - form, form])
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
        self._restore_filters()

    def save_settings(self) -> None:
        """Remember layout, sort and filters."""
        p = self.prefs
        p.set("window/geometry", self.saveGeometry())
        p.set("window/state", self.saveState())
        p.set("window/splitter", self.splitter.saveState())
        p.set("list/header", self.view.horizontalHeader().saveState())
        self._save_filters()
        p.sync()

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

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1)."""
        ShortcutSheet(self.actions(), self.window_for_dialogs()).exec()

    def window_for_dialogs(self) -> QWidget:
        """The active Briefing window (a dialog opened from the builder sits on the builder)."""
        active = QApplication.activeWindow()
        return active if active is not None else self

    def global_actions(self) -> list[QAction]:
        """Actions whose shortcuts work from every Briefing window, the builder included."""
        return [
            self.act_export,
            self.act_export_docx,
            self.act_find,
            self.act_builder,
            self.act_settings,
            self.act_shortcuts,
            self.act_quit,
        ]

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

    def import_document(self) -> None:
        """Read a document into candidate facts to review (issue 13)."""
        from briefing.gui.import_review import open_dialog

        open_dialog(self.store, self, self.refresh_all)

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
