"""The left pane: what to show in the fact list, and the saved dossiers.

Themes (as a tree), countries, events and markings filter the list; selecting several
items combines them the store's way (OR within a kind, AND across kinds). "All facts"
clears the filters and "Bin" lists deleted facts. Counts come from the store's kept
counts (``counts_by_*``) and are refreshed after every change; a theme with sub-themes
counts what clicking it lists (its facts and its sub-themes', each once).

With many events (hundreds, after years of use) they are grouped by year, collapsed but
for the latest; the filter box above the tree (``navigator_pane``) narrows every list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import i18n
from briefing.gui.refdata import RefData
from briefing.store import FactQuery
from briefing.store.search import fold

if TYPE_CHECKING:
    from briefing.store import Store

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
# The dossier languages whose missing or outdated translations the navigator lists.
TRANSLATION_FILTER_LANGUAGES = ("en", "fr", "ru")
# Above this many events, the Events group holds one collapsed group per year.
EVENTS_BY_YEAR = 12
FILTER_KINDS = ("theme", "country", "event", "marking", "untranslated", "outdated")


@dataclass(frozen=True)
class NavFilters:
    """The navigator's selection as filters."""

    themes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    markings: tuple[str, ...] = ()
    bin: bool = False
    untranslated: tuple[str, ...] = ()
    outdated: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """True when nothing narrows the list."""
        return self == NavFilters()

    def query(self, text: str = "") -> FactQuery:
        """The store query for these filters plus a search text."""
        if self.bin:
            return FactQuery(text=text, deleted=True)
        return FactQuery(
            themes=self.themes,
            countries=self.countries,
            events=self.events,
            markings=self.markings,
            text=text,
            untranslated=self.untranslated,
            outdated=self.outdated,
        )

    def to_json(self) -> dict[str, Any]:
        """For the settings file."""
        return {
            "themes": list(self.themes),
            "countries": list(self.countries),
            "events": list(self.events),
            "markings": list(self.markings),
            "bin": self.bin,
            "untranslated": list(self.untranslated),
            "outdated": list(self.outdated),
        }

    @classmethod
    def from_json(cls, data: object) -> NavFilters:
        """Read what ``to_json`` wrote (anything unexpected gives no filters)."""
        if not isinstance(data, dict):
            return cls()

        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key)
            return tuple(str(v) for v in value) if isinstance(value, list) else ()

        return cls(
            strings("themes"),
            strings("countries"),
            strings("events"),
            strings("markings"),
            bool(data.get("bin")),
            strings("untranslated"),
            strings("outdated"),
        )


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The children of ``item``."""
    return [c for c in (item.child(i) for i in range(item.childCount())) if c is not None]


@dataclass
class _Groups:
    themes: QTreeWidgetItem
    countries: QTreeWidgetItem
    events: QTreeWidgetItem
    markings: QTreeWidgetItem
    translations: QTreeWidgetItem
    specs: QTreeWidgetItem
    all: QTreeWidgetItem
    bin: QTreeWidgetItem
    items: dict[tuple[str, str], QTreeWidgetItem] = field(default_factory=dict)


class Navigator(QTreeWidget):
    """The navigator tree.

    Signals:
        filters_changed: the user changed the selection (read ``filters()``).
        spec_activated(name): a saved dossier was clicked.
        edit_requested(kind, key): context menu "Edit…" / "New…" (kind: theme, event,
            spec-delete; key "" for new).
    """

    filters_changed = Signal()
    spec_activated = Signal(str)
    edit_requested = Signal(str, str)

    def __init__(self, store: Store, ref: RefData, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ref = ref
        self._updating = False
        self._filters = NavFilters()
        self.filter_box: QLineEdit | None = None  # set by navigator_pane
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAllColumnsShowFocus(True)
        self.setIndentation(14)
        self.setRootIsDecorated(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName(self.tr("Navigator"))
        self.setToolTip(
            self.tr("Click to filter the list; Ctrl+click to combine themes, countries...")
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.itemSelectionChanged.connect(self._on_selection)
        self.itemClicked.connect(self._on_clicked)
        self.customContextMenuRequested.connect(self._context_menu)
        self._groups = self._build()
        self.reload()

    # ------------------------------------------------------------------ building

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, ""])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(0, KIND_ROLE, "group")
        return item

    def _leaf(self, kind: str, key: str, label: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label, ""])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, KEY_ROLE, key)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(1, QBrush(QColor("#6b7280")))
        item.setToolTip(0, label)
        return item

    def _build(self) -> _Groups:
        all_item = self._leaf("all", "", self.tr("All facts"))
        font = QFont(all_item.font(0))
        font.setBold(True)
        all_item.setFont(0, font)
        groups = _Groups(
            themes=self._group(self.tr("Themes")),
            countries=self._group(self.tr("Countries")),
            events=self._group(self.tr("Events")),
            markings=self._group(self.tr("Markings")),
            translations=self._group(self.tr("Translations")),
            specs=self._group(self.tr("Dossiers")),
            all=all_item,
            bin=self._leaf("bin", "", self.tr("Bin")),
        )
        groups.bin.setToolTip(0, self.tr("Deleted facts, which can be restored"))
        style = self.style()
        groups.bin.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        groups.all.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_FileDialogListView))
        self.addTopLevelItems(
            [
                groups.all,
                groups.themes,
                groups.countries,
                groups.events,
                groups.markings,
                groups.translations,
                groups.specs,
                groups.bin,
            ]
        )
        return groups

    def reload(self) -> None:
        """Rebuild every list from the store (keeping the selection) and the counts."""
        filters = self._filters
        self._updating = True
        try:
            g = self._groups
            g.items = {}
            for group in (g.themes, g.countries, g.events, g.markings, g.translations, g.specs):
                group.takeChildren()
            parents: dict[str, QTreeWidgetItem] = {}
            for theme in self._ref.themes:
                item = self._leaf("theme", theme.slug, theme.label)
                (parents.get(theme.parent or "") or g.themes).addChild(item)
                parents[theme.slug] = item
                g.items[("theme", theme.slug)] = item
            self._fill_events(filters.events)
            for marking in self._ref.markings:
                item = self._leaf("marking", marking, i18n.marking_label(marking))
                g.markings.addChild(item)
                g.items[("marking", marking)] = item
            self._fill_translations()
            for name, _when in self._store.specs():
                item = self._leaf("spec", name, name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(0, self.tr("Open this saved dossier in the builder"))
                g.specs.addChild(item)
            if not g.specs.childCount():
                hint = QTreeWidgetItem([self.tr("None saved yet"), ""])
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                hint.setToolTip(0, self.tr("Save a dossier from the builder to find it here"))
                g.specs.addChild(hint)
            self._fill_countries(filters.countries)
            for group in (g.themes, g.countries, g.events, g.markings, g.specs):
                group.setExpanded(True)
                group.setHidden(group is g.events and not self._ref.events)
            g.translations.setExpanded(False)  # a translator's view: folded by default
            if self.filter_box is not None and self.filter_box.text():
                self.set_text_filter(self.filter_box.text())
            self._select(filters)
        finally:
            self._updating = False
        self.refresh_counts()

    def _fill_translations(self) -> None:
        """ "Missing in English", "Outdated in English"... (no counts: finding outdated
        translations hashes every original, too slow to repeat after every change)."""
        g = self._groups
        # Named in the interface's language: Qt's own name for "en" is "American English",
        # English words inside a French or Russian label.
        names = {"en": self.tr("English"), "fr": self.tr("French"), "ru": self.tr("Russian")}
        for code in TRANSLATION_FILTER_LANGUAGES:
            name = names.get(code) or QLocale(code).nativeLanguageName()
            for kind, label, tip in (
                (
                    "untranslated",
                    self.tr("Missing in {language}").format(language=name),
                    self.tr("Facts with no translation in this language"),
                ),
                (
                    "outdated",
                    self.tr("Outdated in {language}").format(language=name),
                    self.tr("Facts whose translation predates an edit of the original"),
                ),
            ):
                item = self._leaf(kind, code, label)
                item.setToolTip(0, tip)
                g.translations.addChild(item)
                g.items[(kind, code)] = item

    def _fill_events(self, keep: tuple[str, ...]) -> None:
        g = self._groups
        years: dict[str, QTreeWidgetItem] = {}
        dated = {e.name: e.start_date for e in self._store.events()}
        grouped = len(self._ref.events) > EVENTS_BY_YEAR
        for event in self._ref.events:
            parent = g.events
            if grouped:
                when = dated.get(event)
                year = str(when.year) if when is not None else self.tr("No date")
                if year not in years:
                    years[year] = self._group(year)
                    years[year].setData(0, KIND_ROLE, "year")
                    font = years[year].font(0)
                    font.setBold(False)
                    years[year].setFont(0, font)
                    g.events.addChild(years[year])
                parent = years[year]
            item = self._leaf("event", event, self._ref.event_labels.get(event, event))
            parent.addChild(item)
            g.items[("event", event)] = item
        for n, year_item in enumerate(years.values()):  # most recent first
            year_item.setText(1, QLocale().toString(year_item.childCount()))
            holds_kept = any(c.data(0, KEY_ROLE) in keep for c in children(year_item))
            year_item.setExpanded(n == 0 or holds_kept)

    def set_text_filter(self, text: str) -> None:
        """Show only the items whose label holds ``text`` (accents and case ignored)."""
        wanted = fold(text.strip())
        g = self._groups
        for group in (g.themes, g.countries, g.events, g.markings, g.specs):
            shown = self._filter_under(group, wanted)
            if group is g.events and not self._ref.events:
                shown = False
            group.setHidden(not shown)
            if wanted:
                group.setExpanded(True)

    def _filter_under(self, parent: QTreeWidgetItem, wanted: str) -> bool:
        """Hide the children of ``parent`` that neither match nor hold a match."""
        any_shown = False
        for child in children(parent):
            inner = self._filter_under(child, wanted) if child.childCount() else False
            match = not wanted or wanted in fold(child.text(0)) or inner
            child.setHidden(not match)
            if wanted and inner:
                child.setExpanded(True)
            any_shown = any_shown or match
        return any_shown or not wanted

    def _fill_countries(self, keep: tuple[str, ...]) -> None:
        g = self._groups
        for key in [k for k in g.items if k[0] == "country"]:
            del g.items[key]
        g.countries.takeChildren()
        codes = set(self._store.counts_by_country()) | set(keep)
        names = sorted(((self._ref.country_name(c), c) for c in codes), key=lambda x: fold(x[0]))
        for name, code in names:
            item = self._leaf("country", code, name)
            item.setToolTip(0, f"{name} ({code})")
            g.countries.addChild(item)
            g.items[("country", code)] = item

    def refresh_counts(self) -> None:
        """Re-read the counts (cheap: the store keeps them)."""
        g = self._groups
        by_country = self._store.counts_by_country()
        known = {k[1] for k in g.items if k[0] == "country"}
        if set(by_country) - known:  # a country got its first fact
            self._updating = True
            try:
                self._fill_countries(self._filters.countries)
                self._select(self._filters)
            finally:
                self._updating = False
        by_theme = self._store.counts_by_theme()
        # A click on a theme lists its sub-themes' facts too: count the same thing, every
        # such theme in one grouped query (one query a theme took 0.2 s at 100,000 facts);
        # leaves keep the store's kept counts.
        parents = {t.parent for t in self._ref.themes if t.parent}
        if parents:
            trees = self._store.theme_tree_counts()
            by_theme.update({slug: trees.get(slug, 0) for slug in parents})
        counts = {
            "theme": by_theme,
            "country": by_country,
            "marking": self._store.counts_by_marking(),
        }
        locale = QLocale()
        g.all.setText(1, locale.toString(self._store.count()))
        for (kind, key), item in g.items.items():
            if kind in counts:
                n = counts[kind].get(key, 0)
                item.setText(1, locale.toString(n) if n else "")

    # ------------------------------------------------------------------ selection

    def filters(self) -> NavFilters:
        """The filters the selection stands for."""
        return self._filters

    def set_filters(self, filters: NavFilters) -> None:
        """Select the items for ``filters`` (no ``filters_changed``)."""
        self._updating = True
        try:
            if filters.countries:
                self._fill_countries(filters.countries)
            self._select(filters)
        finally:
            self._updating = False
        self._filters = self._from_selection()

    def clear_filters(self) -> None:
        """Back to all facts (emits ``filters_changed``)."""
        self.set_filters(NavFilters())
        self.filters_changed.emit()

    def _select(self, filters: NavFilters) -> None:
        self.clearSelection()
        g = self._groups
        wanted: list[QTreeWidgetItem] = []
        if filters.bin:
            wanted.append(g.bin)
        else:
            for kind, keys in (
                ("theme", filters.themes),
                ("country", filters.countries),
                ("event", filters.events),
                ("marking", filters.markings),
                ("untranslated", filters.untranslated),
                ("outdated", filters.outdated),
            ):
                wanted.extend(g.items[(kind, k)] for k in keys if (kind, k) in g.items)
            if not wanted:
                wanted.append(g.all)
        for item in wanted:
            item.setSelected(True)
        self.setCurrentItem(wanted[-1], 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._filters = self._from_selection()

    def _from_selection(self) -> NavFilters:
        picked: dict[str, list[str]] = {k: [] for k in FILTER_KINDS}
        in_bin = False
        for item in self.selectedItems():
            kind = item.data(0, KIND_ROLE)
            if kind in picked:
                picked[kind].append(str(item.data(0, KEY_ROLE)))
            elif kind == "bin":
                in_bin = True
        if in_bin:
            return NavFilters(bin=True)
        return NavFilters(
            tuple(picked["theme"]),
            tuple(picked["country"]),
            tuple(picked["event"]),
            tuple(picked["marking"]),
            untranslated=tuple(picked["untranslated"]),
            outdated=tuple(picked["outdated"]),
        )

    def _on_selection(self) -> None:
        if self._updating:
            return
        current = self.currentItem()
        kind = current.data(0, KIND_ROLE) if current is not None else None
        selected = self.selectedItems()
        self._updating = True
        try:
            if kind in ("all", "bin") and current is not None and current.isSelected():
                for item in selected:  # "All facts" and "Bin" stand alone
                    if item is not current:
                        item.setSelected(False)
            else:
                for item in selected:
                    if item.data(0, KIND_ROLE) in ("all", "bin") and len(selected) > 1:
                        item.setSelected(False)
            if not self.selectedItems():
                self._groups.all.setSelected(True)
        finally:
            self._updating = False
        filters = self._from_selection()
        if filters != self._filters:
            self._filters = filters
            self.filters_changed.emit()

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "spec":
            self.spec_activated.emit(str(item.data(0, KEY_ROLE)))

    def item_for(self, kind: str, key: str = "") -> QTreeWidgetItem | None:
        """The item showing ``kind``/``key`` (for tests and keyboard navigation)."""
        if kind == "all":
            return self._groups.all
        if kind == "bin":
            return self._groups.bin
        if kind == "spec":
            g = self._groups.specs
            children = [g.child(i) for i in range(g.childCount())]
            return next((c for c in children if c is not None and c.data(0, KEY_ROLE) == key), None)
        return self._groups.items.get((kind, key))

    # ------------------------------------------------------------------ context menu

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        kind = item.data(0, KIND_ROLE)
        key = str(item.data(0, KEY_ROLE) or "")
        menu = QMenu(self)
        g = self._groups
        if kind == "theme":
            menu.addAction(self.tr("Edit theme…"), lambda: self.edit_requested.emit("theme", key))
        if kind == "theme" or item is g.themes:
            menu.addAction(self.tr("New theme…"), lambda: self.edit_requested.emit("theme", ""))
        if kind == "event":
            menu.addAction(self.tr("Edit event…"), lambda: self.edit_requested.emit("event", key))
        if kind == "event" or item is g.events:
            menu.addAction(self.tr("New event…"), lambda: self.edit_requested.emit("event", ""))
        if kind == "spec":
            menu.addAction(self.tr("Open in the builder"), lambda: self.spec_activated.emit(key))
            menu.addAction(
                self.tr("Delete this saved dossier…"),
                lambda: self.edit_requested.emit("spec-delete", key),
            )
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(pos))


def navigator_pane(navigator: Navigator) -> QWidget:
    """The navigator under a filter box (hundreds of events or countries stay findable)."""
    pane = QWidget(navigator.parentWidget())
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(4)
    box = QLineEdit(pane)
    box.setObjectName("navigatorFilter")
    box.setPlaceholderText(
        QCoreApplication.translate("Navigator", "Filter themes, countries, events…")
    )
    box.setClearButtonEnabled(True)
    box.setAccessibleName(QCoreApplication.translate("Navigator", "Filter the navigator"))
    box.textChanged.connect(navigator.set_text_filter)
    navigator.filter_box = box
    layout.addWidget(box)
    layout.addWidget(navigator, 1)
    return pane
