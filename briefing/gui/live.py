"""Changes other people save reach an open window: a poll of the store every few seconds.

The store answers with the ids of facts written since the last look (a token over the
revision table, see ``briefing.store.changes``); when there are any, the bus announces them
like a local write, so the list, the counts and the reference lists refresh. This window's
own writes are already on the bus: after each one the token moves on, so they are not
announced twice.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from briefing.errors import BriefingError
from briefing.gui.bus import Bus, Changes

if TYPE_CHECKING:
    from briefing.store import Store

log = logging.getLogger("briefing.gui")

INTERVAL_MS = 3000  # "within seconds"; a poll is two primary-key probes


class LiveUpdates(QObject):
    """Polls ``store`` and publishes what others changed on ``bus``."""

    def __init__(
        self, store: Store, bus: Bus, parent: QObject | None = None, interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._bus = bus
        self._token = store.change_token()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        bus.changes_applied.connect(self._after_local_write)

    def poll(self) -> None:
        """Look once; announce the facts others changed, if any."""
        try:
            changed, self._token = self._store.changes_since(self._token)
        except BriefingError as exc:  # busy, or the server away for a moment: next time
            log.info("could not look for changes: %s", exc)
            return
        if changed:
            self._bus.publish(Changes(facts=True, uuids=frozenset(changed)), self)

    def _after_local_write(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not changes.facts:
            return
        # on failure the next poll announces this write once more: harmless
        with contextlib.suppress(BriefingError):
            self._token = self._store.change_token()
