"""The builder's left column: the dossier's event, cover lines, printing options and scope.

It reads and shows every field of a ``DossierSpec`` except its sections.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from briefing.dossier.labels import labels_for
from briefing.dossier.spec import LANGUAGES, PAGE_SIZES, DossierSpec
from briefing.gui import i18n
from briefing.gui.fields import ChecklistField, DateField, FieldBox, WheelGuard
from briefing.gui.refdata import RefData
from briefing.store.entities import EventRecord

if TYPE_CHECKING:
    from briefing.store import Store


class CoverForm(QScrollArea):
    """Event, cover, printing and scope fields.

    ``scope_changed`` when what the sections may hold changes (event, background facts,
    ceiling, countries, themes); ``language_changed(old, new)`` when the dossier language
    does.
    """

    scope_changed = Signal()
    language_changed = Signal(str, str)

    def __init__(self, store: Store, ref: RefData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.events: list[EventRecord] = []
        self._silent = False
        self._language = "en"
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        cover = QWidget(self)
        self.setWidget(cover)
        form = QFormLayout(cover)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.boxes: dict[str, FieldBox] = {}

        def add(name: str, label: str, widget: QWidget, frame: QWidget | None = None) -> None:
            box = FieldBox(widget, frame, cover)
            self.boxes[name] = box
            caption = QLabel(label, cover)
            caption.setBuddy(frame or widget)
            form.addRow(caption, box)

        def heading(text: str) -> None:
            label = QLabel(text, cover)
            label.setObjectName("sectionTitle")
            form.addRow(label)

        heading(self.tr("Meeting"))
        self.event_combo = QComboBox(cover)
        self.event_combo.setMinimumContentsLength(16)
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.setToolTip(self.tr("Only facts of this event print"))
        add("event", self.tr("&Event"), self.event_combo)
        self.include_background = QCheckBox(self.tr("Include background facts (no event)"), cover)
        self.include_background.setToolTip(
            self.tr("Also print facts that belong to no event (context, history, figures)")
        )
        self.boxes["include_background"] = FieldBox(self.include_background, None, cover)
        form.addRow("", self.boxes["include_background"])

        heading(self.tr("Cover"))
        self.title = QLineEdit(cover)
        add("title", self.tr("&Title"), self.title)
        self.subtitle = QLineEdit(cover)
        add("subtitle", self.tr("Subtitle"), self.subtitle)
        self.prepared_for = QLineEdit(cover)
        self.prepared_for.setPlaceholderText(self.tr("e.g. the Minister"))
        add("prepared_for", self.tr("Prepared for"), self.prepared_for)
        self.prepared_by = QLineEdit(cover)
        self.prepared_by.setPlaceholderText(self.tr("e.g. Central Asia desk"))
        add("prepared_by", self.tr("Prepared by"), self.prepared_by)
        self.date = DateField(cover)
        self.date.line.setPlaceholderText(self.tr("Empty: the day it is printed"))
        add("date", self.tr("Date"), self.date, self.date.line)
        self.reference = QLineEdit(cover)
        self.reference.setPlaceholderText(self.tr("e.g. CA/2025/114"))
        add("reference", self.tr("Reference"), self.reference)
        self.version = QLineEdit(cover)
        self.version.setPlaceholderText(self.tr("e.g. 1"))
        add("version", self.tr("Version"), self.version)

        heading(self.tr("Printing"))
        self.language = QComboBox(cover)
        for code in LANGUAGES:
            self.language.addItem(i18n.language_label(code, title=True), code)
        add("language", self.tr("Language"), self.language)
        self.page_size = QComboBox(cover)
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        add("page_size", self.tr("Page size"), self.page_size)
        self.ceiling = QComboBox(cover)
        self.ceiling.setToolTip(self.tr("Facts marked above this level are left out"))
        add("max_marking", self.tr("Marking ceiling"), self.ceiling)

        heading(self.tr("Limit every section to"))
        self.scope_countries = ChecklistField(
            self.tr("Filter countries…"), rows=4, checked_first=True
        )
        add("countries", self.tr("Countries"), self.scope_countries, self.scope_countries.list)
        self.scope_themes = ChecklistField(self.tr("Filter themes…"), rows=4)
        add("themes", self.tr("Themes"), self.scope_themes, self.scope_themes.list)
        self._wheel_guard = WheelGuard(self)
        self._wheel_guard.watch_children(cover)

        self.event_combo.currentIndexChanged.connect(self._on_event)
        self.include_background.toggled.connect(self._on_scope)
        self.ceiling.currentIndexChanged.connect(self._on_scope)
        self.scope_countries.changed.connect(self._on_scope)
        self.scope_themes.changed.connect(self._on_scope)
        self.language.currentIndexChanged.connect(self._on_language)
        self.set_reference(ref)

    # ------------------------------------------------------------------ reference data

    def set_reference(self, ref: RefData) -> None:
        """Refill the lists that come from the store and the reference data."""
        self.ref = ref
        was_silent, self._silent = self._silent, True
        try:
            current = self.event_combo.currentData()
            self.events = self.store.events()
            self.event_combo.clear()
            self.event_combo.addItem(self.tr("— none —"), "")
            self.event_combo.setItemData(
                0, self.tr("Every fact, whatever its event"), Qt.ItemDataRole.ToolTipRole
            )
            for e in self.events:
                self.event_combo.addItem(e.name_in(ref.language), e.name)
                self.event_combo.setItemData(
                    self.event_combo.count() - 1,
                    self._event_details(e),
                    Qt.ItemDataRole.ToolTipRole,
                )
            self._select_event(current or "")
            ceiling = self.ceiling.currentData()
            self.ceiling.clear()
            self.ceiling.addItem(self.tr("No ceiling (everything)"), "")
            for code in ref.markings:
                self.ceiling.addItem(i18n.marking_label(code), code)
            self._select_ceiling(ceiling or "")
            used = set(self.store.counts_by_country())
            self.scope_countries.set_items(
                [(c.code, f"{c.label} ({c.code})", 0) for c in ref.countries if c.code in used]
            )
            self.scope_themes.set_items([(t.slug, t.label, t.depth) for t in ref.themes])
        finally:
            self._silent = was_silent
        self._update_event_dependents()

    def _event_details(self, e: EventRecord) -> str:
        bits = [e.name_in(self.ref.language)]
        if e.start_date:
            day = e.start_date.isoformat()
            if e.end_date and e.end_date != e.start_date:
                day += f" – {e.end_date.isoformat()}"
            bits.append(day)
        if e.place:
            bits.append(e.place_in(self.ref.language))
        return " · ".join(bits)

    def event_record(self, ref: str | None) -> EventRecord | None:
        """The known event ``ref`` names (its name in any language, or its id)."""
        if not ref:
            return None
        ref = ref.strip()
        for e in self.events:
            if ref in (e.name, e.uuid) or ref in e.names.values():
                return e
        return None

    def _select_event(self, ref: str) -> None:
        record = self.event_record(ref)
        index = self.event_combo.findData(record.name if record else ref)
        if index < 0 and ref:
            self.event_combo.addItem(self.tr("{name} (not in the base)").format(name=ref), ref)
            index = self.event_combo.count() - 1
        self.event_combo.setCurrentIndex(max(index, 0))

    def _select_ceiling(self, code: str) -> None:
        index = self.ceiling.findData(code)
        if index < 0 and code:
            self.ceiling.addItem(self.tr("{code} (unknown marking)").format(code=code), code)
            index = self.ceiling.count() - 1
        self.ceiling.setCurrentIndex(max(index, 0))

    # ------------------------------------------------------------------ spec <-> widgets

    def cover_spec(self) -> DossierSpec:
        """Every field of the spec but its sections."""
        return DossierSpec(
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            event=self.event_combo.currentData() or None,
            include_background=bool(
                self.event_combo.currentData() and self.include_background.isChecked()
            ),
            prepared_for=self.prepared_for.text().strip(),
            prepared_by=self.prepared_by.text().strip(),
            date=self.date.value(),
            language=str(self.language.currentData() or "en"),
            page_size=str(self.page_size.currentData() or "A4"),
            max_marking=self.ceiling.currentData() or None,
            countries=tuple(self.scope_countries.values()),
            themes=tuple(self.scope_themes.values()),
            reference=self.reference.text().strip(),
            version=self.version.text().strip(),
        )

    def set_spec(self, spec: DossierSpec) -> None:
        """Show the fields of ``spec`` (its sections aside); emits nothing."""
        was_silent, self._silent = self._silent, True
        try:
            self._select_event(spec.event or "")
            self.include_background.setChecked(spec.include_background)
            self.title.setText(spec.title)
            self.subtitle.setText(spec.subtitle)
            self.prepared_for.setText(spec.prepared_for)
            self.prepared_by.setText(spec.prepared_by)
            self.date.set_value(spec.date)
            self.reference.setText(spec.reference)
            self.version.setText(spec.version)
            self.language.setCurrentIndex(max(self.language.findData(spec.language), 0))
            self._language = str(self.language.currentData() or "en")
            self.page_size.setCurrentIndex(max(self.page_size.findData(spec.page_size), 0))
            self._select_ceiling(spec.max_marking or "")
            self.scope_countries.set_values(list(spec.countries), notify=False)
            self.scope_themes.set_values(list(spec.themes), notify=False)
        finally:
            self._silent = was_silent
        self._update_event_dependents()

    def select_event(self, ref: str | None) -> None:
        """Choose an event as the user would (emits ``scope_changed``)."""
        index = self.event_combo.findData(ref or "")
        record = self.event_record(ref)
        if index < 0 and record is not None:
            index = self.event_combo.findData(record.name)
        self.event_combo.setCurrentIndex(max(index, 0))

    def with_cover(self, spec: DossierSpec) -> DossierSpec:
        """``spec``'s sections under this form's fields."""
        return replace(self.cover_spec(), sections=spec.sections)

    # ------------------------------------------------------------------ reactions

    def _update_event_dependents(self) -> None:
        ref = self.event_combo.currentData() or ""
        record = self.event_record(ref)
        language = str(self.language.currentData() or "en")
        if ref:
            printed = record.name_in(language) if record is not None else ref
            self.title.setPlaceholderText(self.tr("Empty: the event's name"))
        else:
            printed = labels_for(language).briefing_book
            self.title.setPlaceholderText(self.tr("Empty: “{default}”").format(default=printed))
        self.title.setToolTip(
            self.tr("Printed on the cover. Left empty, the cover reads “{title}”.").format(
                title=printed
            )
        )
        self.include_background.setEnabled(bool(ref))
        self.event_combo.setToolTip(
            self._event_details(record) if record else self.tr("Only facts of this event print")
        )

    def _on_event(self, _index: int) -> None:
        self._update_event_dependents()
        self._on_scope()

    def _on_scope(self, *_args: object) -> None:
        if not self._silent:
            self.scope_changed.emit()

    def _on_language(self, _index: int) -> None:
        old, new = self._language, str(self.language.currentData() or "en")
        self._language = new
        self._update_event_dependents()
        if not self._silent and old != new:
            self.language_changed.emit(old, new)
