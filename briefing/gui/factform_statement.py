"""The fact form's statement editor: the original, a preview of what prints, translations.

``StatementTabs`` holds one tab for the statement in its original language, one showing
it as a dossier prints it (built from ``briefing.dossier.markup`` blocks, so nothing the
renderers would print literally is rendered here) and one per dossier language for the
translations. The tab of the original's language is disabled: the original is that text.

A translation made from an earlier wording of the original is outdated (the store keeps
the digest of the original each translation was made from): its tab says so, live as the
original is edited, with a "Still correct" button that re-stamps it on the next save.
Editing its text makes it current too (the store stamps new texts with the original).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.dossier.markup import parse_blocks, with_lead
from briefing.gui.preview import blocks_html
from briefing.store.records import original_digest

TRANSLATION_LANGUAGES = ("en", "fr", "ru")
STATEMENT_LANGUAGES = ("en", "fr", "ru", "de", "es", "ar", "zh", "fa", "tr", "uz", "kk", "ky", "tg")
NATIVE_NAMES = {"en": "English", "fr": "Français", "ru": "Русский"}


def language_name(code: str) -> str:
    """ "Français (fr)" for "fr" (the language's own name, from Qt's locale data)."""
    name = NATIVE_NAMES.get(code) or (QLocale(code).nativeLanguageName() if code else "")
    return f"{name[:1].upper()}{name[1:]} ({code})" if name else code


def preview_html(statement: str, lead: str | None = None) -> str:
    """The statement as it prints: its blocks, after the speaker's lead-in (in italics)."""
    blocks = parse_blocks(statement)
    if lead:
        blocks = with_lead(blocks, lead)
    return blocks_html(blocks)


class StatementTabs(QTabWidget):
    """Original | Preview | EN | FR | RU.

    Signals:
        statement_changed: the original's text changed.
        translation_changed: one of the translations changed.
    """

    statement_changed = Signal()
    translation_changed = Signal()
    ORIGINAL, PREVIEW = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.statement = QPlainTextEdit(self)
        self.statement.setPlaceholderText(
            self.tr("The fact, in Markdown: **bold**, *italic*, lists with - …")
        )
        self.statement.setTabChangesFocus(True)
        self.statement.setMinimumHeight(90)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setToolTip(self.tr("The statement as a dossier prints it"))
        self.addTab(self.statement, self.tr("Original"))
        self.addTab(self.preview, self.tr("Preview"))
        self.translation_edits: dict[str, QPlainTextEdit] = {}
        self.outdated_notes: dict[str, QFrame] = {}
        self.still_correct_buttons: dict[str, QPushButton] = {}
        # Per language: the digest of the original the saved translation was made from,
        # its saved text, and the original's digest when the user said "Still correct".
        self._sources: dict[str, str | None] = {}
        self._saved: dict[str, str] = {}
        self._confirmed: dict[str, str] = {}
        self._original_language = ""
        for code in TRANSLATION_LANGUAGES:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("Translation (optional)"))
            self.translation_edits[code] = edit
            self.addTab(self._translation_page(code, edit), code.upper())
            self.setTabToolTip(self.count() - 1, language_name(code))
            edit.textChanged.connect(self.translation_changed)
            edit.textChanged.connect(self._show_states)
        self.statement.textChanged.connect(self.statement_changed)
        self.statement.textChanged.connect(self._show_states)

    def _translation_page(self, code: str, edit: QPlainTextEdit) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        note = QFrame(page)
        note.setObjectName("outdatedTranslation")
        note.setStyleSheet("#outdatedTranslation { background: #fef3c7; }")
        row = QHBoxLayout(note)
        row.setContentsMargins(6, 2, 6, 2)
        label = QLabel(
            self.tr(
                "Outdated: translated from an earlier wording of the original. "
                "Dossiers print the original instead."
            ),
            note,
        )
        label.setWordWrap(True)
        button = QPushButton(self.tr("Still correct"), note)
        button.setToolTip(
            self.tr("The translation still says what the original says: mark it current")
        )
        button.clicked.connect(lambda _checked=False, c=code: self.confirm(c))
        row.addWidget(label, 1)
        row.addWidget(button)
        note.hide()
        layout.addWidget(note)
        layout.addWidget(edit, 1)
        self.outdated_notes[code] = note
        self.still_correct_buttons[code] = button
        return page

    def set_texts(
        self,
        statement: str,
        translations: dict[str, str],
        sources: dict[str, str | None] | None = None,
    ) -> None:
        """Show ``statement`` and the translations into the dossier languages, with the
        digests of the originals they were made from (``FactRecord.translation_sources``;
        none for a new fact)."""
        self._sources = dict(sources or {})
        self._saved = {code: translations.get(code, "") for code in self.translation_edits}
        self._confirmed = {}
        self.statement.setPlainText(statement)
        for code, edit in self.translation_edits.items():
            edit.setPlainText(translations.get(code, ""))
        self._show_states()

    def translation_state(self, code: str) -> str:
        """ "missing", "current" or "outdated": what saving now would leave in ``code``."""
        text = self.translation_edits[code].toPlainText()
        if not text.strip() or code == self._original_language:
            return "missing"
        if original_digest(text) != original_digest(self._saved.get(code, "")):
            return "current"  # a new or edited text is stamped with the original
        current = original_digest(self.statement.toPlainText())
        source = self._confirmed.get(code, self._sources.get(code))
        return "outdated" if source is not None and source != current else "current"

    def confirm(self, code: str) -> None:
        """Take the translation in ``code`` as still correct for the original as it is now
        (saved with the fact)."""
        self._confirmed[code] = original_digest(self.statement.toPlainText())
        self._show_states()
        self.translation_changed.emit()

    def confirmed_sources(self) -> dict[str, str]:
        """The confirmations to save (``FactDraft.translation_sources``); an edited text
        needs none: the store stamps it with the original it is saved with."""
        return {
            code: digest
            for code, digest in self._confirmed.items()
            if original_digest(self.translation_edits[code].toPlainText())
            == original_digest(self._saved.get(code, ""))
        }

    def _show_states(self) -> None:
        for i, code in enumerate(TRANSLATION_LANGUAGES, start=self.PREVIEW + 1):
            outdated = self.translation_state(code) == "outdated"
            self.outdated_notes[code].setVisible(outdated)
            title = code.upper()
            if outdated:
                title = self.tr("{code} (outdated)").format(code=title)
            self.setTabText(i, title)

    def translations(self, original_language: str) -> dict[str, str]:
        """The non-empty translations, leaving out the original's own language."""
        return {
            code: edit.toPlainText()
            for code, edit in self.translation_edits.items()
            if edit.toPlainText().strip() and code != original_language
        }

    def set_original_language(self, language: str) -> None:
        """Disable the translation tab of the original's language."""
        self._original_language = language
        self._show_states()
        for i, code in enumerate(TRANSLATION_LANGUAGES, start=self.PREVIEW + 1):
            same = code == language
            self.setTabEnabled(i, not same)
            self.setTabToolTip(
                i,
                self.tr("The original is in this language") if same else language_name(code),
            )

    def show_preview(self, lead: str | None = None) -> None:
        """Render the original (after ``lead``, the speaker's lead-in) in the Preview tab."""
        self.preview.setHtml(preview_html(self.statement.toPlainText(), lead))

    def editors(self) -> Sequence[QPlainTextEdit]:
        """The original's and the translations' editors."""
        return (self.statement, *self.translation_edits.values())

    def setReadOnly(self, read_only: bool) -> None:
        """Allow or refuse typing (tabs stay browsable)."""
        for edit in self.editors():
            edit.setReadOnly(read_only)
        for button in self.still_correct_buttons.values():
            button.setEnabled(not read_only)
