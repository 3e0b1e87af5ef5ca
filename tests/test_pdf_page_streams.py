"""Each page's content stream is compressed when the page ends (``BriefCanvas.showPage``),
not kept as text until the file is written: the same file, fewer bytes held."""

from __future__ import annotations

import io
from typing import Any

import pytest
from reportlab import rl_config

from briefing.dossier.pdf_page import BriefCanvas
from briefing.dossier.render_pdf import render_pdf
from tests.sample_dossier import sample_dossier


def _render(language: str) -> bytes:
    out = io.BytesIO()
    render_pdf(sample_dossier(language=language, facts_per_section=10, long_text=True), out)
    return out.getvalue()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_pages_compressed_as_they_end_make_the_same_file(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    pages: list[Any] = []
    compress = BriefCanvas._compress_page

    def spy(page: Any) -> None:
        compress(page)
        pages.append(page)

    with monkeypatch.context() as m:
        m.setattr(BriefCanvas, "_compress_page", staticmethod(spy))
        early = _render(language)
    assert len(pages) > 5
    assert all(page.stream is None and page.Contents is not None for page in pages)
    with monkeypatch.context() as m:  # reportlab's own way: text until the file is written
        m.setattr(BriefCanvas, "_compress_page", staticmethod(lambda page: None))
        late = _render(language)
    assert early == late


def test_an_uncompressed_page_is_left_to_reportlab() -> None:
    """A page reportlab would not compress (not what a brief sets) keeps its text."""
    from reportlab.pdfbase import pdfdoc

    page = pdfdoc.PDFPage()
    page.setStream(["BT ET"])
    page.setCompression(0)
    BriefCanvas._compress_page(page)
    assert page.stream == "BT ET\n" and not page.Contents


@pytest.mark.parametrize("a85", [0, 1])
def test_a_page_is_encoded_with_reportlabs_filters(
    a85: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfbase import pdfdoc

    monkeypatch.setattr(rl_config, "useA85", a85)
    document = pdfdoc.PDFDocument(invariant=1)
    made = []
    for early in (True, False):
        page = pdfdoc.PDFPage()
        page.setStream(["BT /F1 9 Tf (Душанбе) Tj ET", "q 1 0 0 1 0 0 cm Q"])
        page.setCompression(1)
        page.ExtGState = page.XObjects = None  # as the canvas sets them
        page._shadingUsed = {}
        if early:
            BriefCanvas._compress_page(page)
            assert page.stream is None
        page.check_format(document)
        made.append(page.Contents.format(document))
    assert made[0] == made[1]
    assert (b"ASCII85Decode" in made[0]) == bool(a85)
