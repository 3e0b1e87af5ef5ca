"""Small dialogs to add and edit reference data: people, organisations, themes, sources,
events. Each calls one ``store.save_*`` method and shows its ValidationError inline, next
to the field it names; the dialog stays open until the save succeeds.

The shared base lives in ``entities_base``, the person editor in ``entities_people``; both
are re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import i18n
from briefing.gui.entities_base import (
    DOSSIER_LANGUAGES,
    EntityDialog,
    combo_value,
    dates_or_errors,
    format_aliases,
    parse_aliases,
)
from briefing.gui.entities_people import PersonDialog
from briefing.gui.fields import DateField
from briefing.gui.refdata import RefData
from briefing.store.entities import EVENT_KINDS
from briefing.store.records import RELIABILITY_GRADES

if TYPE_CHECKING:
    from briefing.store import Store

__all__ = [
    "EntityDialog",
    "EntityManager",
    "EventDialog",
    "OrganisationDialog",
    "PersonDialog",
    "SourceDialog",
    "ThemeDialog",
    "format_aliases",
    "parse_aliases",
]


class OrganisationDialog(EntityDialog):
    """Name and aliases of an organisation."""

    def __init__(
        self,
        store: Store,
        ref: RefData,
        organisation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, ref, "", parent)
        self.setWindowTitle(
            self.tr("Edit organisation") if organisation_id else self.tr("New organisation")
        )
        self.organisation_id = organisation_id
        org = (
            next((o for o in store.organisations() if o.id == organisation_id), None)
            if organisation_id
            else None
        )
        self.name = self.add_field(
            "name", self.tr("Name"), QLineEdit(org.name if org else "", self)
        )
        aliases = [(a.text, a.language) for a in org.aliases] if org else []
        self.aliases = self.add_field(
            "aliases",
            self.tr("Other names, acronyms"),
            QPlainTextEdit(format_aliases(aliases), self),
        )
        self.aliases.setPlaceholderText(self.tr("One per line, language in brackets: CEI [fr]"))
        self.aliases.setFixedHeight(80)

    def save(self) -> int:
        """Override EntityDialog::save: store.save_organisation."""
        return self.store.save_organisation(
            self.name.text(),
            parse_aliases(self.aliases.toPlainText()),
            organisation_id=self.organisation_id,
        )


class ThemeDialog(EntityDialog):
    """Slug, names in three languages and parent of a theme (the slug is its identity)."""

    def __init__(
        self, store: Store, ref: RefData, slug: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, ref, "", parent)
        self.setWindowTitle(self.tr("Edit theme") if slug else self.tr("New theme"))
        theme = next((t for t in ref.themes if t.slug == slug), None) if slug else None
        self.slug = self.add_field("slug", self.tr("Identifier"), QLineEdit(slug or "", self))
        self.slug.setPlaceholderText(self.tr("lower-case-with-dashes"))
        self.slug.setReadOnly(theme is not None)
        names = theme.names if theme else ("", "", "")
        self.name_en = self.add_field(
            "name_en", self.tr("Name (English)"), QLineEdit(names[0], self)
        )
        self.name_fr = self.add_field(
            "name_fr", self.tr("Name (French)"), QLineEdit(names[1], self)
        )
        self.name_ru = self.add_field(
            "name_ru", self.tr("Name (Russian)"), QLineEdit(names[2], self)
        )
        self.parent_theme = QComboBox(self)
        self.parent_theme.addItem(self.tr("(top level)"), "")
        for t in ref.themes:
            if t.slug != slug:
                self.parent_theme.addItem(("    " * t.depth) + t.label, t.slug)
        self.parent_theme.setCurrentIndex(
            max(self.parent_theme.findData(theme.parent if theme and theme.parent else ""), 0)
        )
        self.add_field("parent", self.tr("Inside theme"), self.parent_theme)

    def save(self) -> int:
        """Override EntityDialog::save: store.save_theme."""
        return self.store.save_theme(
            self.slug.text(),
            self.name_en.text(),
            self.name_fr.text(),
            self.name_ru.text(),
            parent=self.parent_theme.currentData() or None,
        )


class SourceDialog(EntityDialog):
    """Title, publisher, language, date and reliability (A–F) of a source."""

    def __init__(
        self,
        store: Store,
        ref: RefData,
        source_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, ref, "", parent)
        self.setWindowTitle(self.tr("Edit source") if source_id else self.tr("New source"))
        self.source_id = source_id
        src = next((s for s in store.sources() if s.id == source_id), None) if source_id else None
        self.title = self.add_field(
            "title", self.tr("Title"), QLineEdit(src.title if src else "", self)
        )
        self.publisher = self.add_field(
            "publisher", self.tr("Publisher"), QLineEdit((src.publisher or "") if src else "", self)
        )
        self.language = self.add_field(
            "language", self.tr("Language"), QLineEdit((src.language or "") if src else "", self)
        )
        self.language.setPlaceholderText(self.tr("fr, en, ru…"))
        self.date = self.add_field("date", self.tr("Date"), DateField(self))
        self.date.set_value(src.date if src else None)
        self.reliability = QComboBox(self)
        self.reliability.addItem(self.tr("(not graded)"), "")
        grades = {
            "A": self.tr("A — completely reliable"),
            "B": self.tr("B — usually reliable"),
            "C": self.tr("C — fairly reliable"),
            "D": self.tr("D — not usually reliable"),
            "E": self.tr("E — unreliable"),
            "F": self.tr("F — reliability cannot be judged"),
        }
        for grade in RELIABILITY_GRADES:
            self.reliability.addItem(grades[grade], grade)
        self.reliability.setCurrentIndex(
            max(self.reliability.findData((src.reliability or "") if src else ""), 0)
        )
        self.add_field("reliability", self.tr("Reliability"), self.reliability)

    def save(self) -> int:
        """Override EntityDialog::save: store.save_source."""
        day = dates_or_errors({"date": self.date})["date"]
        return self.store.save_source(
            self.title.text(),
            self.publisher.text().strip() or None,
            self.language.text().strip().lower() or None,
            day,
            self.reliability.currentData() or None,
            source_id=self.source_id,
        )


class EventDialog(EntityDialog):
    """An event: name, kind, dates, place and host, and its name in each dossier language
    (names in other languages and the place's translations are kept as they are)."""

    def __init__(
        self, store: Store, ref: RefData, name: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, ref, "", parent)
        self.setWindowTitle(self.tr("Edit event") if name else self.tr("New event"))
        self.setMinimumWidth(520)
        event = next((e for e in store.events() if e.name == name), None) if name else None
        self.event_id = event.id if event else None
        names = dict(event.names) if event else {}
        self._other_names = {k: v for k, v in names.items() if k not in DOSSIER_LANGUAGES}
        self._place_names = dict(event.place_names) if event else {}
        self.name = self.add_field(
            "name", self.tr("&Name"), QLineEdit(event.name if event else "", self)
        )
        self.name.setPlaceholderText(self.tr("As facts name the event"))
        self.kind = self.choice_combo(self.kind_labels(), event.kind if event else "summit")
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.date = self.add_field("start_date", self.tr("&Start date"), DateField(self))
        self.date.set_value(event.start_date if event else None)
        self.end_date = self.add_field("end_date", self.tr("&End date"), DateField(self))
        self.end_date.set_value(event.end_date if event else None)
        self.end_date.line.setPlaceholderText(self.tr("YYYY-MM-DD (empty: a one-day event)"))
        self.place = self.add_field(
            "place", self.tr("&Place"), QLineEdit(event.place if event else "", self)
        )
        self.country = self.add_field(
            "country",
            self.tr("&Host country"),
            self.country_combo(event.country_code if event else None),
        )
        self.names: dict[str, QLineEdit] = {}
        for lang in DOSSIER_LANGUAGES:
            language = i18n.language_label(lang)
            edit = QLineEdit(names.get(lang, ""), self)
            edit.setPlaceholderText(
                self.tr("Same as the name")
                if lang == "en"
                else self.tr("As {language} writes it").format(language=language)
            )
            self.names[lang] = self.add_field(
                f"names.{lang}", self.tr("Name ({language})").format(language=language), edit
            )

    def kind_labels(self) -> dict[str, str]:
        """Event kinds as the combo shows them."""
        labels = {
            "summit": self.tr("Summit"),
            "bilateral-visit": self.tr("Bilateral visit"),
            "ministerial": self.tr("Ministerial meeting"),
            "call": self.tr("Call"),
            "conference": self.tr("Conference"),
            "other": self.tr("Other"),
        }
        return {kind: labels.get(kind, kind) for kind in EVENT_KINDS}

    def save(self) -> int:
        """Override EntityDialog::save: store.save_event."""
        days = dates_or_errors({"start_date": self.date, "end_date": self.end_date})
        names = dict(self._other_names)
        names.update({lang: edit.text() for lang, edit in self.names.items()})
        return self.store.save_event(
            self.name.text(),
            days["start_date"],
            self.place.text(),
            combo_value(self.country) or None,
            kind=combo_value(self.kind),
            names=names,
            place_names=self._place_names,
            event_id=self.event_id,
            end_date=days["end_date"],
        )


Opener = Callable[[Any], EntityDialog]


class EntityManager(QDialog):
    """A list of one kind of reference data with New… and Edit… (double-click edits)."""

    def __init__(
        self,
        title: str,
        items: Callable[[], list[tuple[Any, str]]],
        opener: Opener,
        on_saved: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(480, 420)
        self._items = items
        self._opener = opener
        self._on_saved = on_saved
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        close = QPushButton(self.tr("Close"), self)
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.new_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self._edit_current)
        self.list.itemActivated.connect(
            lambda item: self._open(item.data(Qt.ItemDataRole.UserRole))
        )
        self.list.currentItemChanged.connect(
            lambda *_: self.edit_button.setEnabled(self.list.currentItem() is not None)
        )
        self.filter.textChanged.connect(self._apply_filter)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        """Re-read the items."""
        self.list.clear()
        for key, label in self._items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.edit_button.setEnabled(False)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._open(item.data(Qt.ItemDataRole.UserRole))

    def _open(self, key: Any) -> None:
        dialog = self._opener(key)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._on_saved()
            self.reload()
