"""A key-figures chart as reportlab graphics: a horizontal bar chart in a Drawing.

The chart prints what the Dossier gives: its title and unit line above the bars, each bar's
label on the category axis and its ``value_text`` at the bar's end. Sizes and colours come
from the StyleSheet (``chart_width``, ``chart_bar_height``, ``chart_gap``, ``chart_label``,
``palette.chart_bars``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from briefing.dossier.document import Chart
from briefing.dossier.pdf_flowables import Para
from briefing.dossier.pdf_styles import PdfStyles, color, face, text

__all__ = ["chart_flowables"]

# Shares of the chart's width the bar labels and the printed values may take at most
# (longer ones wrap onto more lines).
LABEL_SHARE = 0.38
VALUE_SHARE = 0.3
# One drawing holds as many bars as fit in this share of the text height; a chart with more
# bars continues in a second drawing (a drawing cannot split across pages).
DRAWING_SHARE = 0.8
# A label or value may take at most this share of the text height (more is cut with "…").
LINES_SHARE = 0.4


def _lines(value: str, font: str, size: float, width: float, most: int) -> list[str]:
    lines = simpleSplit(value, font, size, width) or [""]
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1].rstrip() + "…"]
    return list(lines)


def chart_flowables(chart: Chart, styles: PdfStyles, frame: tuple[float, float]) -> list[Flowable]:
    """The chart's title and unit line, then its bars as one or more drawings."""
    heading: list[Flowable] = []
    if chart.title:
        heading.append(Para(text(chart.title), styles.chart_title))
    if chart.unit_text:
        heading.append(Para(text(chart.unit_text), styles.chart_unit))
    drawings = _drawings(chart, styles, frame)
    if not drawings:
        return heading
    return [KeepTogether([*heading, drawings[0]]), *drawings[1:]]


def _drawings(chart: Chart, styles: PdfStyles, frame: tuple[float, float]) -> list[Drawing]:
    bars = chart.bars
    if not bars:
        return []
    sheet = styles.sheet
    label = sheet.chart_label
    font, size, leading = face(styles.fonts, label), label.size, label.leading
    frame_w, frame_h = frame
    width = min(sheet.chart_width, frame_w)
    gap = sheet.chart_gap
    most = max(1, int(frame_h * LINES_SHARE / leading))

    labels = [_lines(b.label, font, size, width * LABEL_SHARE, most) for b in bars]
    values = [_lines(b.value_text, font, size, width * VALUE_SHARE, most) for b in bars]
    label_w = max(stringWidth(line, font, size) for lines in labels for line in lines)
    value_w = max(stringWidth(line, font, size) for lines in values for line in lines)
    lines = max(len(x) for x in (*labels, *values))
    bar_h = sheet.chart_bar_height
    slot = max(bar_h + gap, lines * leading + gap / 2)

    numbers = [b.value if math.isfinite(b.value) else 0.0 for b in bars]
    low, high = min(0.0, *numbers), max(0.0, *numbers)
    if high == low:
        high = low + 1.0

    per_drawing = max(1, int(frame_h * DRAWING_SHARE // slot))
    drawings: list[Drawing] = []
    for start in range(0, len(bars), per_drawing):
        stop = start + per_drawing
        drawings.append(
            _drawing(
                numbers[start:stop],
                ["\n".join(x) for x in labels[start:stop]],
                ["\n".join(x) for x in values[start:stop]],
                styles,
                width=width,
                label_w=label_w,
                value_w=value_w,
                slot=slot,
                scale=(low, high),
            )
        )
    return drawings


def _drawing(
    numbers: Sequence[float],
    labels: Sequence[str],
    values: Sequence[str],
    styles: PdfStyles,
    *,
    width: float,
    label_w: float,
    value_w: float,
    slot: float,
    scale: tuple[float, float],
) -> Drawing:
    sheet = styles.sheet
    palette = sheet.palette
    label = sheet.chart_label
    font, size, leading = face(styles.fonts, label), label.size, label.leading
    ink = color(label.color)
    gap = sheet.chart_gap
    bar_h = sheet.chart_bar_height
    low, high = scale
    negative = low < 0

    chart = HorizontalBarChart()
    chart.x = label_w + gap
    chart.y = gap / 2
    chart.height = slot * len(numbers)
    chart.width = max(width - chart.x - gap - value_w - (value_w + gap if negative else 0), gap)
    if negative:
        chart.x += value_w + gap
    chart.data = [tuple(numbers)]
    # reportlab's bar widths are relative: one bar and the space around it fill a slot
    chart.barWidth = bar_h
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
    axis.visibleAxis = 0 if negative else 1  # with negative bars, a zero line instead
    axis.labels.fontName = font
    axis.labels.fontSize = size
    axis.labels.leading = leading
    axis.labels.fillColor = ink
    axis.labels.boxAnchor = "e"
    axis.labels.textAnchor = "end"
    axis.labels.dx = -gap / 2
    axis.joinAxisMode = "left"  # labels left of the plot, not on the zero line
    axis.labels.dx = -gap / 2 - (value_w + gap if negative else 0)

    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high

    chart.barLabelFormat = "values"
    chart.barLabelArray = [list(values)]
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = size
    chart.barLabels.leading = leading
    chart.barLabels.fillColor = ink
    chart.barLabels.boxAnchor = "w"  # reportlab turns it to "e" for negative values
    chart.barLabels.textAnchor = "start"
    chart.barLabels.nudge = gap / 2

    drawing = Drawing(width, chart.height + gap, initialFontName=font, initialFontSize=size)
    drawing.add(chart)
    if negative:  # the zero line the bars start from
        zero = chart.x + chart.width * (0 - low) / (high - low)
        drawing.add(
            Line(
                zero,
                chart.y,
                zero,
                chart.y + chart.height,
                strokeColor=color(palette.rule),
                strokeWidth=sheet.grid_rule,
            )
        )
    drawing.hAlign = "LEFT"
    return drawing
