"""Building many small objects at once without the cyclic garbage collector's pauses.

Loading 10,000 fact records, or assembling a dossier from them, creates a few hundred
thousand tuples, strings and frozen dataclasses, none of them in a reference cycle. The
collector runs a full pass each time allocations pile up, and every pass walks all live
objects again: a third of assembling a 10,000-fact dossier went there. Pausing it for the
batch and letting it run once afterwards costs nothing the batch could leak.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # batches running now (a GUI worker and the main thread may overlap)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the ``with`` block (nested or concurrent blocks
    share one pause; the collector is left alone if something else disabled it)."""
    global _depth
    with _lock:
        owner = _depth > 0 or gc.isenabled()
        if owner:
            if _depth == 0:
                gc.disable()
            _depth += 1
    try:
        yield
    finally:
        if owner:
            with _lock:
                _depth -= 1
                if _depth == 0:
                    gc.enable()
