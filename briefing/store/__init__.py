"""The fact store: the only package that talks SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.store.records import FactDraft, FactQuery, FactRecord, FactRow, FigureDraft

if TYPE_CHECKING:
    from briefing.store.store import Store

__all__ = ["FactDraft", "FactQuery", "FactRecord", "FactRow", "FigureDraft", "Store"]


def __getattr__(name: str) -> Any:
    """``Store`` on first use: it imports SQLAlchemy and the ORM model (~0.4 s), which a
    reader of the frozen records (the GUI's window before its base is open) does not need."""
    if name == "Store":
        from briefing.store.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
