"""Dossier flows of the main window: the builder (made on first use) and exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.gui.mainwindow_base import WindowBase

if TYPE_CHECKING:  # the builder (and the dossier code it needs) loads on first use
    from briefing.gui.builder import DossierBuilder


class DossierFlows(WindowBase):
    """Opening the builder, new dossiers from the filters, Ctrl+E exports."""

    # ------------------------------------------------------------------ dossiers

    def show_builder(self) -> DossierBuilder:
        """Show (creating it once) the dossier builder."""
        if self.builder is None:
            from briefing.gui.builder import DossierBuilder

            self.builder = DossierBuilder(
                self.store,
                self.ref,
                self.bus,
                self.exports,
                self.queries,
                self.prefs,
                self.selected_uuids,
                self,
            )
            self.builder.db_key = self.db_key
            self.builder.open_last()
            # Ctrl+E, F1, Ctrl+F... work while the builder has the focus too.
            self.builder.addActions(self.global_actions())
            self.builder.exported.connect(
                lambda path: self.statusBar().showMessage(
                    self.tr("Exported to {path}").format(path=path), 8000
                )
            )
        self.builder.show()
        self.builder.raise_()
        self.builder.activateWindow()
        return self.builder

    def new_dossier(self, by: str) -> None:
        """A new dossier by theme or country, limited to the countries/themes filtered."""
        builder = self.show_builder()
        if not builder.maybe_keep_changes():
            return
        builder.new_spec()
        filters = self.navigator.filters()
        if not filters.bin:
            builder.scope_countries.set_values(list(filters.countries))
            builder.scope_themes.set_values(list(filters.themes))
        if by == "theme":
            builder.add_by_theme()
        else:
            builder.add_by_country()

    def add_selection_to_dossier(self) -> None:
        """Add the selected facts as a section of the dossier being built."""
        self.show_builder().add_selected_facts()

    def open_spec(self, name: str) -> None:
        """Open a saved dossier in the builder (after asking about unsaved changes)."""
        builder = self.show_builder()
        if builder.maybe_keep_changes():
            builder.load_spec(name)

    def export_dossier(self, fmt: str) -> None:
        """Ctrl+E: export the dossier in the builder (asks for a file)."""
        builder = self.show_builder()
        if not builder.section_items():
            builder.status.setText(self.tr("Add sections first (for example, one per theme)."))
            builder.checked_spec()
            return
        builder.export("docx" if fmt == "docx" else "pdf")
