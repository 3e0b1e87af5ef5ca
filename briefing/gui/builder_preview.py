"""The builder's Preview tab: the dossier's real pages, rendered in the background.

A warm child process (``preview_process``) builds and renders; this side shows what it
sends: the opening pages (about a second), then the fuller rendering, swapped in on the
page the user is on, then the outline and counts of the whole dossier (until they come,
the Outline tab and the status line say so rather than show an older dossier's). A newer
request makes an older one moot (generation numbers; the child drops it), Cancel stops it
within a second, and while the tab is shown an edit of the cover refreshes the preview
half a second after the last keystroke. The GUI process holds PDF files on disk and small
outlines only: the memory of building stays with the child.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import i18n
from briefing.gui.builder_base import BuilderBase
from briefing.gui.outline import Outline, OutlineLine
from briefing.gui.outline_tree import fill_outline
from briefing.gui.page_preview import PagePreview
from briefing.gui.preview_process import PreviewPages, PreviewRunner, PreviewSummary

log = logging.getLogger("briefing.gui")

PREVIEW_TAB = 1
# The preview child is started this long after the builder shows, so the first preview
# finds it warm (its imports and fonts cost ~1 s of CPU; cold, the first page took 6 s
# on a busy machine instead of 1 s). It then waits with ~90 MB until the builder closes.
WARM_AFTER_MS = 1000
DEBOUNCE_MS = 500  # a refresh waits this long after the last change
# How often the spec is compared while the Preview tab shows: the cover has some twenty
# fields (and the sections can change from the main window), and one comparison of the
# spec's JSON costs well under a millisecond, so a poll is simpler than a signal per field.
WATCH_MS = 250
NOTE_STYLE = (
    "background: #eff6ff; color: #1e3a8a; border: 1px solid #93c5fd; "
    "border-radius: 3px; padding: 4px;"
)


class PreviewFlows(BuilderBase):
    """The Preview tab and its background rendering."""

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

        self.preview_busy = QWidget(page)
        busy = QHBoxLayout(self.preview_busy)
        busy.setContentsMargins(0, 0, 0, 0)
        self.preview_phase = QLabel(self.preview_busy)
        self.preview_progress = QProgressBar(self.preview_busy)
        self.preview_progress.setMaximumHeight(16)
        self.cancel_preview_button = QPushButton(self.tr("Cancel"), self.preview_busy)
        busy.addWidget(self.preview_phase)
        busy.addWidget(self.preview_progress, 1)
        busy.addWidget(self.cancel_preview_button)
        self.preview_busy.hide()
        p_layout.addWidget(self.preview_busy)

        self.preview_note = QLabel(page)
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet(NOTE_STYLE)
        self.preview_note.hide()
        p_layout.addWidget(self.preview_note)

        self.page_view = PagePreview(page)
        self.outline = self.page_view.outline
        p_layout.addWidget(self.page_view, 1)

        self.preview_summary: PreviewSummary | None = None
        self.preview_pages: PreviewPages | None = None
        self._preview: PreviewRunner | None = None
        self._watched: dict[str, Any] | None = None
        self._watch_timer = QTimer(page)
        self._watch_timer.setInterval(WATCH_MS)
        self._watch_timer.timeout.connect(self._watch_spec)
        self._debounce = QTimer(page)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh_preview)
        self.refresh_button.clicked.connect(self.refresh_preview)
        self.cancel_preview_button.clicked.connect(self.cancel_preview)
        return page

    # ------------------------------------------------------------------ the tab

    @property
    def preview_runner(self) -> PreviewRunner:
        """The preview's child process driver (started on first use)."""
        if self._preview is None:
            self._preview = PreviewRunner(self.store, self)
            self._preview.message.connect(self._on_preview_message)
        return self._preview

    def _on_tab(self, index: int) -> None:
        if index == PREVIEW_TAB:
            self.refresh_preview()
            self._watch_timer.start()
        else:
            self._watch_timer.stop()
            self._debounce.stop()

    def _watch_spec(self) -> None:
        """Refresh, debounced, when the spec shown differs from the one last previewed."""
        if not self.isVisible() or self.tabs.currentIndex() != PREVIEW_TAB:
            self._watch_timer.stop()
            return
        spec = self.current_spec().to_json()
        if spec != self._watched:
            self._watched = spec
            self._debounce.start()

    def refresh_preview(self) -> None:
        """Render the dossier in the background and show its pages."""
        self._debounce.stop()
        spec = self.checked_spec(switch=False)
        self._watched = self.current_spec().to_json()
        if spec is None:
            self.preview_info.setText(self.tr("Fix the marked fields to see the preview."))
            if self._preview is not None:
                self._preview.cancel()
            self.preview_busy.hide()
            return
        runner = self.preview_runner
        runner.reopen()
        runner.request(spec.to_json())
        self.preview_phase.setText(self.tr("Assembling…"))
        self.preview_progress.setRange(0, 0)  # busy until the rendering's first step
        self.preview_busy.show()

    def cancel_preview(self) -> None:
        """Stop the preview being made (the pages shown stay)."""
        if self._preview is not None:
            self._preview.cancel()
        self.preview_busy.hide()
        self.preview_info.setText(self.tr("Preview cancelled."))

    def stop_preview(self) -> None:
        """End the preview child and remove its files (the builder closes)."""
        self._watch_timer.stop()
        self._debounce.stop()
        self.page_view.clear()
        self.preview_pages = None
        self.preview_busy.hide()
        self.preview_note.hide()
        if self._preview is not None:
            self._preview.close()

    def clear_preview(self) -> None:
        """Forget the preview shown (another dossier is opened)."""
        if self._preview is not None:
            self._preview.cancel()
        self.page_view.clear()
        self.preview_summary = None
        self.preview_pages = None
        self.preview_info.setText("")
        self.preview_busy.hide()
        self.preview_note.hide()
        self._watched = None

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget::showEvent: warm the preview child up soon after opening."""
        super().showEvent(event)
        QTimer.singleShot(WARM_AFTER_MS, self, self._warm_preview)

    def _warm_preview(self) -> None:
        if self.isVisible():
            runner = self.preview_runner
            runner.reopen()
            runner.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Override QWidget::hideEvent: a closed builder gives its preview memory back."""
        if not event.spontaneous():  # minimising keeps the child warm
            self.stop_preview()
        super().hideEvent(event)

    # ------------------------------------------------------------------ messages

    def _on_preview_message(self, generation: int, kind: str, payload: Any) -> None:
        runner = self._preview
        if runner is None or generation != runner.generation:
            return  # an older request's news
        if kind == "started":
            self._contents_follow()
        elif kind == "outline":
            self.show_summary(payload)
        elif kind == "progress":
            phase, done, total = payload
            self.preview_phase.setText(
                self.tr("Rendering the first pages…")
                if phase == "head"
                else self.tr("Rendering the preview…")
            )
            self.preview_progress.setRange(0, max(total, 1))
            self.preview_progress.setValue(min(done, total))
        elif kind == "pages":
            self.show_pages(payload)
        elif kind in ("done", "cancelled"):
            self.preview_busy.hide()
        elif kind == "failed":
            what, message, details = payload
            if details:
                log.error("dossier preview failed (%s)\n%s", what, details)
            self.preview_busy.hide()
            self.preview_info.setText(
                self.tr("Cannot preview the dossier: {error}").format(error=message)
            )

    def _contents_follow(self) -> None:
        """A new preview is being made: the outline and counts shown are an older
        dossier's; they are replaced by a note until the new ones come (after the pages)."""
        self.preview_summary = None
        note = self.tr("The outline follows the pages…")
        fill_outline(self.outline, Outline((OutlineLine(0, "muted", note),), 0, 0))
        self.preview_info.setText(
            self.tr("The outline and the counts of the whole dossier follow the pages.")
        )

    def show_summary(self, summary: PreviewSummary) -> None:
        """The status line and the outline of an assembled dossier."""
        self.preview_summary = summary
        listed = fill_outline(self.outline, summary.outline)
        info = self.tr(
            "{size} · {language} · printed marking {marking} · "
            "{facts} fact entries · {sources} sources"
        ).format(
            size=summary.page_size,
            language=i18n.language_label(summary.language, title=True),
            marking=summary.marking,
            facts=summary.facts,
            sources=summary.sources,
        )
        if summary.withheld:
            info += " · " + self.tr("%Ln withheld by the ceiling", "", summary.withheld)
        if listed < summary.facts:
            info += " " + self.tr("(first {n} listed in the outline)").format(n=listed)
        self.preview_info.setText(info)

    def show_pages(self, pages: PreviewPages) -> None:
        """Swap in a rendered PDF, on the page the user is on; delete the older files."""
        if not self.page_view.show_file(pages.path):
            self.preview_info.setText(self.tr("Cannot open the rendered preview."))
            return
        self.preview_pages = pages
        if self._preview is not None:
            self._preview.remove_files(pages.path)
        if not pages.final:
            note = self.tr("First %Ln pages — rendering the full preview…", "", pages.pages)
        elif not pages.complete:
            note = self.tr(
                "The preview shows the first {pages} of about {estimate} pages "
                "({facts} of {total} fact entries). Export the dossier to read it all."
            ).format(
                pages=pages.pages,
                estimate=pages.estimated_pages,
                facts=pages.facts,
                total=pages.total,
            )
        else:
            note = ""
        self.preview_note.setText(note)
        self.preview_note.setVisible(bool(note))
        if not pages.final:  # the fuller rendering lays out its story before it counts
            self.preview_phase.setText(self.tr("Rendering the preview…"))
            self.preview_progress.setRange(0, 0)
