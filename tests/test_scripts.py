"""Every script prints or is refused: statements in Arabic, Hebrew, Persian, Hindi, Thai and
Chinese come back out of both formats, and what no font can print is named, not dropped."""

from __future__ import annotations

import io
import re
import shutil
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import docx
import pytest
from lxml import etree
from pypdf import PdfReader

from briefing.cli import main
from briefing.dossier.assemble import assemble
from briefing.dossier.coverage import MISSING, face, font_runs, unprintable
from briefing.dossier.docx_xml import W_NS
from briefing.dossier.export import write_dossier
from briefing.dossier.glyphs import MissingGlyphs, missing_glyphs, warning_line
from briefing.dossier.layouts import by_theme
from briefing.dossier.spec import DossierSpec
from briefing.dossier.styles import FALLBACK_FONTS
from briefing.store import FactDraft, Store
from tests.conftest import sqlite_url

pytestmark = pytest.mark.export
EVENT = "Second Central Asia – Russia summit"
CJK = next(i for i, f in enumerate(FALLBACK_FONTS, start=1) if f.east_asian)
NO_CJK = pytest.mark.skipif(face(CJK) is None, reason="no TrueType CJK font on this machine")

STATEMENTS = {
    "ar": "ناقشت القمة الاقتصادية في دوشنبه التعاون بين الدول الست",
    "he": "הפסגה בדושנבה דנה בשיתוף הפעולה בין שש המדינות",
    "fa": "نشست سران در دوشنبه همکاری های اقتصادی را بررسی کرد",
    "hi": "शिखर सम्मेलन में छह देशों के बीच सहयोग पर चर्चा हुई",
    "th": "การประชุมสุดยอดที่ดูชานเบหารือความร่วมมือระหว่างหกประเทศ",
    "zh": "峰会在杜尚别举行，六国讨论了经济合作。",
}
FONT_NAMES = {
    "ar": "Noto Sans Arabic",
    "he": "Noto Sans Hebrew",
    "fa": "Noto Sans Arabic",
    "hi": "Noto Sans Devanagari",
    "th": "Noto Sans Thai",
    "zh": FALLBACK_FONTS[CJK - 1].name,
}
LANGUAGES = [pytest.param(lang, marks=NO_CJK) if lang == "zh" else lang for lang in STATEMENTS]
EMOJI = "Le sommet s'est bien passé 😀 selon le porte-parole."


def letters(text: str) -> Counter[str]:
    """The letters of ``text`` (presentation forms folded by NFKC) with their counts."""
    return Counter(c for c in unicodedata.normalize("NFKC", text) if c.isalpha())


class Exported(NamedTuple):
    pdf: Path
    docx: Path
    facts: dict[str, str]  # language (or "emoji") → the fact's id
    missing: tuple[MissingGlyphs, ...]


@pytest.fixture(scope="module")
def exported(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    """The seed plus one statement per script and one with an emoji, printed in both
    formats."""
    folder = tmp_path_factory.mktemp("scripts")
    base = folder / "base.sqlite"
    shutil.copyfile(seeded_template, base)
    store = Store.open(sqlite_url(base))
    facts: dict[str, str] = {}
    try:
        for lang, statement in {**STATEMENTS, "emoji": EMOJI}.items():
            language = "fr" if lang == "emoji" else lang
            draft = FactDraft(statement=statement, language=language, themes=["energy"],
                              countries=["TJ"], event=EVENT)  # fmt: skip
            facts[lang] = store.add(draft).uuid
        spec = by_theme(store, DossierSpec(title="Scripts", event=EVENT, language="fr"))
        dossier = assemble(spec, store)
    finally:
        store.close()
    pdf = write_dossier(dossier, folder / "scripts.pdf", "pdf")
    doc = write_dossier(dossier, folder / "scripts.docx", "docx")
    return Exported(pdf, doc, facts, missing_glyphs(dossier))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_statement_reads_back_from_the_pdf(exported: Exported, lang: str) -> None:
    statement = STATEMENTS[lang]
    text = unicodedata.normalize(
        "NFKC", "\n".join(p.extract_text() or "" for p in PdfReader(exported.pdf).pages)
    )
    if lang in ("ar", "he", "fa", "zh"):
        # every word is there, in reading order or (right-to-left) in visual order
        for word in statement.split():
            folded = unicodedata.normalize("NFKC", word)
            assert folded in text or folded[::-1] in text, word
    else:
        # Devanagari conjuncts and some Thai marks are shaped into glyphs that extract as
        # private-use characters; the letters around them must all be there
        have = letters(text)
        want = letters(statement)
        found = sum(min(n, have[c]) for c, n in want.items())
        assert found >= 0.85 * sum(want.values())
        assert "".join(c for c in statement if c.isalpha())[:3] in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_statement_reads_back_from_the_docx(exported: Exported, lang: str) -> None:
    statement = STATEMENTS[lang]
    document = docx.Document(str(exported.docx))
    (paragraph,) = [p for p in document.paragraphs if statement in p.text]
    runs = [r for r in paragraph.runs if r.text.strip() and r.text in statement]
    fonts = runs[0]._r.find(f"{{{W_NS}}}rPr/{{{W_NS}}}rFonts")
    assert fonts is not None and fonts.get(f"{{{W_NS}}}cs") == FONT_NAMES[lang]
    rtl = runs[0]._r.find(f"{{{W_NS}}}rPr/{{{W_NS}}}rtl") is not None
    bidi = paragraph._p.find(f"{{{W_NS}}}pPr/{{{W_NS}}}bidi") is not None
    assert rtl == bidi == (lang in ("ar", "he", "fa"))


def test_docx_embeds_the_bundled_faces_it_uses(exported: Exported) -> None:
    document = docx.Document(str(exported.docx))
    table = document.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
    )
    names = {
        font.get(f"{{{W_NS}}}name")
        for font in etree.fromstring(table.blob).iterchildren(f"{{{W_NS}}}font")
        if font.find(f"{{{W_NS}}}embedRegular") is not None
    }
    assert {"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari"} <= names
    assert "Noto Sans Thai" in names
    assert "Noto Sans Math" not in names  # nothing of it printed: not carried along


def test_emoji_is_named_by_its_fact(exported: Exported) -> None:
    named = {m.fact: m.chars for m in exported.missing}
    assert named.pop(exported.facts["emoji"]) == "😀"
    if face(CJK) is None:  # no CJK font: the Chinese statement is named instead of printed
        assert "峰" in named.pop(exported.facts["zh"])
    assert named == {}  # every other script prints
    document = docx.Document(str(exported.docx))
    assert any(EMOJI in p.text for p in document.paragraphs)  # the DOCX keeps it as typed
    assert unprintable(EMOJI) == "😀"
    assert [run for run, index in font_runs(EMOJI) if index == MISSING] == ["😀 "]


def test_cli_export_warns_and_names_the_fact(
    seeded: Store, seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fact = seeded.add(FactDraft(statement=EMOJI, language="fr", themes=["energy"],
                                countries=["TJ"], event=EVENT))  # fmt: skip
    seeded.add(FactDraft(statement=STATEMENTS["ar"], language="ar", themes=["energy"],
                         countries=["TJ"], event=EVENT))  # fmt: skip
    url = seeded_url  # the same base on either backend
    out = tmp_path / "pack.pdf"
    assert main(["--db", url, "export", "-o", str(out), "--theme", "energy"], io.StringIO()) == 0
    assert out.stat().st_size > 10_000
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert f"fact {fact.uuid[:8]}" in err[0] and "😀" in err[0]
    assert "shown blank" in err[0]
    # a DOCX keeps the characters: the reader's own fonts may still show them
    doc = tmp_path / "pack.docx"
    assert main(["--db", url, "export", "-o", str(doc), "--theme", "energy"], io.StringIO()) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no embedded font" in err[0] and "😀" in err[0]


def test_missing_glyphs_lists_only_what_no_font_prints(seeded: Store) -> None:
    seeded.add(FactDraft(statement=STATEMENTS["he"] + " → ≤ ✓", language="he",
                         themes=["energy"], countries=["TJ"], event=EVENT))  # fmt: skip
    bad = seeded.add(FactDraft(statement="Tea 🍵 and 🤝", language="en", themes=["energy"],
                               countries=["TJ"], event=EVENT))  # fmt: skip
    spec = by_theme(seeded, DossierSpec(title="Signs 🚩", event=EVENT))
    found = missing_glyphs(assemble(spec, seeded))
    assert [(m.where, m.chars, m.fact) for m in found] == [
        ("the title", "🚩", None),
        (f"fact {bad.uuid[:8]}", "🍵🤝", bad.uuid),
    ]
    line = warning_line(found)
    assert line.startswith("2 items have") and "🍵🤝" in line


def visual_words(markup: str, width: float = 400) -> tuple[list[str], int]:
    """The words of the first laid-out line of a PDF paragraph, left to right as drawn,
    right-to-left words read back in reading order; and the paragraph's alignment."""
    from briefing.dossier.pdf_flowables import Para
    from briefing.dossier.pdf_styles import PdfStyles, text

    para = Para(text(markup), PdfStyles.build().body)
    para.wrap(width, 1000)
    drawn = "".join(str(frag.text) for frag in para.blPara.lines[0].words)
    words = []
    for word in drawn.split():
        rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in word)
        # glyphs stand for presentation forms and ligatures, each folded in reading order
        words.append("".join(unicodedata.normalize("NFKC", c) for c in word[:: -1 if rtl else 1]))
    return words, para.style.alignment


def test_pdf_sets_right_to_left_words_from_the_right() -> None:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    words, align = visual_words("مرحبا بكم في دوشنبه")
    assert words == ["دوشنبه", "في", "بكم", "مرحبا"]
    assert align == TA_RIGHT
    # a Hebrew phrase inside a Latin sentence: the sentence reads on, the phrase right to left
    words, align = visual_words("Guests said שלום עולם to hosts")
    assert words == ["Guests", "said", "עולם", "שלום", "to", "hosts"]
    assert align == TA_LEFT
    # mostly Hebrew: the Latin words are the embedded ones
    words, align = visual_words("QS שלום עולם QE")
    assert (words, align) == (["QE", "עולם", "שלום", "QS"], TA_RIGHT)
    # a number inside Arabic stays a number, placed where the reading order puts it
    words, _ = visual_words("عام 2025 في دوشنبه")
    assert words == ["دوشنبه", "في", "2025", "عام"]
    # punctuation and digits read right to left too, brackets mirrored: ".(2025)" on paper
    words, _ = visual_words('אמר: "נמשיך" (2025).')
    assert words == [".(2025)", '"נמשיך"', "אמר:"]
    # broken over lines, the first line holds the first words, starting at the right
    long = " ".join(STATEMENTS["ar"].split() * 3)
    words, _ = visual_words(long, width=120)
    first = long.split()[: len(words)]
    assert 1 < len(words) < len(long.split()) and words == first[::-1]


def test_a_quote_in_arabic_over_several_pages_prints_every_word(tmp_path: Path) -> None:
    import dataclasses

    from tests.sample_dossier import sample_dossier

    base = sample_dossier(sections=1, facts_per_section=1)
    quote = " ".join(f"{STATEMENTS['ar']} ({i})." for i in range(400))
    note = dataclasses.replace(base.sources[0], quote_text=quote)
    groups = (dataclasses.replace(base.source_groups[0], notes=(note,)),)
    dossier = dataclasses.replace(base, sources=(note,), source_groups=groups)
    path = write_dossier(dossier, tmp_path / "quote.pdf", "pdf")
    pages = [unicodedata.normalize("NFKC", p.extract_text() or "") for p in PdfReader(path).pages]
    holding = [i for i, page in enumerate(pages) if "دوشنبه" in page]
    assert len(holding) >= 3  # the quote runs over pages: its rest was split off twice
    text = "".join(pages)
    assert text.count("دوشنبه") == 400
    numbers = [int(n) for n in re.findall(r"\d+", "".join(pages[i] for i in holding))]
    assert set(range(400)) <= set(numbers)  # none lost (and, by the count above, none twice)


def test_chart_labels_drawn_in_the_body_font_are_reported() -> None:
    import dataclasses

    from briefing.dossier.document import FiguresSection
    from tests.sample_dossier import sample_dossier

    base = sample_dossier(sections=1, facts_per_section=1)
    figures = next(s for s in base.sections if isinstance(s, FiguresSection))
    chart = figures.charts[0]
    bars = (dataclasses.replace(chart.bars[0], label="دوشنبه"), *chart.bars[1:])
    changed = dataclasses.replace(figures, charts=(dataclasses.replace(chart, bars=bars),))
    sections = tuple(changed if s is figures else s for s in base.sections)
    found = missing_glyphs(dataclasses.replace(base, sections=sections))
    assert [(m.where, m.chars) for m in found] == [(f"section {figures.number} (chart)", "دوشنبه")]
