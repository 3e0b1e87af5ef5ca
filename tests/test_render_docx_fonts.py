"""The DOCX's fonts: embedded and obfuscated, every run naming all four font slots, the
advance widths its page estimate reads (reportlab's own), the checked cache of font streams."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from briefing.dossier.docx_fonts import obfuscate
from briefing.dossier.fonts import FONT_DIR
from briefing.paths import seed_dir
from tests.docx_readback import R, part, part_names, render, w
from tests.sample_dossier import CYRILLIC, TRICKY, sample_dossier

pytestmark = pytest.mark.export


def test_fonts_are_embedded(en: Any) -> None:
    data = en[1]
    fonts = part(data, "word/fontTable.xml")
    rels = part(data, "word/_rels/fontTable.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    types = part(data, "[Content_Types].xml")
    odttf = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
    assert any(t.get("ContentType") == odttf for t in types)
    seen = {}
    for font in fonts.iter(w("font")):
        for slot in ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic"):
            el = font.find(w(slot))
            if el is not None:
                seen[font.get(w("name")), slot] = (
                    targets[el.get(f"{{{R}}}id")],
                    el.get(w("fontKey")),
                )
    assert {name for name, _ in seen} == {"Noto Serif", "Noto Sans"}
    assert len(seen) == 8
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        target, key = seen["Noto Sans", "embedBold"]
        stored = z.read(f"word/{target}")
    assert stored[:32] != (FONT_DIR / "NotoSans-Bold.ttf").read_bytes()[:32]
    assert obfuscate(stored, key) == (FONT_DIR / "NotoSans-Bold.ttf").read_bytes()
    settings = part(data, "word/settings.xml")
    assert settings.find(w("embedTrueTypeFonts")) is not None


def test_every_rfonts_names_all_four_slots(en: Any) -> None:
    data = en[1]
    names = [
        n
        for n in part_names(data)
        if re.match(r"word/(styles|document|numbering|header\d*|footer\d*)\.xml", n)
    ]
    seen = 0
    for name in names:
        for rfonts in part(data, name).iter(w("rFonts")):
            seen += 1
            attrs = {etree.QName(a).localname for a in rfonts.attrib}
            assert {"ascii", "hAnsi", "cs", "eastAsia"} <= attrs, (name, attrs)
            assert not any(a.endswith(("Theme", "theme")) for a in attrs), (name, attrs)
    assert seen > 10


_STYLE_NAMES = {"Regular": "", "Bold": "-Bold", "Italic": "-Italic", "BoldItalic": "-BoldItalic"}
FACES = [  # (reportlab's name, file) of each bundled face
    (f"{family}{suffix}", f"{family}-{style}.ttf")
    for family in ("NotoSerif", "NotoSans")
    for style, suffix in _STYLE_NAMES.items()
]


def _width_corpus() -> list[str]:
    """The seed's words in its three languages, and Cyrillic, Greek and odd characters."""
    seed = json.loads((seed_dir() / "dushanbe-summit-2025.json").read_text("utf-8"))
    texts = [CYRILLIC, TRICKY, "Ελληνικά: Σύνοδος κορυφής — «Κεντρική Ασία» ΑΒΓΔ αβγδ ώϊΰ"]
    texts.append("ёЁ № ½ ‰ € ™ ﬁ\u00a0\u2009\u202f\u00ad x\U0001f600\ufffd Ǆ ẞ")
    for fact in seed["facts"]:
        texts += [fact["statement"], *fact.get("translations", {}).values()]
    for theme in seed["themes"]:
        texts += [theme["en"], theme["fr"], theme["ru"]]
    for person in seed["people"]:
        texts += [*person["names"].values(), person["role"], *person["bio"].values()]
    return [t for t in texts if t]


@pytest.mark.parametrize(("face", "filename"), FACES)
def test_docx_widths_are_the_pdfs(face: str, filename: str) -> None:
    """The DOCX's page estimate reads the TTFs itself: the very tables reportlab builds."""
    from reportlab.pdfbase import pdfmetrics

    from briefing.dossier.docx_layout import read_advance_widths
    from briefing.dossier.fonts import pdf_fonts

    pdf_fonts()
    reportlab = pdfmetrics.getFont(face).face
    ours = read_advance_widths(FONT_DIR / filename)
    assert ours.widths == reportlab.charWidths
    assert ours.default == reportlab.defaultWidth


def test_docx_measures_text_as_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import pdfmetrics

    from briefing.dossier import docx_layout
    from briefing.dossier.fonts import pdf_fonts

    pdf_fonts()
    corpus = _width_corpus()
    assert len(corpus) > 150
    ours = docx_layout.Metrics()
    widths = {(face, text): ours.width(text, face, 10.5) for face, _ in FACES for text in corpus}
    lines = {
        (face, text, column): ours.lines([(text, face, 10.5)], column)
        for face, _ in FACES
        for text in corpus
        for column in (60.0, 170.0, 451.3)
    }
    assert all(n >= 1 for n in lines.values()) and max(lines.values()) > 3
    for (face, text), width in widths.items():
        assert width == pdfmetrics.stringWidth(text, face, 1.0) * 10.5, (face, text)

    def reportlab_widths(face: str) -> docx_layout.FaceWidths:
        font = pdfmetrics.getFont(face).face
        return docx_layout.FaceWidths(dict(font.charWidths), font.defaultWidth)

    monkeypatch.setattr(docx_layout, "face_widths", reportlab_widths)
    theirs = docx_layout.Metrics()
    assert {key: theirs.lines([(key[1], key[0], 10.5)], key[2]) for key in lines} == lines


def test_font_streams_come_from_a_checked_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.dossier import docx_fonts

    def fresh_process() -> None:  # what a new process knows: nothing deflated yet
        monkeypatch.setattr(docx_fonts, "_streams", {})
        monkeypatch.setattr(docx_fonts, "_worker", None)

    def embedded_fonts(data: bytes) -> dict[str, bytes]:
        keys = {
            el.get(f"{{{R}}}id"): el.get(w("fontKey"))
            for el in part(data, "word/fontTable.xml").iter()
            if el.get(w("fontKey"))
        }
        rels = {r.get("Id"): r.get("Target") for r in part(data, "word/_rels/fontTable.xml.rels")}
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {rels[i]: obfuscate(z.read(f"word/{rels[i]}"), key) for i, key in keys.items()}

    small = sample_dossier(sections=1, facts_per_section=1)
    fresh_process()
    first, _ = render(small)
    cache = tmp_path / "home" / "cache" / "docx-fonts"
    files = sorted(cache.glob("*.deflate"))
    assert [f.name for f in files] == sorted(f"{name[:-4]}.deflate" for _, name in FACES)
    originals = {f.name: f.read_bytes() for f in files}
    # one cache file damaged, one made from other font bytes: both ignored and made again
    damaged = bytearray(originals["NotoSerif-Regular.deflate"])
    damaged[-100] ^= 0xFF
    (cache / "NotoSerif-Regular.deflate").write_bytes(bytes(damaged))
    other = bytearray(originals["NotoSans-Bold.deflate"])
    other[8:12] = b"\0\0\0\0"  # the CRC-32 of the bytes it inflates to
    (cache / "NotoSans-Bold.deflate").write_bytes(bytes(other))
    fresh_process()
    second, _ = render(small)
    assert {f.name: f.read_bytes() for f in cache.glob("*.deflate")} == originals
    fonts = {(FONT_DIR / name).read_bytes() for _, name in FACES}
    assert set(embedded_fonts(first).values()) == fonts
    assert embedded_fonts(second) == embedded_fonts(first)
