"""The None guard: void Qt calls may drop references to None; the count is kept up."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from briefing.gui import noneguard


@pytest.mark.skipif(not noneguard.needed(), reason="None is immortal on Python 3.12+")
def test_top_up_restores_the_count_after_many_void_calls(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    noneguard.top_up()
    assert sys.getrefcount(None) >= noneguard.FLOOR
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))  # a void method: the binding may drop a reference each time
    assert sys.getrefcount(None) < before  # the bindings dropped references...
    noneguard.top_up()
    assert sys.getrefcount(None) >= noneguard.FLOOR - 10  # ...and they were given back
