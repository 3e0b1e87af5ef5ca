"""The opening of a dossier (the preview's first pages): in order, cut where the budget
ends, with the sources of what it keeps, printable as it stands."""

from __future__ import annotations

import io

from pypdf import PdfReader

from briefing.dossier.document import FactSection, KeyPointsSection
from briefing.dossier.excerpt import excerpt
from briefing.dossier.render_pdf import render_pdf
from tests.sample_dossier import sample_dossier


def test_a_budget_larger_than_the_dossier_keeps_it_whole() -> None:
    dossier = sample_dossier()
    whole = excerpt(dossier, 10_000)
    assert whole.complete and whole.dossier is dossier
    assert whole.facts == whole.total == dossier.fact_count()


def test_the_opening_keeps_sections_in_order_and_only_the_sources_it_cites() -> None:
    dossier = sample_dossier()
    points = next(s for s in dossier.sections if isinstance(s, KeyPointsSection))
    budget = len(points.points) + 2
    part = excerpt(dossier, budget)
    assert not part.complete and part.total == dossier.fact_count()
    cut = part.dossier
    titles = [s.title for s in cut.sections]
    assert titles == [s.title for s in dossier.sections[: len(titles)]]
    assert part.facts == sum(len(s.facts) for s in cut.fact_sections()) <= 2
    cited = {f.source_number for s in cut.fact_sections() for f in s.facts}
    cited |= {
        p.source_number for s in cut.sections if isinstance(s, KeyPointsSection) for p in s.points
    }
    kept = {n.number for n in cut.sources}
    assert kept == {n for n in cited if n is not None}
    assert {n.number for g in cut.source_groups for n in g.notes} == kept
    assert cut.marking == dossier.marking and cut.cover == dossier.cover


def test_the_opening_prints() -> None:
    dossier = sample_dossier()
    part = excerpt(dossier, 3).dossier
    out = io.BytesIO()
    result = render_pdf(part, out)
    whole = render_pdf(dossier, io.BytesIO())
    assert 0 < result.pages <= whole.pages
    assert dossier.title in PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert all(isinstance(s, FactSection) or s.title for s in part.sections)
