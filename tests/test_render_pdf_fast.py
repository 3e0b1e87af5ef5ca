"""The PDF's shortcuts print what reportlab's own way prints: plain paragraphs broken into
reportlab's lines, one-line entries drawn as lines, links written as reportlab writes them."""

from __future__ import annotations

import random
from typing import Any

import pytest
from reportlab.platypus import Paragraph as RlParagraph

from briefing.dossier.pdf_flowables import Para
from briefing.dossier.pdf_lines import plain_lines
from briefing.dossier.pdf_styles import PdfStyles

COMMON = ["the", "a", "Central", "Asia", "Душанбе", "sécurité", "2025–2027", "«quote»", "of"]
ODD = ["x" * 40, "word" * 30, "a\u00a0b", "co\u00adoperation", "", "—", "Ωμέγα"]
WIDTHS: list[Any] = [[300.0, 300.0], [450.0, 420.0], [40.0, 60.0], [120.5, 100.0], 200.0]


def _same(ours: Any, theirs: Any) -> bool:
    return bool(
        ours.kind == theirs.kind
        and ours.lines == theirs.lines
        and (ours.ascent, ours.descent, ours.fontSize)
        == (theirs.ascent, theirs.descent, theirs.fontSize)
        and sorted(vars(ours)) == sorted(vars(theirs))
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_plain_lines_are_reportlabs_lines(seed: int) -> None:
    """Random plain text in every style and width: where ``plain_lines`` answers, its lines
    are reportlab's (also for the rest of a split paragraph); odd words go to reportlab."""
    styles = PdfStyles.build()
    rng = random.Random(seed)
    answered = split = 0
    for _ in range(1500):
        words = [
            rng.choice(ODD) if rng.random() < 0.03 else rng.choice(COMMON)
            for _ in range(rng.randint(0, 60))
        ]
        text = " ".join(words)
        style = rng.choice([styles.body, styles.meta, styles.quote, styles.source, styles.cell])
        width = rng.choice(WIDTHS)
        ours, theirs = Para(text, style), RlParagraph(text, style)
        lines = plain_lines(ours, width)
        if lines is None:  # odd words, or a word wider than a narrow column
            continue
        answered += 1
        assert _same(lines, theirs.breakLines(width)), (text, width)
        assert ours._width_max == theirs._width_max
        # the part after a page break is broken from its words, as reportlab does
        avail = width if isinstance(width, float) else width[1]
        ours.wrap(avail, 1e9)
        theirs.wrap(avail, 1e9)
        room = style.leading * rng.randint(1, 3) + 0.5
        mine, rl = ours.split(avail, room), theirs.split(avail, room)
        if len(mine) == 2 and len(rl) == 2:
            rest = plain_lines(mine[1], [250.0, 250.0])
            if rest is not None:
                split += 1
                assert _same(rest, rl[1].breakLines([250.0, 250.0]))
    assert answered > 500 and split > 200


def test_long_words_soft_hyphens_and_bullets_are_left_to_reportlab() -> None:
    styles = PdfStyles.build()
    assert plain_lines(Para("a " + "x" * 200, styles.body), [100.0, 100.0]) is None
    assert plain_lines(Para("co\u00adoperation", styles.body), [100.0, 100.0]) is None
    assert plain_lines(Para("point", styles.key_point, bulletText="•"), [100.0]) is None
    assert plain_lines(Para("<b>bold</b> text", styles.body), [100.0]) is None
    assert plain_lines(Para("plain text", styles.body), [100.0]) is not None


def test_one_line_entries_are_drawn_without_a_paragraph_only_when_they_fit() -> None:
    from briefing.dossier.pdf_flowables import Line

    styles = PdfStyles.build()
    width = 470.0
    assert Line.fits("12 May 2024 · Background · Reported [19]", styles.meta, width)
    assert Line.fits("§34", styles.source, width)
    assert not Line.fits("", styles.source, width)
    assert not Line.fits("two  spaces", styles.source, width)  # a paragraph collapses them
    assert not Line.fits("Arabic مرحبا", styles.source, width)  # a fallback font sets it
    assert not Line.fits("word " * 200, styles.meta, width)  # more than a line
    line = Line("§34", styles.source, hanging="[3]", dest="annex.src.3")
    assert line.wrap(width, 100) == (width, styles.source.leading)
    assert (line.getSpaceBefore(), line.getSpaceAfter()) == (
        styles.source.spaceBefore,
        styles.source.spaceAfter,
    )


def test_links_are_written_as_reportlab_writes_them() -> None:
    import io
    import re

    from reportlab.pdfgen.canvas import Canvas

    from briefing.dossier.pdf_page import BriefCanvas

    def links(canvas_class: Any, **kwargs: Any) -> list[bytes]:
        out = io.BytesIO()
        canv = canvas_class(out, invariant=1, **kwargs)
        canv.bookmarkHorizontal("there", 0, 700)
        canv.translate(30.5, 40.25)
        canv.linkRect("", "there", Rect=(1, 2.5, 100.125, 20), relative=1)
        canv.linkRect("", "there", Rect=(0, 0, 10, 10), relative=0)
        canv.showPage()
        canv.save()
        return re.findall(rb"<<\n/Border[^\n]*\n>>", out.getvalue())

    ours = links(BriefCanvas, before_save=lambda canv: None)
    assert len(ours) == 2
    assert ours == links(Canvas)


def test_text_left_uncleaned_is_what_reportlabs_cleaner_would_leave() -> None:
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    from briefing.dossier.pdf_para import _is_clean

    rng = random.Random(7)
    chars = [
        *"ab c",
        " ",
        "\n",
        "\t",
        "\xa0",
        "\u2003",
        "\x85",
        "\u3000",
        "\x1c",
        "é",
        "\r",
        "\u200b",
    ]
    skipped = 0
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        if _is_clean(text):
            skipped += 1
            assert cleanBlockQuotedText(text) == text, repr(text)
    assert skipped > 1000


@pytest.mark.parametrize("text", ["Aال", "§3 — البيان الختامي", "שלום עולם"])
def test_shaped_text_wraps_again_without_being_shaped_twice(text: str) -> None:
    """A paragraph wrapped twice at one width (a frame, then a Pair or a table) gives the
    lines it gave the first time; shaping replaces its fragments, and the lines kept for
    the width must be found again, not the shaped fragments shaped anew (harfbuzz refuses
    them: an annex locator "Aال" stopped the export)."""
    styles = PdfStyles.build()
    para = Para(text, styles.body)
    first = para.breakLines([300.0, 300.0])
    again = para.breakLines([300.0, 300.0])
    assert again is first
    assert para.wrap(300.0, 800.0) == para.wrap(300.0, 800.0)


def test_no_break_spaces_are_broken_as_reportlab_breaks_them() -> None:
    """A French quotation («\xa0…\xa0», "10\xa0%") keeps its no-break spaces inside words,
    as reportlab's own split does: the lines are answered here, and are reportlab's."""
    styles = PdfStyles.build()
    rng = random.Random(4)
    words = [*COMMON, "«\xa0texte", "exact\xa0»", "10\xa0%", "a\xa0b\xa0c", "\u2003em", "x\ty"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 50)))
        style = rng.choice([styles.quote, styles.body, styles.source])
        width = rng.choice([[300.0, 300.0], [450.0, 420.0], 200.0])  # every word fits
        ours = plain_lines(Para(text, style), width)
        assert ours is not None, text
        assert _same(ours, RlParagraph(text, style).breakLines(width)), (text, width)
