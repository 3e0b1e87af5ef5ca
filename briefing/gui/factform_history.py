"""The history of a fact: its saved versions, newest first (Fact > History…)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.store import FactRecord


class RevisionsDialog(QDialog):
    """The revisions of one fact: version, when, what happened, the statement then."""

    def __init__(
        self,
        revisions: Callable[[str], list[tuple[int, dt.datetime, str, dict[str, object]]]],
        record: FactRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the fact"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        table = QTableWidget(0, 4, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Saved"), self.tr("Change"), self.tr("Statement then")]
        )
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows: list[tuple[str, str, str, str]] = [
            (
                str(record.version),
                record.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                self.tr("current"),
                record.statement,
            )
        ]
        for version, when, change, snapshot in revisions(record.uuid):
            stamp = when.astimezone() if when.tzinfo else when.replace(tzinfo=dt.UTC).astimezone()
            rows.append(
                (
                    str(version),
                    stamp.strftime("%Y-%m-%d %H:%M"),
                    change,
                    str(snapshot.get("statement", "")),
                )
            )
        for row, values in enumerate(rows):
            table.insertRow(row)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setToolTip("<p>" + html.escape(text) + "</p>")
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
