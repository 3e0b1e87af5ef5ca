"""Keeps ``None`` alive under a PySide6 build that drops references to it (Python 3.11).

PySide6 6.12.0's wheels return ``None`` from every void method (``label.setText``,
``selectionModel().setCurrentIndex``…) without taking a reference, as is correct only
where ``None`` is immortal (Python 3.12+). On 3.11 each call lowers ``None``'s count by
one; when the count reaches zero the interpreter aborts ("none_dealloc: deallocating
None"). The GUI starts with a few thousand references, so an afternoon of use, or one
benchmark run at 100,000 facts, ended in that crash.

Topping the count up now and then is not enough: the deficit only shows once objects
holding ``None`` (a 100,000-fact dossier holds millions) are freed. So ``immortalise``
does what Python 3.12 does: it raises the count by 2**40, out of reach of any session.
It writes the object's count field directly (the first field of every object, as the C
API defines it) once, at start. Remove it when the app needs Python 3.12 or PySide6
counts correctly again.
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL = 1 << 40


def needed() -> bool:
    """True on interpreters where ``None`` is reference counted (before 3.12)."""
    return sys.version_info < (3, 12)


def immortalise() -> None:
    """Give ``None`` a reference count no session can wear down (once; idempotent)."""
    if not needed():
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < IMMORTAL:
        count.value += IMMORTAL
