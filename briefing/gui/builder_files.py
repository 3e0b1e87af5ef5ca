"""The builder's files: saved dossiers (the store's specs), the unsaved-changes guard,
and export to PDF or DOCX through the export runner.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from briefing.dossier.spec import DossierSpec
from briefing.errors import BriefingError, ValidationError
from briefing.gui import i18n, prompts
from briefing.gui.builder_base import BuilderBase
from briefing.gui.bus import Changes

if TYPE_CHECKING:  # the export modules load the assembler: imported on first export
    from briefing.dossier.export import Format
    from briefing.gui.export import ExportTask

log = logging.getLogger("briefing.gui")

Button = QMessageBox.StandardButton


def _filename(title: str, fmt: str) -> str:
    stem = re.sub(r"[^\w\-]+", "-", title.strip(), flags=re.UNICODE).strip("-")[:60] or "dossier"
    return f"{stem}.{fmt}"


class FileFlows(BuilderBase):
    """Saved dossiers, closing, export."""

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
            language = i18n.current()
            self.spec_name_box.set_errors(
                exc.for_field("name", language) or [exc.describe(language)]
            )
            self.spec_name.setFocus()
            return False
        self.spec_name_box.set_errors([])
        self._baseline = spec.to_json()
        self.status.setText(self.tr("Saved as “{name}”.").format(name=name))
        self.bus.publish(Changes(specs=True), self)
        self.reload_specs()
        self.spec_name.setCurrentText(name)
        self.remember(name)
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
        self.remember(name)
        return True

    def remember(self, name: str) -> None:
        """Note ``name`` as this database's last dossier (reopened with the builder)."""
        self.prefs.set(f"db/{self.db_key}/dossier/last", name)

    def open_last(self) -> bool:
        """Open this database's last dossier, if it is still saved."""
        name = self.prefs.text(f"db/{self.db_key}/dossier/last")
        if not name or name not in {n for n, _when in self.store.specs()}:
            return False
        return self.load_spec(name)

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
        if not self._large_dossier_agreed():
            return
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
        }
        record = self.cover.event_record(spec.event)
        stem = spec.title or (record.name_in(spec.language) if record else "")
        start = str(Path(self.prefs.export_dir()) / _filename(stem, fmt))
        path = prompts.save_file_name(self, self.tr("Export dossier"), start, filters[fmt])
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        self.prefs.set("export/last_dir", str(Path(path).parent))
        self.export_to(path, fmt)

    def _large_dossier_agreed(self) -> bool:
        """True unless the dossier is past ``LARGE_DOSSIER_PAGES`` and the user declines."""
        from briefing.dossier.selection import LARGE_DOSSIER_PAGES

        count = self.sections.dossier_count
        if count is None or count.estimated_pages() <= LARGE_DOSSIER_PAGES:
            return True
        pages = count.estimated_pages()
        # a plural asks only the window's own class (DossierBuilder) for its translation
        text = QCoreApplication.translate(
            "DossierBuilder",
            "This dossier prints %Ln facts: about {pages} pages. Exporting it takes"
            " several minutes, and a file that size is hard to read or send.\n\n"
            "Export it anyway? (A narrower scope, an event or fewer sections make it shorter.)",
            "",
            count.printed,
        ).format(pages=QLocale().toString(pages))
        return prompts.confirm(self, self.tr("A very large dossier"), text)

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
        self.stop_preview()
        self.jobs.shutdown()
