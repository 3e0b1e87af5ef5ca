"""A key-figures chart in the PDF: its title and unit line, then the shared drawings.

The bars themselves are ``chart_drawing.chart_drawings``, the same drawings the DOCX paints
to PNG; a reportlab ``Drawing`` is a platypus flowable, so the PDF prints them as they are.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from briefing.dossier.chart_drawing import chart_drawings
from briefing.dossier.document import Chart
from briefing.dossier.pdf_flowables import Para
from briefing.dossier.pdf_styles import PdfStyles, text

__all__ = ["chart_flowables"]


def chart_flowables(chart: Chart, styles: PdfStyles, frame: tuple[float, float]) -> list[Flowable]:
    """The chart's title and unit line, then its bars as one or more drawings; the heading
    keeps with the first drawing."""
    heading: list[Flowable] = []
    if chart.title:
        heading.append(Para(text(chart.title), styles.chart_title))
    if chart.unit_text:
        heading.append(Para(text(chart.unit_text), styles.chart_unit))
    drawings: list[Flowable] = list(chart_drawings(chart, styles.sheet, frame))
    if not drawings:
        return heading
    return [KeepTogether([*heading, drawings[0]]), *drawings[1:]]
