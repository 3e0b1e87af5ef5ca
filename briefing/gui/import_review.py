"""Import a document and review its candidate facts: the text beside the candidates.

Open a file or paste a text; it is read off the GUI thread (``ingest.importer``) and its
candidates go to the review queue. Selecting a candidate highlights its quote in the text
and shows its statement and suggestions to edit, with the words that produced each
suggestion. Accept the ticked candidates (all of them valid, or none is saved) or all of
them; reject the ticked ones. Edits are saved to the queue when another candidate is
selected, so closing the dialog loses nothing: ``briefing import list`` shows the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import Cancelled, UserFacingError
from briefing.gui import errors
from briefing.gui.import_progress import ProgressPanel
from briefing.gui.jobs import Job, JobRunner
from briefing.store.review import CandidateRecord, ReviewQueue

if TYPE_CHECKING:
    from briefing.store import Store

COLUMNS = ("", "Where", "Statement", "Countries", "Themes", "Figures", "Duplicate of")
_HIGHLIGHT = QColor("#ffe58a")
_DOCUMENT_FILTER = "Documents (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"


def _utf16(text: str, offset: int) -> int:
    """A Python offset as Qt counts it (UTF-16 units: an emoji flag is four)."""
    return len(text[:offset].encode("utf-16-le")) // 2


def _from_utf16(text: str, position: int) -> int:
    """A Qt position (UTF-16 units) as a Python offset."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _codes(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ImportReviewDialog(QDialog):
    """Reads a document into the review queue and lets the user accept or reject."""

    def __init__(
        self,
        store: Store,
        on_accepted: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.queue = ReviewQueue(store)
        self.on_accepted = on_accepted
        self.jobs = JobRunner(1, self)
        self.job: Job | None = None
        self.records: list[CandidateRecord] = []
        self.text = ""
        self._current: int | None = None
        self.setWindowTitle(self.tr("Import a document"))
        self.setObjectName("ImportReviewDialog")
        self.resize(1280, 780)
        self._build()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.open_button = QPushButton(self.tr("&Open a document…"))
        self.paste_button = QPushButton(self.tr("&Paste text"))
        self.event_box = QComboBox()
        self.event_box.addItem(self.tr("(no event)"), "")
        for ev in self.store.events():
            self.event_box.addItem(ev.name, ev.name)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("the document's own title"))
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.paste_button)
        top.addWidget(QLabel(self.tr("Event:")))
        top.addWidget(self.event_box, 1)
        top.addWidget(QLabel(self.tr("Source title:")))
        top.addWidget(self.title, 2)
        self.keywords_button = QPushButton(self.tr("Theme &keywords…"))
        self.keywords_button.setToolTip(self.tr("The words that suggest each theme"))
        top.addWidget(self.keywords_button)

        self.document = QPlainTextEdit()
        self.document.setReadOnly(True)
        self.document.setPlaceholderText(
            self.tr("Open a document (text, Markdown, HTML, DOCX, PDF) or paste its text.")
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the statement
        for column, width in ((0, 84), (1, 48), (3, 130), (4, 170), (5, 110), (6, 80)):
            self.table.setColumnWidth(column, width)

        self.statement = QPlainTextEdit()
        self.statement.setMaximumHeight(80)
        self.countries = QLineEdit()
        self.themes = QLineEdit()
        self.people = QLineEdit()
        self.organisations = QLineEdit()
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Statement"), self.statement)
        form.addRow(self.tr("Countries"), self.countries)
        form.addRow(self.tr("Themes"), self.themes)
        form.addRow(self.tr("People"), self.people)
        form.addRow(self.tr("Organisations"), self.organisations)
        form.addRow(self.tr("Why"), self.why)
        editor = QWidget()
        editor.setLayout(form)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(editor)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.document)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        self.accept_ticked = QPushButton(self.tr("&Accept ticked"))
        self.accept_all = QPushButton(self.tr("Accept a&ll"))
        self.reject_ticked = QPushButton(self.tr("&Reject ticked"))
        self.merge_next = QPushButton(self.tr("&Merge with next"))
        self.merge_next.setToolTip(
            self.tr("One candidate of this one and the next (same paragraph)")
        )
        self.split_here = QPushButton(self.tr("S&plit at cursor"))
        self.split_here.setToolTip(
            self.tr("Click in the highlighted quote where the second candidate should begin")
        )
        self.status = QLabel()
        close = QPushButton(self.tr("&Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for button in (
            self.merge_next,
            self.split_here,
            self.accept_ticked,
            self.accept_all,
            self.reject_ticked,
            close,
        ):
            bottom.addWidget(button)

        self.progress = ProgressPanel(self)
        self.progress.cancel_requested.connect(self.cancel_reading)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)

        self.open_button.clicked.connect(self.choose_file)
        self.keywords_button.clicked.connect(self.edit_keywords)
        self.paste_button.clicked.connect(self.paste)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_candidate(row))
        self.accept_ticked.clicked.connect(lambda: self.accept_candidates(self.ticked()))
        self.accept_all.clicked.connect(lambda: self.accept_candidates(self.pending()))
        self.reject_ticked.clicked.connect(self.reject_candidates)
        self.merge_next.clicked.connect(self.merge_with_next)
        self.split_here.clicked.connect(self.split_at_cursor)
        close.clicked.connect(self.close)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for button in (
            self.accept_ticked,
            self.accept_all,
            self.reject_ticked,
            self.merge_next,
            self.split_here,
        ):
            button.setEnabled(on)

    # ------------------------------------------------------------------ reading

    def choose_file(self) -> None:
        """Ask for a document and read it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a document"), "", self.tr(_DOCUMENT_FILTER)
        )
        if path:
            self.read(Path(path))

    def edit_keywords(self) -> None:
        """Edit the theme keywords (used by the next document read)."""
        from briefing.gui.theme_keywords import ThemeKeywordsDialog

        ThemeKeywordsDialog(self.store.themes(), parent=self).exec()

    def paste(self) -> None:
        """Read the clipboard's text as a document."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.status.setText(self.tr("The clipboard holds no text."))
            return
        if not self.title.text().strip():
            self.title.setText(" ".join(text.strip().splitlines()[0].split())[:120])
        self.read(text)

    def read(self, source: Path | str) -> None:
        """Read ``source`` (a file, or a pasted text) off the GUI thread, then show it."""
        from briefing.ingest.document_read import read_text
        from briefing.ingest.importer import import_document

        event = self.event_box.currentData() or None
        title = self.title.text().strip() or None

        def work(job: Job) -> Any:
            doc = read_text(source, name="the pasted text") if isinstance(source, str) else source
            return import_document(
                self.store,
                doc,
                event=event,
                source_title=title,
                progress=job.report,
                cancelled=lambda: job.cancelled,
            )

        self.status.setText(self.tr("Reading…"))
        self._enable(False)
        for button in (self.open_button, self.paste_button):
            button.setEnabled(False)
        self.progress.start(self.tr("Reading the document…"), self._analysed)
        self.job = self.jobs.submit(work, self._read_done, self._failed, self.progress.report)

    def _analysed(self, done: int, total: int) -> str:
        return self.tr("{done} of {total} paragraphs analysed").format(
            done=QLocale().toString(done), total=QLocale().toString(total)
        )

    def cancel_reading(self) -> None:
        """Cancel (beside the progress bar): the analysis stops at its next clause and
        nothing is queued."""
        if self.job is not None:
            self.job.cancel()

    def _reading_ended(self) -> None:
        self.job = None
        self.progress.stop()
        for button in (self.open_button, self.paste_button):
            button.setEnabled(True)

    def _read_done(self, result: Any) -> None:
        self._reading_ended()
        self.text = result.document.text
        self.document.setPlainText(self.text)
        self.title.setText(result.title)
        self.records = list(result.queued)
        self._fill()
        ex = result.extraction
        self.status.setText(
            self.tr("{n} candidates from “{title}” ({language}); tick, edit, accept.").format(
                n=len(self.records), title=result.title, language=ex.language
            )
        )
        self._enable(bool(self.records))
        if self.records:
            self.table.selectRow(0)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._reading_ended()
        self._enable(bool(self.records))
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Reading cancelled: nothing was imported."))
            return
        self.status.setText(str(exc) if isinstance(exc, UserFacingError) else "")
        errors.show_error(self, exc, tb)

    # ------------------------------------------------------------------ the list

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)  # ticks start afresh
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            self._set_row(row, record)
        self.table.blockSignals(False)
        self._current = None

    def _set_row(self, row: int, record: CandidateRecord) -> None:
        d = record.data
        before = self.table.item(row, 0)
        ticked = before is not None and before.checkState() == Qt.CheckState.Checked
        tick = QTableWidgetItem()
        pending = record.status == "pending"
        tick.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            if pending
            else Qt.ItemFlag.ItemIsEnabled
        )
        tick.setCheckState(Qt.CheckState.Checked if ticked and pending else Qt.CheckState.Unchecked)
        if not pending:
            tick.setText(self.tr(record.status))
        figures = "; ".join(
            f"{f.get('value'):,} {f.get('unit') or ''}".strip() for f in d.get("figures") or []
        )
        cells = [
            str((d.get("locator") or {}).get("text", "")),
            record.statement,
            ", ".join(d.get("countries") or []),
            ", ".join(d.get("themes") or []),
            figures,
            str(d.get("duplicate_of") or "")[:8],
        ]
        self.table.setItem(row, 0, tick)
        for column, value in enumerate(cells, 1):
            item = QTableWidgetItem(value)
            if not pending:
                item.setForeground(QColor("gray"))
            if column == 6 and value:
                item.setToolTip(self.tr("Restates a fact already in the base"))
            self.table.setItem(row, column, item)

    def ticked(self) -> list[str]:
        """Ids of the ticked pending candidates."""
        return [
            r.uuid
            for row, r in enumerate(self.records)
            if r.status == "pending"
            and (item := self.table.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def pending(self) -> list[str]:
        """Ids of every pending candidate."""
        return [r.uuid for r in self.records if r.status == "pending"]

    def show_candidate(self, row: int) -> None:
        """Save the edits of the candidate left, show ``row``'s, highlight its quote."""
        self.save_edits()
        if not 0 <= row < len(self.records):
            return
        self._current = row
        d = self.records[row].data
        self.statement.setPlainText(str(d.get("statement") or ""))
        self.countries.setText(", ".join(d.get("countries") or []))
        self.themes.setText(", ".join(d.get("themes") or []))
        self.people.setText(", ".join(d.get("people") or []))
        self.organisations.setText(", ".join(d.get("organisations") or []))
        self.why.setText(
            "; ".join(f"{w['field']} {w['value']} ← “{w['words']}”" for w in d.get("why") or [])
            or self.tr("nothing suggested")
        )
        self.highlight(int(d.get("start") or 0), int(d.get("end") or 0))

    def highlight(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` in the document and scroll to it."""
        cursor = QTextCursor(self.document.document())
        cursor.setPosition(_utf16(self.text, start))
        cursor.setPosition(_utf16(self.text, end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(_HIGHLIGHT)
        selection.format = fmt
        selection.cursor = cursor
        self.document.setExtraSelections([selection])
        view = QTextCursor(cursor)
        view.setPosition(cursor.selectionStart())
        self.document.setTextCursor(view)
        self.document.centerCursor()

    def save_edits(self) -> None:
        """Write the editor's values to the queue when they differ from the candidate's."""
        row = self._current
        if row is None or not 0 <= row < len(self.records):
            return
        record = self.records[row]
        if record.status != "pending":
            return
        d = record.data
        edited = {
            "statement": self.statement.toPlainText().strip(),
            "countries": [c.upper() for c in _codes(self.countries.text())],
            "themes": _codes(self.themes.text()),
            "people": _codes(self.people.text()),
            "organisations": _codes(self.organisations.text()),
        }
        changes = {
            k: v for k, v in edited.items() if v != (d.get(k) or ([] if k != "statement" else ""))
        }
        if changes:
            self.records[row] = self.queue.edit(record.uuid, changes)
            self._set_row(row, self.records[row])

    # ------------------------------------------------------------------ deciding

    def accept_candidates(self, uuids: list[str]) -> None:
        """Make facts of ``uuids`` (all valid, or nothing is saved and the reason shown)."""
        self.save_edits()
        if not uuids:
            self.status.setText(self.tr("Tick the candidates to accept first."))
            return
        try:
            facts = self.queue.accept(uuids)
        except UserFacingError as exc:
            self.status.setText(self.tr("Nothing was saved."))
            errors.show_error(self, exc)
            return
        self._reload()
        self.status.setText(self.tr("{n} facts added.").format(n=len(facts)))
        if self.on_accepted is not None:
            self.on_accepted()

    def reject_candidates(self) -> None:
        """Reject the ticked candidates."""
        self.save_edits()
        n = self.queue.reject(self.ticked())
        self._reload()
        self.status.setText(self.tr("{n} candidates rejected.").format(n=n))

    def merge_with_next(self) -> None:
        """Merge the current candidate with the next pending one."""
        self.save_edits()
        row = self.table.currentRow()
        later = [
            r for r in range(row + 1, len(self.records)) if self.records[r].status == "pending"
        ]
        if row < 0 or not later:
            return
        try:
            self.queue.merge([self.records[row].uuid, self.records[later[0]].uuid])
        except UserFacingError as exc:
            errors.show_error(self, exc)
            return
        self._reload()
        self.show_candidate(row)

    def split_at_cursor(self) -> None:
        """Split the current candidate where the text cursor stands in its quote."""
        self.save_edits()
        row = self.table.currentRow()
        if row < 0:
            return
        record = self.records[row]
        position = _from_utf16(self.text, self.document.textCursor().position())
        try:
            first, second = self.queue.split(record.uuid, position - int(record.data["start"]))
        except UserFacingError as exc:
            errors.show_error(self, exc)
            return
        self.records[row : row + 1] = [first, second]
        self._fill()
        self.table.selectRow(row)

    def _reload(self) -> None:
        row = self.table.currentRow()
        fresh = {r.uuid: r for r in self.queue.candidates(uuids=[r.uuid for r in self.records])}
        self.records = [fresh.get(r.uuid, r) for r in self.records]
        self._fill()
        self._enable(bool(self.pending()))
        if 0 <= row < len(self.records):
            self.table.selectRow(row)

    def closeEvent(self, event: Any) -> None:
        """Override QDialog::closeEvent: keep the edits, stop the reader."""
        self.save_edits()
        self.jobs.shutdown()
        super().closeEvent(event)


def open_dialog(
    store: Store, parent: QWidget | None = None, on_accepted: Callable[[], None] | None = None
) -> ImportReviewDialog:
    """Show the import dialog (modeless: the main window stays usable)."""
    dialog = ImportReviewDialog(store, on_accepted, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
