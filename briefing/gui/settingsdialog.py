"""Preferences: the interface language (applies on the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.i18n import LANGUAGES, available
from briefing.gui.prefs import Prefs


class SettingsDialog(QDialog):
    """The Settings window."""

    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the system"), "")
        for code in available():
            self.language.addItem(LANGUAGES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language()), 0))
        form.addRow(self.tr("Interface language"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("A new language applies the next time Briefing starts."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b7280;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Override QDialog::accept: store the choice."""
        self.prefs.set_language(str(self.language.currentData() or ""))
        self.prefs.sync()
        super().accept()
