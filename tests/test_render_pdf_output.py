"""Writing the PDF: progress up to the total, a cancelled export leaves nothing, the
atomic write, and what the renderer imports."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.dossier.document import Dossier
from briefing.dossier.output import ExportCancelled, atomic_output
from briefing.dossier.render_pdf import render_pdf
from tests.pdf_readback import _render_dossier
from tests.sample_dossier import sample_dossier

pytestmark = pytest.mark.export


def _annex_notes(dossier: Dossier) -> int:
    return sum(len(g.notes) for g in dossier.source_groups)


def test_progress_is_reported_up_to_the_total() -> None:
    calls: list[tuple[int, int]] = []
    dossier = sample_dossier()
    _render_dossier(dossier, lambda done, total: calls.append((done, total)))
    total = dossier.fact_count() + _annex_notes(dossier)
    assert len(calls) > total // 2
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert all(b[0] >= a[0] and b[1] == total for a, b in itertools.pairwise(calls))


def test_cancel_propagates_and_leaves_nothing(tmp_path: Path) -> None:
    def cancel_after_three(done: int, total: int) -> None:
        if done >= 3:
            raise ExportCancelled()

    out = io.BytesIO()
    with pytest.raises(ExportCancelled):
        render_pdf(sample_dossier(), out, cancel_after_three)
    assert out.getvalue() == b""

    target = tmp_path / "brief.pdf"
    with pytest.raises(ExportCancelled), atomic_output(target) as handle:
        render_pdf(sample_dossier(), handle, cancel_after_three)
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_writes_a_pdf(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    with atomic_output(target) as handle:
        result = render_pdf(sample_dossier(language="fr", page_size="Letter"), handle)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(data)).pages) == result.pages


def test_renderer_imports_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys, briefing.dossier.render_pdf\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')]\n"
        "assert not bad, bad\n"
    )
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
