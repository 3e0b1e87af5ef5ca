"""Writing the DOCX: progress and cancelling, the result's counts, the zip as python-docx
writes it, and what the renderer imports."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from briefing.dossier.fonts import FONT_DIR
from briefing.dossier.output import ExportCancelled, atomic_output
from briefing.dossier.render_docx import render_docx
from tests.docx_readback import bookmark, render, w
from tests.sample_dossier import sample_dossier

pytestmark = pytest.mark.export


def test_docx_renderer_loads_no_pdf_or_picture_library() -> None:
    """Charts aside, a DOCX needs neither reportlab nor Pillow (their imports cost time)."""
    code = (
        "import dataclasses, io, sys\n"
        "from briefing.dossier.render_docx import render_docx\n"
        "from tests.sample_dossier import sample_dossier\n"
        "d = sample_dossier(sections=1, facts_per_section=3)\n"
        "plain = tuple(s for s in d.sections if not getattr(s, 'charts', ()))\n"
        "render_docx(dataclasses.replace(d, sections=plain), io.BytesIO())\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'PIL'}))\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_package_is_the_zip_python_docx_writes() -> None:
    from briefing.dossier.docx_package import deflate, save_document

    document = docx.Document()
    document.add_paragraph("Héllo — Привет")
    blob = (FONT_DIR / "NotoSans-Regular.ttf").read_bytes()
    font = Part(
        PackURI("/word/fonts/font1.odttf"), "application/x-font", blob, document.part.package
    )
    document.part.relate_to(font, RT.FONT)
    stream = deflate(blob, 1)  # a stream zipfile would not make: it must be taken as it is
    ours, theirs = io.BytesIO(), io.BytesIO()
    save_document(document, ours, {id(blob): (blob, stream)})
    document.save(theirs)
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(theirs) as b:
        assert a.testzip() is None
        assert a.namelist() == b.namelist()
        for name in b.namelist():
            if name != "docProps/core.xml":
                assert a.read(name) == b.read(name), name
        info = a.getinfo("word/fonts/font1.odttf")
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.compress_size == len(stream.stream)
    assert docx.Document(ours).paragraphs[-1].text == "Héllo — Привет"


def test_progress_is_reported_and_reaches_total() -> None:
    calls: list[tuple[int, int]] = []
    render(
        sample_dossier(sections=4, facts_per_section=30), progress=lambda d, t: calls.append((d, t))
    )
    assert len(calls) >= 10
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1]
    dones = [c[0] for c in calls]
    assert dones == sorted(dones)
    assert len({c[1] for c in calls}) == 1


def test_cancel_propagates_and_atomic_output_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.docx"
    target.write_bytes(b"previous")
    seen = 0

    def cancel_soon(done: int, total: int) -> None:
        nonlocal seen
        seen += 1
        if seen == 3:
            raise ExportCancelled

    d = sample_dossier(sections=4, facts_per_section=30)
    with pytest.raises(ExportCancelled), atomic_output(target) as out:
        render_docx(d, out, cancel_soon)
    assert target.read_bytes() == b"previous"
    assert list(tmp_path.iterdir()) == [target]
    with atomic_output(target) as out:
        render_docx(d, out)
    assert docx.Document(str(target)).core_properties.title == d.title


def test_result_counts(en: Any, en_body: Any) -> None:
    result = en[2]
    assert result.paragraphs == sum(1 for _ in en_body.iter(w("p")))
    assert result.facts == en[0].fact_count()
    assert set(result.heading_pages) <= {bookmark(a) for a in result.heading_pages} | set(
        result.heading_pages
    )
    assert len(result.bookmark_pages) == sum(1 for _ in en_body.iter(w("bookmarkStart")))
