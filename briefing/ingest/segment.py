"""Cutting paragraphs into sentences and clauses, keeping each one's exact place.

A segment is a pair of offsets into the document's text, so its quote is the text itself
(``text[start:end]``), never a re-typed copy: what the store checks later is found again.
Sentences end at . ! ? … followed by a space and a capital, a digit or an opening quote,
except after a known abbreviation or an initial ("V. Putin", "M. Macron", "г."). Clauses
are the parts of a sentence between semicolons: communiqués chain separate commitments
that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.ingest.document_read import Paragraph

# Abbreviations after which a full stop does not end a sentence (fr, en, ru).
_ABBREVIATIONS = frozenset(
    [
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "pr",
        "st",
        "ste",
        "mr",
        "mrs",
        "ms",
        "prof",
        "gen",
        "gén",
        "col",
        "lt",
        "capt",
        "sgt",
        "rev",
        "hon",
        "jr",
        "sr",
        "etc",
        "cf",
        "vs",
        "no",
        "nos",
        "art",
        "p",
        "pp",
        "vol",
        "ed",
        "eds",
        "fig",
        "ch",
        "sec",
        "al",
        "approx",
        "dept",
        "est",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "janv",
        "févr",
        "avr",
        "juil",
        "déc",
        "г",
        "гг",
        "т",
        "тт",
        "др",
        "пр",
        "см",
        "ул",
        "им",
        "стр",
        "ст",
        "проф",
        "акад",
    ]
)
_END = re.compile(r"[.!?…]+[»”\"')\]]*(?=\s+[\"«“(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")
_CLAUSE = re.compile(r"\s*;\s*")
# A comma outside brackets and quotation marks, where a list item or a clause begins.
_COMMA = re.compile(
    r",\s+(?:et\s+|and\s+|и\s+|а\s+)?"
    # "... pourrait être augmenté et a appelé à ...": a second verb, a second statement
    r"|\s+(?:et|and)\s+(?=(?:a|ont|est|sont|sera|seront|has|have|had|was|were|will)\s)"
    # "... à accroître les investissements et à intensifier la transition": a second
    # infinitive, a second commitment
    r"|\s+et\s+(?=(?:à|de|d’|d')\s*\w+(?:er|ir|re)\b)"
)
_MIN_WORDS = 5  # pieces shorter than this stay with the clause before them
# Leading symbols (an emoji, a bullet, a dash) are not part of what anyone is quoted saying.
_LEAD = re.compile(r"^(?:[^\w«“\"'(\[]+|\d{1,3}[.)]\s+)+")  # also "12. " list numbers


@dataclass(frozen=True)
class Segment:
    """A sentence or clause: offsets into the document text and its paragraph."""

    start: int
    end: int
    paragraph: Paragraph
    sentence: int = 0  # which sentence of the document it belongs to (clauses share it)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    lead = _LEAD.match(chunk)
    skip = lead.end() if lead else 0
    stripped = chunk[skip:]
    start += skip + (len(stripped) - len(stripped.lstrip()))
    end = start + len(text[start:end].rstrip())
    return start, end


def sentences(text: str, paragraph: Paragraph) -> list[Segment]:
    """The sentences of one paragraph of ``text``."""
    out: list[Segment] = []
    start = paragraph.start
    body = text[paragraph.start : paragraph.end]
    for match in _END.finditer(body):
        before = body[: match.start()]
        word = re.search(r"(\w+)$", before)
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        end = paragraph.start + match.end()
        out.append(Segment(*_trim(text, start, end), paragraph))
        start = end
    if start < paragraph.end:
        out.append(Segment(*_trim(text, start, paragraph.end), paragraph))
    return [s for s in out if any(ch.isalpha() for ch in text[s.start : s.end])]


def _split(text: str, seg: Segment, pattern: re.Pattern[str]) -> list[Segment]:
    out: list[Segment] = []
    start = seg.start
    depth = 0
    body = text[seg.start : seg.end]
    cuts = []
    for i, ch in enumerate(body):
        depth += ch in "(«“["
        depth -= ch in ")»”]"
        if depth <= 0 and (m := pattern.match(body, i)) and m.end() > i:
            cuts.append(m)
    for m in cuts:
        out.append(Segment(*_trim(text, start, seg.start + m.start()), seg.paragraph))
        start = seg.start + m.end()
    out.append(Segment(*_trim(text, start, seg.end), seg.paragraph))
    return out


def _words(text: str, seg: Segment) -> int:
    return len(re.findall(r"\w+", text[seg.start : seg.end]))


def clauses(text: str, sentence: Segment) -> list[Segment]:
    """A sentence's clauses: parts between semicolons, then between commas outside
    brackets and quotation marks when each part has at least four words (a list of
    commitments is several facts; "la culture, l'éducation, la science" is one)."""
    out: list[Segment] = []
    for part in _split(text, sentence, _CLAUSE):
        pieces: list[Segment] = []
        for piece in _split(text, part, _COMMA):
            # a short opening ("Dans le domaine économique,") belongs to what follows it;
            # a short item ("l'extrémisme,") to the list it is part of
            if pieces and (
                _words(text, piece) < _MIN_WORDS or _words(text, pieces[-1]) < _MIN_WORDS
            ):
                pieces[-1] = Segment(pieces[-1].start, piece.end, part.paragraph)
            else:
                pieces.append(piece)
        out += pieces
    return [s for s in out if sum(ch.isalpha() for ch in text[s.start : s.end]) >= 12]


def segments(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Segment]:
    """Every clause of every sentence of the document, in reading order."""
    out: list[Segment] = []
    number = 0
    for p in paragraphs:
        for s in sentences(text, p):
            out += [Segment(c.start, c.end, c.paragraph, number) for c in clauses(text, s)]
            number += 1
    return out
