"""Keeps ``None`` alive under a PySide6 build that drops a reference to it (Python 3.11).

PySide6 6.12.0's wheels return ``None`` from every void method (``label.setText``,
``selectionModel().setCurrentIndex``…) without taking a reference, as is correct only
where ``None`` is immortal (Python 3.12+). On 3.11 each call lowers ``None``'s count by
one, and when it reaches zero the interpreter aborts ("none_dealloc: deallocating None").
The GUI starts with a few thousand references, so an afternoon of use, or one benchmark
run at 100,000 facts, ends in that crash.

Until the app runs on Python 3.12 or a PySide6 build that counts correctly, ``top_up``
gives back the references lost, keeping the count at ``FLOOR`` (the main window calls it
once a second). They are given through ``Py_IncRef`` and never released: references held
in a list would be released at exit, and the interpreter would then abort while shutting
down. A no-op where ``None`` is immortal.
"""

from __future__ import annotations

import ctypes
import sys

FLOOR = 100_000


def needed() -> bool:
    """True on interpreters where ``None`` is reference counted (before 3.12)."""
    return sys.version_info < (3, 12)


def top_up() -> int:
    """Bring ``None``'s reference count back to ``FLOOR``; returns how many were added."""
    if not needed():
        return 0
    missing = FLOOR - sys.getrefcount(None)
    if missing <= 0:
        return 0
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for _ in range(missing):
        incref(None)
    return missing
