"""Edit the keywords that suggest each theme when a document is imported.

One keyword or phrase a line, per language; a trailing * matches any ending
("terroris*"). Saved as the user's own lexicon (``ingest.themes.save_theme_keywords``):
the next import reads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.ingest.themes import save_theme_keywords, theme_keywords
from briefing.store.entities import ThemeRecord

LANGUAGES = ("fr", "en", "ru")


class ThemeKeywordsDialog(QDialog):
    """Themes on the left, their keywords in three languages on the right."""

    def __init__(
        self, themes: Sequence[ThemeRecord], language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Theme keywords"))
        self.resize(820, 520)
        self.keywords = {slug: dict(langs) for slug, langs in theme_keywords().items()}
        self._slug: str | None = None
        self.list = QListWidget()
        for t in themes:
            item = QListWidgetItem(("    " if t.parent else "") + t.name(language))
            item.setData(Qt.ItemDataRole.UserRole, t.slug)
            self.list.addItem(item)
        self.edits = {lang: QPlainTextEdit() for lang in LANGUAGES}
        form = QFormLayout()
        for lang, edit in self.edits.items():
            edit.setPlaceholderText(self.tr("one keyword or phrase a line; * for any ending"))
            form.addRow(lang.upper(), edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _keep(self) -> None:
        if self._slug is not None:
            self.keywords[self._slug] = {
                lang: [w.strip() for w in edit.toPlainText().splitlines() if w.strip()]
                for lang, edit in self.edits.items()
            }

    def _show(self, item: QListWidgetItem | None) -> None:
        self._keep()
        self._slug = item.data(Qt.ItemDataRole.UserRole) if item else None
        words = self.keywords.get(self._slug or "", {})
        for lang, edit in self.edits.items():
            edit.setPlainText("\n".join(words.get(lang, [])))

    def save(self) -> None:
        """Write the keywords as the user's lexicon and close."""
        self._keep()
        save_theme_keywords(self.keywords)
        self.accept()
