"""How a dossier looks, as data both renderers read: sizes in points, colours as hex.

The DOCX and PDF renderers each turn a ``TextStyle`` into their library's own style
object; neither keeps a size, colour or width of its own, so a change here shows in both
formats and they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextStyle:
    """One kind of text. ``family`` is "serif" or "sans" (the bundled Noto faces)."""

    family: str
    size: float
    leading: float
    color: str = "#1a1a1a"
    bold: bool = False
    italic: bool = False
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0
    align: str = "left"  # left, center, right


@dataclass(frozen=True)
class Palette:
    """The dossier's colours (hex)."""

    ink: str = "#1a1a1a"
    muted: str = "#5b6470"
    rule: str = "#8a939e"
    accent: str = "#1f3a5f"
    link: str = "#1f4e79"
    marking: str = "#9b1c1c"
    head_fill: str = "#e3e8ee"
    zebra_fill: str = "#f4f6f8"
    code_fill: str = "#eef0f2"
    chart_bars: tuple[str, ...] = ("#1f3a5f", "#4f7aa8", "#8fb0d3", "#c9d8e8")


@dataclass(frozen=True)
class StyleSheet:
    """Every style a dossier uses, plus page geometry (points)."""

    palette: Palette
    body: TextStyle
    list_item: TextStyle
    meta: TextStyle
    h1: TextStyle
    h2: TextStyle
    toc1: TextStyle
    toc2: TextStyle
    cell: TextStyle
    cell_head: TextStyle
    source_title: TextStyle
    source: TextStyle
    quote: TextStyle
    key_point: TextStyle
    person_name: TextStyle
    person_role: TextStyle
    see_also: TextStyle
    cover_kicker: TextStyle
    cover_title: TextStyle
    cover_subtitle: TextStyle
    cover_label: TextStyle
    cover_value: TextStyle
    marking_band: TextStyle
    header_footer: TextStyle
    margin: float = 62.4  # 2.2 cm
    chart_width: float = 300.0
    chart_bar_height: float = 14.0
    # Column widths of the tables, as fractions of the text width.
    figures_columns: tuple[float, ...] = (0.42, 0.22, 0.28, 0.08)
    who_columns: tuple[float, ...] = (0.30, 0.70)


INK = "#1a1a1a"
MUTED = "#5b6470"
ACCENT = "#1f3a5f"

BODY = TextStyle("serif", 10.5, 14.5, INK, space_after=4)
H1 = TextStyle("sans", 15, 19, ACCENT, bold=True, space_before=14, space_after=12)

STYLES = StyleSheet(
    palette=Palette(),
    body=BODY,
    list_item=TextStyle("serif", 10.5, 14.5, INK, space_after=2),
    meta=TextStyle("sans", 7.8, 10, MUTED, space_before=1, space_after=11),
    h1=H1,
    h2=TextStyle("sans", 12, 15, ACCENT, bold=True, space_before=12, space_after=8),
    toc1=TextStyle("sans", 10.5, 13.5, INK),
    toc2=TextStyle("sans", 9.5, 12, INK),
    cell=TextStyle("sans", 8.8, 11.2, INK),
    cell_head=TextStyle("sans", 8.8, 11.2, ACCENT, bold=True),
    source_title=TextStyle("sans", 9.5, 12.5, INK, bold=True, space_before=9, space_after=2),
    source=TextStyle("sans", 9, 12, INK, indent=31.2, space_before=5, space_after=2),
    quote=TextStyle("serif", 9.5, 13, INK, italic=True, indent=31.2, space_after=4),
    key_point=TextStyle("serif", 10.5, 14.5, INK, space_after=5, indent=14),
    person_name=TextStyle("sans", 10.5, 13.5, INK, bold=True, space_before=6),
    person_role=TextStyle("sans", 8.8, 11.5, MUTED, space_after=2),
    see_also=TextStyle("sans", 8.5, 11, MUTED, italic=True, space_before=4, space_after=8),
    cover_kicker=TextStyle("sans", 10, 14, MUTED, align="center", space_after=14),
    cover_title=TextStyle("serif", 25, 31, INK, bold=True, align="center", space_after=10),
    cover_subtitle=TextStyle("serif", 14, 19, INK, italic=True, align="center"),
    cover_label=TextStyle("sans", 8.5, 13, MUTED, align="right"),
    cover_value=TextStyle("serif", 11, 14, INK),
    marking_band=TextStyle("sans", 9, 11, "#9b1c1c", bold=True, align="center"),
    header_footer=TextStyle("sans", 8, 10, MUTED),
)
