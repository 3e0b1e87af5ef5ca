"""The sources annex: citation numbers in reading order, and the notes grouped by document.

``assemble`` asks ``Citations.cite`` for a fact's number the moment it prints the fact, so
the numbers follow the order a reader meets them (key points first). Each distinct
(title, quote, locator) is one note; a quote is set in the quotation marks of its own
language, not the dossier's.
"""

from __future__ import annotations

from briefing.dossier.document import SourceGroup, SourceNote
from briefing.dossier.labels import format_day
from briefing.store import FactRecord
from briefing.store.entities import SourceInfo

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

    def cite(self, record: FactRecord) -> int | None:
        """The note number of ``record``'s source passage (None: it cites nothing)."""
        src = record.source
        if not (src.title or src.quote):
            return None
        key = (src.title, src.quote, src.locator)
        number = self._note_of.get(key)
        if number is not None:
            return number
        number = len(self.notes) + 1
        self._note_of[key] = number
        info = self.sources.get(src.title or "")
        language = src.language or (info.language if info else None) or record.language
        marks = QUOTE_MARKS.get(language or "", QUOTE_MARKS["en"])
        self.notes.append(
            SourceNote(
                number=number,
                title=src.title or "",
                details=self._details(record),
                locator=src.locator,
                quote_text=f"{marks[0]}{src.quote}{marks[1]}" if src.quote else None,
                language=language,
            )
        )
        return number

    def _details(self, record: FactRecord) -> str:
        src = record.source
        parts = [src.publisher or "", format_day(src.date, self.language) if src.date else ""]
        return ", ".join(p for p in parts if p)

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
