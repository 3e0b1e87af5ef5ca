"""Key-figure charts: the PDF and the DOCX print one drawing, with values at the bars' ends.

Drawings are read back as what reportlab expands them into (bar rectangles, strings) and
measured in drawing points; a DOCX picture is compared with the painting of the very
drawing the PDF prints.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pytest
from PIL import Image
from reportlab.graphics.shapes import Drawing, Group, Rect, String, UserNode
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether

from briefing.dossier.chart_drawing import chart_drawings
from briefing.dossier.document import Chart, ChartBar
from briefing.dossier.docx_chart import chart_images, drawing_png
from briefing.dossier.pdf_chart import chart_flowables
from briefing.dossier.pdf_styles import PdfStyles
from briefing.dossier.styles import STYLES

FRAME = (470.0, 700.0)
GAP = STYLES.chart_gap
SIZE = STYLES.chart_label.size
BAR_FILL = colors.HexColor(STYLES.palette.chart_bars[0])

POSITIVE = Chart(
    "Trade turnover",
    "USD billion",
    (
        ChartBar("2023", 40.0, "40"),
        ChartBar("2024", 45.0, "45 (a record, up from 40 the year before)"),  # two lines
        ChartBar("Kazakhstan", 28.0, "28"),
    ),
)
NEGATIVE = Chart(
    "GDP growth",
    "% a year",
    (
        ChartBar("Kazakhstan", 4.8, "4.8 %"),
        ChartBar("Tajikistan", -1.5, "-1.5 %"),
        ChartBar("Kyrgyz Republic", 9.0, "9.0 %"),
        ChartBar("Turkmenistan", -6.25, "-6.25 % provisional estimate"),  # two lines
    ),
)
MANY = Chart(
    "Many", "units", tuple(ChartBar(f"Bar {i}", (-1) ** i * i, f"{i}") for i in range(1, 91))
)


@dataclass(frozen=True)
class Text:
    text: str
    left: float
    right: float
    baseline: float


@dataclass(frozen=True)
class Bar:
    left: float
    right: float
    bottom: float
    top: float


def _shapes(node: Any, dx: float = 0.0, dy: float = 0.0) -> tuple[list[Bar], list[Text]]:
    """The bars (rectangles in the bar colour, in drawing order) and the strings of a
    drawing, in drawing points."""
    while isinstance(node, UserNode):
        node = node.provideNode()
    bars: list[Bar] = []
    texts: list[Text] = []
    if isinstance(node, Rect) and node.fillColor == BAR_FILL:
        left, right = sorted((node.x + dx, node.x + node.width + dx))
        bottom, top = sorted((node.y + dy, node.y + node.height + dy))
        bars.append(Bar(left, right, bottom, top))
    elif isinstance(node, String):
        width = stringWidth(node.text, node.fontName, node.fontSize)
        x = node.x + dx
        left = {"start": x, "middle": x - width / 2, "end": x - width}[node.textAnchor]
        texts.append(Text(node.text, left, left + width, node.y + dy))
    elif isinstance(node, Group):
        a, b, c, d, e, f = node.transform
        assert (a, b, c, d) == (1, 0, 0, 1), "the chart only moves its parts"
        for child in node.contents:
            more_bars, more_texts = _shapes(child, dx + e, dy + f)
            bars += more_bars
            texts += more_texts
    return bars, texts


def _pdf_drawings(chart: Chart) -> list[Drawing]:
    """The drawings among the PDF's flowables for ``chart`` (the first kept with the title)."""
    out: list[Drawing] = []
    for flowable in chart_flowables(chart, PdfStyles.build(STYLES), FRAME):
        inner = flowable._content if isinstance(flowable, KeepTogether) else [flowable]
        out += [f for f in inner if isinstance(f, Drawing)]
    return out


def _printed(text: str, texts: list[Text]) -> list[Text]:
    """The strings ``text`` was printed as: itself, or its lines (top first) when it wrapped."""
    exact = [t for t in texts if t.text == text]
    if exact:
        return exact
    parts = sorted((t for t in texts if t.text in text), key=lambda t: -t.baseline)
    for start in range(len(parts)):
        for stop in range(start + 2, len(parts) + 1):
            if " ".join(t.text for t in parts[start:stop]) == text:
                return parts[start:stop]
    raise AssertionError(f"not printed: {text!r}")


# --------------------------------------------------------------------------- one drawing


@pytest.mark.parametrize("chart", [POSITIVE, NEGATIVE, MANY], ids=["positive", "negative", "many"])
def test_pdf_and_docx_print_the_same_drawing(chart: Chart) -> None:
    shared = chart_drawings(chart, STYLES, FRAME)
    pdf = _pdf_drawings(chart)
    images = chart_images(chart, STYLES, FRAME)
    assert len(shared) == len(pdf) == len(images) >= 1
    if chart is MANY:
        assert len(shared) > 1  # a long chart continues in further drawings
    bars = 0
    for one, printed, image in zip(shared, pdf, images, strict=True):
        assert _shapes(printed) == _shapes(one)  # the same bars and strings, same places
        assert (image.width, image.height) == (printed.width, printed.height)
        # the DOCX picture is the painting of the drawing the PDF prints
        assert image.png == drawing_png(printed)
        assert Image.open(io.BytesIO(image.png)).size[0] > image.width  # drawn above 72 dpi
        bars += len(_shapes(printed)[0])
    assert bars == len(chart.bars)


def test_a_chart_without_bars_is_only_its_heading() -> None:
    empty = Chart("Nothing", "", ())
    assert chart_drawings(empty, STYLES, FRAME) == []
    assert chart_images(empty, STYLES, FRAME) == []
    assert len(chart_flowables(empty, PdfStyles.build(STYLES), FRAME)) == 1  # the title


# --------------------------------------------------------------------------- values at bar ends


def _check_bar_ends(chart: Chart) -> tuple[list[Bar], list[Text], list[Text]]:
    """Asserts each value stands at its bar's end, beside it; returns the bars, the
    category labels' strings and the values' strings."""
    (drawing,) = chart_drawings(chart, STYLES, FRAME)
    bars, texts = _shapes(drawing)
    assert len(bars) == len(chart.bars)
    labels: list[Text] = []
    values: list[Text] = []
    for bar, data in zip(bars, chart.bars, strict=True):
        value = _printed(data.value_text, texts)
        label = _printed(data.label, texts)
        top = max(value, key=lambda t: t.baseline)
        # beside the bar, not hanging below its end: the first line's baseline and middle
        # are within the bar's height
        assert bar.bottom < top.baseline < bar.top, data.value_text
        assert bar.bottom < top.baseline + SIZE / 2 < bar.top, data.value_text
        assert any(bar.bottom < t.baseline < bar.top for t in label), data.label
        for line in value:
            if data.value >= 0:  # each line starts just right of the bar's end
                assert line.left == pytest.approx(bar.right + GAP / 2, abs=0.01), line
            else:  # each line ends just left of the bar's end
                assert line.right == pytest.approx(bar.left - GAP / 2, abs=0.01), line
        labels += label
        values += value
    assert sorted(map(repr, labels + values)) == sorted(map(repr, texts))  # nothing else
    assert all(t.left >= -0.01 and t.right <= drawing.width + 0.01 for t in texts)
    # the category labels stand left of every bar and every value
    assert max(t.right for t in labels) < min(b.left for b in bars)
    assert max(t.right for t in labels) < min(t.left for t in values)
    return bars, labels, values


def test_values_stand_right_of_positive_bars() -> None:
    bars, _, values = _check_bar_ends(POSITIVE)
    assert len(values) == len(POSITIVE.bars) + 1  # one value took two lines
    zero = bars[0].left
    assert all(b.left == pytest.approx(zero) for b in bars)
    lengths = [b.right - b.left for b in bars]
    assert lengths[1] == max(lengths)
    assert lengths[0] / lengths[1] == pytest.approx(40 / 45)


def test_values_stand_left_of_negative_bars_not_over_the_labels() -> None:
    bars, _, values = _check_bar_ends(NEGATIVE)
    assert len(values) == len(NEGATIVE.bars) + 1  # one value took two lines
    # negative bars end at the zero line the positive ones start from
    zero = bars[0].left
    for bar, data in zip(bars, NEGATIVE.bars, strict=True):
        assert (bar.right if data.value < 0 else bar.left) == pytest.approx(zero)
        assert bar.right - bar.left == pytest.approx(
            abs(data.value) / 9.0 * (bars[2].right - bars[2].left)
        )
    assert bars[2].right - bars[3].left > 60  # the plot keeps a useful width
