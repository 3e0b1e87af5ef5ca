"""Start-up: the QApplication, settings, translations, error hook, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from briefing.gui import errors, i18n
from briefing.gui.prefs import APPLICATION, ORGANISATION, Prefs
from briefing.settings import AppPaths, database_url

if TYPE_CHECKING:
    from briefing.store import Store


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings finds our settings."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("Briefing")
    app.setStyle("Fusion")
    return app


def db_label(db: str | None) -> str:
    """A short name for the database, for the title bar."""
    url = database_url(db)
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///") :]).name
    return url.split("@")[-1]


def run(db: str | None) -> int:
    """Run the event loop until the main window closes; returns the exit status.

    The window is shown before its base is open and the base opens on a worker
    (``gui/mainwindow_open.py``): nothing imported up to ``show()`` reads a database, so
    the window paints about half a second after the process starts, even on a first start
    that creates and seeds the base.
    """
    app = create_app()
    log_path = errors.setup_logging(errors.log_file(AppPaths.default()))
    errors.install_excepthook(log_path)
    prefs = Prefs.for_user()
    language = i18n.choose_language(prefs.language())
    translators = i18n.install(app, language)  # also sets the locale numbers and dates use
    from briefing.gui.mainwindow import MainWindow
    from briefing.gui.mainwindow_open import StoreOpener, opening_failed

    window = MainWindow(None, prefs, language, db_label(db))
    status = 0

    def ready(store: Store) -> None:
        from briefing.gui.live import LiveUpdates

        window.attach(store)
        LiveUpdates(store, window.bus, window)  # others' saves reach this window (gui/live.py)

    def failed(exc: BaseException, tb: str) -> None:
        nonlocal status
        status = 1
        opening_failed(window, exc, tb)
        app.exit(1)

    opener = StoreOpener(window, db, ready, failed)
    window.show()
    try:
        code = int(app.exec())
        return status or code
    finally:
        opener.wait()
        if opener.store is not None:
            opener.store.close()
        i18n.remove(app, translators)
        QCoreApplication.processEvents()
