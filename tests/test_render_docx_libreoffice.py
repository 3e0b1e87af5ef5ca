"""The DOCX as LibreOffice lays it out: every heading, fact and annex entry is on the page
the renderer's estimate and the contents give (needs soffice and pdftotext)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.docx_readback import bookmark, headings, render
from tests.sample_dossier import sample_dossier

pytestmark = pytest.mark.export


def _libreoffice_pdf(tmp_path: Path, data: bytes) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext not installed")
    source = tmp_path / "brief.docx"
    source.write_bytes(data)
    # Word bookmarks become named destinations, so every fact's page can be read back
    export = (
        "pdf:writer_pdf_Export:"
        '{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'
    )
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            export,
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = tmp_path / "brief.pdf"
    assert pdf.exists()
    return pdf


def _page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True)
    return out.stdout.decode().split("\f")[:-1]


@pytest.mark.libreoffice
@pytest.mark.parametrize(("language", "size"), [("en", "A4"), ("ru", "Letter"), ("fr", "A4")])
def test_libreoffice_pages_match_the_contents(tmp_path: Path, language: str, size: str) -> None:
    from pypdf import PdfReader

    facts = 4 if language == "en" else 25  # sections of several pages, sub-sections inside
    d = sample_dossier(language=language, page_size=size, facts_per_section=facts)  # type: ignore[arg-type]
    data, result = render(d)
    pdf = _libreoffice_pdf(tmp_path, data)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == result.estimated_pages

    # every heading, fact and annex entry on the page the estimate (and the contents) says
    actual = {
        name.lstrip("/").replace("5F", "_"): reader.get_destination_page_number(dest) + 1
        for name, dest in reader.named_destinations.items()
    }
    assert {k: actual.get(k) for k in result.bookmark_pages} == result.bookmark_pages
    assert len(result.bookmark_pages) > 30

    # the contents as LibreOffice shows them: each entry's number is its heading's page
    pages = _page_texts(pdf)
    contents = re.sub(r"\s+", " ", pages[1])
    anchors = [s.anchor for s in d.sections for s in [s, *getattr(s, "subsections", ())]]
    for (_, text), anchor in zip(headings(d), [*anchors, "sources"], strict=True):
        title = re.sub(r"\s+", " ", text.replace("\t", " "))
        found = re.search(re.escape(title) + r" ?\.+ ?(\d+)", contents)
        assert found is not None, title
        assert int(found.group(1)) == actual[bookmark(anchor)], title

    # each page's header: the marking on top, then the title of the section it belongs to
    starts = sorted((page, anchor) for anchor, page in result.heading_pages.items())
    titles = {s.anchor: f"{s.number} {s.title}" for s in d.sections}
    titles["sources"] = d.labels.sources
    for index, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == d.marking_text, index
        if index == 1:  # the cover: the marking at its foot too, no page number
            assert lines[-1] == d.marking_text
            continue
        footer = re.sub(r"\s+", " ", lines[-1])
        assert footer.startswith(d.labels.page_of.format(page=index, total=len(pages)))
        assert d.marking_text in footer and footer.endswith(d.date_text)
        if index == 2:
            assert lines[1].endswith(d.labels.contents)
            continue
        current = [a for page, a in starts if page <= index and a in titles][-1]
        assert re.sub(r"\s+", " ", lines[1]).endswith(re.sub(r"\s+", " ", titles[current]))

    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    assert "NotoSerif-Regular" in fonts.stdout and "NotoSans-Bold" in fonts.stdout
