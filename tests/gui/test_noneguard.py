"""The None guard: void Qt calls drop references to None on 3.11; None must outlive them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.gui import noneguard

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from briefing.gui import noneguard
app = QApplication([])
label = QLabel()
calls = sys.getrefcount(None) + 1000  # more void calls than None has references
if sys.argv[1] == "guard":
    noneguard.immortalise()
for i in range(calls):
    label.setText("x")
print("alive")
"""


@pytest.mark.skipif(not noneguard.needed(), reason="None is immortal on Python 3.12+")
def test_none_outlives_more_void_calls_than_it_had_references() -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    env["PYTHONPATH"] = ":".join(p for p in sys.path if p)
    guarded = subprocess.run(
        [sys.executable, "-c", PROBE, "guard"], capture_output=True, text=True, env=env
    )
    assert guarded.returncode == 0 and "alive" in guarded.stdout, guarded.stderr[-500:]


def test_immortalise_is_idempotent() -> None:
    noneguard.immortalise()
    first = sys.getrefcount(None)
    noneguard.immortalise()
    assert abs(sys.getrefcount(None) - first) < 1000
