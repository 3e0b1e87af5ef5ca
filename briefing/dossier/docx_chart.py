"""Key-figure charts for the DOCX: the shared reportlab drawings, rasterised to PNG.

``chart_drawing.chart_drawings`` builds the drawings, the same ones the PDF prints.
reportlab's own bitmap renderer (renderPM) needs its ``rlPyCairo`` backend, i.e. pycairo,
which PyPI offers for this platform only as source needing the cairo headers; so
``drawing_png`` draws the drawing's primitives (rectangles, lines, strings, after reportlab
has expanded the chart into them) with Pillow, which reportlab already requires, using the
bundled Noto faces. A PNG is what Word and LibreOffice both show reliably in a DOCX.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw, ImageFont
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

from briefing.dossier.chart_drawing import chart_drawings
from briefing.dossier.document import Chart
from briefing.dossier.fonts import FONT_DIR
from briefing.dossier.styles import StyleSheet

__all__ = ["ChartImage", "chart_images", "drawing_png"]

DPI = 200

Affine = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class ChartImage:
    """One picture of a chart: PNG bytes and its size on the page (points)."""

    png: bytes
    width: float
    height: float


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
