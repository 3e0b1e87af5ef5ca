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
class ScriptFont:
    """A face that prints what the body fonts (Noto Serif, Noto Sans) have no glyph for.

    ``stem`` names the files ``<stem>-Regular.ttf`` (and ``-Bold.ttf`` when ``bold``) in
    ``resources/fonts``; ``paths`` instead lists files found on the machine at run time (the
    first readable one is used, none is required). ``name`` is the family name a DOCX
    gives Word; ``rtl`` marks a right-to-left script (DOCX ``w:rtl``, PDF reordering);
    ``shaped`` marks a script whose letters change with their neighbours (harfbuzz shapes
    them in the PDF; DOCX sets them as complex script, ``w:cs``); ``east_asian`` puts the
    face in the DOCX ``w:eastAsia`` slot.
    """

    name: str
    stem: str = ""
    bold: bool = True
    rtl: bool = False
    shaped: bool = False
    east_asian: bool = False
    paths: tuple[str, ...] = ()


# Tried in this order for each character the body fonts lack; the first that has a glyph
# prints it. A character none of them covers is reported by the export (never dropped
# silently). Noto CJK is too big to bundle (20 MB a face): a system font is used when there
# is one. Debian's Noto CJK is PostScript-flavoured OpenType, which reportlab cannot embed,
# so the TrueType fallbacks come first and the .ttc files are listed for other builds.
FALLBACK_FONTS: tuple[ScriptFont, ...] = (
    ScriptFont("Noto Sans Arabic", "NotoSansArabic", rtl=True, shaped=True),
    ScriptFont("Noto Sans Hebrew", "NotoSansHebrew", rtl=True, shaped=True),
    ScriptFont("Noto Sans Devanagari", "NotoSansDevanagari", shaped=True),
    ScriptFont("Noto Sans Thai", "NotoSansThai", shaped=True),
    ScriptFont("Noto Sans Math", "NotoSansMath", bold=False),
    ScriptFont("Noto Sans Symbols 2", "NotoSansSymbols2", bold=False),
    ScriptFont(
        "Noto Sans CJK SC",
        bold=False,
        east_asian=True,
        paths=(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
        ),
    ),
)


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
    # Page furniture, as baselines measured from the page's top or bottom edge.
    marking_top: float = 29.8  # the marking band at the top of every page
    header_drop: float = 45.4  # the running header (dossier title, current section)
    footer_y: float = 36.9  # the footer: "Page x of y", marking, date
    furniture_rule: float = 0.5  # the rules under the header and above the footer
    marking_tracking: float = 1.2  # letter spacing of the marking band
    heading_gap: float = 12.8  # between a heading's number and its title
    list_indent: float = 18.0  # text of list items, right of their bullet or number
    cell_padding: tuple[float, float] = (5.0, 3.5)  # table cells: horizontal, vertical
    table_rule: float = 0.8  # rules above and below a table's header and below its end
    grid_rule: float = 0.4  # the cell lines of a table written in a statement
    table_space_after: float = 8.0
    toc_space_before: tuple[float, float] = (7.0, 2.0)  # section entry, sub-section entry
    toc_number_gap: float = 11.3  # between an entry's number and its title
    toc_leader_pitch: float = 3.6  # distance between the dots of the leaders
    cover_top: float = 0.2  # fraction of the text height left blank above the cover title
    cover_gap: float = 25.5  # around the cover's rule
    cover_rule: tuple[float, float] = (113.4, 1.0)  # the cover's rule: length, thickness
    cover_columns: tuple[float, float] = (0.38, 0.5)  # cover lines: label, value
    lead_indent: float = 12.0  # a desk note (a section's lead) stands in by this much
    lead_bar: float = 2.0  # ... with a bar of this width in palette.accent at its left
    chart_gap: float = 6.0  # between bars, and (half of it) between a bar and its labels
    chart_title: TextStyle = TextStyle(
        "sans", 9.5, 12.5, "#1f3a5f", bold=True, space_before=10, space_after=1
    )
    chart_unit: TextStyle = TextStyle("sans", 8, 10, "#5b6470", space_after=4)
    chart_label: TextStyle = TextStyle("sans", 8, 10, "#1a1a1a")
    source_details: TextStyle = TextStyle("sans", 8.5, 11, "#5b6470", space_after=2)
    cover_marking: TextStyle = TextStyle(
        "sans", 11, 14, "#9b1c1c", bold=True, align="center", space_before=28, space_after=4
    )
    handling: TextStyle = TextStyle("sans", 9, 12, "#5b6470", italic=True, align="center")


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
