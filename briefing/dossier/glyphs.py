"""What a dossier would print as blank space: characters no available font has a glyph for.

Both renderers set each character in the first font of ``styles.FALLBACK_FONTS`` that has
it; an emoji, or a Chinese statement on a machine without a CJK font, still has none.
``missing_glyphs`` finds them before (or after) an export, so the CLI can warn and the GUI
can list the facts concerned instead of the text vanishing silently. Qt-free, and cheap on
a brief in the body fonts' scripts: one regex scan per printed string.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefing.dossier.coverage import unprintable
from briefing.dossier.document import (
    Dossier,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    TextSection,
    WhoSection,
)
from briefing.dossier.markup import Block, plain_text

__all__ = ["WHERE", "MissingGlyphs", "missing_glyphs", "warning_line"]


@dataclass(frozen=True)
class MissingGlyphs:
    """Characters of one printed item that no font prints.

    ``where`` names the item in English for the CLI ("fact 0f3c9a1e", "source [3]", "the
    title", "section 4"); ``kind`` and ``ref`` name it for an interface to word in its own
    language (kind one of ``WHERE``'s keys, ref the fact id prefix, source or section
    number); ``fact`` is the fact's id when the text is a fact's statement, line or quote.
    """

    where: str
    chars: str
    fact: str | None = None
    kind: str = ""
    ref: str = ""


# kind -> the English the CLI prints ({ref}: a fact id prefix, source or section number)
WHERE = {
    "fact": "fact {ref}",
    "source": "source [{ref}]",
    "section": "section {ref}",
    "section-chart": "section {ref} (chart)",
    "a-section": "a section",
    "a-section-chart": "a section (chart)",
    "title": "the title",
    "cover": "the cover",
    "marking": "the marking",
    "sources": "the sources",
}


class _BodyOnly(str):
    """Text drawn in the body font alone (chart labels, the marking band): there a
    character the body fonts lack prints blank even when a fallback has it."""

    __slots__ = ()


def _blocks(blocks: tuple[Block, ...]) -> str:
    return plain_text(blocks) if blocks else ""


Printed = tuple[str, str, str | None, str]  # (kind, ref, fact id, text)


def _sections(dossier: Dossier) -> Iterator[Printed]:
    """(kind, ref, fact id, text) of everything printed in the sections."""
    for _, section in dossier.walk():
        kind, ref = ("section", str(section.number)) if section.number else ("a-section", "")
        yield kind, ref, None, section.title
        if isinstance(section, FactSection):
            yield kind, ref, None, _blocks(section.lead)
            yield kind, ref, None, section.see_also_label
            for see in section.see_also:
                yield kind, ref, None, see.text
            for fact in section.facts:
                yield "fact", fact.uuid[:8], fact.uuid, _blocks(fact.body)
                yield "fact", fact.uuid[:8], fact.uuid, fact.meta
        elif isinstance(section, TextSection):
            yield kind, ref, None, _blocks(section.body)
        elif isinstance(section, KeyPointsSection):
            for point in section.points:
                yield kind, ref, None, "".join(run.text for run in point.text)
                yield kind, ref, None, point.ref_text
        elif isinstance(section, WhoSection):
            for person in section.people:
                yield kind, ref, None, f"{person.name} {person.role_line} {person.bio_note or ''}"
                yield kind, ref, None, _blocks(person.bio)
        elif isinstance(section, FiguresSection):
            yield kind, ref, None, " ".join(section.columns)
            for row in section.rows:
                yield kind, ref, None, f"{row.label} {row.value_text} {row.countries}"
            for chart in section.charts:
                yield kind, ref, None, f"{chart.title} {chart.unit_text}"
                for bar in chart.bars:  # drawn in the body font alone (one font a label)
                    yield f"{kind}-chart", ref, None, _BodyOnly(f"{bar.label} {bar.value_text}")


def _printed(dossier: Dossier) -> Iterator[Printed]:
    """(kind, ref, fact id, text) of every string the dossier prints."""
    cover = [dossier.kicker, dossier.subtitle or "", dossier.date_text]
    cover += [f"{line.label} {line.value}" for line in dossier.cover]
    yield "title", "", None, dossier.title
    yield "cover", "", None, " ".join(cover)
    yield "marking", "", None, _BodyOnly(dossier.marking_text)  # the band: one font
    yield "marking", "", None, dossier.handling or ""
    yield from _sections(dossier)
    # a quote is its fact's: name the fact that cites it
    citing: dict[int, str] = {}
    for section in dossier.fact_sections():
        for fact in section.facts:
            if fact.source_number is not None:
                citing.setdefault(fact.source_number, fact.uuid)
    for group in dossier.annex_groups():
        yield "sources", "", None, f"{group.title} {group.details} {group.url or ''}"
        for note in group.notes:
            fact_id = citing.get(note.number)
            kind, ref = ("fact", fact_id[:8]) if fact_id else ("source", str(note.number))
            yield kind, ref, fact_id, f"{note.locator or ''} {note.quote_text or ''}"


def missing_glyphs(dossier: Dossier) -> tuple[MissingGlyphs, ...]:
    """Every printed item holding characters no available font covers, in printing order,
    one entry per item (a fact's statement, fact line and quote are one item)."""
    found: dict[str, MissingGlyphs] = {}
    for kind, ref, fact, value in _printed(dossier):
        chars = unprintable(value, fallbacks=not isinstance(value, _BodyOnly))
        if not chars:
            continue
        where = WHERE[kind].format(ref=ref)
        known = found.get(where)
        if known is not None:
            chars = known.chars + "".join(c for c in chars if c not in known.chars)
        found[where] = MissingGlyphs(where, chars, fact, kind, ref)
    return tuple(found.values())


def warning_line(missing: Iterable[MissingGlyphs], fmt: str = "pdf", limit: int = 5) -> str:
    """One line naming what no font prints, e.g. ``2 items have characters no font can
    print (shown blank): fact 0f3c9a1e "😀", the title "🙂"``.

    A DOCX keeps the characters as typed and names no font for them: a reader's system
    font may still show them, so the line says so rather than "blank".
    """
    items = list(missing)
    if not items:
        return ""
    shown = ", ".join(f'{m.where} "{m.chars}"' for m in items[:limit])
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    count = "1 item has" if len(items) == 1 else f"{len(items)} items have"
    if fmt == "docx":
        return (
            f"{count} characters no embedded font has (they show only where the reader's"
            f" system has a font for them): {shown}{more}"
        )
    return f"{count} characters no font can print (shown blank): {shown}{more}"
