"""What the builder's parts share: the widgets and services each flow reaches.

``DossierBuilder`` (builder.py: construction, sections, checks) is assembled with
``LayoutFlows`` (builder_layout), ``PreviewFlows`` (builder_preview) and ``FileFlows``
(builder_files: saved dossiers, closing, export). Apart from the signals, declarations only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTabWidget, QTreeWidget

    from briefing.dossier.spec import DossierSpec
    from briefing.errors import FieldError
    from briefing.gui.builder_cover import CoverForm
    from briefing.gui.builder_sections import SectionTree
    from briefing.gui.builder_text import TextSectionEditor
    from briefing.gui.bus import Bus
    from briefing.gui.export import ExportTask
    from briefing.gui.fields import FieldBox
    from briefing.gui.jobs import JobRunner
    from briefing.gui.prefs import Prefs
    from briefing.gui.refdata import RefData
    from briefing.store import Store


class BuilderBase(QDialog):
    """The builder's signals, and (for type checking only) its shared state.

    Signals:
        exported(path): after each successful export.
        laid_out(n): a layout finished with ``n`` fact sections (0: refused or failed).
        counted: a round of section counts finished.
    """

    exported = Signal(object)
    laid_out = Signal(int)
    counted = Signal()

    if TYPE_CHECKING:
        store: Store
        ref: RefData
        bus: Bus
        exports: JobRunner
        queries: JobRunner
        jobs: JobRunner
        prefs: Prefs
        selected_facts: Callable[[], list[str]]
        task: ExportTask | None
        cover: CoverForm
        sections: SectionTree
        text_editor: TextSectionEditor
        tabs: QTabWidget
        status: QLabel
        outline: QTreeWidget
        preview_info: QLabel
        refresh_button: QPushButton
        spec_name: QComboBox
        spec_name_box: FieldBox
        by_theme_button: QPushButton
        by_country_button: QPushButton
        db_key: str
        _laying_out: bool
        _baseline: dict[str, Any]
        _text_item: Any

        def current_spec(self) -> DossierSpec: ...
        def set_spec(self, spec: DossierSpec) -> None: ...
        def new_spec(self) -> None: ...
        def mark_saved(self) -> None: ...
        @property
        def is_dirty(self) -> bool: ...
        def checked_spec(self, switch: bool = True) -> DossierSpec | None: ...
        def show_errors(self, errors: list[FieldError]) -> None: ...
        def section_items(self) -> list[Any]: ...
        def _update_buttons(self) -> None: ...
        def refresh_preview(self) -> None: ...
        def clear_preview(self) -> None: ...
        def stop_preview(self) -> None: ...
        def reload_specs(self) -> None: ...
