"""Which font prints each character: the body fonts first, then ``styles.FALLBACK_FONTS``.

Both renderers read this: the PDF sets each run in the face that has its glyphs, the DOCX
names that face (and tags right-to-left and complex-script runs), and the export reports
the characters no face covers instead of letting them print as blank space.

Coverage comes from each font's character map, read with reportlab's TrueType parser (no
glyph is loaded). The body fonts' map is read once per process; a fallback's only when a
character outside the body fonts first asks for it, so a Latin or Cyrillic brief never
opens them. A system font that is missing or unreadable (PostScript-flavoured OpenType,
which reportlab cannot embed) is skipped.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

from briefing.dossier.styles import FALLBACK_FONTS, ScriptFont
from briefing.paths import fonts_dir

__all__ = [
    "BODY",
    "MISSING",
    "Face",
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


def _read_cover(path: Path, subfont: int = 0) -> frozenset[int] | None:
    try:
        return frozenset(TTFontFile(str(path), subfontIndex=subfont).charToGlyph)
    except Exception:  # missing, unreadable or PostScript outlines: this font is not there
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
    piece: list[str] = []
    for ch in text:
        point = ord(ch)
        category = unicodedata.category(ch)
        if _invisible(ch, category) or (
            category[0] not in "L" and current != BODY and _covers(current, point)
        ):
            index = current
        else:
            index = _resolve(point)
        if index != current and piece:
            runs.append(("".join(piece), current))
            piece = []
        current = index
        piece.append(ch)
    if piece:
        runs.append(("".join(piece), current))
    return runs


def unprintable(text: str) -> str:
    """The characters of ``text`` that no font prints, each once, in order of appearance."""
    if not needs_fallback(text):
        return ""
    seen: dict[str, None] = {}
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
