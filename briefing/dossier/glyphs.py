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

__all__ = ["MissingGlyphs", "missing_glyphs", "warning_line"]


@dataclass(frozen=True)
class MissingGlyphs:
    """Characters of one printed item that no font prints.

    ``where`` names the item ("fact 0f3c9a1e", "source [3]", "the title", "section 4");
    ``fact`` is the fact's id when the text is a fact's statement, fact line or quote.
    """

    where: str
    chars: str
    fact: str | None = None


class _BodyOnly(str):
    """Text drawn in the body font alone (chart labels, the marking band): there a
    character the body fonts lack prints blank even when a fallback has it."""

    __slots__ = ()


def _blocks(blocks: tuple[Block, ...]) -> str:
    return plain_text(blocks) if blocks else ""


def _sections(dossier: Dossier) -> Iterator[tuple[str, str | None, str]]:
    """(where, fact id, text) of everything printed in the sections."""
    for _, section in dossier.walk():
        label = f"section {section.number}" if section.number else "a section"
        yield label, None, section.title
        if isinstance(section, FactSection):
            yield label, None, _blocks(section.lead)
            yield label, None, section.see_also_label
            for ref in section.see_also:
                yield label, None, ref.text
            for fact in section.facts:
                where = f"fact {fact.uuid[:8]}"
                yield where, fact.uuid, _blocks(fact.body)
                yield where, fact.uuid, fact.meta
        elif isinstance(section, TextSection):
            yield label, None, _blocks(section.body)
        elif isinstance(section, KeyPointsSection):
            for point in section.points:
                yield label, None, "".join(run.text for run in point.text)
                yield label, None, point.ref_text
        elif isinstance(section, WhoSection):
            for person in section.people:
                yield label, None, f"{person.name} {person.role_line} {person.bio_note or ''}"
                yield label, None, _blocks(person.bio)
        elif isinstance(section, FiguresSection):
            yield label, None, " ".join(section.columns)
            for row in section.rows:
                yield label, None, f"{row.label} {row.value_text} {row.countries}"
            for chart in section.charts:
                yield label, None, f"{chart.title} {chart.unit_text}"
                for bar in chart.bars:  # drawn in the body font alone (one font a label)
                    yield f"{label} (chart)", None, _BodyOnly(f"{bar.label} {bar.value_text}")


def _printed(dossier: Dossier) -> Iterator[tuple[str, str | None, str]]:
    """(where, fact id, text) of every string the dossier prints."""
    cover = [dossier.kicker, dossier.subtitle or "", dossier.date_text]
    cover += [f"{line.label} {line.value}" for line in dossier.cover]
    yield "the title", None, dossier.title
    yield "the cover", None, " ".join(cover)
    yield "the marking", None, _BodyOnly(dossier.marking_text)  # the band: one font
    yield "the marking", None, dossier.handling or ""
    yield from _sections(dossier)
    # a quote is its fact's: name the fact that cites it
    citing: dict[int, str] = {}
    for section in dossier.fact_sections():
        for fact in section.facts:
            if fact.source_number is not None:
                citing.setdefault(fact.source_number, fact.uuid)
    for group in dossier.annex_groups():
        yield "the sources", None, f"{group.title} {group.details} {group.url or ''}"
        for note in group.notes:
            fact_id = citing.get(note.number)
            where = f"fact {fact_id[:8]}" if fact_id else f"source [{note.number}]"
            yield where, fact_id, f"{note.locator or ''} {note.quote_text or ''}"


def missing_glyphs(dossier: Dossier) -> tuple[MissingGlyphs, ...]:
    """Every printed item holding characters no available font covers, in printing order,
    one entry per item (a fact's statement, fact line and quote are one item)."""
    found: dict[str, MissingGlyphs] = {}
    for where, fact, value in _printed(dossier):
        chars = unprintable(value, fallbacks=not isinstance(value, _BodyOnly))
        if not chars:
            continue
        known = found.get(where)
        if known is not None:
            chars = known.chars + "".join(c for c in chars if c not in known.chars)
        found[where] = MissingGlyphs(where, chars, fact)
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
