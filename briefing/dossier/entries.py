"""Pass 2 of assembling, entry by entry: a fact as it prints (its text in the dossier's
language or its original, the "According to …" lead-in, the meta line, the citation
number, the countries) and the pointers to entries printed elsewhere.

``Entries`` is mixed into ``_Assembler`` (``assemble``); these are the ~10 µs each of the
10,000 entries of a big pack, hence the shortcuts below (each checked against the general
path by tests/test_assemble_reference.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.dossier.attribution import continue_after_lead, lead_in
from briefing.dossier.document import CrossRef, DossierFact
from briefing.dossier.labels import (
    CONFIDENCE_LABELS,
    format_day,
    language_name,
    marking_name,
    typeset,
)
from briefing.dossier.markup import Block, parse_blocks, with_lead
from briefing.store.search import fold

if TYPE_CHECKING:
    from briefing.dossier.annex import Citations
    from briefing.dossier.document import Labels
    from briefing.dossier.placement import _Plan
    from briefing.dossier.selection import Scope
    from briefing.store import FactRecord
    from briefing.store.entities import DocumentRecord, EventRecord, PersonRecord

MAX_CROSS_REFS = 12


class Entries:
    """The wording of entries, mixed into ``_Assembler``: what it reads of the assembler."""

    language: str
    labels: Labels
    scope: Scope
    rank: dict[str, int]
    lowest: int
    country_names: dict[str, str]
    people: dict[str, PersonRecord]
    documents: dict[str, DocumentRecord]
    citations: Citations
    events: dict[str, EventRecord]
    plan: _Plan[FactRecord]
    markings_used: set[str]
    many_events: bool
    in_original: dict[str, str]
    country_lists: dict[tuple[str, ...], tuple[str, ...]]
    meta_tails: dict[tuple[str | None, str, str, str], str]

    def cite(self, record: FactRecord) -> int | None:
        return self.citations.cite(record)

    def speaker_text(self, record: FactRecord) -> str | None:
        if record.speaker is None:  # most facts: spare the call and its six arguments
            return None
        return lead_in(
            record.speaker,
            self.language,
            people=self.people,
            documents=self.documents,
            country_names=self.country_names,
            event=self.scope.event.name if self.scope.event else None,
        )

    def body(self, record: FactRecord) -> tuple[tuple[Block, ...], str]:
        text, text_language = record.text_in(self.language)
        lead = self.speaker_text(record)
        if lead and text_language == self.language:
            text = continue_after_lead(text, self.language)
        blocks = parse_blocks(typeset(text, text_language))
        if lead:
            blocks = with_lead(blocks, lead)
        return blocks, text_language

    def meta(self, record: FactRecord, text_language: str) -> str:
        """The line under a fact: its date, then ``meta_tail``'s parts."""
        key = (record.event, record.confidence, text_language, record.marking)
        tail = self.meta_tails.get(key)
        if tail is None:
            tail = self.meta_tails[key] = self.meta_tail(record, text_language)
        if record.date:
            day = format_day(record.date, self.language)
            return f"{day} · {tail}" if tail else day
        return tail

    def meta_tail(self, record: FactRecord, text_language: str) -> str:
        """The meta line after the date: the event, the confidence, the language printed,
        the marking. It depends on those four alone (the rest is the dossier's), and a
        dossier has a few dozen distinct ones among thousands of facts: ``meta`` keeps
        each (1.7 -> ~0.9 us a fact). test_assemble_reference builds every line anew."""
        parts: list[str] = []
        if self.many_events or (record.event is None and self.scope.event is not None):
            event = self.events.get(record.event or "")
            parts.append(event.name_in(self.language) if event else self.labels.background)
        if record.confidence != "confirmed":
            parts.append(CONFIDENCE_LABELS[self.language].get(record.confidence, record.confidence))
        if text_language != self.language:
            name = language_name(text_language, self.language)
            parts.append(self.labels.original_language.format(language=name))
        if self.rank.get(record.marking, 0) > self.lowest:
            parts.append(marking_name(record.marking, self.language))
        return " · ".join(parts)

    def fact(self, record: FactRecord) -> DossierFact:
        self.markings_used.add(record.marking)
        body, text_language = self.body(record)
        if text_language != self.language:
            self.in_original[record.uuid] = record.translation_state(self.language)
        number = self.cite(record)
        # The frozen entry is filled without its __init__ (ten object.__setattr__ calls, 2
        # of the ~13 us an entry cost), its fields written in their order into its own dict,
        # which then shares its keys with every entry's; test_assemble_reference checks
        # each entry is whole and equal to one made through __init__.
        entry = object.__new__(DossierFact)
        f = entry.__dict__
        f["uuid"] = record.uuid
        f["anchor"] = self.plan.placed[record.uuid].anchor
        f["body"] = body
        f["text_language"] = text_language
        f["meta"] = self.meta(record, text_language)
        f["cite_text"] = f"[{number}]" if number is not None else None
        f["source_number"] = number
        f["marking"] = record.marking
        f["countries"] = self.country_list(record.countries)
        f["key"] = record.is_key
        return entry

    def country_list(self, codes: Sequence[str]) -> tuple[str, ...]:
        """Country names in the dossier language, in that language's alphabetical order."""
        key = tuple(codes)
        names = self.country_lists.get(key)
        if names is None:  # a few hundred distinct lists among 10,000 facts
            names = tuple(sorted((self.country_names.get(c, c) for c in codes), key=fold))
            self.country_lists[key] = names
        return names

    def cross_refs(self, records: list[FactRecord]) -> tuple[CrossRef, ...]:
        """Pointers to entries printed elsewhere: the first few one by one, then a count.

        A reader follows a handful of pointers; hundreds (a big base where most facts have
        two themes) would fill pages and say nothing.
        """
        placed = [self.plan.placed[r.uuid] for r in records]
        refs = [
            CrossRef(f"{p.number} — {_first_words(r.text_in(self.language)[0])}", p.anchor)
            for r, p in zip(records[:MAX_CROSS_REFS], placed, strict=False)
        ]
        rest = placed[MAX_CROSS_REFS:]
        if rest:
            numbers = ", ".join(dict.fromkeys(p.number.split(".")[0] for p in rest))
            text = self.labels.more_refs.format(count=len(rest), sections=numbers)
            refs.append(CrossRef(text, rest[0].anchor))
        return tuple(refs)


def _first_words(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
