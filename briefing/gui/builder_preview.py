"""The builder's preview tab: the dossier ``assemble`` would print, as an outline.

Assembled in a worker; a newer request makes an older result moot (generation count).
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.dossier.document import Dossier
from briefing.gui import i18n
from briefing.gui.builder_base import BuilderBase
from briefing.gui.jobs import Job
from briefing.gui.outline import fill_outline

log = logging.getLogger("briefing.gui")


class PreviewFlows(BuilderBase):
    """The Preview tab and its background assembly."""

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
            language=i18n.language_label(dossier.language, title=True),
            marking=dossier.marking,
            facts=total,
            sources=len(dossier.sources),
        )
        if listed < total:
            info += " " + self.tr("(first {n} listed)").format(n=listed)
        self.preview_info.setText(info)
