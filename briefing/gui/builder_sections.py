"""The builder's section list: one top-level item per section, in printing order.

Sections can be reordered by drag and drop. Expanding a theme, country, shared or
hand-picked section lists its facts with a tick box each; unticked facts become
``SectionSpec.exclude``. Which facts a section holds, and how many, come from
``briefing.dossier.selection`` (the rule ``assemble`` prints with), read in a worker with
the dossier's scope (event, background, ceiling, countries, themes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from briefing.dossier.selection import (
    FACT_KINDS,
    DossierCount,
    count_sections,
    dossier_scope,
    section_facts,
)
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import BriefingError, NotFoundError, ValidationError
from briefing.gui.builder_text import word_count
from briefing.gui.factmodel import plain_statement
from briefing.gui.jobs import Job, JobRunner
from briefing.gui.refdata import RefData
from briefing.store import FactQuery

if TYPE_CHECKING:
    from briefing.store import Store

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
LOADED_ROLE = Qt.ItemDataRole.UserRole + 3
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 4
ABOVE_ROLE = Qt.ItemDataRole.UserRole + 5
WITHHELD_ROLE = Qt.ItemDataRole.UserRole + 6

# The sections "One per theme" / "One per country" lay out (and replace).
LAYOUT_KINDS = ("theme", "country", "shared")
# Sections a dossier holds once at most.
SINGLE_KINDS = ("key-points", "who", "figures", "theme", "country", "shared")
COUNT_COLUMN = 2
MUTED = QColor("#6b7280")


def scope_message(exc: BriefingError, spec: DossierSpec) -> tuple[str, str]:
    """(field, message) for a scope ``dossier_scope`` refused: an unknown event or ceiling."""
    if isinstance(exc, ValidationError):
        for error in exc.errors:
            if error.field == "max_marking":
                return "max_marking", QCoreApplication.translate(
                    "DossierBuilder", "unknown marking ceiling “{code}”: choose another ceiling"
                ).format(code=spec.max_marking)
    if isinstance(exc, NotFoundError) and spec.event:
        return "event", QCoreApplication.translate(
            "DossierBuilder", "no event “{name}” in the base: choose another event"
        ).format(name=spec.event)
    return "event", str(exc)


class SectionTree(QTreeWidget):
    """The sections of the dossier being built.

    ``counted`` after a round of counts; ``scope_failed(message)`` when the scope cannot
    be read (unknown event or ceiling: counts are not shown), ``scope_failed("")`` when it
    can again.
    """

    counted = Signal()
    scope_failed = Signal(str)

    def __init__(
        self,
        store: Store,
        ref: RefData,
        jobs: JobRunner,
        scope_spec: Callable[[], DossierSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.jobs = jobs
        self.scope_spec = scope_spec
        self.scope_error = ""
        self.dossier_count: DossierCount | None = None  # the last round of counts
        self._silent = False
        self._count_generation = 0
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(50)
        self._count_timer.timeout.connect(self._count_sections)

        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Section"), self.tr("Kind"), self.tr("Contents")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.empty_hint = QLabel(
            self.tr(
                "No sections yet.\n\nAdd written sections, key points and who's who from "
                "“Add”, and lay out the facts with “One per theme” or “One per country”."
            ),
            self.viewport(),
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #6b7280; padding: 24px;")
        self.viewport().installEventFilter(self)
        self.itemExpanded.connect(self._populate)
        self.itemChanged.connect(self._on_item_changed)
        # added, removed or dragged sections: which section prints a fact may change
        model = self.model()
        model.rowsInserted.connect(self._on_rows)
        model.rowsRemoved.connect(self._on_rows)
        model.rowsMoved.connect(self._on_moved)

    # ------------------------------------------------------------------ names

    def kind_label(self, kind: str) -> str:
        """The kind of a section, as the list names it."""
        return {
            "text": self.tr("Written"),
            "key-points": self.tr("Key points"),
            "who": self.tr("Who's who"),
            "theme": self.tr("Theme"),
            "country": self.tr("Country"),
            "shared": self.tr("Shared facts"),
            "facts": self.tr("Selected facts"),
            "figures": self.tr("Key figures"),
        }.get(kind, kind)

    def default_title(self, spec: SectionSpec) -> str:
        """The heading shown when a section has no title of its own."""
        if spec.kind == "theme":
            return self.ref.theme_name(spec.key or "")
        if spec.kind == "country":
            return self.ref.country_name((spec.key or "").upper())
        if spec.kind == "shared":
            return self.tr("Common to the participants")
        if spec.kind == "text":
            return self.tr("(untitled written section)")
        return self.kind_label(spec.kind)

    def set_reference(self, ref: RefData) -> None:
        """New reference data: rename the sections that show a default title."""
        self.ref = ref
        self._silent = True
        try:
            for item in self.section_items():
                spec = self.spec_of(item)
                item.setText(0, spec.title or self.default_title(spec))
        finally:
            self._silent = False

    # ------------------------------------------------------------------ items

    def make_item(self, spec: SectionSpec) -> QTreeWidgetItem:
        """A top-level item for ``spec``."""
        item = QTreeWidgetItem(
            [spec.title or self.default_title(spec), self.kind_label(spec.kind), ""]
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
        item.setForeground(1, MUTED)
        if spec.kind in FACT_KINDS:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        item.setTextAlignment(
            COUNT_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.update_count(item)
        return item

    def section_items(self) -> list[QTreeWidgetItem]:
        """The section items, in printing order."""
        return [self.top(i) for i in range(self.topLevelItemCount())]

    def top(self, row: int) -> QTreeWidgetItem:
        """The section item at ``row``."""
        item = self.topLevelItem(row)
        assert item is not None
        return item

    def alive(self, item: QTreeWidgetItem) -> bool:
        """False once ``item`` left the list (a worker may finish after a rebuild)."""
        return shiboken6.isValid(item) and self.indexOfTopLevelItem(item) >= 0

    def current_section(self) -> QTreeWidgetItem | None:
        """The selected section (the section of a selected fact)."""
        item = self.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()
        return item

    def spec_of(self, item: QTreeWidgetItem) -> SectionSpec:
        """The section an item stands for, with the facts unticked in the list."""
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        excluded = self.exclusions(item)
        return spec if excluded == spec.exclude else replace(spec, exclude=excluded)

    def specs(self) -> list[SectionSpec]:
        """Every section, in printing order."""
        return [self.spec_of(item) for item in self.section_items()]

    def exclusions(self, item: QTreeWidgetItem) -> tuple[str, ...]:
        """The facts of a section left out (unticked, or excluded and not listed)."""
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

    def set_sections(self, specs: list[SectionSpec] | tuple[SectionSpec, ...]) -> None:
        """Show these sections (replacing every section)."""
        self._silent = True
        try:
            self.clear()
            for spec in specs:
                self.addTopLevelItem(self.make_item(spec))
        finally:
            self._silent = False
        self.update_hint()

    def insert(self, row: int, spec: SectionSpec) -> QTreeWidgetItem:
        """Insert a section at ``row``."""
        item = self.make_item(spec)
        self.insertTopLevelItem(row, item)
        self.update_hint()
        return item

    def take(self, item: QTreeWidgetItem) -> None:
        """Remove a section."""
        self.takeTopLevelItem(self.indexOfTopLevelItem(item))
        self.update_hint()

    def move_item(self, item: QTreeWidgetItem, step: int) -> None:
        """Move a section up (-1) or down (+1)."""
        row = self.indexOfTopLevelItem(item)
        target = row + step
        if row < 0 or not 0 <= target < self.topLevelItemCount():
            return
        expanded = item.isExpanded()
        self.takeTopLevelItem(row)
        self.insertTopLevelItem(target, item)
        item.setExpanded(expanded)
        self.setCurrentItem(item)

    def set_text(self, item: QTreeWidgetItem, title: str, text: str) -> None:
        """A written section's new title and text (from the editor)."""
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        spec = replace(spec, title=title or None, text=text)
        self._silent = True
        try:
            item.setData(0, SECTION_ROLE, spec)
            item.setText(0, spec.title or self.default_title(spec))
            self.update_count(item)
        finally:
            self._silent = False

    def _on_rows(self, parent: QModelIndex | QPersistentModelIndex, *_rows: int) -> None:
        if not parent.isValid():
            self._count_timer.start()

    def _on_moved(self, *_args: object) -> None:
        self._count_timer.start()

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._silent:
            return
        parent = item.parent()
        if parent is not None:  # a fact ticked or unticked
            self._silent = True
            try:
                self.update_count(parent)
            finally:
                self._silent = False
            self._count_timer.start()
            return
        if column != 0:
            return
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        text = item.text(0).strip()
        title = None if not text or text == self.default_title(spec) else text
        if title != spec.title:
            item.setData(0, SECTION_ROLE, replace(spec, title=title))
        if not text:
            self._silent = True
            try:
                item.setText(0, self.default_title(spec))
            finally:
                self._silent = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: keep the empty-list hint sized to the list."""
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.viewport().rect())
        return super().eventFilter(watched, event)

    def update_hint(self) -> None:
        """Show the hint while there is no section."""
        self.empty_hint.setVisible(self.topLevelItemCount() == 0)

    # ------------------------------------------------------------------ counts

    def update_count(self, item: QTreeWidgetItem) -> None:
        """Show what a section holds: "N facts" / "k of N" / "N words" (counted in a worker)."""
        spec: SectionSpec = item.data(0, SECTION_ROLE)
        locale = QLocale()
        item.setToolTip(COUNT_COLUMN, "")
        if spec.kind == "text":
            n = word_count(spec.text)
            if n == 0:
                item.setText(COUNT_COLUMN, self.tr("empty"))
                item.setToolTip(COUNT_COLUMN, self.tr("Not printed while it is empty"))
            else:
                words = self.tr("1 word") if n == 1 else self.tr("{n} words")
                item.setText(COUNT_COLUMN, words.format(n=locale.toString(n)))
            item.setForeground(COUNT_COLUMN, MUTED)
            return
        if spec.kind not in FACT_KINDS:
            item.setText(COUNT_COLUMN, "")
            return
        total = item.data(0, TOTAL_ROLE)
        if total is None:
            if self.scope_error:
                item.setText(COUNT_COLUMN, "—")
                item.setToolTip(COUNT_COLUMN, self.scope_error)
            else:
                item.setText(COUNT_COLUMN, "…")
                self._count_timer.start()
            return
        excluded = len(self.exclusions(item))
        if excluded:
            text = self.tr("{kept} of {total}").format(
                kept=locale.toString(max(total - excluded, 0)), total=locale.toString(total)
            )
        else:
            text = (self.tr("1 fact") if total == 1 else self.tr("{n} facts")).format(
                n=locale.toString(total)
            )
        tips: list[str] = []
        withheld = item.data(0, WITHHELD_ROLE)
        if withheld:
            text += " · " + self.tr("%n withheld", "", withheld)
            tips.append(self.tr("%n facts are marked above the dossier's ceiling.", "", withheld))
        above = item.data(0, ABOVE_ROLE)
        if above:
            text += " · " + self.tr("{n} above").format(n=locale.toString(above))
            tips.append(
                self.tr(
                    "{n} of these facts print in an earlier section; this one refers to them."
                ).format(n=locale.toString(above))
            )
        item.setToolTip(COUNT_COLUMN, "\n".join(tips))
        item.setText(COUNT_COLUMN, text)

    def count_text(self, row: int) -> str:
        """What the list shows a section holds (for tests)."""
        return self.top(row).text(COUNT_COLUMN)

    def _count_sections(self) -> None:
        """Count, in a worker, what every fact section holds and prints (in order)."""
        todo = [
            (item, self.spec_of(item))
            for item in self.section_items()
            if item.data(0, SECTION_ROLE).kind in FACT_KINDS
        ]
        self._count_generation += 1
        if not todo:
            self.dossier_count = DossierCount((), 0, 0, exact=True)
            self.counted.emit()
            return
        generation = self._count_generation
        store, scope_spec = self.store, self.scope_spec()
        specs = [spec for _item, spec in todo]

        def work(_job: Job) -> DossierCount | BriefingError:
            try:
                scope = dossier_scope(store, scope_spec).query
            except BriefingError as exc:
                return exc
            return count_sections(store, specs, scope)

        def done(result: DossierCount | BriefingError) -> None:
            if generation != self._count_generation:
                return
            if isinstance(result, BriefingError):
                self._scope_failed(scope_message(result, scope_spec)[1])
                return
            self._set_scope_error("")
            was_silent, self._silent = self._silent, True
            try:
                self.dossier_count = result
                for (item, spec), count in zip(todo, result.sections, strict=True):
                    if self.alive(item) and item.data(0, SECTION_ROLE).kind == spec.kind:
                        item.setData(0, TOTAL_ROLE, count.total)
                        item.setData(0, ABOVE_ROLE, count.above)
                        item.setData(0, WITHHELD_ROLE, count.withheld)
                        self.update_count(item)
            finally:
                self._silent = was_silent
            self.counted.emit()

        self.jobs.submit(work, done)

    def _set_scope_error(self, message: str) -> None:
        if message != self.scope_error:
            self.scope_error = message
            self.scope_failed.emit(message)

    def _scope_failed(self, message: str) -> None:
        self.dossier_count = None
        self._set_scope_error(message)
        was_silent, self._silent = self._silent, True
        try:
            for item in self.section_items():
                self.update_count(item)
        finally:
            self._silent = was_silent
        self.counted.emit()

    def invalidate(self) -> None:
        """The scope changed (event, background, ceiling, countries, themes): count again."""
        self._count_generation += 1  # a count under the old scope is stale
        self.dossier_count = None
        self._set_scope_error("")
        self._silent = True
        try:
            for item in self.section_items():
                spec: SectionSpec = item.data(0, SECTION_ROLE)
                item.setData(0, SECTION_ROLE, replace(spec, exclude=self.exclusions(item)))
                item.takeChildren()
                item.setData(0, LOADED_ROLE, False)
                item.setData(0, TOTAL_ROLE, None)
                item.setData(0, ABOVE_ROLE, None)
                item.setData(0, WITHHELD_ROLE, None)
                self.update_count(item)
                if item.isExpanded():
                    self._populate(item)
        finally:
            self._silent = False

    # ------------------------------------------------------------------ listed facts

    def _note(self, item: QTreeWidgetItem, text: str) -> None:
        note = QTreeWidgetItem([text, "", ""])
        note.setFlags(Qt.ItemFlag.ItemIsEnabled)
        note.setForeground(0, MUTED)
        item.addChild(note)

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
            self._note(item, self.tr("Loading…"))
        finally:
            self._silent = was_silent
        store, scope_spec, language = self.store, self.scope_spec(), self.ref.language

        def work(_job: Job) -> tuple[list[tuple[str, str]], int] | BriefingError:
            try:
                scope = dossier_scope(store, scope_spec).query
            except BriefingError as exc:
                return exc
            return section_facts(store, spec, scope, language)

        def done(result: tuple[list[tuple[str, str]], int] | BriefingError) -> None:
            if not self.alive(item) or item.data(0, LOADED_ROLE) is not None:
                return
            if isinstance(result, BriefingError):
                was_silent, self._silent = self._silent, True
                try:
                    item.takeChildren()
                    self._note(item, scope_message(result, scope_spec)[1])
                    item.setData(0, LOADED_ROLE, False)
                finally:
                    self._silent = was_silent
                return
            self.fill_children(item, *result)

        self.jobs.submit(work, done)

    def fill_children(self, item: QTreeWidgetItem, rows: list[tuple[str, str]], total: int) -> None:
        """List ``rows`` (uuid, statement) under a section, ticked unless excluded."""
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
                more = QLocale().toString(total - len(rows))
                self._note(item, self.tr("… and {n} more facts, not listed here").format(n=more))
            if not rows:
                self._note(item, self.tr("No facts in this section"))
            item.setData(0, LOADED_ROLE, True)
            item.setData(0, TOTAL_ROLE, total)
            self.update_count(item)
        finally:
            self._silent = was_silent

    def scope_query(self) -> FactQuery:
        """The dossier's scope, read now (on this thread); raises on an unknown event."""
        return dossier_scope(self.store, self.scope_spec()).query

    def set_fact_included(self, section: int, uuid: str, included: bool) -> None:
        """Tick or untick one fact of a section (as a click would; reads the list now)."""
        item = self.top(section)
        if item.data(0, LOADED_ROLE) is not True:
            spec: SectionSpec = item.data(0, SECTION_ROLE)
            rows, total = section_facts(self.store, spec, self.scope_query(), self.ref.language)
            self.fill_children(item, rows, total)
        item.setExpanded(True)
        for i in range(item.childCount()):
            child = item.child(i)
            if child is not None and child.data(0, UUID_ROLE) == uuid:
                child.setCheckState(
                    0, Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
                )
