"""The dossier builder: cover, scope, sections, outline preview, saved specs, export.

It edits a ``DossierSpec``. Sections are top-level items of a tree that can be reordered
by drag and drop (or Move up / Move down); expanding a theme, country or hand-picked
section lists its facts with a tick box each, and unticked facts become
``SectionSpec.exclude``. "By theme" / "By country" call the core's ``by_theme`` /
``by_country`` and add the sections not there yet. The preview is an outline of what
``assemble`` would print, computed in a worker.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.dossier.assemble import by_country, by_theme
from briefing.dossier.document import Dossier
from briefing.dossier.export import Format
from briefing.dossier.spec import LANGUAGES, PAGE_SIZES, DossierSpec, SectionSpec
from briefing.errors import BriefingError, FieldError, ValidationError
from briefing.gui import prompts
from briefing.gui.bus import Bus, Changes
from briefing.gui.export import ExportTask
from briefing.gui.factmodel import plain_statement
from briefing.gui.fields import INVALID_STYLE, ChecklistField, DateField, FieldBox, WheelGuard
from briefing.gui.i18n import LANGUAGES as LANGUAGE_NAMES
from briefing.gui.jobs import Job, JobRunner
from briefing.gui.outline import fill_outline
from briefing.gui.prefs import Prefs
from briefing.gui.refdata import RefData
from briefing.gui.sections import FACT_KINDS, section_facts, section_total
from briefing.store import FactQuery, Store

log = logging.getLogger("briefing.gui")

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
LOADED_ROLE = Qt.ItemDataRole.UserRole + 3
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 4


def _filename(title: str, fmt: str) -> str:
    stem = re.sub(r"[^\w\-]+", "-", title.strip(), flags=re.UNICODE).strip("-")[:60] or "dossier"
    return f"{stem}.{fmt}"


class DossierBuilder(QDialog):
    """The builder window (non-modal). ``exported(path)`` after each successful export."""

    exported = Signal(object)
    laid_out = Signal(int)
    counted = Signal()

    def __init__(
        self,
        store: Store,
        ref: RefData,
        bus: Bus,
        exports: JobRunner,
        queries: JobRunner,
        prefs: Prefs,
        selected_facts: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.bus = bus
        self.exports = exports
        self.queries = queries
        self.prefs = prefs
        self.selected_facts = selected_facts
        self.task: ExportTask | None = None
        self.jobs = JobRunner(1, self)  # section counts, fact lists, layouts, previews
        self._count_generation = 0
        self._laying_out = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count_sections)
        self.dossier: Dossier | None = None
        self._preview_generation = 0
        self._silent = False
        self.setWindowTitle(self.tr("Dossier builder"))
        self.setStyleSheet(INVALID_STYLE)
        self.setSizeGripEnabled(True)
        self.resize(1180, 760)
        self._build()
        self.reload_specs()
        self.new_spec()
        bus.changes_applied.connect(self._on_changes)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Saved dossier:"), self))
        self.spec_name = QComboBox(self)
        self.spec_name.setEditable(True)
        self.spec_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.spec_name.setMinimumContentsLength(28)
        line = self.spec_name.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Name to save this dossier under"))
        self.spec_name_box = FieldBox(self.spec_name, None, self)
        top.addWidget(self.spec_name_box, 1)
        self.load_button = QPushButton(self.tr("Open"), self)
        self.save_spec_button = QPushButton(self.tr("Save"), self)
        self.delete_spec_button = QPushButton(self.tr("Delete"), self)
        self.new_button = QPushButton(self.tr("New"), self)
        for b in (
            self.load_button,
            self.save_spec_button,
            self.delete_spec_button,
            self.new_button,
        ):
            top.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter, 1)

        # cover and options
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        cover = QWidget(scroll)
        scroll.setWidget(cover)
        form = QFormLayout(cover)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._boxes: dict[str, FieldBox] = {}

        def add(name: str, label: str, widget: QWidget, frame: QWidget | None = None) -> None:
            box = FieldBox(widget, frame, cover)
            self._boxes[name] = box
            caption = QLabel(label, cover)
            caption.setBuddy(frame or widget)
            form.addRow(caption, box)

        heading = QLabel(self.tr("Cover"), cover)
        heading.setObjectName("sectionTitle")
        form.addRow(heading)
        self.title = QLineEdit(cover)
        self.title.setPlaceholderText(self.tr("Title printed on the cover"))
        add("title", self.tr("Title"), self.title)
        self.subtitle = QLineEdit(cover)
        add("subtitle", self.tr("Subtitle"), self.subtitle)
        self.event_combo = QComboBox(cover)
        add("event", self.tr("Event"), self.event_combo)
        self.prepared_for = QLineEdit(cover)
        self.prepared_for.setPlaceholderText(self.tr("e.g. the Minister"))
        add("prepared_for", self.tr("Prepared for"), self.prepared_for)
        self.prepared_by = QLineEdit(cover)
        add("prepared_by", self.tr("Prepared by"), self.prepared_by)
        self.date = DateField(cover)
        self.date.line.setPlaceholderText(self.tr("Empty: the day it is printed"))
        add("date", self.tr("Date"), self.date, self.date.line)

        heading = QLabel(self.tr("Printing"), cover)
        heading.setObjectName("sectionTitle")
        form.addRow(heading)
        self.language = QComboBox(cover)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        add("language", self.tr("Language"), self.language)
        self.page_size = QComboBox(cover)
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        add("page_size", self.tr("Page size"), self.page_size)
        self.ceiling = QComboBox(cover)
        add("max_marking", self.tr("Marking ceiling"), self.ceiling)
        self.ceiling.setToolTip(self.tr("Facts marked above this level are left out"))

        heading = QLabel(self.tr("Limit every section to"), cover)
        heading.setObjectName("sectionTitle")
        form.addRow(heading)
        self.scope_countries = ChecklistField(
            self.tr("Filter countries…"), rows=4, checked_first=True
        )
        add("countries", self.tr("Countries"), self.scope_countries, self.scope_countries.list)
        self.scope_themes = ChecklistField(self.tr("Filter themes…"), rows=4)
        add("themes", self.tr("Themes"), self.scope_themes, self.scope_themes.list)
        splitter.addWidget(scroll)
        self._wheel_guard = WheelGuard(scroll)
        self._wheel_guard.watch_children(cover)

        # sections and preview
        self.tabs = QTabWidget(splitter)
        sections = QWidget(self.tabs)
        s_layout = QVBoxLayout(sections)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a section"), sections)
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.by_theme_button = QPushButton(self.tr("One per theme"), sections)
        self.by_theme_button.setToolTip(self.tr("Add a section for every theme that has facts"))
        self.by_country_button = QPushButton(self.tr("One per country"), sections)
        self.by_country_button.setToolTip(self.tr("Add a section for every country that has facts"))
        self.remove_button = QPushButton(self.tr("Remove"), sections)
        self.up_button = QPushButton(self.tr("Move up"), sections)
        self.down_button = QPushButton(self.tr("Move down"), sections)
        for w in (self.by_theme_button, self.by_country_button, self.add_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.up_button, self.down_button, self.remove_button):
            bar.addWidget(w)
        s_layout.addLayout(bar)
        self.sections = QTreeWidget(sections)
        self.sections.setColumnCount(3)
        self.sections.setHeaderLabels([self.tr("Section"), self.tr("Kind"), self.tr("Facts")])
        header = self.sections.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sections.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sections.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sections.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.empty_hint = QLabel(
            self.tr(
                "No sections yet.\n\nClick “One per theme” or “One per country” to lay out "
                "the whole dossier in one step, or add sections one by one."
            ),
            self.sections.viewport(),
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #6b7280; padding: 24px;")
        self.sections.viewport().installEventFilter(self)
        self.sections_box = FieldBox(self.sections, None, sections)
        self._boxes["sections"] = self.sections_box
        s_layout.addWidget(self.sections_box, 1)
        hint = QLabel(
            self.tr(
                "Drag sections to reorder them. Expand a section and untick the facts to leave "
                "out. Double-click a title to print another heading."
            ),
            sections,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        s_layout.addWidget(hint)
        self.tabs.addTab(sections, self.tr("Sections"))

        preview = QWidget(self.tabs)
        p_layout = QVBoxLayout(preview)
        p_bar = QHBoxLayout()
        self.preview_info = QLabel(preview)
        self.preview_info.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), preview)
        p_bar.addWidget(self.preview_info, 1)
        p_bar.addWidget(self.refresh_button)
        p_layout.addLayout(p_bar)
        self.outline = QTreeWidget(preview)
        self.outline.setColumnCount(2)
        self.outline.setHeaderLabels([self.tr("Printed content"), ""])
        o_header = self.outline.header()
        o_header.setStretchLastSection(False)
        o_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        o_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.setUniformRowHeights(True)
        p_layout.addWidget(self.outline, 1)
        self.tabs.addTab(preview, self.tr("Preview"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 740])

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #374151;")
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.export_docx_button = QPushButton(self.tr("Export DOCX…"), self)
        close = QPushButton(self.tr("Close"), self)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_pdf_button)
        bottom.addWidget(self.export_docx_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self.load_button.clicked.connect(lambda: self.load_spec(self.spec_name.currentText()))
        self.spec_name.activated.connect(lambda _i: self.load_spec(self.spec_name.currentText()))
        self.save_spec_button.clicked.connect(self.save_spec)
        self.delete_spec_button.clicked.connect(self.delete_spec)
        self.new_button.clicked.connect(self.new_spec)
        self.by_theme_button.clicked.connect(self.add_by_theme)
        self.by_country_button.clicked.connect(self.add_by_country)
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button.clicked.connect(lambda: self.move_section(-1))
        self.down_button.clicked.connect(lambda: self.move_section(1))
        self.sections.itemExpanded.connect(self._populate)
        self.sections.itemChanged.connect(self._on_item_changed)
        self.sections.itemSelectionChanged.connect(self._update_buttons)
        self.refresh_button.clicked.connect(self.refresh_preview)
        self.tabs.currentChanged.connect(self._on_tab)
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_docx_button.clicked.connect(lambda: self.export("docx"))
        close.clicked.connect(self.close)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.scope_countries.changed.connect(self._invalidate_sections)
        self.scope_themes.changed.connect(self._invalidate_sections)
        self.ceiling.currentIndexChanged.connect(lambda _i: self._invalidate_sections())
        self.set_reference(self.ref)

    def set_reference(self, ref: RefData) -> None:
        """Refill the lists that come from reference data."""
        self.ref = ref
        current = self.event_combo.currentData()
        self.event_combo.clear()
        self.event_combo.addItem(self.tr("(no event)"), "")
        for name in ref.events:
            self.event_combo.addItem(name, name)
        self.event_combo.setCurrentIndex(max(self.event_combo.findData(current or ""), 0))
        ceiling = self.ceiling.currentData()
        self.ceiling.clear()
        self.ceiling.addItem(self.tr("No ceiling (everything)"), "")
        for code in ref.markings:
            self.ceiling.addItem(code.capitalize(), code)
        self.ceiling.setCurrentIndex(max(self.ceiling.findData(ceiling or ""), 0))
        used = set(self.store.counts_by_country())
        self.scope_countries.set_items(
            [(c.code, f"{c.label} ({c.code})", 0) for c in ref.countries if c.code in used]
        )
        self.scope_themes.set_items([(t.slug, t.label, t.depth) for t in ref.themes])

    def _adder(self, spec: SectionSpec) -> Callable[[], object]:
        return lambda: self.add_section(spec)

    def _fill_add_menu(self) -> None:
        menu = self.add_menu
        menu.clear()
        themes = menu.addMenu(self.tr("Theme"))
        for t in self.ref.themes:
            themes.addAction(
                ("    " * t.depth) + t.label,
                self._adder(SectionSpec("theme", t.slug)),
            )
        countries = menu.addMenu(self.tr("Country"))
        used = self.store.counts_by_country()
        for c in self.ref.countries:
            if c.code in used:
                countries.addAction(c.label, self._adder(SectionSpec("country", c.code)))
        menu.addAction(self.tr("Facts selected in the list"), self.add_selected_facts)
        menu.addSeparator()
        menu.addAction(self.tr("Key figures"), lambda: self.add_section(SectionSpec("figures")))
        menu.addAction(
            self.tr("Participants"), lambda: self.add_section(SectionSpec("participants"))
        )

    # ------------------------------------------------------------------ spec <-> widgets

    def _kind_label(self, kind: str) -> str:
        return {
            "theme": self.tr("Theme"),
            "country": self.tr("Country"),
            "shared": self.tr("Shared facts"),
            "facts": self.tr("Selected facts"),
            "figures": self.tr("Key figures"),
            "participants": self.tr("Participants"),
        }.get(kind, kind)

    def _default_title(self, spec: SectionSpec) -> str:
        if spec.kind == "theme":
            return self.ref.theme_name(spec.key or "")
        if spec.kind == "country":
            return self.ref.country_name((spec.key or "").upper())
        if spec.kind == "shared":
            return self.tr("Common to the participants")
        return self._kind_label(spec.kind)

    def _scope_query(self) -> FactQuery:
        return FactQuery(
            themes=tuple(self.scope_themes.values()),
            countries=tuple(self.scope_countries.values()),
            max_marking=self.ceiling.currentData() or None,
        )

    def _make_section_item(self, spec: SectionSpec) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [spec.title or self._default_title(spec), self._kind_label(spec.kind), ""]
        )
        item.setData(0, SECTION_ROLE, spec)
        item.setData(0, LOADED_ROLE, False)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        if spec.kind in FACT_KINDS:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._update_count(item)
        return item

    def _update_count(self, item: QTreeWidgetItem) -> None:
        """Show "kept/total" for a section (the total is counted in a worker)."""
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        if spec.kind not in FACT_KINDS:
            item.setText(2, "")
            return
        total = item.data(0, TOTAL_ROLE)
        if total is None:
            item.setText(2, "…")
            self._count_timer.start()
            return
        excluded = len(self._exclusions(item))
        locale = QLocale()
        kept = locale.toString(total - excluded)
        item.setText(2, f"{kept}/{locale.toString(total)}" if excluded else locale.toString(total))

    def _count_sections(self) -> None:
        """Count, in a worker, the facts of every section whose total is not known."""
        todo = [
            (item, item.data(0, SECTION_ROLE))
            for item in self.section_items()
            if item.data(0, TOTAL_ROLE) is None and item.data(0, SECTION_ROLE).kind in FACT_KINDS
        ]
        if not todo:
            return
        self._count_generation += 1
        generation = self._count_generation
        store, scope = self.store, self._scope_query()
        specs = [spec for _item, spec in todo]

        def work(_job: Job) -> list[int | None]:
            return [section_total(store, spec, scope) for spec in specs]

        def done(totals: list[int | None]) -> None:
            if generation != self._count_generation:
                return
            was_silent, self._silent = self._silent, True
            try:
                for (item, spec), total in zip(todo, totals, strict=True):
                    if self._alive(item) and item.data(0, SECTION_ROLE).kind == spec.kind:
                        item.setData(0, TOTAL_ROLE, total)
                        self._update_count(item)
            finally:
                self._silent = was_silent
            self.counted.emit()

        self.jobs.submit(work, done)

    def _alive(self, item: QTreeWidgetItem) -> bool:
        # A count may finish after the list was rebuilt (a spec opened, a layout applied):
        # its items' C++ objects are gone, and even asking the tree about them would raise.
        return shiboken6.isValid(item) and self.sections.indexOfTopLevelItem(item) >= 0

    def section_items(self) -> list[QTreeWidgetItem]:
        """The section items, in printing order."""
        return [self._top(i) for i in range(self.sections.topLevelItemCount())]

    def _top(self, row: int) -> QTreeWidgetItem:
        item = self.sections.topLevelItem(row)
        assert item is not None
        return item

    def _current_section(self) -> QTreeWidgetItem | None:
        item = self.sections.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()
        return item

    def _exclusions(self, item: QTreeWidgetItem) -> tuple[str, ...]:
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        if item.data(0, LOADED_ROLE) is not True:
            return spec.exclude
        shown: set[str] = set()
        out: list[str] = []
        for i in range(item.childCount()):
            child = item.child(i)
            uuid = child.data(0, UUID_ROLE) if child is not None else None
            if child is None or not uuid:
                continue
            shown.add(uuid)
            if child.checkState(0) == Qt.CheckState.Unchecked:
                out.append(uuid)
        out.extend(u for u in spec.exclude if u not in shown)
        return tuple(out)

    def current_spec(self) -> DossierSpec:
        """The spec the widgets describe (not checked)."""
        sections = []
        for item in self.section_items():
            spec: SectionSpec = item.data(0, SECTION_ROLE)
            sections.append(replace(spec, exclude=self._exclusions(item)))
        return DossierSpec(
            title=self.title.text().strip(),
            sections=tuple(sections),
            subtitle=self.subtitle.text().strip(),
            event=self.event_combo.currentData() or None,
            prepared_for=self.prepared_for.text().strip(),
            prepared_by=self.prepared_by.text().strip(),
            date=self.date.value(),
            language=str(self.language.currentData() or "en"),
            page_size=str(self.page_size.currentData() or "A4"),
            max_marking=self.ceiling.currentData() or None,
            countries=tuple(self.scope_countries.values()),
            themes=tuple(self.scope_themes.values()),
        )

    def set_spec(self, spec: DossierSpec) -> None:
        """Show ``spec`` in the widgets."""
        self._silent = True
        try:
            self.title.setText(spec.title)
            self.subtitle.setText(spec.subtitle)
            index = self.event_combo.findData(spec.event or "")
            if index < 0 and spec.event:
                self.event_combo.addItem(spec.event, spec.event)
                index = self.event_combo.count() - 1
            self.event_combo.setCurrentIndex(max(index, 0))
            self.prepared_for.setText(spec.prepared_for)
            self.prepared_by.setText(spec.prepared_by)
            self.date.set_value(spec.date)
            self.language.setCurrentIndex(max(self.language.findData(spec.language), 0))
            self.page_size.setCurrentIndex(max(self.page_size.findData(spec.page_size), 0))
            self.ceiling.setCurrentIndex(max(self.ceiling.findData(spec.max_marking or ""), 0))
            self.scope_countries.set_values(list(spec.countries), notify=False)
            self.scope_themes.set_values(list(spec.themes), notify=False)
            self.sections.clear()
            for section in spec.sections:
                self.sections.addTopLevelItem(self._make_section_item(section))
        finally:
            self._silent = False
        self.show_errors([])
        self.outline.clear()
        self.preview_info.setText("")
        self._update_buttons()

    def new_spec(self) -> None:
        """Start a fresh dossier (cover prefilled with the latest event)."""
        event = self.ref.events[0] if self.ref.events else None
        self.set_spec(DossierSpec(title=event or "", event=event))
        self.spec_name.setCurrentText("")
        self.status.setText("")

    # ------------------------------------------------------------------ sections

    def _existing(self) -> set[tuple[str, str | None]]:
        return {
            (s.kind, s.key)
            for s in (i.data(0, SECTION_ROLE) for i in self.section_items())
            if s.kind != "facts"
        }

    def add_section(self, spec: SectionSpec) -> QTreeWidgetItem | None:
        """Append a section (theme, country, figures, participants only once)."""
        if spec.kind != "facts" and (spec.kind, spec.key) in self._existing():
            self.status.setText(
                self.tr("“{name}” is already in the dossier.").format(
                    name=self._default_title(spec)
                )
            )
            return None
        item = self._make_section_item(spec)
        self.sections.addTopLevelItem(item)
        self.sections.setCurrentItem(item)
        self.show_errors([])
        self._update_buttons()
        return item

    def _add_many(self, built: DossierSpec) -> int:
        existing = self._existing()
        added = 0
        for section in built.sections:
            if section.kind == "facts" or (section.kind, section.key) not in existing:
                self.sections.addTopLevelItem(self._make_section_item(section))
                added += 1
        self.show_errors([])
        self._update_buttons()
        return added

    def add_by_theme(self) -> None:
        """Add one section per theme that has facts (the core's by_theme, in a worker)."""
        self._lay_out(by_theme)

    def add_by_country(self) -> None:
        """Add a shared section and one per country (the core's by_country, in a worker)."""
        self._lay_out(by_country)

    def _lay_out(self, layout: Callable[[Store, DossierSpec], DossierSpec]) -> None:
        if self._laying_out:
            return
        self._laying_out = True
        self.by_theme_button.setEnabled(False)
        self.by_country_button.setEnabled(False)
        self.status.setText(self.tr("Laying out the sections…"))
        store, spec = self.store, self.current_spec()

        def finish() -> None:
            self._laying_out = False
            self.by_theme_button.setEnabled(True)
            self.by_country_button.setEnabled(True)

        def done(built: DossierSpec) -> None:
            finish()
            added = self._add_many(built)
            self.status.setText(self.tr("{n} sections added.").format(n=added))
            self.laid_out.emit(added)

        def failed(exc: BaseException, tb: str) -> None:
            finish()
            self.status.setText(self.tr("Cannot lay out the dossier: {error}").format(error=exc))
            log.error("dossier layout failed\n%s", tb)
            self.laid_out.emit(0)

        self.jobs.submit(lambda _job: layout(store, spec), done, failed)

    def add_selected_facts(self) -> None:
        """Add a section of the facts selected in the main list."""
        uuids = self.selected_facts()
        if not uuids:
            self.status.setText(self.tr("Select facts in the main list first."))
            return
        self.add_section(SectionSpec("facts", facts=tuple(uuids)))

    def remove_section(self) -> None:
        """Remove the selected section."""
        item = self._current_section()
        if item is None:
            return
        self.sections.takeTopLevelItem(self.sections.indexOfTopLevelItem(item))
        self._update_buttons()

    def move_section(self, step: int) -> None:
        """Move the selected section up (-1) or down (+1)."""
        item = self._current_section()
        if item is None:
            return
        row = self.sections.indexOfTopLevelItem(item)
        target = row + step
        if not 0 <= target < self.sections.topLevelItemCount():
            return
        expanded = item.isExpanded()
        self.sections.takeTopLevelItem(row)
        self.sections.insertTopLevelItem(target, item)
        item.setExpanded(expanded)
        self.sections.setCurrentItem(item)

    def _populate(self, item: QTreeWidgetItem) -> None:
        """List a section's facts under it (read in a worker) when it is expanded."""
        if item.parent() is not None or item.data(0, LOADED_ROLE) is not False:
            return
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        if spec.kind not in FACT_KINDS:
            return
        item.setData(0, LOADED_ROLE, None)  # loading
        was_silent, self._silent = self._silent, True
        try:
            note = QTreeWidgetItem([self.tr("Loading…"), "", ""])
            note.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.addChild(note)
        finally:
            self._silent = was_silent
        store, scope, language = self.store, self._scope_query(), self.ref.language

        def work(_job: Job) -> tuple[list[tuple[str, str]], int]:
            return section_facts(store, spec, scope, language)

        def done(result: tuple[list[tuple[str, str]], int]) -> None:
            if self._alive(item) and item.data(0, LOADED_ROLE) is None:
                self._fill_children(item, *result)

        self.jobs.submit(work, done)

    def _fill_children(
        self, item: QTreeWidgetItem, rows: list[tuple[str, str]], total: int
    ) -> None:
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        was_silent, self._silent = self._silent, True
        try:
            item.takeChildren()
            excluded = set(spec.exclude)
            for uuid, statement in rows:
                text = plain_statement(statement) if statement else self.tr("(fact not found)")
                child = QTreeWidgetItem([text, "", ""])
                child.setToolTip(0, text)
                child.setData(0, UUID_ROLE, uuid)
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                child.setCheckState(
                    0, Qt.CheckState.Unchecked if uuid in excluded else Qt.CheckState.Checked
                )
                item.addChild(child)
            if total > len(rows):
                more = total - len(rows)
                note = QTreeWidgetItem(
                    [self.tr("… and {n} more facts, not listed here").format(n=more), "", ""]
                )
                note.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.addChild(note)
            if not rows:
                note = QTreeWidgetItem([self.tr("No facts in this section"), "", ""])
                note.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.addChild(note)
            item.setData(0, LOADED_ROLE, True)
            item.setData(0, TOTAL_ROLE, total)
            self._update_count(item)
        finally:
            self._silent = was_silent

    def set_fact_included(self, section: int, uuid: str, included: bool) -> None:
        """Tick or untick one fact of a section (as a click would; reads the list now)."""
        item = self._top(section)
        if item.data(0, LOADED_ROLE) is not True:
            spec: SectionSpec = item.data(0, SECTION_ROLE)
            rows, total = section_facts(self.store, spec, self._scope_query(), self.ref.language)
            self._fill_children(item, rows, total)
        item.setExpanded(True)
        for i in range(item.childCount()):
            child = item.child(i)
            if child is not None and child.data(0, UUID_ROLE) == uuid:
                child.setCheckState(
                    0, Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
                )

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._silent:
            return
        parent = item.parent()
        if parent is not None:
            self._silent = True
            try:
                self._update_count(parent)
            finally:
                self._silent = False
            return
        if column != 0:
            return
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        text = item.text(0).strip()
        title = None if not text or text == self._default_title(spec) else text
        if title != spec.title:
            item.setData(0, SECTION_ROLE, replace(spec, title=title))
        if not text:
            self._silent = True
            try:
                item.setText(0, self._default_title(spec))
            finally:
                self._silent = False

    def _invalidate_sections(self) -> None:
        """The scope or ceiling changed: section contents and counts must be re-read."""
        if self._silent:
            return
        self._silent = True
        try:
            for item in self.section_items():
                spec: SectionSpec = item.data(0, SECTION_ROLE)
                item.setData(0, SECTION_ROLE, replace(spec, exclude=self._exclusions(item)))
                item.takeChildren()
                item.setData(0, LOADED_ROLE, False)
                item.setData(0, TOTAL_ROLE, None)
                self._update_count(item)
                if item.isExpanded():
                    self._populate(item)
        finally:
            self._silent = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: keep the empty-list hint sized to the list."""
        if watched is self.sections.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.sections.viewport().rect())
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        self.empty_hint.setVisible(self.sections.topLevelItemCount() == 0)
        has = self.sections.currentItem() is not None
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(has)

    # ------------------------------------------------------------------ checking

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put the spec's errors under their fields."""
        per: dict[str, list[str]] = {name: [] for name in self._boxes}
        for e in errors:
            name = e.field.split("[", 1)[0]
            message = e.message
            if e.field.startswith("sections["):
                number = int(e.field[len("sections[") :].split("]", 1)[0]) + 1
                message = self.tr("Section {n}: {message}").format(n=number, message=e.message)
            per.setdefault(name if name in per else "title", []).append(message)
        for name, box in self._boxes.items():
            box.set_errors(per[name])

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` (for tests)."""
        return self._boxes[field].message

    def checked_spec(self) -> DossierSpec | None:
        """The spec if it can be printed; else None with the errors shown."""
        spec = self.current_spec()
        errors: list[FieldError] = []
        if self.date.text() and self.date.value() is None:
            errors.append(FieldError("date", self.tr("not a valid date (YYYY-MM-DD)")))
        try:
            spec.check()
        except ValidationError as exc:
            errors.extend(exc.errors)
        self.show_errors(errors)
        if errors:
            self.tabs.setCurrentIndex(0)
            return None
        return spec

    # ------------------------------------------------------------------ preview

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is not self.tabs.widget(0):
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Assemble the dossier in a worker and show its outline."""
        spec = self.checked_spec()
        if spec is None:
            self.outline.clear()
            self.preview_info.setText(self.tr("Fix the marked fields to see the preview."))
            return
        self._preview_generation += 1
        generation = self._preview_generation
        store = self.store
        self.preview_info.setText(self.tr("Assembling…"))

        def work(_job: Job) -> Dossier:
            from briefing.dossier.assemble import assemble

            return assemble(spec, store)

        def done(dossier: Dossier) -> None:
            if generation == self._preview_generation:
                self.show_preview(dossier)

        def failed(exc: BaseException, _tb: str) -> None:
            if generation == self._preview_generation:
                self.preview_info.setText(
                    self.tr("Cannot assemble the dossier: {error}").format(error=exc)
                )

        self.jobs.submit(work, done, failed)

    def show_preview(self, dossier: Dossier) -> None:
        """Show ``dossier`` as an outline."""
        self.dossier = dossier
        listed = fill_outline(self.outline, dossier)
        total = dossier.fact_count()
        info = self.tr(
            "{size} · {language} · printed marking {marking} · "
            "{facts} fact entries · {sources} sources"
        ).format(
            size=dossier.page_size,
            language=LANGUAGE_NAMES.get(dossier.language, dossier.language),
            marking=dossier.marking,
            facts=total,
            sources=len(dossier.sources),
        )
        if listed < total:
            info += " " + self.tr("(first {n} listed)").format(n=listed)
        self.preview_info.setText(info)

    # ------------------------------------------------------------------ saved specs

    def reload_specs(self) -> None:
        """Refill the saved dossier names."""
        text = self.spec_name.currentText()
        self.spec_name.clear()
        self.spec_name.addItems([name for name, _when in self.store.specs()])
        self.spec_name.setCurrentText(text)

    def save_spec(self) -> bool:
        """Save the spec under the name typed."""
        name = self.spec_name.currentText().strip()
        try:
            self.store.save_spec(name, self.current_spec().to_json())
        except ValidationError as exc:
            self.spec_name_box.set_errors(exc.for_field("name") or [str(exc)])
            return False
        self.spec_name_box.set_errors([])
        self.status.setText(self.tr("Saved as “{name}”.").format(name=name))
        self.bus.publish(Changes(specs=True), self)
        self.reload_specs()
        self.spec_name.setCurrentText(name)
        return True

    def load_spec(self, name: str) -> bool:
        """Show the saved spec ``name``."""
        name = name.strip()
        if not name:
            return False
        try:
            spec = DossierSpec.from_json(self.store.load_spec(name))
        except BriefingError as exc:
            self.spec_name_box.set_errors([str(exc)])
            return False
        self.spec_name_box.set_errors([])
        self.set_spec(spec)
        self.spec_name.setCurrentText(name)
        self.status.setText(self.tr("Opened “{name}”.").format(name=name))
        return True

    def delete_spec(self) -> None:
        """Forget the saved spec named in the box (after asking)."""
        name = self.spec_name.currentText().strip()
        if not name or name not in [n for n, _ in self.store.specs()]:
            return
        if not prompts.confirm(
            self,
            self.tr("Delete saved dossier"),
            self.tr("Delete the saved dossier “{name}”? The facts are not touched.").format(
                name=name
            ),
        ):
            return
        self.store.delete_spec(name)
        self.bus.publish(Changes(specs=True), self)
        self.reload_specs()
        self.spec_name.setCurrentText("")
        self.status.setText(self.tr("Deleted “{name}”.").format(name=name))

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.specs and initiator is not self:
            self.reload_specs()
        if changes.taxonomy or changes.entities:
            self.set_reference(self.ref)

    # ------------------------------------------------------------------ export

    def export(self, fmt: Format) -> None:
        """Ask where to write the dossier, then export it."""
        spec = self.checked_spec()
        if spec is None:
            return
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
        }
        start = str(Path(self.prefs.export_dir()) / _filename(spec.title, fmt))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export dossier"), start, filters[fmt]
        )
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        self.prefs.set("export/last_dir", str(Path(path).parent))
        self.export_to(path, fmt)

    def export_to(self, path: str | Path, fmt: Format, notify: bool = True) -> ExportTask | None:
        """Export to ``path`` in a worker, with a cancellable progress dialog."""
        spec = self.checked_spec()
        if spec is None:
            return None
        if self.task is not None and self.task.running:
            self.status.setText(self.tr("An export is already running."))
            return None
        task = ExportTask(self.store, spec, path, fmt, self.exports, self, notify=notify)
        task.finished.connect(self._exported)
        task.failed.connect(lambda message: self.status.setText(message))
        task.cancelled.connect(
            lambda: self.status.setText(self.tr("Export cancelled; nothing was written."))
        )
        self.task = task
        self.status.setText(self.tr("Exporting…"))
        task.start()
        return task

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Exported to {path}").format(path=path))
        self.exported.emit(path)

    def shutdown(self) -> None:
        """Stop background work (the main window is closing)."""
        self.jobs.shutdown()
