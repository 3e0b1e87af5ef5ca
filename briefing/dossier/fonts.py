"""The fonts every PDF embeds: Noto Serif for body text, Noto Sans for headings and tables.

Both families cover Latin, Cyrillic and Greek and ship in ``resources/fonts`` (SIL Open Font
Licence, see ``OFL.txt``), so a brief never depends on fonts installed on the machine.
``pdf_fonts()`` registers them with reportlab once per process and returns their names.

Text those families lack is set in the fallbacks of ``styles.FALLBACK_FONTS`` (Arabic,
Hebrew, Devanagari, Thai, maths and symbols ship too; CJK comes from the system when it has
a usable font): ``pdf_fallback`` registers one the first time a brief needs it.
Scripts whose letters join or reorder are shaped by harfbuzz (``uharfbuzz``), which
reportlab drives itself for paragraphs whose style says ``shaping``;
``install_shaping_by_font`` makes it shape each font's part of a word on its own.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace
from reportlab.rl_config import unShapedFontGlob

from briefing.dossier.coverage import face as fallback_face
from briefing.dossier.pdf_text import FastTTFont
from briefing.dossier.styles import FALLBACK_FONTS
from briefing.paths import fonts_dir

FONT_DIR = fonts_dir()

_FACES = ("Regular", "Bold", "Italic", "BoldItalic")


@dataclass(frozen=True)
class FontFamily:
    """The reportlab names of the four faces of one registered family.

    ``regular`` is also the family name: in Paragraph markup ``<b>``/``<i>`` inside text set
    in ``regular`` select ``bold``/``italic``/``bold_italic``.
    """

    regular: str
    bold: str
    italic: str
    bold_italic: str


@dataclass(frozen=True)
class PdfFonts:
    """The two families a PDF brief uses."""

    serif: FontFamily
    sans: FontFamily

    @property
    def bold_faces(self) -> frozenset[str]:
        """The names of the bold faces (a fallback run inside them is set bold too)."""
        return frozenset(
            (self.serif.bold, self.serif.bold_italic, self.sans.bold, self.sans.bold_italic)
        )


_lock = threading.Lock()
_registered: PdfFonts | None = None
_parse_lock = threading.Lock()


class _LazyFace(TTFontFace):  # type: ignore[misc]
    """A TrueType face that parses its file the first time it is used, not when registered.

    Parsing a Noto face costs about 6 ms and a brief seldom sets text bold and italic at
    once: those two faces are registered (markup may name them) but never read. Until it is
    parsed the face knows only its PostScript ``name`` (what registering reads); the first
    other attribute asked for parses the file into it, after which every attribute is its
    own and this class is never consulted again.
    """

    def __init__(self, filename: str, name: bytes) -> None:  # no parsing here
        self.__dict__.update(_lazy_path=filename, name=name)

    def __getattr__(self, attr: str) -> Any:  # only for what is not there yet
        state = self.__dict__
        if attr.startswith("__") or "_lazy_path" not in state:
            raise AttributeError(attr)
        with _parse_lock:
            path = state.pop("_lazy_path", None)
            if path is not None:
                name = state["name"]
                TTFontFace.__init__(self, path)
                if self.name != name:
                    raise ValueError(f"{path} holds face {self.name!r}, not {name!r}")
        return object.__getattribute__(self, attr)


class _LazyTTFont(FastTTFont):
    """A ``FastTTFont`` whose face is parsed on first use (``TTFont.__init__`` without
    the parsing; tests/test_pdf_text.py holds it equal to a TTFont once parsed)."""

    def __init__(self, name: str, filename: str, face_name: bytes) -> None:
        self.fontName = name
        self.face = _LazyFace(filename, face_name)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)


def _register_family(family: str) -> FontFamily:
    names = FontFamily(
        regular=family,
        bold=f"{family}-Bold",
        italic=f"{family}-Italic",
        bold_italic=f"{family}-BoldItalic",
    )
    faces = dict(
        zip(_FACES, (names.regular, names.bold, names.italic, names.bold_italic), strict=True)
    )
    for face, name in faces.items():
        path = FONT_DIR / f"{family}-{face}.ttf"
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        # Noto's PostScript names are the file names: checked when the face is parsed
        pdfmetrics.registerFont(_LazyTTFont(name, str(path), f"{family}-{face}".encode()))
    # <b>/<i> in Paragraph markup go through these mappings (family, bold, italic) → face.
    pdfmetrics.registerFontFamily(
        family,
        normal=names.regular,
        bold=names.bold,
        italic=names.italic,
        boldItalic=names.bold_italic,
    )
    return names


def pdf_fonts() -> PdfFonts:
    """Register Noto Serif and Noto Sans with reportlab (first call only) and name them.

    Thread-safe: exports may run on worker threads; the TTF files are parsed once.
    Raises FileNotFoundError when a font file is missing from the installation.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            _registered = PdfFonts(
                serif=_register_family("NotoSerif"), sans=_register_family("NotoSans")
            )
        return _registered


_fallbacks: dict[tuple[int, bool], str] = {}


def _fallback_name(index: int, bold: bool) -> str:
    return f"Fallback{index}-Bold" if bold else f"Fallback{index}"


# the reportlab names of the right-to-left fallbacks' faces (their words are set from the
# right)
RTL_FACES = frozenset(
    _fallback_name(i, bold)
    for i, font in enumerate(FALLBACK_FONTS, start=1)
    if font.rtl
    for bold in (False, True)
)


def pdf_fallback(index: int, bold: bool) -> str | None:
    """Register ``FALLBACK_FONTS[index - 1]`` with reportlab (first call only) and return the
    name of its regular or bold face; None when the machine has no such font.

    A font with no bold face gives its regular one (a bold Thai word stays legible; a
    missing glyph would not).
    """
    key = (index, bold)
    name = _fallbacks.get(key)
    if name is not None:
        return name
    found = fallback_face(index)
    if found is None:
        return None
    with _lock:
        name = _fallbacks.get(key)
        if name is None:
            path = found.bold if bold and found.bold is not None else found.regular
            name = _fallback_name(index, path == found.bold)
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(
                    TTFont(name, str(path), subfontIndex=found.subfont, shapable=found.font.shaped)
                )
            _fallbacks[key] = name
        return name


def install_shaping_by_font() -> None:
    """Make reportlab shape each font's part of a word separately (once per process).

    reportlab shapes a word (the text between two spaces) with the font of its first part
    and then reads every glyph number in the font of the part it came from: "שלום." (a
    Hebrew word, a Latin full stop) would print glyphs of the wrong font. Splitting the
    word by font before shaping keeps each part in its own font; a word in one font (nearly
    all of them) is passed through unchanged.
    """
    from reportlab.platypus import paragraph

    if getattr(paragraph.shapeFragWord, "by_font", False):
        return
    whole = paragraph.shapeFragWord
    from reportlab.pdfbase.ttfonts import makeShapedFragWord

    def shape_by_font(word: Any, *args: Any, **kwargs: Any) -> Any:
        parts = word[1:]
        fonts = {getattr(f, "fontName", None) for f, _ in parts}
        if len(fonts) <= 1:
            return whole(word, *args, **kwargs)
        groups: list[list[Any]] = []
        for part in parts:
            if groups and getattr(groups[-1][-1][0], "fontName", None) == getattr(
                part[0], "fontName", None
            ):
                groups[-1].append(part)
            else:
                groups.append([part])
        out: list[Any] = [0.0]
        for group in groups:
            width = sum(
                pdfmetrics.stringWidth(s, f.fontName, f.fontSize)
                for f, s in group
                if hasattr(f, "fontName") and not hasattr(f, "cbDefn")
            )
            shaped = whole([width, *group], *args, **kwargs)
            out[0] += shaped[0]
            out.extend(shaped[1:])
        return makeShapedFragWord(word)(out)

    shape_by_font.by_font = True  # type: ignore[attr-defined]
    paragraph.shapeFragWord = shape_by_font
