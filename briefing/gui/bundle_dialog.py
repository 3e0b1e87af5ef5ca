"""Bundles from the File menu: export a slice of the base, review and import one.

Import runs the dry run first (``Store.merge_bundle(dry_run=True)``, what
``briefing bundle import --dry-run`` prints), shows what would be added and skipped and each
conflict with both versions side by side, and asks per conflict: keep mine or take theirs.
The dry run and the import run on a worker with a progress bar (facts compared of all,
time left) and Cancel: a cancelled import rolls back, the base stays as it was.
The import then takes the bundle without the facts (and country notes) kept as they are
here, with the rule "theirs" for the rest, all or nothing. Just before writing, that
narrowed bundle is compared once more: a conflict the user did not see (someone saved a
fact meanwhile) stops the import and the review is shown again.

Export asks for the ceiling every time (UNCLASSIFIED preselected, as the CLI's default):
a bundle is made to leave the machine.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.cli_common import UsageError, read_json_file
from briefing.errors import Cancelled, UserFacingError
from briefing.gui import errors, prompts
from briefing.gui.conflict_dialog import ConflictView, Row, field_label
from briefing.gui.import_progress import ProgressPanel
from briefing.gui.jobs import Job, JobRunner
from briefing.store.exchange import DEFAULT_CEILING, Scope
from briefing.store.fact_merge import shown
from briefing.store.merge import Conflict, MergeReport

KEEP = "keep"
TAKE = "theirs"
if TYPE_CHECKING:
    from briefing.gui.mainwindow import MainWindow
    from briefing.store import Store

_FILTER = "Briefing bundles (*.json);;All files (*)"


def narrowed(data: Mapping[str, Any], kept: Sequence[Conflict]) -> dict[str, Any]:
    """``data`` without the records whose conflicts keep this base's version."""
    facts = {c.ident for c in kept if c.kind == "fact"}
    notes = {c.ident for c in kept if c.kind != "fact"}
    out = dict(data)
    out["facts"] = [f for f in data.get("facts") or [] if str(f.get("id")) not in facts]
    if "country_notes" in data:
        out["country_notes"] = [
            n
            for n in data.get("country_notes") or []
            if str(n.get("country", "")).upper() not in notes
        ]
    return out


class _Unseen(Exception):
    """The check before the import met conflicts the user did not review."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


class BundleImportDialog(QDialog):
    """The dry run's report, a choice per conflict, then the import."""

    def __init__(self, store: Store, path: Path, data: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.path = path
        self.data = data
        self.report: MergeReport | None = None
        self.imported: MergeReport | None = None
        self.choices: dict[tuple[str, str], str] = {}
        self.jobs = JobRunner(1, self)
        self.job: Job | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Import a bundle"))
        self.resize(960, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter(self)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Conflicts"), left))
        self.conflicts = QListWidget(left)
        self.conflicts.setWordWrap(True)
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.conflicts)
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        choice = QHBoxLayout()
        self.keep = QRadioButton(self.tr("&Keep this base's version"), right)
        self.take = QRadioButton(self.tr("&Take the bundle's version"), right)
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.take)
        choice.addWidget(self.keep)
        choice.addWidget(self.take)
        choice.addStretch(1)
        right_layout.addLayout(choice)
        self.views = QStackedWidget(right)
        right_layout.addWidget(self.views, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.progress = ProgressPanel(self)
        self.progress.cancel_requested.connect(self.cancel_job)
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        layout.addWidget(buttons)
        self.conflicts.currentRowChanged.connect(self._show)
        self.keep.toggled.connect(lambda on: self._choose(KEEP if on else TAKE))
        self.dry_run()

    # ------------------------------------------------------------------ report

    def dry_run(self, note: str = "") -> None:
        """Compare the bundle with the base on a worker (nothing is written); the report
        fills the dialog when it comes (``note`` goes above its summary)."""
        self.report = None
        self.import_button.setEnabled(False)
        self.progress.start(
            self.tr("Comparing the bundle with this base…"),
            self._compared,
            self.tr("Trying the import out (nothing is kept)…"),
        )
        data = self.data

        def work(job: Job) -> MergeReport:
            return self.store.merge_bundle(
                data,
                on_conflict="keep",
                dry_run=True,
                progress=job.report,
                cancelled=lambda: job.cancelled,
            )

        self._submit(work, lambda report: self._show_report(report, note))

    def _compared(self, done: int, total: int) -> str:
        return self.tr("{done} of {total} facts compared").format(
            done=QLocale().toString(done), total=QLocale().toString(total)
        )

    def _submit(self, work: Any, on_done: Any) -> None:
        def done(result: Any) -> None:
            self._job_ended()
            on_done(result)

        self.job = self.jobs.submit(work, done, self._job_failed, self.progress.report)

    def _job_ended(self) -> None:
        self.job = None
        self.progress.stop()

    def _job_failed(self, exc: BaseException, tb: str) -> None:
        self._job_ended()
        if self._close_when_done:  # Cancel or the close button while it ran: now close
            QDialog.reject(self)
            return
        if isinstance(exc, Cancelled):
            self.summary.setText(
                self.tr("Cancelled: nothing was imported; this base is as it was.")
                + ("\n" + self._summary(self.report) if self.report is not None else "")
            )
            self.import_button.setEnabled(self.report is not None)
        elif isinstance(exc, _Unseen):
            self.dry_run(
                self.tr(
                    "The base changed while you reviewed: {n} new conflict(s). "
                    "Nothing was imported; review them and import again."
                ).format(n=exc.count)
            )
        elif isinstance(exc, UserFacingError) and self.report is None:
            # a bad record: nothing can be imported
            self.summary.setText(
                self.tr("This bundle cannot be imported:\n{reason}").format(reason=str(exc))
            )
            self.import_button.setEnabled(False)
        else:
            self.import_button.setEnabled(self.report is not None)
            errors.show_error(self, exc, tb)

    def cancel_job(self) -> None:
        """Cancel (the progress line's button): the running comparison or import stops at
        its next check and rolls back."""
        if self.job is not None:
            self.job.cancel()

    def reject(self) -> None:
        """Override QDialog::reject: while a job runs, cancel it and close once it has
        stopped (an import that was already committing still counts as imported)."""
        if self.job is not None:
            self._close_when_done = True
            self.progress.cancel.click()
            return
        QDialog.reject(self)

    def _show_report(self, report: MergeReport, note: str = "") -> None:
        self.report = report
        self.summary.setText((note + "\n" if note else "") + self._summary(report))
        self.import_button.setEnabled(True)
        self.conflicts.clear()
        while (old := self.views.widget(0)) is not None:
            self.views.removeWidget(old)
            old.deleteLater()
        for c in report.conflicts:
            self.choices.setdefault((c.kind, c.ident), KEEP)
            item = QListWidgetItem(self._title(c, self.choices[(c.kind, c.ident)]), self.conflicts)
            item.setToolTip(c.ident)
            rows = [
                Row(name, shown(c.ours.get(name)), shown(c.theirs.get(name))) for name in c.fields
            ]
            self.views.addWidget(
                ConflictView(rows, self.tr("In this base"), self.tr("In the bundle"), self)
            )
        has = bool(report.conflicts)
        for widget in (self.keep, self.take, self.conflicts):
            widget.setEnabled(has)
        if has:
            self.conflicts.setCurrentRow(0)

    def _summary(self, report: MergeReport) -> str:
        created = ", ".join(
            f"{n} {kind.replace('_', ' ')}" for kind, n in report.created.items() if n
        )
        text = self.tr(
            "{file}: new facts to add: {added}; already here and identical (skipped): {same}; "
            "conflicts with this base: {conflicts}."
        ).format(
            file=self.path.name,
            added=len(report.added),
            same=len(report.identical),
            conflicts=len(report.conflicts),
        )
        if created:
            text += " " + self.tr("Would also create: {what}.").format(what=created)
        if report.conflicts:
            text += " " + self.tr(
                "Choose for each conflict whether to keep this base's version or take the "
                "bundle's; the import is all or nothing."
            )
        return text

    def _title(self, c: Conflict, side: str) -> str:
        if c.kind == "fact":
            what = shown(c.ours.get("statement")) or c.ident[:8]
        else:
            what = self.tr("Country note {code}").format(code=c.ident)
        if len(what) > 70:
            what = what[:69] + "…"
        fields = ", ".join(field_label(name) for name in c.fields)
        choice = self.tr("taking the bundle's") if side == TAKE else self.tr("keeping this base's")
        return f"{what}\n{fields} — {choice}"

    def _current(self) -> Conflict | None:
        row = self.conflicts.currentRow()
        if self.report is None or not 0 <= row < len(self.report.conflicts):
            return None
        return self.report.conflicts[row]

    def _show(self, row: int) -> None:
        conflict = self._current()
        if conflict is None:
            return
        self.views.setCurrentIndex(row)
        side = self.choices[(conflict.kind, conflict.ident)]
        (self.keep if side == KEEP else self.take).setChecked(True)
        # a fact in this base's Bin is never overwritten by a bundle (merge.py)
        self.take.setEnabled("deleted" not in conflict.fields)

    def _choose(self, side: str) -> None:
        conflict = self._current()
        if conflict is None:
            return
        self.choices[(conflict.kind, conflict.ident)] = side
        self.conflicts.currentItem().setText(self._title(conflict, side))

    def choose(self, ident: str, side: str) -> None:
        """Keep mine or take the bundle's for the conflict of record ``ident``."""
        assert self.report is not None
        row = next(i for i, c in enumerate(self.report.conflicts) if c.ident == ident)
        self.conflicts.setCurrentRow(row)
        (self.keep if side == KEEP else self.take).setChecked(True)

    # ------------------------------------------------------------------ import

    def run_import(self) -> None:
        """Import with the choices made; all or nothing."""
        if self.report is None or not isinstance(self.data, Mapping):
            return
        kept = [c for c in self.report.conflicts if self.choices[(c.kind, c.ident)] == KEEP]
        taken = {(c.kind, c.ident) for c in self.report.conflicts} - {
            (c.kind, c.ident) for c in kept
        }
        data = narrowed(self.data, kept)
        self.import_button.setEnabled(False)
        self.progress.start(
            self.tr("Checking the base once more…"),
            self._compared,
            self.tr("Trying the import out (nothing is kept)…"),
        )

        def work(job: Job) -> MergeReport:
            stop = lambda: job.cancelled  # noqa: E731
            check = self.store.merge_bundle(
                data, on_conflict="keep", dry_run=True, progress=job.report, cancelled=stop
            )
            unseen = [c for c in check.conflicts if (c.kind, c.ident) not in taken]
            if unseen:
                raise _Unseen(len(unseen))
            job.send("import")
            return self.store.merge_bundle(
                data, on_conflict="theirs", progress=job.report, cancelled=stop
            )

        self.job = self.jobs.submit(
            work, self._imported, self._job_failed, self.progress.report, self._stage
        )

    def _stage(self, _stage: object) -> None:
        self.progress.start(
            self.tr("Importing…"), self._imported_so_far, self.tr("Writing the facts…")
        )

    def _imported_so_far(self, done: int, total: int) -> str:
        return self.tr("Importing: {done} of {total} facts").format(
            done=QLocale().toString(done), total=QLocale().toString(total)
        )

    def _imported(self, report: MergeReport) -> None:
        self.imported = report
        self._job_ended()
        self.accept()

    def closeEvent(self, event: Any) -> None:
        """Override QWidget::closeEvent: the window's close button cancels as Cancel does."""
        if self.job is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


class BundleExportDialog(QDialog):
    """The ceiling (asked every time) and the filters of a bundle to write."""

    def __init__(
        self,
        store: Store,
        themes: Sequence[str] = (),
        countries: Sequence[str] = (),
        events: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Export a bundle"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A bundle carries facts to another machine, with their sources, people, "
                "events and earlier versions. Nothing marked above the ceiling is included."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.ceiling = QComboBox(self)
        for code, _rank in store.markings():
            self.ceiling.addItem(code, code)
        self.ceiling.setCurrentIndex(max(0, self.ceiling.findData(DEFAULT_CEILING)))
        form.addRow(self.tr("&Highest marking included:"), self.ceiling)
        self.filters: dict[str, tuple[QCheckBox, tuple[str, ...]]] = {}
        for kind, label, values in (
            ("themes", self.tr("Only the themes selected: {items}"), themes),
            ("countries", self.tr("Only the countries selected: {items}"), countries),
            ("events", self.tr("Only the events selected: {items}"), events),
        ):
            if values:
                box = QCheckBox(label.format(items=", ".join(values)), self)
                box.setChecked(True)
                form.addRow(box)
                self.filters[kind] = (box, tuple(values))
        if not self.filters:
            form.addRow(QLabel(self.tr("All facts (select themes, countries or events in "
                                       "the navigator to narrow the bundle)."), self))  # fmt: skip
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def scope(self) -> Scope:
        """What the dialog's choices export."""

        def chosen(kind: str) -> tuple[str, ...]:
            box, values = self.filters.get(kind, (None, ()))
            return values if box is not None and box.isChecked() else ()

        return Scope(
            max_marking=str(self.ceiling.currentData()),
            themes=chosen("themes"),
            countries=chosen("countries"),
            events=chosen("events"),
        )

    def write(self, path: Path) -> dict[str, Any]:
        """Write the bundle to ``path`` (atomically); returns it."""
        from briefing.cli_parser import package_version
        from briefing.dossier.output import atomic_output

        bundle = self.store.export_bundle(self.scope(), producer=f"briefing {package_version()}")
        with atomic_output(path) as handle:
            handle.write(json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode())
        return bundle


def import_into(window: MainWindow) -> MergeReport | None:
    """File > Import a bundle…: pick the file, review, import; the report, or None."""
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("BundleFiles", "Import a bundle"),
        "",
        _FILTER,
        options=prompts.file_dialog_options(),
    )
    if not name:
        return None
    try:
        data = read_json_file(Path(name), "a bundle")
    except UsageError as exc:
        errors.show_error(window, UserFacingError(str(exc)))
        return None
    dialog = BundleImportDialog(window.store, Path(name), data, window)
    dialog.exec()
    report = dialog.imported
    if report is not None:
        window.refresh_all()
        window.statusBar().showMessage(
            QCoreApplication.translate("BundleFiles", "Bundle imported: {n} new facts.").format(
                n=len(report.added)
            ),
            5000,
        )
    return report


def export_from(window: MainWindow) -> Path | None:
    """File > Export a bundle…: the ceiling, the navigator's selection as filters, then
    the file; where it went."""
    f = window.navigator.filters()
    dialog = BundleExportDialog(window.store, f.themes, f.countries, f.events, window)
    if not dialog.exec():
        return None
    name = prompts.save_file_name(
        window,
        QCoreApplication.translate("BundleFiles", "Export a bundle"),
        "briefing-bundle.json",
        _FILTER,
    )
    if not name:
        return None
    try:
        bundle = dialog.write(Path(name))
    except UserFacingError as exc:
        errors.show_error(window, exc)
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("BundleFiles", "Wrote {n} facts to {file}.").format(
            n=len(bundle["facts"]), file=name
        ),
        5000,
    )
    return Path(name)
