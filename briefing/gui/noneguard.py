"""Keeps ``None`` alive under a PySide6 build that drops a reference to it (Python 3.11).

PySide6 6.12.0's wheels return ``None`` from every void method (``label.setText``,
``selectionModel().setCurrentIndex``…) without taking a reference, as is correct only
where ``None`` is immortal (Python 3.12+). On 3.11 each call lowers ``None``'s count by
one, and when it reaches zero the interpreter aborts ("none_dealloc: deallocating None").
The GUI starts with a few thousand references, so an afternoon of use, or one benchmark
run at 100,000 facts, ends in that crash.

Until the app runs on Python 3.12 or a PySide6 build that counts correctly, ``top_up``
keeps the count at ``FLOOR`` by holding spare references (8 bytes each, one per leaked
call); the main window calls it once a second. A no-op where ``None`` is immortal.
"""

from __future__ import annotations

import sys

FLOOR = 500_000
_SPARE: list[None] = []


def needed() -> bool:
    """True on interpreters where ``None`` is reference counted (before 3.12)."""
    return sys.version_info < (3, 12)


def top_up() -> int:
    """Bring ``None``'s reference count back to ``FLOOR``; returns how many were added."""
    if not needed():
        return 0
    missing = FLOOR - sys.getrefcount(None)
    if missing > 0:
        _SPARE.extend([None] * missing)
        return missing
    return 0
