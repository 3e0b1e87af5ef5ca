"""A key-figures chart as reportlab drawings: the one picture the PDF and the DOCX both print.

``chart_drawings`` lays a ``Chart`` out as one or more ``Drawing``s, each a
``HorizontalBarChart`` with each bar's label on the category axis and its ``value_text`` at
the bar's end, sized and coloured from the StyleSheet (``chart_width``, ``chart_bar_height``,
``chart_gap``, ``chart_label``, ``palette.chart_bars``). The PDF renderer (``pdf_chart``)
puts the drawings on the page as they are; the DOCX renderer (``docx_chart``) paints them to
PNG. The chart's title and unit line are each renderer's own paragraphs, not part of the
drawing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.dossier.document import Chart
from briefing.dossier.fonts import pdf_fonts
from briefing.dossier.pdf_styles import color, face
from briefing.dossier.styles import StyleSheet, TextStyle

__all__ = ["DRAWING_SHARE", "LABEL_SHARE", "LINES_SHARE", "VALUE_SHARE", "chart_drawings"]

# Shares of the chart's width the bar labels and the printed values may take at most
# (longer ones wrap onto more lines).
LABEL_SHARE = 0.38
VALUE_SHARE = 0.3
# One drawing holds as many bars as fit in this share of the text height; a chart with more
# bars continues in a further drawing (neither a drawing nor a picture splits across pages).
DRAWING_SHARE = 0.8
# A label or value may take at most this share of the text height (more is cut with "…").
LINES_SHARE = 0.4


def _lines(value: str, font: str, size: float, width: float, most: int) -> list[str]:
    lines = simpleSplit(value, font, size, width) or [""]
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1].rstrip() + "…"]
    return list(lines)


def chart_drawings(chart: Chart, sheet: StyleSheet, frame: tuple[float, float]) -> list[Drawing]:
    """The chart's bars as one or more drawings no wider than ``frame[0]``, each holding the
    bars that fit in ``DRAWING_SHARE`` of ``frame[1]``; none for a chart without bars."""
    bars = chart.bars
    if not bars:
        return []
    label = sheet.chart_label
    font, size, leading = face(pdf_fonts(), label), label.size, label.leading
    frame_w, frame_h = frame
    width = min(sheet.chart_width, frame_w)
    gap = sheet.chart_gap
    most = max(1, int(frame_h * LINES_SHARE / leading))
    labels = [_lines(b.label, font, size, width * LABEL_SHARE, most) for b in bars]
    values = [_lines(b.value_text, font, size, width * VALUE_SHARE, most) for b in bars]
    label_w = max(stringWidth(line, font, size) for lines in labels for line in lines)
    value_w = max(stringWidth(line, font, size) for lines in values for line in lines)
    lines = max(len(x) for x in (*labels, *values))
    slot = max(sheet.chart_bar_height + gap, lines * leading + gap / 2)
    numbers = [b.value if math.isfinite(b.value) else 0.0 for b in bars]
    low, high = min(0.0, *numbers), max(0.0, *numbers)
    if high == low:
        high = low + 1.0
    per_drawing = max(1, int(frame_h * DRAWING_SHARE // slot))
    return [
        _drawing(
            numbers[start : start + per_drawing],
            ["\n".join(x) for x in labels[start : start + per_drawing]],
            ["\n".join(x) for x in values[start : start + per_drawing]],
            sheet,
            font=font,
            width=width,
            label_w=label_w,
            value_w=value_w,
            slot=slot,
            scale=(low, high),
        )
        for start in range(0, len(bars), per_drawing)
    ]


def _label_text(
    labels: Any, font: str, style: TextStyle, *, box_anchor: str, text_anchor: str
) -> None:
    """Set a chart's labels (category names or bar values) in ``style``."""
    labels.fontName = font
    labels.fontSize = style.size
    labels.leading = style.leading
    labels.fillColor = color(style.color)
    labels.boxAnchor = box_anchor
    labels.textAnchor = text_anchor


def _drawing(
    numbers: Sequence[float],
    labels: Sequence[str],
    values: Sequence[str],
    sheet: StyleSheet,
    *,
    font: str,
    width: float,
    label_w: float,
    value_w: float,
    slot: float,
    scale: tuple[float, float],
) -> Drawing:
    """One drawing of bars; ``scale`` (low, high) and the widths are the whole chart's, so
    the drawings of one chart line up."""
    palette = sheet.palette
    label = sheet.chart_label
    gap = sheet.chart_gap
    bar_h = sheet.chart_bar_height
    low, high = scale
    negative = low < 0

    chart = HorizontalBarChart()
    chart.x = label_w + gap
    chart.y = gap / 2
    chart.height = slot * len(numbers)
    # room for the values right of the bars and, with negative bars, left of them too
    chart.width = max(width - chart.x - gap - value_w - (value_w + gap if negative else 0), gap)
    if negative:
        chart.x += value_w + gap
    chart.data = [tuple(numbers)]
    chart.barWidth = bar_h  # bar widths are relative: one bar and its space fill a slot
    chart.groupSpacing = slot - bar_h
    chart.barSpacing = 0
    chart.bars[0].fillColor = color(palette.chart_bars[0])
    chart.bars[0].strokeColor = None
    chart.bars[0].strokeWidth = 0

    axis = chart.categoryAxis
    axis.categoryNames = list(labels)
    axis.reverseDirection = 1  # the first bar on top
    axis.strokeColor = color(palette.rule)
    axis.strokeWidth = sheet.grid_rule
    axis.visibleTicks = 0
    _label_text(axis.labels, font, label, box_anchor="e", text_anchor="end")
    axis.labels.dx = -gap / 2
    if negative:
        # the axis is the zero line the bars start from; the labels stay left of the chart
        # and of the room kept for the negative bars' values
        axis.joinAxisMode = None
        negative_part = chart.width * (0 - low) / (high - low)
        axis.labels.dx = -gap / 2 - negative_part - (value_w + gap)

    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high

    chart.barLabelFormat = "values"
    chart.barLabelArray = [list(values)]
    # "w"/"start": the value starts at the bar's end, its lines aligned there; reportlab
    # flips both ("e"/"end") for a negative value, which so ends at the bar's end. The
    # default "autox" resolves to "n" at angle 0 and would hang the value below the bar.
    _label_text(chart.barLabels, font, label, box_anchor="w", text_anchor="start")
    chart.barLabels.nudge = gap / 2

    # the initial font is the chart's own, so a PDF names no font it does not embed
    drawing = Drawing(width, chart.height + gap, initialFontName=font, initialFontSize=label.size)
    drawing.add(chart)
    return drawing
