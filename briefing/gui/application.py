"""The QApplication: open the database, show the main window, report fatal errors kindly."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.bootstrap import open_store
from briefing.errors import UserFacingError


def run(db: str | None) -> int:
    """Run the event loop until the main window closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Briefing")
    app.setOrganizationName("Briefing")
    try:
        store = open_store(db)
    except UserFacingError as exc:
        QMessageBox.critical(None, "Briefing", str(exc))
        return 1
    from briefing.gui.mainwindow import MainWindow

    window = MainWindow(store)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()
