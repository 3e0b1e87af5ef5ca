"""The sources annex: citation numbers in reading order, and the notes grouped by document.

``assemble`` asks ``Citations.cite`` for a fact's number the moment it prints the fact, so
the numbers follow the order a reader meets them (key points first). Each distinct
(title, quote, locator) is one note; a quote is set in the quotation marks of its own
language, not the dossier's.
"""

from __future__ import annotations

import datetime as dt

from briefing.dossier.document import SourceGroup, SourceNote
from briefing.dossier.labels import format_day
from briefing.store import FactRecord
from briefing.store.entities import SourceInfo
from briefing.store.records import SourceRecord

# Quotation marks follow the quote's own language, not the dossier's.
QUOTE_MARKS: dict[str, tuple[str, str]] = {
    "fr": ("«\u00a0", "\u00a0»"),
    "ru": ("«", "»"),
    "de": ("„", "“"),
    "en": ("“", "”"),
}


class Citations:
    """The notes of one dossier, numbered as they are first cited."""

    def __init__(self, sources: dict[str, SourceInfo], language: str) -> None:
        self.sources = sources  # the store's source documents, by title
        self.language = language
        self.notes: list[SourceNote] = []
        self._note_of: dict[tuple[str | None, str | None, str | None], int] = {}
        # a source's details line, by (publisher, date): a few sources, cited thousands of times
        self._details_of: dict[tuple[str | None, dt.date | None], str] = {}

    def cite(self, record: FactRecord) -> int | None:
        """The note number of ``record``'s source passage (None: it cites nothing)."""
        src = record.source
        key = (src.title, src.quote, src.locator)
        number = self._note_of.get(key)
        if number is not None:
            return number
        if not (src.title or src.quote):
            return None
        number = len(self.notes) + 1
        self._note_of[key] = number
        language = src.language
        if not language:  # the quote's own language, else its document's, else the fact's
            info = self.sources.get(src.title or "")
            language = (info.language if info else None) or record.language
        marks = QUOTE_MARKS.get(language or "", QUOTE_MARKS["en"])
        # A note for nearly every fact: filled without the frozen __init__ and its six
        # object.__setattr__ calls, the fields in their order into the note's own dict
        # (keys shared with every note's); test_assemble_reference checks it is whole.
        note = object.__new__(SourceNote)
        f = note.__dict__
        f["number"] = number
        f["title"] = src.title or ""
        f["details"] = self._details(src)
        f["locator"] = src.locator
        f["quote_text"] = f"{marks[0]}{src.quote}{marks[1]}" if src.quote else None
        f["language"] = language
        self.notes.append(note)
        return number

    def _details(self, src: SourceRecord) -> str:
        key = (src.publisher, src.date)
        details = self._details_of.get(key)
        if details is None:
            parts = [src.publisher or "", format_day(src.date, self.language) if src.date else ""]
            details = self._details_of[key] = ", ".join(p for p in parts if p)
        return details

    def groups(self) -> tuple[SourceGroup, ...]:
        """The notes by source document, documents in the order first cited."""
        order: dict[str, list[SourceNote]] = {}
        for note in self.notes:
            order.setdefault(note.title, []).append(note)
        out = []
        for title, notes in order.items():
            info = self.sources.get(title)
            out.append(
                SourceGroup(title, notes[0].details, info.url if info else None, tuple(notes))
            )
        return tuple(out)
