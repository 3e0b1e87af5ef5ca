"""Which font prints each character: the body fonts first, then ``styles.FALLBACK_FONTS``.

Both renderers read this: the PDF sets each run in the face that has its glyphs, the DOCX
names that face (and tags right-to-left and complex-script runs), and the export reports
the characters no face covers instead of letting them print as blank space.

Coverage comes from each font's character map (``cmap``, read here without reportlab, which
a DOCX export never loads). The body fonts' map is read once per process; a fallback's only when a
character outside the body fonts first asks for it, so a Latin or Cyrillic brief never
opens them. A system font that is missing or unreadable (PostScript-flavoured OpenType,
which reportlab cannot embed) is skipped.
"""

from __future__ import annotations

import re
import struct
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing.dossier.styles import FALLBACK_FONTS, ScriptFont
from briefing.paths import fonts_dir

__all__ = [
    "BODY",
    "MISSING",
    "Face",
    "cmap",
    "face",
    "font_runs",
    "is_rtl_text",
    "needs_fallback",
    "unprintable",
]

BODY = 0  # a run index: the body font of the style
MISSING = -1  # a run index: no font has these glyphs

# Characters that print no glyph of their own (spaces, joiners, direction marks, controls):
# never reported missing, and they stay in the run around them.
_INVISIBLE = frozenset(("Cc", "Cf", "Zs", "Zl", "Zp"))


def _invisible(ch: str, category: str) -> bool:
    return category in _INVISIBLE or "\ufe00" <= ch <= "\ufe0f"  # variation selectors


@dataclass(frozen=True)
class Face:
    """A fallback font found on this machine: its files and the characters it covers."""

    font: ScriptFont
    regular: Path
    bold: Path | None
    subfont: int  # the face inside a .ttc collection
    cover: frozenset[int]


_lock = threading.Lock()
_faces: dict[int, Face | None] = {}


def cmap(data: bytes, offset: int) -> dict[int, int]:
    """Code point → glyph id from the ``cmap`` table at ``offset``.

    The subtable is the one reportlab picks (the last Windows or Unicode one in the list,
    a Macintosh Roman one only when there is neither), read the way reportlab reads it.
    """
    count = struct.unpack_from(">H", data, offset + 2)[0]
    chosen, kind = None, 0
    for i in range(count):
        platform, encoding, sub = struct.unpack_from(">HHL", data, offset + 4 + 8 * i)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = sub, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = sub, 2
    if chosen is None:
        raise ValueError("no usable cmap subtable")
    sub = offset + chosen
    fmt = struct.unpack_from(">H", data, sub)[0]
    glyphs: dict[int, int] = {}
    if fmt == 4:
        length = struct.unpack_from(">H", data, sub + 2)[0]
        limit = sub + length
        n = struct.unpack_from(">H", data, sub + 6)[0] // 2
        ends = struct.unpack_from(f">{n}H", data, sub + 14)
        starts = struct.unpack_from(f">{n}H", data, sub + 16 + 2 * n)
        deltas = struct.unpack_from(f">{n}h", data, sub + 16 + 4 * n)
        ranges_at = sub + 16 + 6 * n
        ranges = struct.unpack_from(f">{n}H", data, ranges_at)
        for i in range(n):
            start, end, delta, rng = starts[i], ends[i], deltas[i], ranges[i]
            if end < start:
                continue
            if rng == 0:
                for char in range(start, end + 1):
                    glyphs[char] = (char + delta) & 0xFFFF
                continue
            # idRangeOffset: glyph ids stored in glyphIdArray, relative to this entry
            at = ranges_at + 2 * i + rng
            stop = min(end + 1, start + max(0, (limit - at + 1) // 2))
            stored = struct.unpack_from(f">{stop - start}H", data, at) if stop > start else ()
            for k, glyph in enumerate(stored):
                glyphs[start + k] = (glyph + delta) & 0xFFFF if glyph else 0
            for char in range(stop, end + 1):  # past the subtable: reportlab says glyph 0
                glyphs[char] = 0
    elif fmt == 12:
        n = struct.unpack_from(">L", data, sub + 12)[0]
        for i in range(n):
            start, end, first = struct.unpack_from(">3L", data, sub + 16 + 12 * i)
            for char in range(start, end + 1):
                glyphs[char] = char - start + first
    else:
        raise ValueError(f"unsupported cmap subtable format {fmt}")
    return glyphs


def _read_cover(path: Path, subfont: int = 0) -> frozenset[int] | None:
    """The code points ``path`` has a glyph for; None when it is missing, unreadable, or
    has PostScript outlines (no ``glyf`` table), which reportlab cannot embed."""
    try:
        data = path.read_bytes()
        base = struct.unpack_from(">L", data, 12 + 4 * subfont)[0] if data[:4] == b"ttcf" else 0
        tables: dict[bytes, int] = {}
        for i in range(struct.unpack_from(">H", data, base + 4)[0]):
            tag, _, offset, _ = struct.unpack_from(">4sLLL", data, base + 12 + 16 * i)
            tables[tag] = offset
        if b"glyf" not in tables:
            return None
        return frozenset(char for char, glyph in cmap(data, tables[b"cmap"]).items() if glyph)
    except (OSError, KeyError, ValueError, struct.error):
        return None


@cache
def _body_cover() -> frozenset[int]:
    """What both body families cover (Noto Serif and Noto Sans share one character set)."""
    serif = _read_cover(fonts_dir() / "NotoSerif-Regular.ttf")
    sans = _read_cover(fonts_dir() / "NotoSans-Regular.ttf")
    if serif is None or sans is None:
        raise FileNotFoundError(f"body fonts missing from {fonts_dir()}")
    return serif & sans


def _ranges(points: frozenset[int]) -> str:
    """A regex character class body for ``points`` (as ranges)."""
    out: list[str] = []
    ordered = sorted(points)
    start = prev = ordered[0]
    for p in [*ordered[1:], -2]:
        if p != prev + 1:
            out.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = p
        prev = p
    return "".join(out)


@cache
def _outside_body() -> re.Pattern[str]:
    """Matches a character the body fonts lack (and that prints something)."""
    silent = "\\s\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f"
    return re.compile(f"[^{_ranges(_body_cover())}{silent}]")


def needs_fallback(text: str) -> bool:
    """Whether some character of ``text`` is outside the body fonts (the fast check every
    printed string goes through: one regex scan)."""
    return _outside_body().search(text) is not None


def face(index: int) -> Face | None:
    """The fallback ``FALLBACK_FONTS[index - 1]`` as found on this machine, or None."""
    if index in _faces:
        return _faces[index]
    with _lock:
        if index in _faces:
            return _faces[index]
        font = FALLBACK_FONTS[index - 1]
        found: Face | None = None
        if font.stem:
            regular = fonts_dir() / f"{font.stem}-Regular.ttf"
            bold = fonts_dir() / f"{font.stem}-Bold.ttf" if font.bold else None
            candidates = [(regular, bold)]
        else:
            candidates = [(Path(p), None) for p in font.paths]
        for regular, bold in candidates:
            cover = _read_cover(regular) if regular.is_file() else None
            if cover is not None:
                found = Face(font, regular, bold, 0, cover)
                break
        _faces[index] = found
        return found


def _resolve(point: int) -> int:
    """The run index of the first font that covers ``point``."""
    if point in _body_cover():
        return BODY
    for index in range(1, len(FALLBACK_FONTS) + 1):
        found = face(index)
        if found is not None and point in found.cover:
            return index
    return MISSING


def _covers(index: int, point: int) -> bool:
    if index == BODY:
        return point in _body_cover()
    found = face(index) if index > 0 else None
    return found is not None and point in found.cover


# character → (font index, prints nothing, may join the run before it): font_runs looks
# every character up here (a long Arabic quote has 20,000 of them, from a few dozen kinds)
_kinds: dict[str, tuple[int, bool, bool]] = {}


def _kind(ch: str) -> tuple[int, bool, bool]:
    kind = _kinds.get(ch)
    if kind is None:
        category = unicodedata.category(ch)
        invisible = _invisible(ch, category)
        kind = _kinds[ch] = (_resolve(ord(ch)), invisible, invisible or category[0] != "L")
    return kind


def font_runs(text: str) -> list[tuple[str, int]]:
    """``text`` cut into runs, each with the index of the font that prints it: ``BODY``,
    ``i`` for ``FALLBACK_FONTS[i - 1]``, or ``MISSING``.

    Spaces, punctuation, digits and combining marks stay in the run they follow when its
    font has them, so "مرحبا، 2025" is one Arabic run rather than Arabic cut by Latin
    digits (a run boundary inside a word would also cut it for the shaper).
    """
    if not needs_fallback(text):
        return [(text, BODY)]
    runs: list[tuple[str, int]] = []
    current = BODY
    start = 0
    for i, ch in enumerate(text):
        index, invisible, joins = _kind(ch)
        if index != current and (
            invisible or (joins and current != BODY and _covers(current, ord(ch)))
        ):
            index = current
        if index != current:
            if i > start:
                runs.append((text[start:i], current))
            start = i
            current = index
    if len(text) > start:
        runs.append((text[start:], current))
    return runs


def unprintable(text: str, *, fallbacks: bool = True) -> str:
    """The characters of ``text`` that no font prints, each once, in order of appearance;
    with ``fallbacks=False``, those the body fonts lack (text drawn in one font only)."""
    if not needs_fallback(text):
        return ""
    seen: dict[str, None] = {}
    if not fallbacks:
        body = _body_cover()
        for ch in text:
            if ord(ch) not in body and not _invisible(ch, unicodedata.category(ch)):
                seen.setdefault(ch, None)
        return "".join(seen)
    for piece, index in font_runs(text):
        if index == MISSING:
            for ch in piece:
                if not _invisible(ch, unicodedata.category(ch)):
                    seen.setdefault(ch, None)
    return "".join(seen)


_STRONG_RTL = frozenset(("R", "AL"))


def is_rtl_text(text: str) -> bool:
    """Whether ``text`` is mostly right-to-left: more letters of right-to-left scripts than
    of left-to-right ones (such a paragraph is set from the right)."""
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _STRONG_RTL:
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr
