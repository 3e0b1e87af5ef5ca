"""The history of a fact (Fact > History…): its versions, what changed, restoring one.

The dialog lists every version, newest first; the pane beside it shows what the selected
version changed, field by field (removed words struck through, added ones underlined).
"Restore this version" saves that version's content as a new version, through the undo
stack and conflict-checked like any save (``restore_version``); nothing is rewritten.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStatusBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.gui import errors, prompts
from briefing.gui.bus import Bus, Changes
from briefing.gui.commands import ErrorReporter, SaveFactCommand
from briefing.store import FactDraft, FactRecord
from briefing.store.history import FactVersion, FieldChange, compare

if TYPE_CHECKING:
    from briefing.gui.factform import FactForm
    from briefing.store import Store

_DEL = "background:#fde2e2;color:#991b1b;text-decoration:line-through"
_INS = "background:#dcfce7;color:#166534;text-decoration:underline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RevisionsDialog", text)


def describe(version: FactVersion) -> str:
    """What made ``version``, in words."""
    if version.cause == "revert" and version.reverted_to is not None:
        return _tr("restored version {n}").format(n=version.reverted_to)
    words = {
        "created": _tr("created"),
        "earliest": _tr("earliest version kept"),
        "update": _tr("edited"),
        "delete": _tr("moved to the Bin"),
        "restore": _tr("brought back from the Bin"),
        "revert": _tr("restored an earlier version"),
    }
    return words.get(version.cause, version.cause)


def change_html(change: FieldChange) -> str:
    """One changed field as HTML: the words or items that went and came, marked."""
    if change.pieces:
        parts = []
        for op, text in change.pieces:
            escaped = html.escape(text).replace("\n", "<br>")
            if op == "=":
                parts.append(escaped)
            else:
                parts.append(f'<span style="{_DEL if op == "-" else _INS}">{escaped}</span>')
        body = "".join(parts)
    else:
        items = [f'<span style="{_INS}">+ {html.escape(i)}</span>' for i in change.added]
        items += [f'<span style="{_DEL}">− {html.escape(i)}</span>' for i in change.removed]
        body = "<br>".join(items)
    return f"<p><b>{html.escape(field_label(change.field))}</b><br>{body}</p>"


def field_label(field: str) -> str:
    """A changed field's name as the form labels it (translations by language code)."""
    if field.startswith("translation ("):
        return _tr("Translation ({language})").format(language=field[len("translation (") : -1])
    labels = {
        "statement": _tr("Statement"),
        "language": _tr("Language"),
        "date": _tr("Date"),
        "event": _tr("Event"),
        "marking": _tr("Marking"),
        "confidence": _tr("Confidence"),
        "key point": _tr("Key point"),
        "said by": _tr("Said by"),
        "source": _tr("Source"),
        "quote": _tr("Quote"),
        "locator": _tr("Locator"),
        "themes": _tr("Themes"),
        "countries": _tr("Countries"),
        "people": _tr("People"),
        "organisations": _tr("Organisations"),
        "documents": _tr("Documents"),
        "figures": _tr("Figures"),
    }
    return labels.get(field, field)


def version_html(version: FactVersion) -> str:
    """What a version changed (or, for the first one, its statement)."""
    head = _tr("Version {n}: {what}").format(n=version.version, what=describe(version))
    out = [f"<h3>{html.escape(head)}</h3>"]
    if version.changes:
        out.extend(change_html(c) for c in version.changes)
    elif version.cause in ("created", "earliest"):
        out.append(f"<p>{html.escape(version.statement)}</p>")
    else:
        out.append(f"<p><i>{html.escape(_tr('The content did not change.'))}</i></p>")
    return "".join(out)


class RevisionsDialog(QDialog):
    """The versions of one fact, what each changed, and a Restore button.

    After ``exec()``, ``chosen`` is the version the user asked to restore (or None).
    """

    def __init__(
        self,
        history: Callable[[str], list[FactVersion]],
        record: FactRecord,
        parent: QWidget | None = None,
        can_restore: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the fact"))
        self.resize(900, 480)
        self.chosen: int | None = None
        self.versions = history(record.uuid)
        self._can_restore = can_restore
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, 3, split)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Saved"), self.tr("Change")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        for row, v in enumerate(self.versions):
            self.table.insertRow(row)
            label = str(v.version) + (" " + self.tr("(current)") if v.current else "")
            what = describe(v) + (" · " + self.tr("in the Bin") if v.in_bin else "")
            cells = (label, v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"), what)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(v.statement[:500])
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.changes = QTextBrowser(split)
        self.changes.setOpenLinks(False)
        split.addWidget(self.table)
        split.addWidget(self.changes)
        split.setSizes([380, 520])
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore this version"), self)
        self.restore_button.setToolTip(
            self.tr("Save this version's content as the newest version (history is kept)")
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        if self.versions:
            self.table.selectRow(0)
        self._show(0)

    def selected(self) -> FactVersion | None:
        """The version selected in the list."""
        row = self.table.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def select_version(self, version: int) -> None:
        """Select ``version`` in the list (as a click would)."""
        for row, v in enumerate(self.versions):
            if v.version == version:
                self.table.selectRow(row)

    def _show(self, row: int) -> None:
        version = self.versions[row] if 0 <= row < len(self.versions) else None
        self.changes.setHtml(version_html(version) if version else "")
        # restoring the current version, or one with the same content, would change nothing
        self.restore_button.setEnabled(
            self._can_restore
            and version is not None
            and not version.current
            and compare(version.snapshot, self.versions[0].snapshot) != ()
        )

    def _restore(self) -> None:
        version = self.selected()
        if version is None or version.current:
            return
        self.chosen = version.version
        self.accept()


class HistoryHost(Protocol):
    """What restoring needs from the main window."""

    store: Store
    bus: Bus
    undo_stack: QUndoStack
    form: FactForm

    def statusBar(self) -> QStatusBar: ...  # Qt spells it so


class RestoreVersionCommand(SaveFactCommand):
    """Restoring an earlier version: first through ``Store.restore_version`` (so the
    revision says which version came back), then undo/redo as an ordinary edit."""

    def __init__(
        self,
        store: Store,
        bus: Bus,
        record: FactRecord,
        version: FactVersion,
        report: ErrorReporter,
    ) -> None:
        after = FactDraft.from_json(dict(version.snapshot))
        super().__init__(store, bus, record.uuid, record.to_draft(), after, record.version, report)
        self.setText(
            QCoreApplication.translate("commands", "Restore version {n}").format(n=version.version)
        )
        self.version = version.version

    def _do(self) -> None:
        if self._first:
            self.record = self.store.restore_version(self.uuid, self.version, self.expected_version)
            self.deleted = False
        else:
            super()._do()


def restore_version(
    window: HistoryHost, record: FactRecord, version: FactVersion, form_dirty: bool
) -> FactRecord | None:
    """Restore ``version`` of ``record`` from the window; the saved record, or None."""
    if form_dirty and not prompts.confirm(
        window,  # type: ignore[arg-type]
        _tr("Restore version {n}").format(n=version.version),
        _tr("The fact has unsaved edits. Discard them and restore version {n}?").format(
            n=version.version
        ),
    ):
        return None

    def report(exc: BaseException) -> None:
        errors.show_error(window, exc)  # type: ignore[arg-type]

    command = RestoreVersionCommand(window.store, window.bus, record, version, report)
    try:
        saved = command.apply_first()
    except BriefingError as exc:  # a conflict, a version gone, a name no longer valid
        report(exc)
        return None
    window.undo_stack.push(command)
    window.statusBar().showMessage(
        _tr("Restored version {n} as version {m}.").format(
            n=version.version, m=saved.version if saved else "?"
        ),
        5000,
    )
    window.bus.publish(Changes(facts=True, uuids=frozenset({record.uuid})), window)
    return saved


def restore_chosen(window: HistoryHost, version: int) -> None:
    """The form's History dialog chose ``version``: restore it and show the result."""
    record = window.form.record
    if record is None:
        return
    try:
        chosen = next(v for v in window.store.history(record.uuid) if v.version == version)
    except (BriefingError, StopIteration) as exc:
        errors.show_error(window, exc)  # type: ignore[arg-type]
        return
    saved = restore_version(window, record, chosen, window.form.is_dirty)
    if saved is not None:
        window.form.load(saved)
