"""The dossier builder: a minister's pack about one meeting, edited as a ``DossierSpec``.

The window holds the cover and scope (``builder_cover``), the section list
(``builder_sections``) with the editor of written sections beside it (``builder_text``),
an outline preview of what ``assemble`` prints, saved specs and export. A new dossier
starts from an editable skeleton (purpose, key points, key messages, who's who); "One per
theme" / "One per country" lay out the fact sections with the core's ``by_theme`` /
``by_country`` and replace the fact sections laid out before.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.dossier.document import Dossier
from briefing.dossier.labels import labels_for
from briefing.dossier.selection import FACT_KINDS, dossier_scope
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import BriefingError, FieldError, ValidationError
from briefing.gui import prompts
from briefing.gui.builder_cover import CoverForm
from briefing.gui.builder_sections import (
    LAYOUT_KINDS,
    SECTION_ROLE,
    SINGLE_KINDS,
    SectionTree,
    scope_message,
)
from briefing.gui.builder_text import TextSectionEditor, retitle, written_kinds
from briefing.gui.bus import Bus, Changes
from briefing.gui.fields import INVALID_STYLE, FieldBox
from briefing.gui.i18n import LANGUAGES as LANGUAGE_NAMES
from briefing.gui.jobs import Job, JobRunner
from briefing.gui.outline import fill_outline
from briefing.gui.prefs import Prefs
from briefing.gui.refdata import RefData
from briefing.store import Store

if TYPE_CHECKING:  # the export modules load the assembler: imported on first export
    from briefing.dossier.export import Format
    from briefing.gui.export import ExportTask

log = logging.getLogger("briefing.gui")

Button = QMessageBox.StandardButton


def _filename(title: str, fmt: str) -> str:
    stem = re.sub(r"[^\w\-]+", "-", title.strip(), flags=re.UNICODE).strip("-")[:60] or "dossier"
    return f"{stem}.{fmt}"


def skeleton(language: str) -> tuple[SectionSpec, ...]:
    """The sections a new pack starts from, titled in the dossier ``language``."""
    labels = labels_for(language)
    return (
        SectionSpec("text", title=labels.purpose),
        SectionSpec("key-points"),
        SectionSpec("text", title=labels.key_messages),
        SectionSpec("who"),
    )


def merge_layout(current: list[SectionSpec], built: DossierSpec) -> tuple[list[SectionSpec], int]:
    """``current`` with its laid-out fact sections replaced by those of ``built``.

    Written sections, key points, who's who and hand-picked facts stay where they are; the
    new theme/country/shared sections take the place of the old ones (or go before key
    figures, or last); key figures are added at the end when ``built`` has them and
    ``current`` does not. Returns the sections and how many fact sections were laid out.
    """
    laid = [s for s in built.sections if s.kind in LAYOUT_KINDS]
    rows = [i for i, s in enumerate(current) if s.kind in LAYOUT_KINDS]
    figures = next((i for i, s in enumerate(current) if s.kind == "figures"), None)
    if rows:
        at = rows[0]
    elif figures is not None:
        at = figures
    else:
        at = len(current)
    kept = [s for s in current if s.kind not in LAYOUT_KINDS]
    before = [s for s in current[:at] if s.kind not in LAYOUT_KINDS]
    out = before + laid + kept[len(before) :]
    if figures is None and any(s.kind == "figures" for s in built.sections):
        out.append(SectionSpec("figures"))
    return out, len(laid)


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
        self.dossier: Dossier | None = None
        self._laying_out = False
        self._preview_generation = 0
        self._baseline: dict[str, Any] = {}
        self._text_item: QTreeWidgetItem | None = None
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

    def _build_preview_tab(self) -> QWidget:
        page = QWidget(self.tabs)
        p_layout = QVBoxLayout(page)
        p_bar = QHBoxLayout()
        self.preview_info = QLabel(page)
        self.preview_info.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), page)
        p_bar.addWidget(self.preview_info, 1)
        p_bar.addWidget(self.refresh_button)
        p_layout.addLayout(p_bar)
        self.outline = QTreeWidget(page)
        self.outline.setColumnCount(2)
        self.outline.setHeaderLabels([self.tr("Printed content"), ""])
        o_header = self.outline.header()
        o_header.setStretchLastSection(False)
        o_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        o_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.setUniformRowHeights(True)
        p_layout.addWidget(self.outline, 1)
        self.refresh_button.clicked.connect(self.refresh_preview)
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
        self.outline.clear()
        self.dossier = None
        self.preview_info.setText("")
        self._update_buttons()
        self.mark_saved()

    def new_spec(self) -> None:
        """Start a fresh pack: the latest event, and the skeleton of written sections."""
        events = self.cover.events
        event = events[0].name if events else None
        language = "en"
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
        if count is None:
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

    # ------------------------------------------------------------------ laying out

    def add_by_theme(self) -> None:
        """Lay out one section per theme that has facts (the core's by_theme, in a worker)."""
        from briefing.dossier.layouts import by_theme

        self._lay_out(by_theme)

    def add_by_country(self) -> None:
        """Lay out shared facts and one section per country (the core's by_country)."""
        from briefing.dossier.layouts import by_country

        self._lay_out(by_country)

    def _lay_out(self, layout: Callable[[Store, DossierSpec], DossierSpec]) -> None:
        if self._laying_out:
            return
        edited = [
            item
            for item in self.section_items()
            if item.data(0, SECTION_ROLE).kind in LAYOUT_KINDS and self.sections.exclusions(item)
        ]
        if edited and not prompts.confirm(
            self,
            self.tr("Replace the fact sections"),
            self.tr(
                "You left out facts in {n} of the fact sections. Laying out the dossier again "
                "replaces its fact sections and forgets those choices. Continue?"
            ).format(n=len(edited)),
        ):
            self.laid_out.emit(0)
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
            sections, laid = merge_layout(self.sections.specs(), built)
            self._text_item = None
            self.text_editor.hide()
            self.sections.set_sections(sections)
            self.show_errors([])
            self._update_buttons()
            self.status.setText(
                self.tr("{n} fact sections laid out.").format(n=laid)
                if laid
                else self.tr("No facts to lay out within this event and ceiling.")
            )
            self.laid_out.emit(laid)

        def failed(exc: BaseException, tb: str) -> None:
            finish()
            self.status.setText(self.tr("Cannot lay out the dossier: {error}").format(error=exc))
            log.error("dossier layout failed\n%s", tb)
            self.laid_out.emit(0)

        self.jobs.submit(lambda _job: layout(store, spec), done, failed)

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
        try:
            dossier_scope(self.store, spec)
        except BriefingError as exc:
            errors.append(FieldError(*scope_message(exc, spec, self.tr)))
        self.show_errors(errors)
        if errors:
            self.tabs.setCurrentIndex(0)
            return None
        return spec

    # ------------------------------------------------------------------ preview

    def _on_tab(self, index: int) -> None:
        if index == 1:
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

        def failed(exc: BaseException, tb: str) -> None:
            if generation == self._preview_generation:
                log.error("dossier preview failed\n%s", tb)
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
        spec = self.current_spec()
        try:
            self.store.save_spec(name, spec.to_json())
        except ValidationError as exc:
            self.spec_name_box.set_errors(exc.for_field("name") or [str(exc)])
            self.spec_name.setFocus()
            return False
        self.spec_name_box.set_errors([])
        self._baseline = spec.to_json()
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

    def _open_clicked(self) -> None:
        if self.maybe_keep_changes():
            self.load_spec(self.spec_name.currentText())

    def _new_clicked(self) -> None:
        if self.maybe_keep_changes():
            self.new_spec()

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
        if changes.facts:
            self.sections.invalidate()
            # A fact re-marked SECRET must not stay listed as UNCLASSIFIED until Refresh.
            if self.isVisible() and self.tabs.currentIndex() == 1:
                self.refresh_preview()

    # ------------------------------------------------------------------ closing

    def maybe_keep_changes(self) -> bool:
        """The unsaved-changes guard: True when the dossier shown may be left."""
        if not self.is_dirty:
            return True
        button = QMessageBox.question(
            self,
            self.tr("Unsaved dossier"),
            self.tr("This dossier has changes that are not saved. Save them?"),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if button == Button.Save:
            if self.save_spec():
                return True
            self.status.setText(self.tr("Type a name to save the dossier under, then Save."))
            return False
        if button == Button.Discard:
            self.set_spec(DossierSpec.from_json(self._baseline))
            return True
        return False

    def reject(self) -> None:
        """Override QDialog::reject (Close, Escape, the title bar): ask about unsaved work."""
        if self.isVisible() and not self.maybe_keep_changes():
            return
        super().reject()

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
        record = self.cover.event_record(spec.event)
        stem = spec.title or (record.name_in(spec.language) if record else "")
        start = str(Path(self.prefs.export_dir()) / _filename(stem, fmt))
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
        from briefing.gui.export import ExportTask

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
