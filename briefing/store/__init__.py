"""The fact store: the only package that talks SQL."""

from briefing.store.records import FactDraft, FactQuery, FactRecord, FactRow, FigureDraft
from briefing.store.store import Store

__all__ = ["FactDraft", "FactQuery", "FactRecord", "FactRow", "FigureDraft", "Store"]
