"""Importing a document: read it, propose candidates, queue them for review; check quotes.

The one service the CLI (``briefing import``, ``briefing facts check``) and the GUI's
review dialog call. Reading and extraction need no database; the store gives the base's
reference data (countries, people, organisations, themes), the facts a candidate may
restate, and keeps the queue.

Duplicates: a candidate restates an existing fact when one quote holds the other (spaces
and quotation marks normalised), or when its statement is near-identical (rapidfuzz
token-sort ratio ≥ 90) to a fact's statement or to its translation in the candidate's
language — so an English communiqué's sentence meets the French fact it was already
filed as, through that fact's English translation. The facts compared are the event's
(with ``--event``) in a base over 20,000 facts, all of them in a smaller one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import UserFacingError, check_cancel
from briefing.ingest.document_read import ReadDocument, read_document
from briefing.ingest.extract import DuplicateFinder, Extraction, Extractor, Reference
from briefing.ingest.quote_check import check_facts as check_facts  # re-exported: lives there
from briefing.ingest.quotes import normalise
from briefing.store import FactQuery, Store
from briefing.store.review import (
    CandidateRecord,
    QueuedDocument,
    ReviewQueue,
)

_ALL_FACTS_LIMIT = 20_000
_SAME = 90  # rapidfuzz token-sort ratio from which two statements say the same
_MIN_QUOTE = 15  # shorter quotes ("la CEI") are in too many sentences to mean a restatement


@dataclass(frozen=True)
class ImportResult:
    """A document read, its candidates, and (unless a dry run) what was queued."""

    document: ReadDocument
    title: str
    extraction: Extraction
    queued: tuple[CandidateRecord, ...]


def extractor_for(store: Store) -> Extractor:
    """An extractor over this base's reference data."""
    return Extractor(
        Reference(store.countries(), store.people(), store.organisations(), store.themes())
    )


def duplicate_finder(store: Store, event: str | None, title: str) -> DuplicateFinder:
    """A function telling which existing fact (uuid) a candidate restates, if any."""
    from rapidfuzz import fuzz, process

    if store.count() <= _ALL_FACTS_LIMIT:
        facts = store.facts()
    elif event:
        facts = store.facts(FactQuery(events=(event,)))
    else:  # a large base and no event: the words of the title find the same source's facts
        facts = [f for f in store.facts(FactQuery(text=title)) if f.source.title == title]
    quotes = [(f.uuid, normalise(f.source.quote)) for f in facts if f.source.quote]
    quotes = [(u, q) for u, q in quotes if len(q) >= _MIN_QUOTE]
    by_language: dict[str, list[tuple[str, str]]] = {}
    for f in facts:
        for lang, text in ((f.language, f.statement), *f.translations.items()):
            by_language.setdefault(lang, []).append((f.uuid, text))

    def find(quote: str, statement: str, language: str) -> str | None:
        wanted = normalise(quote)
        for uuid, q in quotes:
            if q in wanted or (len(wanted) >= _MIN_QUOTE and wanted in q):
                return uuid
        choices = by_language.get(language, [])
        if not choices:
            return None
        best = process.extractOne(
            statement, [t for _, t in choices], scorer=fuzz.token_sort_ratio, score_cutoff=_SAME
        )
        return choices[best[2]][0] if best else None

    return find


def event_country(store: Store, event: str | None) -> str | None:
    """The host country of the event a document is about (NotFoundError if unknown)."""
    if not event:
        return None
    return store.event(event).country_code or ""


def import_document(
    store: Store,
    document: Path | ReadDocument,
    language: str | None = None,
    event: str | None = None,
    source_title: str | None = None,
    date: dt.date | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Read ``document``, propose candidates and (unless ``dry_run``) queue them.

    ``progress(done, total)`` follows the paragraphs analysed; ``cancelled()`` true stops
    the reading (page by page for a PDF) or the analysis with Cancelled before anything is
    queued (the queue is untouched).
    """
    doc = read_document(document, cancelled) if isinstance(document, Path) else document
    if event:
        event = store.event(event).name  # an id or another language's name → its name
    host = event_country(store, event)
    title = " ".join((source_title or doc.title).split())
    if not title:
        raise UserFacingError("the document has no title; give one with --source-title")
    event_date = store.event(event).start_date if event else None
    extraction = extractor_for(store).extract(
        doc,
        language=language,
        date=date or doc.date or event_date,
        duplicates=duplicate_finder(store, event, title),
        event_country=host,
        progress=progress,
        cancelled=cancelled,
    )
    queued: list[CandidateRecord] = []
    check_cancel(cancelled)  # the last chance: queueing is one short transaction
    if not dry_run:
        queued = ReviewQueue(store).queue(
            QueuedDocument(
                title=title,
                full_text=doc.text,
                language=extraction.language,
                publisher=doc.publisher,
                date=extraction.date,
            ),
            [c.to_json() for c in extraction.candidates],
            event,
        )
    return ImportResult(doc, title, extraction, tuple(queued))
