"""What changed after a write, and the one signal that tells every view.

Every write the GUI performs (save, add, delete, restore, undo, redo, entity dialogs,
saved specs) emits one ``Changes`` value on the ``Bus``; views refresh only what it names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    """Which kinds of data a write touched.

    Attributes:
        facts: facts were added, edited, deleted or restored (lists and counts are stale).
        uuids: the facts concerned, when known (an open form reloads if it shows one).
        taxonomy: themes changed (navigator tree, pickers).
        entities: people, organisations, sources, events or documents changed (pickers).
        specs: saved dossier specs changed (navigator "Dossiers").
    """

    facts: bool = False
    uuids: frozenset[str] = field(default_factory=frozenset)
    taxonomy: bool = False
    entities: bool = False
    specs: bool = False


class Bus(QObject):
    """Fans a ``Changes`` out to every view: ``changes_applied(changes, initiator)``."""

    changes_applied = Signal(object, object)

    def publish(self, changes: Changes, initiator: object = None) -> None:
        """Announce ``changes``; ``initiator`` lets a view skip its own echo."""
        self.changes_applied.emit(changes, initiator)
