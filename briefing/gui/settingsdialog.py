"""Preferences: the interface language (applies on the next start) and the language new
dossiers start in."""

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

from briefing.dossier.spec import LANGUAGES as DOSSIER_LANGUAGES
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
        self.dossier_language = QComboBox(self)
        self.dossier_language.addItem(self.tr("Same as the interface"), "")
        for code in DOSSIER_LANGUAGES:
            self.dossier_language.addItem(LANGUAGES.get(code, code), code)
        picked = prefs.text("dossier/language")
        self.dossier_language.setCurrentIndex(max(self.dossier_language.findData(picked), 0))
        form.addRow(self.tr("New dossiers in"), self.dossier_language)
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
        self.prefs.set_dossier_language(str(self.dossier_language.currentData() or ""))
        self.prefs.sync()
        super().accept()
