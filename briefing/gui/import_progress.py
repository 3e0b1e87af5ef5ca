"""The progress of an import in its dialog: how far, how long still, and Cancel.

Imports run on a worker (``jobs.py``) and report ``(done, total)`` in their own unit
(facts compared, paragraphs read); the dialog words the line, this panel adds the time
left, estimated from the pace so far once there is a pace to go by. Cancel asks the job
to stop: the import raises Cancelled at its next check (a few hundredths of a second
apart) and its transaction rolls back, so nothing is imported.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

# Below this much elapsed time or done work the pace says nothing yet: no estimate shown.
MIN_ELAPSED = 0.5
Describe = Callable[[int, int], str]


class ProgressPanel(QWidget):
    """A bar, a line ("1,200 of 10,000 facts compared — about 4 s left") and Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(260)
        self.label = QLabel(self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel the import"))
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel)
        self.cancel.clicked.connect(self._cancel)
        self.done = 0
        self.total = 0
        self._describe: Describe = lambda _d, _t: ""
        self._uncounted = ""
        self._started = 0.0
        self._since: tuple[float, int] = (0.0, 0)
        self.hide()

    def start(self, text: str, describe: Describe, uncounted: str = "") -> None:
        """Show the panel busy with ``text`` until the first report; ``describe(done,
        total)`` words the reports that follow. A report of ``(0, 0)`` says the job went on
        to a stage it cannot count (a bundle's writing: a few set-based statements): the
        bar turns busy again with ``uncounted`` (ignored when that is empty)."""
        self.done = self.total = 0
        self._describe = describe
        self._uncounted = uncounted
        self._started = time.monotonic()
        self._since = (self._started, 0)
        self.bar.setRange(0, 0)  # busy until the total is known
        self.label.setText(text)
        self.cancel.setEnabled(True)
        self.cancel.setText(self.tr("Cancel"))
        self.show()

    def report(self, done: int, total: int) -> None:
        """A report from the job: the bar, the words, the time left."""
        if total <= 0:
            if done == 0 and total == 0 and self._uncounted:
                self.done = self.total = 0
                self.bar.setRange(0, 0)
                self.label.setText(self._uncounted)
            return
        self.done, self.total = done, total
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        text = self._describe(done, total)
        left = self.seconds_left(done, total, time.monotonic())
        if left is not None:
            text = self.tr("{progress} — {left}").format(progress=text, left=self.words(left))
        self.label.setText(text)

    def seconds_left(self, done: int, total: int, now: float) -> float | None:
        """The time left at the pace so far; None while there is no pace to go by."""
        started, at = self._since
        elapsed = now - started
        if done <= at or elapsed < MIN_ELAPSED or done >= total:
            return None
        return elapsed * (total - done) / (done - at)

    def words(self, seconds: float) -> str:
        """ "about 12 s left", "about 3 min left"."""
        if seconds < 90:
            return self.tr("about {n} s left").format(n=max(1, round(seconds)))
        return self.tr("about {n} min left").format(n=round(seconds / 60))

    def stop(self) -> None:
        """The job ended (done, failed or cancelled)."""
        self.hide()

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.cancel.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()
