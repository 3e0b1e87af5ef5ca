"""Undoable fact writes. Each command only calls store services with stored snapshots.

The first application happens before the command is pushed (``apply_first``), so a
conflict or a validation error is reported and nothing lands on the stack; ``redo()`` then
skips that first call. Undo and redo use the fact's current version: an undo of a save is
another update back to the "before" snapshot (it is itself a revision). If an undo or redo
fails (the fact was purged meanwhile...), the error is reported and the command is made
obsolete, so the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefing.errors import BriefingError
from briefing.gui.bus import Bus, Changes
from briefing.store import FactDraft, FactRecord

if TYPE_CHECKING:
    from briefing.store import Store

ErrorReporter = Callable[[BaseException], None]


def _short(statement: str, limit: int = 40) -> str:
    text = " ".join(statement.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FactCommand(QUndoCommand):
    """Base: runs an action, announces the change on the bus, reports failures."""

    def __init__(self, store: Store, bus: Bus, uuid: str, text: str, report: ErrorReporter) -> None:
        super().__init__(text)
        self.store = store
        self.bus = bus
        self.uuid = uuid
        self.report = report
        self._first = True
        self.record: FactRecord | None = None
        self.deleted = False  # whether the fact is in the Bin after the last action

    def apply_first(self) -> FactRecord | None:
        """Do the command once, before it is pushed; errors propagate to the caller."""
        self._do()
        return self.record

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except BriefingError as exc:
            self.setObsolete(True)
            self.report(exc)
            return
        self.bus.publish(Changes(facts=True, uuids=frozenset({self.uuid})), self)

    def redo(self) -> None:
        """Override QUndoCommand::redo (skipped once: ``apply_first`` already did it)."""
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        """Override QUndoCommand::undo."""
        self._run(self._undo)

    def _current_version(self) -> int:
        return self.store.get(self.uuid).version


class SaveFactCommand(FactCommand):
    """An edit of a saved fact: ``before`` and ``after`` are full snapshots."""

    def __init__(
        self,
        store: Store,
        bus: Bus,
        uuid: str,
        before: FactDraft,
        after: FactDraft,
        expected_version: int,
        report: ErrorReporter,
    ) -> None:
        super().__init__(
            store,
            bus,
            uuid,
            QCoreApplication.translate("commands", "Edit “{fact}”").format(
                fact=_short(after.statement)
            ),
            report,
        )
        self.before = before
        self.after = after
        self.expected_version = expected_version

    def _do(self) -> None:
        version = self.expected_version if self._first else self._current_version()
        self.record = self.store.update(self.uuid, self.after, version)
        self.deleted = False

    def _undo(self) -> None:
        self.record = self.store.update(self.uuid, self.before, self._current_version())
        self.deleted = False


class AddFactCommand(FactCommand):
    """A new fact: undo moves it to the Bin, redo brings it back (same uuid)."""

    def __init__(self, store: Store, bus: Bus, draft: FactDraft, report: ErrorReporter) -> None:
        super().__init__(
            store,
            bus,
            "",
            QCoreApplication.translate("commands", "Add “{fact}”").format(
                fact=_short(draft.statement)
            ),
            report,
        )
        self.draft = draft

    def _do(self) -> None:
        if self._first:
            self.record = self.store.add(self.draft)
            self.uuid = self.record.uuid
        else:
            self.store.restore(self.uuid)
        self.deleted = False

    def _undo(self) -> None:
        self.store.delete(self.uuid)
        self.deleted = True


class DeleteFactCommand(FactCommand):
    """Moving a fact to the Bin: undo restores it."""

    def __init__(
        self, store: Store, bus: Bus, uuid: str, statement: str, report: ErrorReporter
    ) -> None:
        super().__init__(
            store,
            bus,
            uuid,
            QCoreApplication.translate("commands", "Delete “{fact}”").format(
                fact=_short(statement)
            ),
            report,
        )

    def _do(self) -> None:
        self.store.delete(self.uuid)
        self.deleted = True

    def _undo(self) -> None:
        self.store.restore(self.uuid)
        self.deleted = False


class RestoreFactCommand(FactCommand):
    """Bringing a fact back from the Bin: undo deletes it again."""

    def __init__(
        self, store: Store, bus: Bus, uuid: str, statement: str, report: ErrorReporter
    ) -> None:
        super().__init__(
            store,
            bus,
            uuid,
            QCoreApplication.translate("commands", "Restore “{fact}”").format(
                fact=_short(statement)
            ),
            report,
        )

    def _do(self) -> None:
        self.store.restore(self.uuid)
        self.deleted = False

    def _undo(self) -> None:
        self.store.delete(self.uuid)
        self.deleted = True
