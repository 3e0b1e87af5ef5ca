"""Key-figure charts for the DOCX: the PDF's reportlab bar chart, rasterised to PNG.

``chart_drawings`` builds the same reportlab ``Drawing`` the PDF prints: a
``HorizontalBarChart`` with each bar's label on the category axis and its ``value_text`` at
the bar's end, sized and coloured from the StyleSheet (``chart_width``,
``chart_bar_height``, ``chart_gap``, ``chart_label``, ``palette.chart_bars``).

reportlab's own bitmap renderer (renderPM) needs its ``rlPyCairo`` backend, i.e. pycairo,
which PyPI offers for this platform only as source needing the cairo headers; so
``drawing_png`` draws the drawing's primitives (rectangles, lines, strings, after reportlab
has expanded the chart into them) with Pillow, which reportlab already requires, using the
bundled Noto faces. A PNG is what Word and LibreOffice both show reliably in a DOCX.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import (
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
    UserNode,
)
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.dossier.document import Chart
from briefing.dossier.fonts import FONT_DIR, pdf_fonts
from briefing.dossier.styles import StyleSheet, TextStyle

__all__ = ["ChartImage", "chart_drawings", "chart_images", "drawing_png"]

# Shares of the chart's width the bar labels and the printed values may take at most
# (longer ones wrap onto more lines); the same as the PDF's.
LABEL_SHARE = 0.38
VALUE_SHARE = 0.3
# One drawing holds as many bars as fit in this share of the text height; more bars
# continue in a further drawing (a picture cannot split across pages).
DRAWING_SHARE = 0.8
LINES_SHARE = 0.4
DPI = 200

Affine = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class ChartImage:
    """One picture of a chart: PNG bytes and its size on the page (points)."""

    png: bytes
    width: float
    height: float


def _face(sheet_style: TextStyle) -> str:
    fonts = pdf_fonts()
    family = fonts.serif if sheet_style.family == "serif" else fonts.sans
    if sheet_style.bold:
        return family.bold_italic if sheet_style.italic else family.bold
    return family.italic if sheet_style.italic else family.regular


def _lines(value: str, font: str, size: float, width: float, most: int) -> list[str]:
    lines = simpleSplit(value, font, size, width) or [""]
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1].rstrip() + "…"]
    return list(lines)


def chart_drawings(chart: Chart, sheet: StyleSheet, frame: tuple[float, float]) -> list[Drawing]:
    """The chart's bars as one or more drawings no wider than ``frame[0]``."""
    bars = chart.bars
    if not bars:
        return []
    label = sheet.chart_label
    font, size, leading = _face(label), label.size, label.leading
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
            width=width,
            label_w=label_w,
            value_w=value_w,
            slot=slot,
            scale=(low, high),
        )
        for start in range(0, len(bars), per_drawing)
    ]


def _drawing(
    numbers: Sequence[float],
    labels: Sequence[str],
    values: Sequence[str],
    sheet: StyleSheet,
    *,
    width: float,
    label_w: float,
    value_w: float,
    slot: float,
    scale: tuple[float, float],
) -> Drawing:
    palette = sheet.palette
    label = sheet.chart_label
    font, size, leading = _face(label), label.size, label.leading
    ink = colors.HexColor(label.color)
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
    chart.barWidth = bar_h  # one bar and the space around it fill a slot
    chart.groupSpacing = slot - bar_h
    chart.barSpacing = 0
    chart.bars[0].fillColor = colors.HexColor(palette.chart_bars[0])
    chart.bars[0].strokeColor = None
    chart.bars[0].strokeWidth = 0

    axis = chart.categoryAxis
    axis.categoryNames = list(labels)
    axis.reverseDirection = 1  # the first bar on top
    axis.strokeColor = colors.HexColor(palette.rule)
    axis.strokeWidth = sheet.grid_rule
    axis.visibleTicks = 0
    axis.labels.fontName = font
    axis.labels.fontSize = size
    axis.labels.leading = leading
    axis.labels.fillColor = ink
    axis.labels.boxAnchor = "e"
    axis.labels.textAnchor = "end"
    axis.labels.dx = -gap / 2
    if negative:  # the labels stay left of the chart and of the negative bars' values
        axis.joinAxisMode = None
        negative_part = chart.width * (0 - low) / (high - low)
        axis.labels.dx = -gap / 2 - negative_part - (value_w + gap)

    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high

    chart.barLabelFormat = "values"
    chart.barLabelArray = [list(values)]
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = size
    chart.barLabels.leading = leading
    chart.barLabels.fillColor = ink
    # "w": the value starts at the bar's end (PMVLabel flips it for negative values);
    # "autox" resolves to "n" at angle 0 and would hang the value below the bar's end
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = gap / 2

    drawing = Drawing(width, chart.height + gap)
    drawing.add(chart)
    return drawing


# --------------------------------------------------------------------------- rasterising


def _multiply(a: Affine, b: Affine) -> Affine:
    """The transform applying ``b`` first, then ``a`` (reportlab's mmult order)."""
    return (
        a[0] * b[0] + a[2] * b[1],
        a[1] * b[0] + a[3] * b[1],
        a[0] * b[2] + a[2] * b[3],
        a[1] * b[2] + a[3] * b[3],
        a[0] * b[4] + a[2] * b[5] + a[4],
        a[1] * b[4] + a[3] * b[5] + a[5],
    )


def _apply(m: Affine, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _rgba(colour: Any) -> tuple[int, int, int, int] | None:
    if colour is None or not isinstance(colour, colors.Color):
        return None
    r, g, b, a = colour.rgba()
    return (round(r * 255), round(g * 255), round(b * 255), round(a * 255))


def _truetype(font_name: str, pixels: int) -> ImageFont.FreeTypeFont:
    """A Pillow font for a reportlab font name registered by ``pdf_fonts``."""
    stem = font_name if "-" in font_name else f"{font_name}-Regular"
    return ImageFont.truetype(str(FONT_DIR / f"{stem}.ttf"), pixels)


class _Painter:
    def __init__(self, drawing: Drawing, dpi: int) -> None:
        self.scale = dpi / 72.0
        self.width = max(1, math.ceil(drawing.width * self.scale))
        self.height = max(1, math.ceil(drawing.height * self.scale))
        # transparent, so the picture takes the page's colour (a white one showed as a box)
        self.image = Image.new("RGBA", (self.width, self.height), (255, 255, 255, 0))
        self.draw = ImageDraw.Draw(self.image)
        # reportlab's y axis points up; the bitmap's down
        self.base: Affine = (self.scale, 0.0, 0.0, -self.scale, 0.0, self.height)
        # FreeType faces are not shared between threads: each painting opens its own
        self.fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}

    def node(self, node: object, m: Affine) -> None:
        while isinstance(node, UserNode):
            node = node.provideNode()
        if isinstance(node, Group):
            inner = _multiply(m, tuple(node.transform))
            for child in node.contents:
                self.node(child, inner)
        elif isinstance(node, Rect):
            self.rect(node, m)
        elif isinstance(node, Line):
            self.polyline([(node.x1, node.y1), (node.x2, node.y2)], node, m)
        elif isinstance(node, Polygon):
            points = list(zip(node.points[::2], node.points[1::2], strict=True))
            fill = _rgba(node.fillColor)
            xy = [_apply(m, x, y) for x, y in points]
            if fill and len(xy) > 2:
                self.draw.polygon(xy, fill=fill)
            self.polyline([*points, points[0]], node, m)
        elif isinstance(node, PolyLine):
            points = list(zip(node.points[::2], node.points[1::2], strict=True))
            self.polyline(points, node, m)
        elif isinstance(node, String):
            self.string(node, m)

    def rect(self, node: Rect, m: Affine) -> None:
        x0, y0 = _apply(m, node.x, node.y)
        x1, y1 = _apply(m, node.x + node.width, node.y + node.height)
        box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        fill = _rgba(node.fillColor)
        if fill and box[2] > box[0] and box[3] > box[1]:
            self.draw.rectangle(box, fill=fill)
        stroke = _rgba(node.strokeColor)
        if stroke and node.strokeWidth:
            width = max(1, round(node.strokeWidth * self.scale))
            self.draw.rectangle(box, outline=stroke, width=width)

    def polyline(self, points: list[tuple[float, float]], node: object, m: Affine) -> None:
        stroke = _rgba(getattr(node, "strokeColor", None))
        width = getattr(node, "strokeWidth", 1) or 0
        if stroke is None or not width or len(points) < 2:
            return
        xy = [_apply(m, x, y) for x, y in points]
        self.draw.line(xy, fill=stroke, width=max(1, round(width * self.scale)))

    def string(self, node: String, m: Affine) -> None:
        fill = _rgba(node.fillColor)
        if fill is None or not node.text:
            return
        x, y = _apply(m, node.x, node.y)
        size = node.fontSize * math.hypot(m[0], m[1])
        key = (node.fontName, max(1, round(size)))
        font = self.fonts.get(key)
        if font is None:
            font = self.fonts[key] = _truetype(*key)
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(node.textAnchor, "ls")
        self.draw.text((x, y), node.text, fill=fill, font=font, anchor=anchor)


def drawing_png(drawing: Drawing, dpi: int = DPI) -> bytes:
    """``drawing`` as a PNG at ``dpi`` (transparent background)."""
    painter = _Painter(drawing, dpi)
    painter.node(drawing, painter.base)
    out = io.BytesIO()
    painter.image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def chart_images(chart: Chart, sheet: StyleSheet, frame: tuple[float, float]) -> list[ChartImage]:
    """The chart's pictures, each with its size on the page."""
    return [
        ChartImage(drawing_png(d), float(d.width), float(d.height))
        for d in chart_drawings(chart, sheet, frame)
    ]
