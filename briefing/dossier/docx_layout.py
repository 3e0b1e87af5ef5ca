"""Where Word and LibreOffice will break pages, estimated while the body is written.

A DOCX holds no page numbers: the application lays it out when it opens it. The contents
page still needs numbers (LibreOffice shows a TOC field's stored result as it is), so this
module lays the body out the way they do, in enough detail to land on the same pages:

* every paragraph has exact line spacing (its style's ``leading``), so a line is a known
  height;
* lines are broken greedily at spaces (and after hyphens and dashes) with the advance
  widths of the bundled Noto faces, read from the TTF files' ``cmap`` and ``hmtx`` tables
  as reportlab reads them for the PDF (``read_advance_widths``: the same numbers, without
  parsing the rest of each font);
* paragraphs keep their lines together or with the next paragraph as their styles say,
  widows and orphans of fewer than two lines are avoided, table rows never split and a
  table's header row repeats on each page, and a paragraph's space before is dropped at
  the top of a page it flowed onto;
* every top-level section starts a new page (the renderer writes a section break), so an
  error can only shift the sub-sections of one section, never the sections after it.

``Flow`` collects one section's items and lays them out when the section ends.
"""

from __future__ import annotations

import math
import re
import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing.dossier.coverage import cmap
from briefing.dossier.docx_xml import half_points
from briefing.dossier.markup import Run
from briefing.dossier.styles import TextStyle
from briefing.paths import fonts_dir

__all__ = ["FaceWidths", "Flow", "Item", "Metrics", "face_widths", "read_advance_widths"]

# Break opportunities: after a space, or after a hyphen or dash inside a word.
_PIECES = re.compile(r"[^ \-‐–—]*[\-‐–—]+| *[^ \-‐–—]+ ?| +")
# The same pieces for text without hyphens or dashes (most text): half the regex's time.
_DASHES = re.compile(r"[\-‐–—]")
_SPACED = re.compile(r" *[^ ]+ ?| +")
# what sends a piece through the pattern: a break opportunity at a hyphen or dash, a newline
_BREAKS = re.compile(r"[\-‐–—\n]")
ORPHANS = 2  # lines a paragraph keeps together at the foot and at the head of a page
# A text longer than this many characters per point of column per point of type (two
# letters to the em: most letters are wider than half an em) is broken into lines before
# it is asked whether it fits on one (``Metrics._long_lines``).
_LONG_TEXT = 2.0
# Two sums of the same n characters' widths as the estimate makes them (each width
# rounded to a float, each sum of words or characters and each product with the size
# rounded) differ by less than 6n * 2**-53 of either: below 1e-9 of it for any text
# shorter than _BAND_HOLDS characters.
_ROUNDING_BAND = 1e-9
_BAND_HOLDS = 1_000_000


def _spaced(text: str) -> bool:
    """Whether ``text`` is words parted by single spaces: no leading or double space, no
    hyphen, dash or line break (``Metrics._spaced_lines`` breaks it)."""
    return "  " not in text and text[:1] != " " and _BREAKS.search(text) is None


# --------------------------------------------------------------------------- font widths


@dataclass(frozen=True)
class FaceWidths:
    """Advance widths of one TrueType face in thousandths of an em.

    ``widths`` maps each code point of the font's character map to the advance width of its
    glyph, ``default`` is the width of glyph 0 (``.notdef``), which an unmapped character
    takes: reportlab's ``charWidths`` and ``defaultWidth`` of the same file.
    """

    widths: dict[int, float]
    default: float


def read_advance_widths(path: Path) -> FaceWidths:
    """The advance widths of the TrueType font at ``path`` (see ``FaceWidths``).

    Reads only the table directory, ``head``, ``hhea``, ``maxp``, ``hmtx`` and ``cmap``
    (formats 4 and 12), a few milliseconds where reportlab's full parse takes tens.
    Raises ValueError for a file it cannot read.
    """
    data = path.read_bytes()
    try:
        tables: dict[bytes, int] = {}
        for i in range(struct.unpack_from(">H", data, 4)[0]):
            tag, _, offset, _ = struct.unpack_from(">4sLLL", data, 12 + 16 * i)
            tables[tag] = offset
        units = struct.unpack_from(">H", data, tables[b"head"] + 18)[0]
        metrics = struct.unpack_from(">H", data, tables[b"hhea"] + 34)[0]
        glyph_count = struct.unpack_from(">H", data, tables[b"maxp"] + 4)[0]
        advances = struct.unpack_from(f">{2 * metrics}H", data, tables[b"hmtx"])[::2]
        glyphs = cmap(data, tables[b"cmap"])
    except (KeyError, struct.error) as exc:
        raise ValueError(f"{path}: not a TrueType font this reader knows ({exc})") from exc
    if not advances:
        raise ValueError(f"{path}: no horizontal metrics")
    # reportlab scales to 1000 units per em (no-op for the bundled faces)
    scaled: list[float] = list(advances)
    if units != 1000:
        factor = 1000 / units
        scaled = [a * factor for a in advances]
    # glyphs past numberOfHMetrics share the last advance
    scaled += [scaled[-1]] * max(0, glyph_count - metrics)
    widths = {char: scaled[g] for char, g in glyphs.items() if g < glyph_count}
    if 0x20 in glyphs:  # a no-break space is as wide as a space (reportlab's rule)
        widths[0xA0] = widths[0x20]
    elif 0xA0 in glyphs:
        widths[0x20] = widths[0xA0]
    return FaceWidths(widths, scaled[0])


# reportlab's face names (``fonts.pdf_fonts``) → the files of the bundled faces
_STYLE_SUFFIXES = (("Regular", ""), ("Bold", "-Bold"), ("Italic", "-Italic"))
_FACE_FILES = {
    f"{family}{suffix}": f"{family}-{style}.ttf"
    for family in ("NotoSerif", "NotoSans")
    for style, suffix in (*_STYLE_SUFFIXES, ("BoldItalic", "-BoldItalic"))
}
_lock = threading.Lock()
_face_cache: dict[str, FaceWidths] = {}


def face_widths(face: str) -> FaceWidths:
    """The widths of bundled face ``face`` ("NotoSerif-Bold"), read once per process."""
    found = _face_cache.get(face)
    if found is None:
        with _lock:
            found = _face_cache.get(face)
            if found is None:
                path = fonts_dir() / _FACE_FILES[face]
                if not path.is_file():
                    raise FileNotFoundError(f"font file missing: {path}")
                found = _face_cache[face] = read_advance_widths(path)
    return found


class _CharWidths(dict[str, float]):
    """Advance width (at 1 pt) of each character of a face, looked up on first use."""

    def __init__(self, face: str) -> None:
        super().__init__()
        font = face_widths(face)
        self._widths = font.widths
        self._default = font.default

    def __missing__(self, char: str) -> float:
        width = float(self._widths.get(ord(char), self._default)) / 1000.0
        self[char] = width
        return width


class Metrics:
    """Advance widths of the bundled faces, cached per word (a dict look-up per word)."""

    def __init__(self) -> None:
        # the faces by reportlab's names for them (see ``fonts.pdf_fonts``), read lazily
        self._faces: dict[tuple[str, bool, bool], str] = {}
        for family, name in (("serif", "NotoSerif"), ("sans", "NotoSans")):
            self._faces[family, False, False] = name
            self._faces[family, True, False] = f"{name}-Bold"
            self._faces[family, False, True] = f"{name}-Italic"
            self._faces[family, True, True] = f"{name}-BoldItalic"
        self._widths: dict[str, dict[str, float]] = {}
        self._pairs: dict[str, dict[str, tuple[float, float]]] = {}
        self._chars: dict[str, _CharWidths] = {}
        self._spaced: dict[tuple[str, float], dict[str, tuple[float, float]]] = {}
        self._styles: dict[int, tuple[TextStyle, float, str]] = {}

    def face(self, family: str, bold: bool, italic: bool) -> str:
        return self._faces.get((family, bold, italic)) or self._faces["serif", bold, italic]

    def width(self, text: str, face: str, size: float) -> float:
        """Width of ``text`` in points."""
        cache = self._widths.get(face)
        if cache is None:
            cache = self._widths[face] = {}
        unit = cache.get(text)
        if unit is None:
            # as reportlab's stringWidth: the sum in thousandths of an em, times 0.001
            font = face_widths(face)
            get, default = font.widths.get, font.default
            unit = cache[text] = sum([get(ord(c), default) for c in text]) * 0.001
        return unit * size

    def _pair(self, face: str, word: str) -> tuple[float, float]:
        """(width, width without trailing spaces) of ``word`` at 1 pt, cached."""
        cache = self._pairs.get(face)
        if cache is None:
            cache = self._pairs[face] = {}
        pair = cache.get(word)
        if pair is None:
            chars = self._chars.get(face)
            if chars is None:
                chars = self._chars[face] = _CharWidths(face)
            full = sum(map(chars.__getitem__, word))
            stripped = word.rstrip(" ")
            pair = cache[word] = (
                full,
                full if stripped is word else sum(map(chars.__getitem__, stripped)),
            )
        return pair

    def lines(self, pieces: Sequence[tuple[str, str, float]], width: float) -> int:
        """Lines needed for ``pieces`` (text, face, size) in a column ``width`` points wide.

        Greedy, like both applications: a word goes on the line if its visible part fits;
        a space at the end of a line takes no room; a word wider than the column breaks
        wherever it must; a newline in a run (a w:br) starts a new line.
        """
        width = max(width, 1.0)
        if len(pieces) == 1:
            text, face, size = pieces[0]
            if len(text) * size > width * _LONG_TEXT and _spaced(text):
                return self._long_lines(pieces, width)
        # most paragraphs (meta lines, short statements, cells) fit on one line
        if self.fits_one_line(pieces, width):
            return 1
        if len(pieces) == 1:
            text, face, size = pieces[0]
            if _spaced(text):
                return self._spaced_lines(text, face, size, width)[0]
        lines = 1
        used = 0.0  # points
        for text, face, size in pieces:
            cache = self._pairs.get(face)
            if cache is None:
                cache = self._pairs[face] = {}
            for k, part in enumerate(text.split("\n") if "\n" in text else (text,)):
                if k:
                    lines += 1
                    used = 0.0
                words = (_PIECES if _DASHES.search(part) else _SPACED).findall(part)
                for word in words:
                    pair = cache.get(word) or self._pair(face, word)
                    visible = pair[1] * size
                    if used + visible <= width:
                        used += pair[0] * size
                        continue
                    if used > 0.0:
                        lines += 1
                        used = 0.0
                        if word[0] == " ":
                            word = word.lstrip(" ")
                            pair = self._pair(face, word)
                            visible = pair[1] * size
                    if visible > width:  # a word longer than a line breaks anywhere
                        extra = math.ceil(visible / width) - 1
                        lines += extra
                        used = visible - extra * width
                    else:
                        used = pair[0] * size
        return lines

    def _long_lines(self, pieces: Sequence[tuple[str, str, float]], width: float) -> int:
        """``lines`` of one long ``_spaced`` piece, with the lines first.

        ``lines`` first asks whether a paragraph fits on one line, summing the width of
        every character; a text longer than ``_LONG_TEXT`` lines' worth of average letters
        seldom does, and that sum was a third of its time. Here the line breaking comes
        first: one line is the answer either way; two or more is, unless the first line
        overflowed by a hair — by less than the rounding of either sum could make up, so
        the character sum (which answers first in ``lines``) might say one line — and then
        that sum decides. The answer is always the one ``lines`` gives.
        """
        text, face, size = pieces[0]
        lines, over = self._spaced_lines(text, face, size, width)
        if lines == 1 or (over > width * (1.0 + _ROUNDING_BAND) and len(text) < _BAND_HOLDS):
            return lines
        return 1 if self.fits_one_line(pieces, width) else lines

    def fits_one_line(self, pieces: Sequence[tuple[str, str, float]], width: float) -> bool:
        """Whether ``pieces`` fit on one line of ``width`` points by the sum of their
        characters' widths (the first question of ``lines``)."""
        total = 0.0
        for text, face, size in pieces:
            chars = self._chars.get(face)
            if chars is None:
                chars = self._chars[face] = _CharWidths(face)
            total += sum(map(chars.__getitem__, text)) * size
            if total > width or "\n" in text:
                return False
        return True

    def _spaced_lines(self, text: str, face: str, size: float, width: float) -> tuple[int, float]:
        """``lines`` of one piece whose words are parted by single spaces (no hyphen, dash
        or line break, no leading space): the same pass over the same widths (each word's
        pair is that of the word and its space), without the pattern that cuts the text
        into pieces (a third of the estimate's time). Also returns how wide the first line
        would have been with the word that did not fit (0.0 when all fit)."""
        # each word's (width with its space, visible width) at this size, in points: the
        # products the pass would take, made once per word and size
        cache = self._spaced.get((face, size))
        if cache is None:
            cache = self._spaced[face, size] = {}
        lines = 1
        used = 0.0  # points
        over = 0.0
        for word in text.split(" "):
            pair = cache.get(word)
            if pair is None:
                if not word:  # a trailing space
                    continue
                unit = self._pair(face, word + " ")
                pair = cache[word] = (unit[0] * size, unit[1] * size)
            full, visible = pair
            if used + visible <= width:
                used += full
                continue
            if not over:
                over = used + visible
            if used > 0.0:
                lines += 1
                used = 0.0
            if visible > width:  # a word longer than a line breaks anywhere
                extra = math.ceil(visible / width) - 1
                lines += extra
                used = visible - extra * width
            else:
                used = full
        return lines, over

    def style_face(self, style: TextStyle) -> tuple[float, str]:
        """(size as Word prints it, face) of ``style``'s plain runs, worked out once per
        style (40,000 paragraphs of a 10,000-fact brief ask)."""
        found = self._styles.get(id(style))
        if found is None or found[0] is not style:
            size = half_points(style.size) / 2
            found = (style, size, self.face(style.family, style.bold, style.italic))
            self._styles[id(style)] = found  # the style is kept: its id is never reused
        return found[1], found[2]

    def run_pieces(
        self, runs: Sequence[Run], style: TextStyle, code_family: str = "sans"
    ) -> list[tuple[str, str, float]]:
        """(text, face, size) of each run set in ``style``."""
        size, plain = self.style_face(style)
        out = []
        for run in runs:
            if not run.text:
                continue
            if not (run.bold or run.italic or run.code):
                out.append((run.text, plain, size))
                continue
            family = style.family
            face = self.face(family, style.bold or run.bold, style.italic or run.italic)
            if run.code:
                face = self.face(code_family, run.bold, run.italic)
            out.append((run.text, face, size))
        return out

    def text_pieces(self, text: str, style: TextStyle) -> list[tuple[str, str, float]]:
        size, plain = self.style_face(style)
        return [(text, plain, size)]


@dataclass(slots=True)  # 40,000 of them at 10,000 facts
class Item:
    """One thing on the page: a paragraph (``lines`` of ``leading``), a table row or a
    picture (one line of its own height), with its spacing and keep rules (points).

    ``header`` marks a table's header row: it repeats at the top of each page the table
    continues on (``repeat`` is its height, carried by the rows after it).
    """

    lines: int
    leading: float
    before: float = 0.0
    after: float = 0.0
    keep_next: bool = False
    keep_lines: bool = False
    repeat: float = 0.0
    mark: str | None = None

    @property
    def height(self) -> float:
        return self.lines * self.leading


@dataclass
class Flow:
    """The items of one section, laid out on pages of ``height`` points when it ends."""

    height: float
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items.append(item)

    def mark(self, start: int, anchor: str) -> None:
        """Mark the first item added since ``len(items)`` was ``start`` as ``anchor``."""
        if start < len(self.items) and self.items[start].mark is None:
            self.items[start].mark = anchor

    def layout(self) -> tuple[int, dict[str, int]]:
        """Pages the section takes, and the page (from 1) of each marked item.

        As LibreOffice lays out a DOCX: between two paragraphs the larger of the first's
        space after and the second's space before; a paragraph's space before is dropped
        at the top of a page it flowed onto, kept at the top of the section; a paragraph
        whose lines fit stays on the page even when its space after does not.
        """
        height = self.height
        items = self.items
        marks: dict[str, int] = {}
        page, y, after = 1, 0.0, 0.0
        top = True  # nothing placed on this page yet
        # 40,000 items at 10,000 facts: each one's numbers read once, into locals
        for i, item in enumerate(items):
            lines, leading, before = item.lines, item.leading, item.before
            whole = lines * leading  # item.height
            gap = before if i == 0 else 0.0 if top else max(after, before)
            # keep-with-next: the chain from here to the first lines of the item after it
            # starts a new page when it does not fit (and breaks there if it must)
            if item.keep_next and not top:
                chain = self._chain_height(i)
                if y + gap + chain > height:
                    page, y, top, gap = page + 1, item.repeat, True, 0.0
            first = whole if item.keep_lines else min(lines, ORPHANS) * leading
            if not top and y + gap + first > height:
                page, y, top, gap = page + 1, item.repeat, True, 0.0
            y += gap
            if item.mark is not None:
                marks[item.mark] = page
            top = False
            if y + whole <= height + 1e-6:
                y += whole
            else:
                added, y = self._split(y, item)
                page += added
            after = item.after
        return page, marks

    def _chain_height(self, start: int) -> float:
        """Height of the keep-with-next chain starting at ``start`` (from the top of its
        first line to the first lines of the item that ends it)."""
        items = self.items
        total = 0.0
        j = start
        last = len(items) - 1
        while True:
            item = items[j]
            if item.keep_next and j < last:
                total += item.lines * item.leading + max(item.after, items[j + 1].before)
                j += 1
                continue
            lines = item.lines if item.keep_lines else min(item.lines, ORPHANS)
            return total + lines * item.leading

    def _split(self, y: float, item: Item) -> tuple[int, float]:
        """Break a paragraph across pages: (pages added, height used on the last)."""
        lines, leading = item.lines, item.leading
        fit = int((self.height - y + 1e-6) // leading)
        if not item.keep_lines:
            if lines - fit < ORPHANS:  # no widow: one more line goes over
                fit = lines - ORPHANS
            if fit < ORPHANS:  # no orphan: the paragraph starts on the next page
                fit = 0
        added, rest = 1, lines - fit
        per_page = max(1, int((self.height - item.repeat + 1e-6) // leading))
        while rest > per_page:
            rest -= per_page
            added += 1
        return added, item.repeat + rest * leading
