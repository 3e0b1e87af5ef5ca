"""The fact store: the only package that talks SQL.

The names below are loaded on first use, not with the package: ``briefing.store.tables``
and the read-only path (``briefing.store.reader``) must be importable without the ORM
that ``Store`` pulls in (about 0.15 s of a command-line start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.store.records import FactDraft, FactQuery, FactRecord, FactRow, FigureDraft
    from briefing.store.store import Store

__all__ = ["FactDraft", "FactQuery", "FactRecord", "FactRow", "FigureDraft", "Store"]

_HOMES = {
    "FactDraft": "briefing.store.records",
    "FactQuery": "briefing.store.records",
    "FactRecord": "briefing.store.records",
    "FactRow": "briefing.store.records",
    "FigureDraft": "briefing.store.records",
    "Store": "briefing.store.store",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'briefing.store' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
