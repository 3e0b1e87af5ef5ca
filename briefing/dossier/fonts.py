"""The fonts every PDF embeds: Noto Serif for body text, Noto Sans for headings and tables.

Both families cover Latin, Cyrillic and Greek and ship in ``resources/fonts`` (SIL Open Font
Licence, see ``OFL.txt``), so a brief never depends on fonts installed on the machine.
``pdf_fonts()`` registers them with reportlab once per process and returns their names.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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


_lock = threading.Lock()
_registered: PdfFonts | None = None


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
        pdfmetrics.registerFont(TTFont(name, str(path)))
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
