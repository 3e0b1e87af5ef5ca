"""The Qt binding must not wear down None's reference count (PySide6 6.12.0 did).

On Python 3.11 None is reference counted: a binding that returns it from void calls
without taking a reference lowers its count by one per call, and the interpreter aborts
("none_dealloc") once it reaches zero, mid-session. pyproject.toml excludes the release
known to do so; this catches the next one before a user does.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
    # Other threads may take or drop a few references meanwhile; a leaking build loses
    # one per call, 2,000 here.
    assert abs(sys.getrefcount(None) - before) < 200
