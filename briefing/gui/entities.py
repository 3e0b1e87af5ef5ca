"""Small dialogs to add and edit reference data: people, organisations, themes, sources,
events. Each calls one ``store.save_*`` method and shows its ValidationError inline, next
to the field it names; the dialog stays open until the save succeeds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import FieldError, UserFacingError, ValidationError
from briefing.gui.fields import INVALID_STYLE, DateField, FieldBox
from briefing.gui.refdata import RefData
from briefing.store import Store
from briefing.store.records import RELIABILITY_GRADES

_ALIAS = re.compile(r"^(.*?)\s*\[([A-Za-z]{2,3})\]\s*$")


def parse_aliases(text: str) -> list[tuple[str, str | None]]:
    """One alias per line, with an optional language in brackets: "Рахмон [ru]"."""
    out: list[tuple[str, str | None]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = _ALIAS.match(line)
        out.append((match.group(1), match.group(2).lower()) if match else (line, None))
    return out


def format_aliases(aliases: list[tuple[str, str | None]]) -> str:
    """The inverse of ``parse_aliases``."""
    return "\n".join(f"{t} [{lang}]" if lang else t for t, lang in aliases)


class EntityDialog(QDialog):
    """Base: a form of FieldBoxes, OK/Cancel, ``save()`` raising ValidationError."""

    def __init__(
        self, store: Store, ref: RefData, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.saved_id: int | None = None
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.general = QLabel(self)
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        layout.addWidget(self.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.boxes: dict[str, FieldBox] = {}

    def add_field(
        self, name: str, label: str, widget: QWidget, frame: QWidget | None = None
    ) -> Any:
        """Add a row for store field ``name``; returns ``widget``."""
        box = FieldBox(widget, frame, self)
        self.boxes[name] = box
        caption = QLabel(label, self)
        caption.setBuddy(frame or widget)
        self.form.addRow(caption, box)
        return widget

    def country_combo(self, current: str | None) -> QComboBox:
        """A combo of countries by name (first entry: none)."""
        combo = QComboBox(self)
        combo.addItem(self.tr("(none)"), "")
        for c in self.ref.countries:
            combo.addItem(f"{c.label} ({c.code})", c.code)
        combo.setCurrentIndex(max(combo.findData(current or ""), 0))
        return combo

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each message under its field; unknown fields go under the form."""
        per: dict[str, list[str]] = {name: [] for name in self.boxes}
        other: list[str] = []
        for e in errors:
            (per.get(e.field, other)).append(e.message)
        for name, box in self.boxes.items():
            box.set_errors(per[name])
        self.general.setText("\n".join(other))
        self.general.setVisible(bool(other))

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` (for tests)."""
        return self.boxes[field].message

    def save(self) -> int:
        """Write through the store; raise ValidationError for inline display."""
        raise NotImplementedError

    def accept(self) -> None:
        """Override QDialog::accept: save first, stay open on errors."""
        try:
            self.saved_id = self.save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserFacingError as exc:
            self.show_errors([FieldError("", str(exc))])
            return
        super().accept()


def _date_or_error(field: DateField, name: str) -> dt.date | None:
    if field.text() and field.value() is None:
        raise ValidationError(
            [FieldError(name, f"{field.text()!r} is not a valid date (YYYY-MM-DD)")]
        )
    return field.value()


class PersonDialog(EntityDialog):
    """Name, role, country, aliases of a person."""

    def __init__(
        self,
        store: Store,
        ref: RefData,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, ref, "", parent)
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("New person"))
        self.person_id = person_id
        person = next((p for p in store.people() if p.id == person_id), None) if person_id else None
        self.name = self.add_field(
            "name", self.tr("Name"), QLineEdit(person.name if person else "", self)
        )
        self.role = self.add_field(
            "role", self.tr("Role"), QLineEdit(person.role if person else "", self)
        )
        self.role.setPlaceholderText(self.tr("e.g. President of Tajikistan"))
        self.country = self.add_field(
            "country",
            self.tr("Country"),
            self.country_combo(person.country_code if person else None),
        )
        aliases = [(a.text, a.language) for a in person.aliases] if person else []
        self.aliases = self.add_field(
            "aliases", self.tr("Other spellings"), QPlainTextEdit(format_aliases(aliases), self)
        )
        self.aliases.setPlaceholderText(self.tr("One per line, language in brackets: Рахмон [ru]"))
        self.aliases.setFixedHeight(80)

    def save(self) -> int:
        """Override EntityDialog::save: store.save_person."""
        return self.store.save_person(
            self.name.text(),
            self.role.text(),
            self.country.currentData() or None,
            parse_aliases(self.aliases.toPlainText()),
            person_id=self.person_id,
        )


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
        day = _date_or_error(self.date, "date")
        return self.store.save_source(
            self.title.text(),
            self.publisher.text().strip() or None,
            self.language.text().strip().lower() or None,
            day,
            self.reliability.currentData() or None,
            source_id=self.source_id,
        )


class EventDialog(EntityDialog):
    """Name, date, place and host country of an event (other languages' names kept)."""

    def __init__(
        self, store: Store, ref: RefData, name: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, ref, "", parent)
        self.setWindowTitle(self.tr("Edit event") if name else self.tr("New event"))
        event = next((e for e in store.events() if e.name == name), None) if name else None
        self.event_id = event.id if event else None
        self._kind = event.kind if event else "summit"
        self._names = dict(event.names) if event else {}
        self._place_names = dict(event.place_names) if event else {}
        self.name = self.add_field(
            "name", self.tr("Name"), QLineEdit(event.name if event else "", self)
        )
        self.date = self.add_field("date", self.tr("Date"), DateField(self))
        self.date.set_value(event.start_date if event else None)
        self.place = self.add_field(
            "place", self.tr("Place"), QLineEdit(event.place if event else "", self)
        )
        self.country = self.add_field(
            "country",
            self.tr("Host country"),
            self.country_combo(event.country_code if event else None),
        )

    def save(self) -> int:
        """Override EntityDialog::save: store.save_event."""
        day = _date_or_error(self.date, "date")
        return self.store.save_event(
            self.name.text(),
            day,
            self.place.text(),
            self.country.currentData() or None,
            kind=self._kind,
            names=self._names,
            place_names=self._place_names,
            event_id=self.event_id,
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
