"""Start-up: the QApplication, settings, translations, error hook, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.bootstrap import open_store
from briefing.errors import UserFacingError
from briefing.gui import errors, i18n
from briefing.gui.prefs import APPLICATION, ORGANISATION, Prefs
from briefing.settings import AppPaths, database_url


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
    """Run the event loop until the main window closes; returns the exit status."""
    app = create_app()
    log_path = errors.setup_logging(errors.log_file(AppPaths.default()))
    errors.install_excepthook(log_path)
    prefs = Prefs.for_user()
    language = i18n.choose_language(prefs.language())
    translators = i18n.install(app, language)  # also sets the locale numbers and dates use
    try:
        store = open_store(db)
    except UserFacingError as exc:
        QMessageBox.critical(None, "Briefing", str(exc))
        return 1
    from briefing.gui.live import LiveUpdates
    from briefing.gui.mainwindow import MainWindow

    window = MainWindow(store, prefs, language, db_label(db))
    LiveUpdates(store, window.bus, window)  # others' saves reach this window (gui/live.py)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()
        i18n.remove(app, translators)
        QCoreApplication.processEvents()
