"""The main window: navigator | fact list | fact form, with menus, toolbar and status bar.

This module builds the window (panes, status bar) and keeps its layout; the actions,
menus and toolbar are made in ``mainwindow_actions``; the flows live with their own kind:
    filter, select, keys   mainwindow_list     navigator + search -> FactQuery -> list;
                                               current row -> guard -> form; per-database filters
    save, delete, restore  mainwindow_edit     form -> commands on the undo stack -> bus
    dossiers, export       mainwindow_dossier  the builder, made on first use
    opening the base       mainwindow_open     the frame paints first; the panes that read
                                               the base are built once it is open
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import errors, prompts
from briefing.gui.bus import Bus
from briefing.gui.columns import COLUMN_INDEX
from briefing.gui.jobs import JobRunner
from briefing.gui.keys import FOCUS_STYLE, ShortcutSheet
from briefing.gui.mainwindow_actions import WindowActions
from briefing.gui.mainwindow_dossier import DossierFlows
from briefing.gui.mainwindow_edit import EditFlows
from briefing.gui.mainwindow_list import ListFlows
from briefing.gui.mainwindow_open import OpenFlows
from briefing.gui.prefs import Prefs

if TYPE_CHECKING:
    from briefing.store import Store

if TYPE_CHECKING:  # the builder (and the dossier code it needs) loads on first use
    from briefing.gui.builder import DossierBuilder

log = logging.getLogger("briefing.gui")

SEARCH_DELAY_MS = 150


class MainWindow(WindowActions, ListFlows, EditFlows, DossierFlows, OpenFlows):
    """Briefing's main window over one ``Store``.

    Args:
        store: the open database; None builds the frame only (menus, toolbar, an empty
            list saying the base is opening) and ``attach(store)`` completes it later
            (``mainwindow_open``: the desktop app paints before its base is open).
        prefs: where layout and filters are remembered (tests pass a temp INI file).
        language: interface language (also the language of statements and names listed).
        db_label: what to show in the title bar (the database file name).
    """

    def __init__(
        self,
        store: Store | None,
        prefs: Prefs | None = None,
        language: str = "en",
        db_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs or Prefs.for_user()
        self.language = language
        self.db_label = db_label
        self.ready = False
        self.bus = Bus(self)
        self.queries = JobRunner(1, self)
        self.exports = JobRunner(1, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.builder: DossierBuilder | None = None
        self._reverting = False
        self._first_load = True
        self._pending_key: int | None = None
        self._pending_row: int | None = None
        self._total = 0
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
        self.show_opening()
        if store is not None:
            self.attach(store)

    # ------------------------------------------------------------------ building

    def _build_panes(self) -> None:
        """The frame of the three panes; what reads the base comes in ``attach``."""
        # Until the base is open the navigator's place holds an empty pane of its width.
        self.navigator_pane = QWidget(self)
        self.navigator_pane.setMinimumWidth(150)

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
        # The list's place: first a line saying the base is opening (or why it could
        # not), then the fact list itself (``attach``).
        self.list_stack = QStackedWidget(centre)
        self.opening_label = QLabel(self.list_stack)
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_label.setWordWrap(True)
        self.opening_label.setTextFormat(Qt.TextFormat.PlainText)
        self.list_stack.addWidget(self.opening_label)
        centre_layout.addWidget(self.list_stack, 1)

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #6b7280; padding: 24px;")
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
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

    def _build_status(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.count_label)

    def _connect(self) -> None:
        """Signals of the frame; those of the panes over the base: ``attach``."""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.search.installEventFilter(self)
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

    def save_settings(self) -> None:
        """Remember layout, sort and filters."""
        p = self.prefs
        p.set("window/geometry", self.saveGeometry())
        p.set("window/state", self.saveState())
        p.set("window/splitter", self.splitter.saveState())
        if self.ready:  # the list and its filters exist once the base is open
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
        from briefing.gui.settingsdialog import SettingsDialog  # Babel, via the spec

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

    def import_bundle(self) -> None:
        """File > Import a bundle (team exchange, issue 9)."""
        from briefing.gui import bundle_dialog  # loaded on first use, not before first paint

        bundle_dialog.import_into(self)

    def export_bundle(self) -> None:
        """File > Export a bundle."""
        from briefing.gui import bundle_dialog

        bundle_dialog.export_from(self)

    def country_notes(self) -> None:
        """Fact > Reference data > Country notes."""
        from briefing.gui.country_notes import open_dialog

        open_dialog(self.store, self.ref, self)

    def open_logs(self) -> None:
        """Help > Open the log folder."""
        folder = errors.log_file().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: the unsaved-changes guard, then remember layout."""
        if not self.ready:  # closed while the base opens: nothing to save but the layout
            self.save_settings()
            event.accept()
            return
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
