"""Written sections of a dossier: their usual titles, and the editor beside the section list.

A written (``text``) section is a title and a Markdown body a person writes: purpose, key
messages, lines to take. The editor shows the body as it prints, built from the dossier's
own Markdown parser (``briefing.dossier.markup``) rather than Qt's.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.dossier.labels import labels_for
from briefing.dossier.markup import parse_blocks, plain_text
from briefing.gui.preview import blocks_html


@dataclass(frozen=True)
class WrittenKind:
    """A usual written section: its name in the menu and its printed title per language."""

    key: str
    menu: str
    titles: dict[str, str]

    def title(self, language: str) -> str:
        """The printed title in the dossier ``language`` (English if unknown)."""
        return self.titles.get(language) or self.titles["en"]


def written_kinds() -> list[WrittenKind]:
    """The written sections a briefing pack usually holds, in the order they print."""
    en, fr, ru = labels_for("en"), labels_for("fr"), labels_for("ru")
    return [
        WrittenKind(
            "purpose",
            QCoreApplication.translate("DossierBuilder", "Purpose"),
            {"en": en.purpose, "fr": fr.purpose, "ru": ru.purpose},
        ),
        WrittenKind(
            "key-messages",
            QCoreApplication.translate("DossierBuilder", "Key messages"),
            {"en": en.key_messages, "fr": fr.key_messages, "ru": ru.key_messages},
        ),
        WrittenKind(
            "lines-to-take",
            QCoreApplication.translate("DossierBuilder", "Lines to take"),
            {"en": "Lines to take", "fr": "Éléments de langage", "ru": "Тезисы для беседы"},
        ),
        WrittenKind(
            "press-lines",
            QCoreApplication.translate("DossierBuilder", "Press lines"),
            {"en": "Press lines", "fr": "Éléments pour la presse", "ru": "Тезисы для прессы"},
        ),
        WrittenKind(
            "programme",
            QCoreApplication.translate("DossierBuilder", "Programme"),
            {"en": "Programme", "fr": "Programme", "ru": "Программа"},
        ),
        WrittenKind(
            "background",
            QCoreApplication.translate("DossierBuilder", "Background"),
            {"en": en.background, "fr": fr.background, "ru": ru.background},
        ),
    ]


def retitle(title: str, old_language: str, new_language: str) -> str | None:
    """The usual title ``title`` in ``new_language``; None when it is not a usual title."""
    for kind in written_kinds():
        if kind.title(old_language) == title:
            return kind.title(new_language)
    return None


def word_count(text: str) -> int:
    """Words of a Markdown text as printed (markup characters are not words)."""
    return len(plain_text(parse_blocks(text)).split())


def printed_html(title: str, text: str) -> str:
    """A written section as it prints: its heading, then its body."""
    heading = f"<h3>{escape(title)}</h3>" if title.strip() else ""
    if not text.strip():
        note = escape(
            QCoreApplication.translate(
                "DossierBuilder", "Not printed while it is empty: write its text above."
            )
        )
        return f'{heading}<p style="color: #6b7280;"><i>{note}</i></p>'
    return heading + blocks_html(parse_blocks(text))


class TextSectionEditor(QWidget):
    """The title, Markdown body and printed preview of one written section.

    ``edited(title, text)`` after each change the user makes (not after ``set_section``).
    """

    edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._silent = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        caption = QLabel(self.tr("Written section"), self)
        caption.setObjectName("sectionTitle")
        layout.addWidget(caption)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Heading printed above the text"))
        self.title.setMaxLength(500)
        title_label = QLabel(self.tr("&Title"), self)
        title_label.setBuddy(self.title)
        layout.addWidget(title_label)
        layout.addWidget(self.title)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        top = QWidget(split)
        t_layout = QVBoxLayout(top)
        t_layout.setContentsMargins(0, 4, 0, 0)
        text_label = QLabel(self.tr("Te&xt (Markdown)"), top)
        t_layout.addWidget(text_label)
        self.text = QPlainTextEdit(top)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("- a first point\n- a second point, with **bold** and *italic*")
        )
        text_label.setBuddy(self.text)
        t_layout.addWidget(self.text, 1)
        syntax = QLabel(
            self.tr(
                "**bold**  ·  *italic*  ·  `code`  ·  - bullets  ·  1. numbers  ·  "
                "[link](https://…)  ·  blank line: new paragraph"
            ),
            top,
        )
        syntax.setWordWrap(True)
        syntax.setTextFormat(Qt.TextFormat.PlainText)
        syntax.setStyleSheet("color: #6b7280;")
        t_layout.addWidget(syntax)
        split.addWidget(top)

        bottom = QWidget(split)
        b_layout = QVBoxLayout(bottom)
        b_layout.setContentsMargins(0, 4, 0, 0)
        b_layout.addWidget(QLabel(self.tr("As printed"), bottom))
        self.preview = QTextBrowser(bottom)
        self.preview.setOpenLinks(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setStyleSheet("QTextBrowser { background: #fbfbf8; }")
        self.preview.document().setDefaultStyleSheet(
            "code { font-family: monospace; } h3 { margin-bottom: 4px; }"
        )
        b_layout.addWidget(self.preview, 1)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(self.font().pointSizeF(), mono.pointSizeF()))
        self.text.setFont(QFont(mono))

        self.title.textEdited.connect(self._changed)
        self.text.textChanged.connect(self._changed)

    def set_section(self, title: str, text: str) -> None:
        """Show a section (without emitting ``edited``)."""
        self._silent = True
        try:
            if self.title.text() != title:
                self.title.setText(title)
            if self.text.toPlainText() != text:
                self.text.setPlainText(text)
        finally:
            self._silent = False
        self._show_preview()

    def section(self) -> tuple[str, str]:
        """(title, text) as typed."""
        return self.title.text().strip(), self.text.toPlainText()

    def _show_preview(self) -> None:
        title, text = self.section()
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(printed_html(title, text))
        bar.setValue(position)

    def _changed(self, *_args: object) -> None:
        self._show_preview()
        if not self._silent:
            self.edited.emit(*self.section())
