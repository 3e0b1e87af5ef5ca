"""Start-up: the window paints first, its base opens beside it (issue 12).

Opening a base costs more than building a window: importing SQLAlchemy and the ORM model,
migrating, on a first start seeding the summit (seconds), then reading the reference data
and the first page of facts. Done before ``show()`` that made a user stare at nothing for
a second (more on a first start). Instead:

1. ``MainWindow(None, ...)`` builds the frame: menus, toolbar, the search box and the
   list's place saying "Opening seed.db…". It imports nothing that reads a base (no
   SQLAlchemy, Babel, Markdown), so it paints about half a second after the process starts.
2. ``StoreOpener`` opens the base on a worker thread once the window has painted, and
   loads there the modules the panes need, so the window stays responsive meanwhile. A
   first start says so ("Preparing your first base…") while the seed loads.
3. ``attach(store)`` (GUI thread) builds the navigator, the fact list and the form, and
   enables the actions that need the base; only the frame's own actions (settings, help,
   quit, the panes' visibility) work before.

A base that cannot be opened says why in the list's place and in the same message box as
before (``UserFacingError``: its own words; anything else: the log's short notice).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView

from briefing.gui.columns import COLUMN_INDEX
from briefing.gui.jobs import Job, JobRunner
from briefing.gui.mainwindow_base import WindowBase
from briefing.settings import database_url

if TYPE_CHECKING:
    from briefing.gui.bus import Changes
    from briefing.store import Store

log = logging.getLogger("briefing.gui")

DEFAULT_WIDTHS = {
    "date": 92,
    "countries": 128,
    "themes": 140,
    "marking": 108,
    "confidence": 90,
    "source": 200,
}
HIDDEN_COLUMNS = ("confidence", "source")  # shown from the header's context menu
# Starts the opening when no paint event came (a window opened minimised is never painted).
PAINT_FALLBACK_MS = 300
# The list's place while there is no list: a framed panel, grey text (red for an error).
PANEL_STYLE = (
    "color: {colour}; padding: 24px; background: palette(base); border: 1px solid palette(mid);"
)


class OpenFlows(WindowBase):
    """The window before and after its base is open."""

    ready: bool
    db_label: str

    def show_opening(self) -> None:
        """The list's place says which base is opening; the base's actions wait."""
        name = self.db_label or QCoreApplication.translate("MainWindow", "the database")
        self.opening_label.setText(self.tr("Opening {name}…").format(name=name))
        self.opening_label.setStyleSheet(PANEL_STYLE.format(colour="#374151"))
        self.list_stack.setCurrentWidget(self.opening_label)
        self.placeholder.setText("")
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=name))
        self.search.setEnabled(False)
        self.clear_button.setVisible(False)
        for action in self.actions():
            if action not in self.frame_actions:
                action.setEnabled(False)

    def show_preparing(self) -> None:
        """A first start: the base is being created and the summit loaded into it."""
        text = self.tr(
            "Preparing your first base…\n\nBriefing creates {name} and loads the sample "
            "summit into it. This happens once and takes a few seconds."
        ).format(name=self.db_label or "briefing.sqlite3")
        self.opening_label.setText(text)
        self.statusBar().showMessage(self.tr("Preparing your first base…"))

    def show_open_failed(self, message: str) -> None:
        """The base could not be opened: say why where the list would be."""
        self.opening_label.setText(message)
        self.opening_label.setStyleSheet(PANEL_STYLE.format(colour="#b00020"))
        self.list_stack.setCurrentWidget(self.opening_label)
        self.statusBar().showMessage(self.tr("The database could not be opened."))

    def attach(self, store: Store) -> None:
        """Build the panes over ``store`` and enable what needs it."""
        from briefing.gui.bin_actions import BinActions
        from briefing.gui.factform import FactForm
        from briefing.gui.factform_history import restore_chosen
        from briefing.gui.factlist import FactListView, MatchDelegate
        from briefing.gui.factmodel import FactTableModel
        from briefing.gui.mainwindow_list import state_key
        from briefing.gui.navigator import Navigator, navigator_pane
        from briefing.gui.refdata import RefData

        self.store = store
        self.ref = RefData.load(store, self.language)
        self.db_key = state_key(store)

        frame_pane = self.navigator_pane
        self.navigator = Navigator(store, self.ref, self)
        self.navigator.setMinimumWidth(150)
        self.navigator_pane = navigator_pane(self.navigator)
        self.navigator_pane.setVisible(self.act_show_navigator.isChecked())
        self.splitter.replaceWidget(0, self.navigator_pane)
        frame_pane.deleteLater()

        self.model = FactTableModel(store, self.language, self.queries, parent=self)
        self.view = FactListView(self.list_stack)
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
        self.list_stack.addWidget(self.view)
        self.list_stack.setCurrentWidget(self.view)

        self.form = FactForm(store, self.ref, self)
        self.right.addWidget(self.form)
        self._restore_list_settings()

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
        self._escape_to_list()
        self.form.save_requested.connect(self.save_current)
        self.form.restore_requested.connect(self.restore_selected)
        self.form.state_changed.connect(self._update_actions)
        self.bus.changes_applied.connect(self._on_changes)
        self.form.version_chosen.connect(lambda version: restore_chosen(self, version))
        self.bin_actions = BinActions(self)

        self.ready = True
        for action in self.actions():
            if action not in (self.act_undo, self.act_redo):  # the undo stack's own
                action.setEnabled(True)
        self.search.setEnabled(True)
        self.statusBar().clearMessage()
        self.apply_filters()  # sets the actions that depend on the selection and the form

    def _restore_list_settings(self) -> None:
        p = self.prefs
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

    def _escape_to_list(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_to_list)

    if TYPE_CHECKING:  # provided by the other parts

        def _header_menu(self, pos: Any) -> None: ...
        def _list_menu(self, pos: Any) -> None: ...
        def _restore_filters(self) -> None: ...
        def _restore_sort_indicator(self) -> None: ...
        def _on_loaded(self) -> None: ...
        def _on_current_changed(self, current: Any, previous: Any) -> None: ...
        def _on_selection_changed(self) -> None: ...
        def _navigator_edit(self, kind: str, key: str) -> None: ...
        def _on_changes(self, changes: Changes, initiator: object) -> None: ...
        def open_spec(self, name: str) -> None: ...
        def edit_current(self) -> None: ...
        def back_to_list(self) -> None: ...
        def restore_selected(self) -> None: ...


def _load_panes_modules() -> None:
    """Import what ``attach`` builds from, on the worker: ~0.2 s the GUI thread then
    spends answering the user instead (imports only define classes; no widget is made)."""
    import briefing.gui.bin_actions
    import briefing.gui.factform
    import briefing.gui.factlist
    import briefing.gui.factmodel
    import briefing.gui.live
    import briefing.gui.navigator  # noqa: F401


class StoreOpener(QObject):
    """Opens the base for ``window`` on a worker thread once the window has painted.

    ``on_ready(store)`` and ``on_failed(exc, traceback)`` run on the GUI thread. The store
    is kept in ``store`` as soon as it is open, so whoever ends the app can close it even
    when the window was closed before the result arrived.
    """

    def __init__(
        self,
        window: OpenFlows,
        db: str | None,
        on_ready: Callable[[Store], None],
        on_failed: Callable[[BaseException, str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.store: Store | None = None
        self.runner = JobRunner(1, self)
        self._on_ready = on_ready
        self._on_failed = on_failed
        self._started = False
        window.installEventFilter(self)
        QTimer.singleShot(PAINT_FALLBACK_MS, self.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: start once the window has painted.

        Started any earlier, the worker's imports (they hold the GIL) would slow the
        first paint down; the timer after the paint lets it reach the screen first.
        """
        if watched is self.window and event.type() == QEvent.Type.Paint and not self._started:
            QTimer.singleShot(0, self.start)
        return False

    def start(self) -> None:
        """Submit the opening (once)."""
        if self._started:
            return
        self._started = True
        self.window.removeEventFilter(self)
        if new_sqlite_file(self.db):  # said now: the worker's imports take a while first
            self.window.show_preparing()
        self.runner.submit(
            self._open,
            on_done=self._on_ready,
            on_failed=self._on_failed,
            on_partial=self._on_partial,
        )

    def _open(self, job: Job) -> Store:
        from briefing.bootstrap import open_store

        store = open_store(self.db, on_first_start=lambda: job.send("first start"))
        self.store = store
        _load_panes_modules()
        return store

    def _on_partial(self, value: object) -> None:
        if value == "first start":
            self.window.show_preparing()

    def wait(self) -> None:
        """Let an opening in progress finish (a half-seeded base resumes next start, but a
        Python thread still running at exit would crash the interpreter's shutdown)."""
        self.runner.shutdown(msecs=-1)


def new_sqlite_file(db: str | None) -> bool:
    """True when ``db`` names a SQLite file that does not exist yet (a first start).

    Read from the URL's text, without SQLAlchemy's URL parser (which the first paint
    does not import); ``bootstrap.missing_sqlite_file`` is the exact test and still says
    it again from the worker (``on_first_start``).
    """
    url = database_url(db)
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        return False
    return not Path(url[len("sqlite:///") :].split("?", 1)[0]).exists()


def user_message(exc: BaseException) -> str | None:
    """The words a ``UserFacingError`` carries; None for a bug."""
    from briefing.errors import UserFacingError

    return str(exc) if isinstance(exc, UserFacingError) else None


def opening_failed(window: OpenFlows, exc: BaseException, tb: str) -> None:
    """Tell the user why the base did not open: in the window and in a message box."""
    from PySide6.QtWidgets import QMessageBox

    from briefing.gui import errors

    message = user_message(exc)
    if message is not None:
        window.show_open_failed(message)
        QMessageBox.critical(window, "Briefing", message)
    else:
        window.show_open_failed(
            QCoreApplication.translate("MainWindow", "The database could not be opened.")
        )
        errors.show_error(window, exc, tb)
