"""The desk's note on a country, per dossier language, with its marking.

A country brief in a dossier opens with this note. ``CountryNoteDialog`` edits one
country's note at a time (countries that have one are listed first) and saves it with
``store.save_country_note``; emptying every language removes the note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QTabWidget, QWidget

from briefing.gui import i18n, prompts
from briefing.gui.entities_base import DOSSIER_LANGUAGES, EntityDialog
from briefing.gui.refdata import RefData
from briefing.store.entities import CountryNoteRecord

if TYPE_CHECKING:
    from briefing.store import Store


class CountryNoteDialog(EntityDialog):
    """Pick a country, write its note in English, French and Russian, choose a marking."""

    def __init__(
        self,
        store: Store,
        ref: RefData,
        country: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, ref, "", parent)
        self.setWindowTitle(self.tr("Country note"))
        self.resize(640, 480)
        self._notes = {n.country_code: n for n in store.country_notes()}
        self._other_text: dict[str, str] = {}
        self._loaded: tuple[str, dict[str, str]] = ("", {})
        self.country = QComboBox(self)
        self._fill_countries()
        self.add_field("country", self.tr("&Country"), self.country)
        self.marking = QComboBox(self)
        for code in ref.markings:
            self.marking.addItem(i18n.marking_label(code), code)
        self.add_field("marking", self.tr("&Marking"), self.marking)
        hint = QLabel(
            self.tr(
                "Printed at the head of the country's brief, in the dossier's language "
                "(English when not written in it). Markdown: **bold**, *italic*, lists with -."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        self.form.addRow(hint)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.texts: dict[str, QPlainTextEdit] = {}
        for lang in DOSSIER_LANGUAGES:
            edit = QPlainTextEdit(self.tabs)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(
                self.tr("Note in {language}").format(language=i18n.language_label(lang))
            )
            self.texts[lang] = edit
            self.tabs.addTab(self.box(f"text.{lang}", edit), i18n.language_label(lang, title=True))
        self.body.insertWidget(1, self.tabs, 1)
        if country and self.country.findData(country.upper()) >= 0:
            self.country.setCurrentIndex(self.country.findData(country.upper()))
        self._current = ""
        self._load(str(self.country.currentData() or ""))
        self.country.currentIndexChanged.connect(self._on_country_changed)

    def _fill_countries(self) -> None:
        with_note = [c for c in self.ref.countries if c.code in self._notes]
        others = [c for c in self.ref.countries if c.code not in self._notes]
        for c in with_note:
            self.country.addItem(
                self.tr("{name} ({code}) — has a note").format(name=c.label, code=c.code), c.code
            )
        if with_note and others:
            self.country.insertSeparator(self.country.count())
        for c in others:
            self.country.addItem(f"{c.label} ({c.code})", c.code)

    def note(self) -> CountryNoteRecord | None:
        """The saved note of the country shown (None if it has none)."""
        return self._notes.get(self._current)

    def _texts(self) -> dict[str, str]:
        return {lang: edit.toPlainText() for lang, edit in self.texts.items()}

    def _load(self, code: str) -> None:
        self._current = code
        note = self._notes.get(code)
        text = dict(note.text) if note else {}
        self._other_text = {k: v for k, v in text.items() if k not in DOSSIER_LANGUAGES}
        for lang, edit in self.texts.items():
            edit.setPlainText(text.get(lang, ""))
        marking = note.marking if note else "UNCLASSIFIED"
        self.marking.setCurrentIndex(max(self.marking.findData(marking), 0))
        self._loaded = (str(self.marking.currentData() or ""), self._texts())
        self.show_errors([])

    @property
    def is_dirty(self) -> bool:
        """The texts or the marking differ from the country's saved note."""
        return self._loaded != (str(self.marking.currentData() or ""), self._texts())

    def _on_country_changed(self, _index: int) -> None:
        code = str(self.country.currentData() or "")
        if code == self._current:
            return
        if self.is_dirty and not prompts.confirm(
            self,
            self.tr("Unsaved note"),
            self.tr("Discard the changes to the note on {code}?").format(code=self._current),
        ):
            self.country.blockSignals(True)
            self.country.setCurrentIndex(self.country.findData(self._current))
            self.country.blockSignals(False)
            return
        self._load(code)

    def save(self) -> int:
        """Override EntityDialog::save: store.save_country_note (returns 0: notes have no id)."""
        text = dict(self._other_text)
        text.update(self._texts())
        self.store.save_country_note(
            self._current, text, str(self.marking.currentData() or "UNCLASSIFIED")
        )
        return 0


def open_dialog(store: Store, ref: RefData, parent: QWidget | None = None) -> bool:
    """Show the country-note dialog; True when a note was saved."""
    return bool(CountryNoteDialog(store, ref, None, parent).exec())
