"""The end of assembling: the cover (event, dates, who prepared it, the count of entries
printed in their original) and the ``Dossier`` itself, marked with the highest marking
printed. ``Cover`` is mixed into ``_Assembler`` (``assemble``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.dossier.document import CoverLine, Dossier, PageSize, Section
from briefing.dossier.labels import (
    HANDLING,
    format_day,
    format_days,
    in_original_line,
    marking_name,
    typeset,
)
from briefing.dossier.placement import _FACT_KINDS

if TYPE_CHECKING:
    from briefing.dossier.annex import Citations
    from briefing.dossier.document import Labels
    from briefing.dossier.selection import Scope
    from briefing.dossier.spec import DossierSpec, SectionSpec
    from briefing.store.reader import Reader


class Cover:
    """The cover and the whole, mixed into ``_Assembler``: what it reads of the assembler."""

    store: Reader
    spec: DossierSpec
    language: str
    labels: Labels
    scope: Scope
    rank: dict[str, int]
    numbers: dict[int, str]
    citations: Citations
    markings_used: set[str]
    in_original: dict[str, str]

    def _default_title(self, section: SectionSpec) -> str:
        raise NotImplementedError  # the assembler's

    def finish(self, sections: list[Section]) -> Dossier:
        """The dossier of ``sections`` with its cover: the marking and the counts of
        entries in their original are those of every fact printed (``markings_used``,
        ``in_original``), whatever ``sections`` holds of them."""
        spec, lab = self.spec, self.labels
        marking = max(self.markings_used, key=lambda m: self.rank.get(m, 0), default="UNCLASSIFIED")
        # The event's name and place print only when a fact of it prints: an event known
        # only from facts above the ceiling must not name an UNCLASSIFIED brief.
        event = self.scope.event
        visible_event = (
            event is not None
            and self.store.count(replace(self.scope.query, no_event=False, themes=(), countries=()))
            > 0
        )
        event_name = event.name_in(self.language) if event and visible_event else None
        cover: list[CoverLine] = []
        if event is not None and visible_event:
            cover.append(CoverLine(lab.event, event_name or ""))
            where = ", ".join(
                x
                for x in (
                    event.place_in(self.language),
                    format_days(event.start_date, event.end_date, self.language)
                    if event.start_date
                    else "",
                )
                if x
            )
            if where:
                cover.append(CoverLine(lab.date, where))
        prepared_on = format_day(spec.date or dt.date.today(), self.language)
        for label, value in (
            (lab.prepared_for, spec.prepared_for),
            (lab.prepared_by, spec.prepared_by),
            (lab.prepared_on, prepared_on),
            (lab.reference, spec.reference),
            (lab.version, spec.version),
        ):
            if value.strip():
                cover.append(CoverLine(label, value.strip()))
        title = typeset(spec.title.strip() or event_name or lab.briefing_book, self.language)
        states = list(self.in_original.values())
        untranslated, outdated = states.count("missing"), states.count("outdated")
        count_line = in_original_line(untranslated, outdated, self.language)
        if count_line:
            cover.append(CoverLine(*count_line))
        cover = [CoverLine(c.label, typeset(c.value, self.language)) for c in cover]
        return Dossier(
            title=title,
            subtitle=spec.subtitle.strip() or None,
            kicker=lab.briefing_book,
            cover=tuple(cover),
            date_text=prepared_on,
            language=self.language,
            page_size=_page_size(spec.page_size),
            marking=marking,
            marking_text=marking_name(marking, self.language),
            handling=HANDLING.get(self.language, {}).get(marking),
            labels=lab,
            sections=tuple(sections),
            sources=tuple(self.citations.notes),
            source_groups=self.citations.groups(),
            subject=event_name or spec.subtitle or title,
            keywords=tuple(
                section.title or self._default_title(section)
                for i, section in enumerate(spec.sections)
                if i in self.numbers and section.kind in _FACT_KINDS
            ),
            untranslated=untranslated,
            outdated=outdated,
        )


def _page_size(value: str) -> PageSize:
    return "Letter" if value == "Letter" else "A4"
