"""Exporting a dossier without freezing the window.

The dossier is assembled and rendered in a child process driven from a worker thread
(``export_process``: Cancel ends the child at once and its memory goes back to the
system), or, for an in-memory database, in the worker itself. A QProgressDialog says
which phase runs and follows the renderer's ``progress(done, total)`` with the time
left; since ``write_dossier`` writes atomically, a cancelled or failed export leaves any
earlier file untouched.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from briefing.dossier.export import ExportWarnings, Format, export
from briefing.dossier.glyphs import MissingGlyphs
from briefing.dossier.output import ExportCancelled
from briefing.dossier.spec import DossierSpec
from briefing.errors import UserFacingError
from briefing.gui import errors, prompts
from briefing.gui.export_process import ChildFailed, can_run_apart, export_apart
from briefing.gui.jobs import Job, JobRunner
from briefing.ingest.quote_check import QuoteProblem

if TYPE_CHECKING:
    from briefing.store import Store

log = logging.getLogger("briefing.gui")


class ExportTask(QObject):
    """One export: start(), then exactly one of finished(path), failed(message), cancelled().

    ``notify`` shows the outcome to the user (a "written to…" box with Open file / Open
    folder, or the failure's reason); the signals are emitted either way.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    assembled = Signal(int)  # from the worker thread: rendering starts, with n fact entries

    def __init__(
        self,
        store: Store,
        spec: DossierSpec,
        path: str | Path,
        fmt: Format,
        runner: JobRunner,
        parent: QWidget | None = None,
        notify: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.spec = spec
        self.path = Path(path)
        self.fmt = fmt
        self.runner = runner
        self.notify = notify
        self._parent = parent
        self._job: Job | None = None
        self._done = False
        # once finished: what printed as blank space (characters no font has), and the
        # printed facts whose quote no longer matches their source's stored text
        self.missing: tuple[MissingGlyphs, ...] = ()
        self.quotes: tuple[QuoteProblem, ...] = ()
        self.dialog = QProgressDialog(
            self.tr("Exporting “{name}”…").format(name=self.path.name),
            self.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(self.tr("Export dossier"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(380)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.setLabelText(self.tr("Assembling “{name}”…").format(name=self.path.name))
        self._render_start: float | None = None
        self.assembled.connect(self._on_assembled)

    @property
    def running(self) -> bool:
        """True until the export finished, failed or was cancelled."""
        return self._job is not None and not self._done

    def start(self) -> None:
        """Show the progress dialog and start the worker."""
        store, spec, path, fmt = self.store, self.spec, self.path, self.fmt

        def warned(warnings: ExportWarnings) -> None:  # read in _finished, after the job
            self.missing, self.quotes = warnings.unprintable, warnings.quotes

        def work(job: Job) -> Path:
            if job.cancelled:
                raise ExportCancelled()
            if can_run_apart(store):
                return export_apart(
                    store,
                    spec.to_json(),
                    path,
                    fmt,
                    job.report,
                    lambda: job.cancelled,
                    self.assembled.emit,
                    warned,
                )

            def progress(done: int, total: int) -> None:
                if job.cancelled:
                    raise ExportCancelled()
                job.report(done, total)

            if job.cancelled:
                raise ExportCancelled()
            result = export(store, spec, path, fmt, progress)
            warned(result.warnings)
            return result.path

        self.dialog.show()
        self._job = self.runner.submit(work, self._finished, self._failed, self._progress)

    def cancel(self) -> None:
        """Stop at the next progress report (nothing is written)."""
        if self._job is not None and not self._done:
            self._job.cancel()
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_assembled(self, facts: int) -> None:
        if self._done or self.dialog.wasCanceled():
            return
        self._render_start = time.monotonic()
        self.dialog.setLabelText(
            self.tr("Writing “{name}”: %n fact entries…", "", facts).format(name=self.path.name)
        )

    def _progress(self, done: int, total: int) -> None:
        if self._done or self.dialog.wasCanceled():
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
            if self._render_start is None:
                self._render_start = time.monotonic()
            elapsed = time.monotonic() - self._render_start
            if done and elapsed > 2:
                left = round(elapsed * (total - done) / done)
                self.dialog.setLabelText(
                    self.tr(
                        "Writing “{name}”: %n of {total} entries, about {left} s left", "", done
                    ).format(name=self.path.name, total=total, left=left)
                )

    def _close_dialog(self) -> None:
        self._done = True
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.hide()
        self.dialog.deleteLater()

    def _finished(self, path: Path) -> None:
        self._close_dialog()
        log.info("dossier exported to %s", path)
        self.finished.emit(path)
        if self.notify and (self.missing or self.quotes):
            self._warn()
        if self.notify:
            prompts.export_done(self._parent, path)

    def _warn(self) -> None:
        """One box for what the user should check before sending the file."""
        parts = []
        if self.missing:
            items = "\n".join(f"{self._where(m)}: {m.chars}" for m in self.missing)
            if self.fmt == "docx":
                text = self.tr(
                    "No embedded font has these characters; they show only where the"
                    " reader's system has a font for them:"
                )
            else:
                text = self.tr("No font has these characters; they show as blank space:")
            parts.append(text + "\n" + items)
        if self.quotes:
            text = self.tr(
                "These facts are printed with a quote that no longer matches the stored"
                " text of their source (see each fact's form):"
            )
            parts.append(text + "\n" + "\n".join(self._quote_line(q) for q in self.quotes))
        if self.missing and self.quotes:
            title = self.tr("Check the exported file")
        elif self.missing:
            title = self.tr("Characters not printed")
        else:
            title = self.tr("Quotes to check")
        prompts.warn(self._parent, title, "\n\n".join(parts))

    def _where(self, missing: MissingGlyphs) -> str:
        """The printed item holding unprintable characters, in the interface language."""
        ref = missing.ref
        words = {
            "fact": self.tr("fact {ref}"),
            "source": self.tr("source [{ref}]"),
            "section": self.tr("section {ref}"),
            "section-chart": self.tr("section {ref} (chart)"),
            "a-section": self.tr("a section"),
            "a-section-chart": self.tr("a section (chart)"),
            "title": self.tr("the title"),
            "cover": self.tr("the cover"),
            "marking": self.tr("the marking"),
            "sources": self.tr("the sources"),
        }
        word = words.get(missing.kind)
        return word.format(ref=ref) if word is not None else missing.where

    def _quote_line(self, problem: QuoteProblem) -> str:
        fact = problem.fact[:8]
        if problem.kind == "quote-not-found":
            return self.tr("fact {fact}: quote not found in “{source}”").format(
                fact=fact, source=problem.source
            )
        if problem.found_at:
            return self.tr("fact {fact}: locator {locator}, but the quote is at {found}").format(
                fact=fact, locator=problem.locator, found=problem.found_at
            )
        return self.tr("fact {fact}: locator {locator}, but the quote spans paragraphs").format(
            fact=fact, locator=problem.locator
        )

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._close_dialog()
        if isinstance(exc, ExportCancelled):
            self.cancelled.emit()
            return
        if isinstance(exc, ChildFailed):
            tb = exc.details or tb
        if isinstance(exc, UserFacingError):
            message = str(exc)
        else:
            log.error("export failed\n%s", tb)
            message = self.tr("The export failed ({kind}: {error}).").format(
                kind=type(exc).__name__, error=exc
            )
        self.failed.emit(message)
        if self.notify:
            if isinstance(exc, UserFacingError):
                prompts.warn(self._parent, self.tr("Export failed"), message)
            else:
                errors.show_error(self._parent, exc, tb)
