"""The dossier builder: a minister's pack about one meeting, edited as a ``DossierSpec``.

The window holds the cover and scope (``builder_cover``), the section list
(``builder_sections``) with the editor of written sections beside it (``builder_text``),
a preview of the printed pages (``builder_preview``), saved specs and export. A new dossier
starts from an editable skeleton (purpose, key points, key messages, who's who); "One per
theme" / "One per country" lay out the fact sections with the core's ``by_theme`` /
``by_country`` and replace the fact sections laid out before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.dossier.labels import labels_for
from briefing.dossier.selection import FACT_KINDS, dossier_scope
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import BriefingError, FieldError, ValidationError
from briefing.gui import i18n
from briefing.gui.builder_cover import CoverForm
from briefing.gui.builder_files import FileFlows
from briefing.gui.builder_layout import LayoutFlows
from briefing.gui.builder_preview import PreviewFlows
from briefing.gui.builder_sections import (
    SECTION_ROLE,
    SINGLE_KINDS,
    SectionTree,
    scope_message,
)
from briefing.gui.builder_text import TextSectionEditor, retitle, written_kinds
from briefing.gui.bus import Bus, Changes
from briefing.gui.fields import INVALID_STYLE, FieldBox
from briefing.gui.jobs import JobRunner
from briefing.gui.prefs import Prefs
from briefing.gui.refdata import RefData

if TYPE_CHECKING:
    from briefing.store import Store

if TYPE_CHECKING:  # the export modules load the assembler: imported on first export
    from briefing.gui.export import ExportTask

log = logging.getLogger("briefing.gui")

Button = QMessageBox.StandardButton


def skeleton(language: str) -> tuple[SectionSpec, ...]:
    """The sections a new pack starts from, titled in the dossier ``language``."""
    labels = labels_for(language)
    return (
        SectionSpec("text", title=labels.purpose),
        SectionSpec("key-points"),
        SectionSpec("text", title=labels.key_messages),
        SectionSpec("who"),
    )


class DossierBuilder(LayoutFlows, PreviewFlows, FileFlows):
    """The builder window (non-modal); its signals are declared on ``BuilderBase``."""

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
        self._laying_out = False
        self._baseline: dict[str, Any] = {}
        self._text_item: QTreeWidgetItem | None = None
        self.db_key = "default"  # the main window sets its database's id
        self.setWindowTitle(self.tr("Dossier builder"))
        self.setStyleSheet(INVALID_STYLE)
        self.setSizeGripEnabled(True)
        self.resize(1300, 760)
        self._build()
        self.reload_specs()
        self.new_spec()
        bus.changes_applied.connect(self._on_changes)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Saved dossier:"), self), 0, Qt.AlignmentFlag.AlignTop)
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
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.cover = CoverForm(self.store, self.ref, splitter)
        self.cover.setMinimumWidth(320)
        splitter.addWidget(self.cover)
        # the fields tests and the main window reach
        self.title = self.cover.title
        self.subtitle = self.cover.subtitle
        self.event_combo = self.cover.event_combo
        self.include_background = self.cover.include_background
        self.reference = self.cover.reference
        self.version = self.cover.version
        self.prepared_for = self.cover.prepared_for
        self.prepared_by = self.cover.prepared_by
        self.date = self.cover.date
        self.language = self.cover.language
        self.page_size = self.cover.page_size
        self.ceiling = self.cover.ceiling
        self.scope_countries = self.cover.scope_countries
        self.scope_themes = self.cover.scope_themes
        self._boxes: dict[str, FieldBox] = dict(self.cover.boxes)

        self.tabs = QTabWidget(splitter)
        self.tabs.addTab(self._build_sections_tab(), self.tr("Sections"))
        self.tabs.addTab(self._build_preview_tab(), self.tr("Preview"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([410, 890])

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #374151;")
        self.status.setWordWrap(True)
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.export_docx_button = QPushButton(self.tr("Export DOCX…"), self)
        close = QPushButton(self.tr("Close"), self)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_pdf_button)
        bottom.addWidget(self.export_docx_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self.load_button.clicked.connect(self._open_clicked)
        self.spec_name.activated.connect(lambda _i: self._open_clicked())
        self.save_spec_button.clicked.connect(self.save_spec)
        self.delete_spec_button.clicked.connect(self.delete_spec)
        self.new_button.clicked.connect(self._new_clicked)
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_docx_button.clicked.connect(lambda: self.export("docx"))
        close.clicked.connect(self.close)
        self.tabs.currentChanged.connect(self._on_tab)
        self.cover.scope_changed.connect(self.sections.invalidate)
        self.cover.language_changed.connect(self._on_language)

    def _build_sections_tab(self) -> QWidget:
        page = QWidget(self.tabs)
        s_layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.by_theme_button = QPushButton(self.tr("One per theme"), page)
        self.by_theme_button.setToolTip(
            self.tr("Lay out the facts in one section per theme (replaces the fact sections)")
        )
        self.by_country_button = QPushButton(self.tr("One per country"), page)
        self.by_country_button.setToolTip(
            self.tr("Lay out the facts in one section per country (replaces the fact sections)")
        )
        self.add_button = QPushButton(self.tr("Add"), page)
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.up_button = QPushButton(self.tr("Move up"), page)
        self.down_button = QPushButton(self.tr("Move down"), page)
        self.remove_button = QPushButton(self.tr("Remove"), page)
        for w in (self.add_button, self.by_theme_button, self.by_country_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.up_button, self.down_button, self.remove_button):
            bar.addWidget(w)
        s_layout.addLayout(bar)

        self.scope_banner = QLabel(page)
        self.scope_banner.setWordWrap(True)
        self.scope_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_banner.setStyleSheet(
            "background: #fef3c7; color: #7c2d12; border: 1px solid #f59e0b; "
            "border-radius: 3px; padding: 6px;"
        )
        self.scope_banner.hide()
        s_layout.addWidget(self.scope_banner)

        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setChildrenCollapsible(False)
        left = QWidget(split)
        l_layout = QVBoxLayout(left)
        l_layout.setContentsMargins(0, 0, 0, 0)
        self.sections = SectionTree(self.store, self.ref, self.jobs, self.cover.cover_spec, left)
        self.sections_box = FieldBox(self.sections, None, left)
        self._boxes["sections"] = self.sections_box
        l_layout.addWidget(self.sections_box, 1)
        self.summary = QLabel(left)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("dossierSummary")
        l_layout.addWidget(self.summary)
        hint = QLabel(
            self.tr(
                "Drag sections to reorder them. Expand a section and untick the facts to leave "
                "out. Select a written section to write its text."
            ),
            left,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        l_layout.addWidget(hint)
        split.addWidget(left)
        self.text_editor = TextSectionEditor(split)
        self.text_editor.setMinimumWidth(300)
        split.addWidget(self.text_editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 460])
        self.text_editor.hide()
        s_layout.addWidget(split, 1)

        self.by_theme_button.clicked.connect(self.add_by_theme)
        self.by_country_button.clicked.connect(self.add_by_country)
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button.clicked.connect(lambda: self.move_section(-1))
        self.down_button.clicked.connect(lambda: self.move_section(1))
        self.sections.currentItemChanged.connect(self._on_current_section)
        self.sections.itemChanged.connect(self._on_section_renamed)
        self.sections.counted.connect(self._show_summary)
        self.sections.counted.connect(self.counted)
        self.sections.scope_failed.connect(self._on_scope_failed)
        self.text_editor.edited.connect(self._on_text_edited)
        return page

    def set_reference(self, ref: RefData) -> None:
        """Refill the lists that come from reference data."""
        self.ref = ref
        self.cover.set_reference(ref)
        self.sections.set_reference(ref)
        self.fill_add_menu()

    # ------------------------------------------------------------------ the Add menu

    def fill_add_menu(self) -> None:
        """Rebuild the Add menu (written-section titles follow the dossier language)."""
        menu = self.add_menu
        menu.clear()
        language = self.cover.cover_spec().language
        written = menu.addMenu(self.tr("Written section"))
        for kind in written_kinds():
            written.addAction(kind.menu, self._written_adder(kind.title(language)))
        written.addSeparator()
        written.addAction(self.tr("Other (type its title)"), self._written_adder(""))
        menu.addAction(self.tr("Key points"), self._adder(SectionSpec("key-points")))
        menu.addAction(self.tr("Who's who"), self._adder(SectionSpec("who")))
        menu.addSeparator()
        themes = menu.addMenu(self.tr("Theme"))
        for t in self.ref.themes:
            themes.addAction(
                ("    " * t.depth) + t.label, self._adder(SectionSpec("theme", t.slug))
            )
        countries = menu.addMenu(self.tr("Country"))
        used = self.store.counts_by_country()
        for c in self.ref.countries:
            if c.code in used:
                countries.addAction(c.label, self._adder(SectionSpec("country", c.code)))
        menu.addAction(
            self.tr("Facts common to the participants"), self._adder(SectionSpec("shared"))
        )
        menu.addAction(self.tr("Facts selected in the list"), self.add_selected_facts)
        menu.addSeparator()
        menu.addAction(self.tr("Key figures"), self._adder(SectionSpec("figures")))

    def _adder(self, spec: SectionSpec) -> Callable[[], None]:
        def add() -> None:
            self.add_section(spec)

        return add

    def _written_adder(self, title: str) -> Callable[[], None]:
        def add() -> None:
            self.add_written(title)

        return add

    def add_menu_action(self, *path: str) -> Any:
        """The Add menu's action at ``path`` ("Written section", "Purpose"), for tests."""
        menu: QMenu = self.add_menu
        for i, text in enumerate(path):
            action = next(a for a in menu.actions() if a.text() == text)
            if i == len(path) - 1:
                return action
            sub = action.menu()
            assert isinstance(sub, QMenu)
            menu = sub
        raise ValueError("empty path")

    # ------------------------------------------------------------------ spec <-> widgets

    def section_items(self) -> list[QTreeWidgetItem]:
        """The section items, in printing order."""
        return self.sections.section_items()

    def current_spec(self) -> DossierSpec:
        """The spec the widgets describe (not checked)."""
        return replace(self.cover.cover_spec(), sections=tuple(self.sections.specs()))

    def set_spec(self, spec: DossierSpec) -> None:
        """Show ``spec`` in the widgets; it becomes the unchanged state."""
        self._text_item = None
        self.text_editor.hide()
        self.cover.set_spec(spec)
        self.sections.set_sections(spec.sections)
        self.sections.invalidate()
        self.fill_add_menu()
        self.show_errors([])
        self.clear_preview()
        self._update_buttons()
        self.mark_saved()

    def new_spec(self) -> None:
        """Start a fresh pack: the latest event, and the skeleton of written sections."""
        events = self.cover.events
        event = events[0].name if events else None
        language = self.prefs.dossier_language(i18n.current())
        self.set_spec(DossierSpec(event=event, language=language, sections=skeleton(language)))
        self.spec_name.setCurrentText("")
        self.status.setText("")

    def mark_saved(self) -> None:
        """The dossier as shown is the unchanged state (after opening or saving)."""
        self._baseline = self.current_spec().to_json()

    @property
    def is_dirty(self) -> bool:
        """True when the dossier has changes that are not saved."""
        return self.current_spec().to_json() != self._baseline

    # ------------------------------------------------------------------ sections

    def _insert_row(self, spec: SectionSpec) -> int:
        """Where a new section goes: after the selected one, else where its kind belongs."""
        current = self.sections.current_section()
        if current is not None:
            return self.sections.indexOfTopLevelItem(current) + 1
        kinds = [s.kind for s in self.sections.specs()]
        if spec.kind == "figures":
            return len(kinds)
        if spec.kind in FACT_KINDS:
            return kinds.index("figures") if "figures" in kinds else len(kinds)
        body = [i for i, k in enumerate(kinds) if k in FACT_KINDS or k == "figures"]
        return body[0] if body else len(kinds)

    def _find(self, wanted: Callable[[SectionSpec], bool]) -> QTreeWidgetItem | None:
        for item in self.section_items():
            if wanted(item.data(0, SECTION_ROLE)):
                return item
        return None

    def add_section(self, spec: SectionSpec) -> QTreeWidgetItem | None:
        """Add a section after the selected one (key points, who's who, figures, a theme
        or a country only once: the existing one is selected instead)."""
        if spec.kind in SINGLE_KINDS:
            existing = self._find(lambda s: (s.kind, s.key) == (spec.kind, spec.key))
            if existing is not None:
                self.sections.setCurrentItem(existing)
                self.status.setText(
                    self.tr("“{name}” is already in the dossier.").format(name=existing.text(0))
                )
                return None
        item = self.sections.insert(self._insert_row(spec), spec)
        self.sections.setCurrentItem(item)
        self.show_errors([])
        self._update_buttons()
        return item

    def add_written(self, title: str) -> QTreeWidgetItem | None:
        """Add a written section titled ``title`` (empty: the user types it) and edit it."""
        if title:
            existing = self._find(lambda s: s.kind == "text" and s.title == title)
            if existing is not None:
                self.sections.setCurrentItem(existing)
                self.status.setText(
                    self.tr("“{name}” is already in the dossier.").format(name=title)
                )
                return None
        item = self.add_section(SectionSpec("text", title=title or None))
        if item is not None:
            (self.text_editor.text if title else self.text_editor.title).setFocus()
        return item

    def add_selected_facts(self) -> None:
        """Add a section of the facts selected in the main list."""
        uuids = self.selected_facts()
        if not uuids:
            self.status.setText(self.tr("Select facts in the main list first."))
            return
        self.add_section(SectionSpec("facts", facts=tuple(uuids)))

    def remove_section(self) -> None:
        """Remove the selected section."""
        item = self.sections.current_section()
        if item is None:
            return
        if item is self._text_item:
            self._text_item = None
        self.sections.take(item)
        self._update_buttons()

    def move_section(self, step: int) -> None:
        """Move the selected section up (-1) or down (+1)."""
        item = self.sections.current_section()
        if item is not None:
            self.sections.move_item(item, step)

    def set_fact_included(self, section: int, uuid: str, included: bool) -> None:
        """Tick or untick one fact of a section (as a click would)."""
        self.sections.set_fact_included(section, uuid, included)

    def _update_buttons(self) -> None:
        self.sections.update_hint()
        has = self.sections.current_section() is not None
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(has)

    def _on_current_section(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._update_buttons()
        item = current if current is not None and current.parent() is None else None
        spec: SectionSpec | None = item.data(0, SECTION_ROLE) if item is not None else None
        if item is None or spec is None or spec.kind != "text":
            self._text_item = None
            self.text_editor.hide()
            return
        self._text_item = item
        self.text_editor.set_section(spec.title or "", spec.text)
        self.text_editor.show()

    def _on_text_edited(self, title: str, text: str) -> None:
        item = self._text_item
        if item is not None and self.sections.alive(item):
            self.sections.set_text(item, title, text)

    def _on_section_renamed(self, item: QTreeWidgetItem, _column: int) -> None:
        if item is self._text_item:  # retitled in the list (the editor's own edits echo)
            spec: SectionSpec = item.data(0, SECTION_ROLE)
            if self.text_editor.section() != (spec.title or "", spec.text):
                self.text_editor.set_section(spec.title or "", spec.text)

    def _show_summary(self) -> None:
        """The whole dossier in one line: facts printed, and how many the ceiling keeps out."""
        count = self.sections.dossier_count
        if count is None or not count.sections:
            self.summary.setText("")
            return
        if count.exact:
            text = self.tr("The dossier prints %Ln facts.", "", count.printed)
        else:
            text = self.tr("The dossier prints at most %Ln facts.", "", count.printed)
        if count.withheld:
            ceiling = self.ceiling.currentText()
            text += " " + self.tr(
                "%Ln more are withheld: marked above the ceiling ({ceiling}).", "", count.withheld
            ).format(ceiling=ceiling)
        self.summary.setText(text)

    def _on_scope_failed(self, message: str) -> None:
        self.scope_banner.setText(
            self.tr("The facts cannot be counted: {problem}").format(problem=message)
            if message
            else ""
        )
        self.scope_banner.setVisible(bool(message))

    def _on_language(self, old: str, new: str) -> None:
        """Usual written titles follow the dossier language (Purpose → Objet)."""
        for item in self.section_items():
            spec: SectionSpec = item.data(0, SECTION_ROLE)
            if spec.kind == "text" and spec.title:
                title = retitle(spec.title, old, new)
                if title is not None and title != spec.title:
                    self.sections.set_text(item, title, spec.text)
                    if item is self._text_item:
                        self.text_editor.set_section(title, spec.text)
        self.fill_add_menu()

    # ------------------------------------------------------------------ checking

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put the spec's errors under their fields."""
        per: dict[str, list[str]] = {name: [] for name in self._boxes}
        for e in errors:
            name = e.field.split("[", 1)[0]
            message = e.text(i18n.current())
            if e.field.startswith("sections["):
                number = int(e.field[len("sections[") :].split("]", 1)[0]) + 1
                message = self.tr("Section {n}: {message}").format(n=number, message=message)
            per.setdefault(name if name in per else "title", []).append(message)
        for name, box in self._boxes.items():
            box.set_errors(per[name])

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` (for tests)."""
        return self._boxes[field].message

    def checked_spec(self, switch: bool = True) -> DossierSpec | None:
        """The spec if it can be printed; else None with the errors shown (and, with
        ``switch``, the Sections tab, where most of them are)."""
        spec = self.current_spec()
        errors: list[FieldError] = []
        date_problem = self.date.problem()
        if date_problem is not None:
            errors.append(date_problem)
        try:
            spec.check()
        except ValidationError as exc:
            errors.extend(exc.errors)
        try:
            dossier_scope(self.store, spec)
        except BriefingError as exc:
            errors.append(FieldError(*scope_message(exc, spec)))
        self.show_errors(errors)
        if errors:
            if switch:
                self.tabs.setCurrentIndex(0)
            return None
        return spec

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.specs and initiator is not self:
            self.reload_specs()
        if changes.taxonomy or changes.entities:
            self.set_reference(self.ref)
        if changes.facts:
            self.sections.invalidate()
            # A fact re-marked SECRET must not stay listed as UNCLASSIFIED until Refresh.
            if self.isVisible() and self.tabs.currentIndex() == 1:
                self.refresh_preview()
