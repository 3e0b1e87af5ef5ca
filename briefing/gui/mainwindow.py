"""A first main window: the facts of the database in a table (the full GUI replaces it)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

from briefing.store import Store


class MainWindow(QMainWindow):
    """Lists every fact with its date, countries and statement."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setWindowTitle("Briefing")
        rows = store.rows(store.fact_ids())
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels(["Date", "Countries", "Statement"])
        for i, row in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(row.date.isoformat() if row.date else ""))
            table.setItem(i, 1, QTableWidgetItem(row.countries))
            table.setItem(i, 2, QTableWidgetItem(row.statement))
        table.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(table)
        self.resize(1100, 700)
        self.statusBar().showMessage(f"{len(rows)} facts")
