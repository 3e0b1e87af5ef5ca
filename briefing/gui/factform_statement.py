"""The fact form's statement editor: the original, a preview of what prints, translations.

``StatementTabs`` holds one tab for the statement in its original language, one showing
it as a dossier prints it (built from ``briefing.dossier.markup`` blocks, so nothing the
renderers would print literally is rendered here) and one per dossier language for the
translations. The tab of the original's language is disabled: the original is that text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QTextBrowser, QWidget

from briefing.dossier.markup import Paragraph, Run, parse_blocks
from briefing.gui.preview import blocks_html

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
        head = Run(lead, italic=True)
        if blocks and isinstance(blocks[0], Paragraph):
            blocks = (Paragraph((head, *blocks[0].runs)), *blocks[1:])
        else:
            blocks = (Paragraph((head,)), *blocks)
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
        for code in TRANSLATION_LANGUAGES:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("Translation (optional)"))
            self.translation_edits[code] = edit
            self.addTab(edit, code.upper())
            self.setTabToolTip(self.count() - 1, language_name(code))
            edit.textChanged.connect(self.translation_changed)
        self.statement.textChanged.connect(self.statement_changed)

    def set_texts(self, statement: str, translations: dict[str, str]) -> None:
        """Show ``statement`` and the translations into the dossier languages."""
        self.statement.setPlainText(statement)
        for code, edit in self.translation_edits.items():
            edit.setPlainText(translations.get(code, ""))

    def translations(self, original_language: str) -> dict[str, str]:
        """The non-empty translations, leaving out the original's own language."""
        return {
            code: edit.toPlainText()
            for code, edit in self.translation_edits.items()
            if edit.toPlainText().strip() and code != original_language
        }

    def set_original_language(self, language: str) -> None:
        """Disable the translation tab of the original's language."""
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
