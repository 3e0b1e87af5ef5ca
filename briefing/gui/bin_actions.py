"""Emptying the Bin: the action, its confirmation and the button shown in the Bin view.

Kept out of the main window: ``BinActions(window)`` adds "Empty the Bin…" to every menu
that holds "Show the Bin" and a button to the status bar that shows only while the Bin is
listed. Emptying deletes for good only the facts the confirmation counted (one moved to
the Bin after the question is kept for next time); it cannot be undone, so the question
says so and defaults to No.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QStatusBar, QWidget

from briefing.errors import BriefingError
from briefing.gui import errors, prompts
from briefing.gui.bus import Bus, Changes
from briefing.gui.navigator import Navigator

if TYPE_CHECKING:
    from briefing.store import Store


class BinHost(Protocol):
    """What emptying the Bin needs from the main window."""

    store: Store
    bus: Bus
    navigator: Navigator
    act_show_bin: QAction

    def statusBar(self) -> QStatusBar: ...  # Qt spells it so


class BinActions(QObject):
    """The "Empty the Bin…" action and button of one main window."""

    def __init__(self, window: BinHost) -> None:
        parent = window if isinstance(window, QObject) else None
        super().__init__(parent)
        self.window = window
        self.action = QAction(self.tr("&Empty the Bin…"), parent)
        self.action.setToolTip(self.tr("Delete the facts in the Bin for good"))
        self.action.triggered.connect(self.empty)
        for menu in window.act_show_bin.associatedObjects():
            if isinstance(menu, QMenu):
                actions = menu.actions()
                after = actions.index(window.act_show_bin) + 1
                menu.insertAction(actions[after] if after < len(actions) else None, self.action)  # type: ignore[arg-type]
        self.button = QPushButton(self.tr("Empty the Bin…"))
        self.button.setToolTip(self.action.toolTip())
        self.button.clicked.connect(self.empty)
        window.statusBar().addPermanentWidget(self.button)
        window.navigator.filters_changed.connect(self.refresh)
        window.bus.changes_applied.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the button in the Bin view only."""
        self.button.setVisible(self.window.navigator.filters().bin)

    def empty(self) -> int:
        """Ask, then delete the binned facts for good; returns how many went."""
        window = self.window
        parent = window if isinstance(window, QWidget) else None
        try:
            shown = window.store.binned()
        except BriefingError as exc:
            errors.show_error(parent, exc)
            return 0
        if not shown:
            window.statusBar().showMessage(self.tr("The Bin is empty."), 5000)
            return 0
        question = self.tr(
            "Delete the %n facts in the Bin for good?\n\n"
            "Their history goes with them. This cannot be undone.",
            "",
            len(shown),
        )
        if not prompts.confirm(parent, self.tr("Empty the Bin"), question):
            return 0
        try:
            deleted = window.store.empty_bin(shown)
        except BriefingError as exc:
            errors.show_error(parent, exc)
            return 0
        window.statusBar().showMessage(self.tr("Deleted %n facts for good.", "", deleted), 5000)
        window.bus.publish(Changes(facts=True, uuids=frozenset(shown)), self)
        return deleted
