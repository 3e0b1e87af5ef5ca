"""The StyleSheet as Word styles, list definitions, document defaults and settings.

Every size, colour, indent and spacing comes from ``briefing.dossier.styles.STYLES``: a
``TextStyle`` becomes a paragraph style with exact line spacing (its ``leading``), so the
page estimate of ``docx_layout`` computes the same line heights Word and LibreOffice use.
Nothing here inherits from the template: the template's styles are dropped and each style
states its font, size, colour and spacing in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lxml import etree

from briefing.dossier.docx_xml import (
    ILVL,
    IT,
    LANG,
    NAME,
    NSMAP,
    NUMID,
    NUMPR,
    PPR,
    RPR,
    TAB,
    TYPE,
    VAL,
    B,
    SubElement,
    half_points,
    hex_colour,
    twips,
    w,
)
from briefing.dossier.styles import StyleSheet, TextStyle

if TYPE_CHECKING:
    from briefing.dossier.docx_settings import Numbering

SERIF = "Noto Serif"
SANS = "Noto Sans"
MONO = "Courier New"  # metric-compatible substitutes exist everywhere (Liberation Mono)
FACES = {"serif": SERIF, "sans": SANS}

# Default regions for the languages a brief is usually written in (w:lang wants a tag).
_REGIONS = {
    "en": "en-GB",
    "fr": "fr-FR",
    "ru": "ru-RU",
    "de": "de-DE",
    "es": "es-ES",
    "it": "it-IT",
    "pt": "pt-PT",
    "ar": "ar-SA",
    "zh": "zh-CN",
    "uk": "uk-UA",
    "kk": "kk-KZ",
    "uz": "uz-Latn-UZ",
    "tg": "tg-Cyrl-TJ",
    "ky": "ky-KG",
    "tk": "tk-TM",
    "el": "el-GR",
    "tr": "tr-TR",
}
_RTL = {"ar", "he", "fa", "ur", "ps", "yi", "dv"}


def word_language(code: str, page_size: str = "A4") -> str:
    """A language tag for ``w:lang``: "fr" → "fr-FR"; tags with a region pass through."""
    tag = code.strip().replace("_", "-")
    if "-" in tag or not tag:
        return tag or "en-GB"
    if tag.lower() == "en" and page_size == "Letter":
        return "en-US"
    return _REGIONS.get(tag.lower(), tag)


@dataclass(frozen=True)
class Border:
    """A paragraph border: side, colour (hex), width and distance from the text (points)."""

    side: str
    colour: str
    width: float
    space: float


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style: its text style plus what Word needs beyond it (points).

    ``left`` and ``hanging`` place the text (``text.indent`` is the default left indent);
    ``tabs`` are (alignment, position, leader) triples.
    """

    sid: str
    name: str
    text: TextStyle
    left: float | None = None
    hanging: float = 0.0
    right: float = 0.0
    keep_next: bool = False
    keep_lines: bool = False
    outline: int | None = None
    tabs: tuple[tuple[str, float, str | None], ...] = ()
    border: Border | None = None
    num_id: int | None = None
    exact: bool = True  # exact line spacing; False for paragraphs that hold a picture
    tracking: float = 0.0  # letter spacing (points)
    ui_priority: int = 99
    quick: bool = False

    @property
    def indent(self) -> float:
        return self.text.indent if self.left is None else self.left


@dataclass(frozen=True)
class CharStyle:
    """A character style: a font, colour or size over the paragraph's."""

    sid: str
    name: str
    font: str | None = None
    colour: str | None = None
    size: float | None = None
    bold: bool = False
    underline: bool = False
    ui_priority: int = 99


@dataclass(frozen=True)
class Hangs:
    """Widths (points) of the number columns of headings and contents entries."""

    h1: float = 0.0
    h2: float = 0.0
    toc1: float = 0.0
    toc2: float = 0.0


class DocxStyles:
    """Every paragraph and character style of a DOCX brief, built from a StyleSheet.

    ``text_width`` is the page's text width in points (right tabs of the header, footer and
    contents stand at it); ``hangs`` the number columns measured on the dossier's numbers.
    """

    def __init__(
        self,
        sheet: StyleSheet,
        text_width: float,
        text_height: float,
        hangs: Hangs,
        numbering: Numbering,
    ) -> None:
        self.sheet = sheet
        bullet_num, number_num = numbering.bullet, numbering.decimal
        pal = sheet.palette
        rule = Border("bottom", pal.rule, sheet.furniture_rule, 2.0)
        self.normal = ParaStyle("Normal", "Normal", sheet.body, ui_priority=0, quick=True)
        self.body = ParaStyle("BodyText", "Body Text", sheet.body, ui_priority=1, quick=True)
        self.empty = ParaStyle("EmptyNote", "Empty Note", replace(sheet.body, italic=True))
        # a fact's paragraphs keep with its meta line
        self.statement = ParaStyle("Statement", "Statement", sheet.body, keep_next=True)
        self.desk_note = ParaStyle(
            "DeskNote",
            "Desk Note",
            sheet.body,
            left=sheet.lead_indent,
            border=Border("left", pal.accent, sheet.lead_bar, sheet.lead_indent / 2),
        )
        self.list_bullet = ParaStyle(
            "ListBullet",
            "List Bullet",
            sheet.list_item,
            left=sheet.list_indent,
            hanging=sheet.list_indent,
            num_id=bullet_num,
        )
        self.list_number = ParaStyle(
            "ListNumber",
            "List Number",
            sheet.list_item,
            left=sheet.list_indent,
            hanging=sheet.list_indent,
            num_id=number_num,
        )
        self.meta = ParaStyle("FactMeta", "Fact Meta", sheet.meta, quick=True)
        self.heading1 = ParaStyle(
            "Heading1",
            "heading 1",
            sheet.h1,
            left=hangs.h1,
            hanging=hangs.h1,
            keep_next=True,
            keep_lines=True,
            outline=0,
            tabs=(("left", hangs.h1, None),) if hangs.h1 else (),
            ui_priority=9,
            quick=True,
        )
        self.heading2 = ParaStyle(
            "Heading2",
            "heading 2",
            sheet.h2,
            left=hangs.h2,
            hanging=hangs.h2,
            keep_next=True,
            keep_lines=True,
            outline=1,
            tabs=(("left", hangs.h2, None),) if hangs.h2 else (),
            ui_priority=9,
            quick=True,
        )
        self.kicker = ParaStyle(
            "CoverKicker",
            "Cover Kicker",
            replace(sheet.cover_kicker, space_before=text_height * sheet.cover_top),
        )
        self.title = ParaStyle("Title", "Title", sheet.cover_title, ui_priority=10, quick=True)
        self.subtitle = ParaStyle(
            "Subtitle", "Subtitle", sheet.cover_subtitle, ui_priority=11, quick=True
        )
        # the short rule under the title: an empty paragraph's border, as long as the PDF's
        rule_length, rule_width = sheet.cover_rule
        rule_indent = max(0.0, (text_width - rule_length) / 2)
        self.cover_rule = ParaStyle(
            "CoverRule",
            "Cover Rule",
            TextStyle(
                sheet.body.family, 1, 1, space_before=sheet.cover_gap, space_after=sheet.cover_gap
            ),
            left=rule_indent,
            right=rule_indent,
            border=Border("bottom", pal.accent, rule_width, 0),
        )
        # a cover line is one paragraph, so that label and value share a baseline: the
        # label right-aligned at a tab, the value at the next, wrapping under itself
        label_share, value_share = sheet.cover_columns
        pad_x, pad_y = sheet.cell_padding
        x0 = text_width * (1 - label_share - value_share) / 2
        value_x = x0 + text_width * label_share + pad_x
        self.cover_line = ParaStyle(
            "CoverLine",
            "Cover Line",
            replace(sheet.cover_value, space_before=0.0, space_after=2 * pad_y),
            left=value_x,
            hanging=value_x - x0,
            right=x0,
            tabs=(("right", value_x - 2 * pad_x, None), ("left", value_x, None)),
        )
        self.cover_label = CharStyle(
            "CoverLabel",
            "Cover Label",
            font=FACES.get(sheet.cover_label.family, SANS),
            colour=sheet.cover_label.color,
            size=sheet.cover_label.size,
        )
        self.cover_marking = ParaStyle(
            "CoverMarking",
            "Cover Marking",
            sheet.cover_marking,
            keep_next=True,
            tracking=sheet.marking_tracking,
        )
        self.handling = ParaStyle("Handling", "Handling", sheet.handling)
        self.toc_heading = ParaStyle(
            "TOCHeading", "TOC Heading", sheet.h1, keep_next=True, ui_priority=39, quick=True
        )
        top_gap, sub_gap = sheet.toc_space_before
        page_tab = ("right", text_width, "dot")
        self.toc1 = ParaStyle(
            "TOC1",
            "toc 1",
            replace(sheet.toc1, space_before=top_gap),
            left=hangs.toc1,
            hanging=hangs.toc1,
            right=sheet.toc_number_gap * 2,
            tabs=((("left", hangs.toc1, None),) if hangs.toc1 else ()) + (page_tab,),
            ui_priority=39,
        )
        self.toc2 = ParaStyle(
            "TOC2",
            "toc 2",
            replace(sheet.toc2, space_before=sub_gap),
            left=hangs.toc1 + hangs.toc2,
            hanging=hangs.toc2,
            right=sheet.toc_number_gap * 2,
            tabs=((("left", hangs.toc1 + hangs.toc2, None),) if hangs.toc2 else ()) + (page_tab,),
            ui_priority=39,
        )
        self.marking = ParaStyle(
            "Marking", "Marking", sheet.marking_band, tracking=sheet.marking_tracking
        )
        self.header = ParaStyle(
            "Header",
            "header",
            replace(sheet.header_footer, space_before=2.0),
            tabs=(("right", text_width, None),),
            border=rule,
        )
        self.footer = ParaStyle(
            "Footer",
            "footer",
            sheet.header_footer,
            tabs=(("center", text_width / 2, None), ("right", text_width, None)),
            border=replace(rule, side="top"),
        )
        self.key_point = ParaStyle(
            "KeyPoint",
            "Key Point",
            sheet.key_point,
            hanging=sheet.key_point.indent,
            num_id=numbering.key_bullet,
        )
        self.person_name = ParaStyle(
            "PersonName", "Person Name", sheet.person_name, keep_next=True, keep_lines=True
        )
        self.person_role = ParaStyle(
            "PersonRole", "Person Role", sheet.person_role, keep_next=True, keep_lines=True
        )
        self.person_bio = ParaStyle(
            "PersonBio", "Person Bio", sheet.body, keep_next=True, keep_lines=True
        )
        self.bio_note = ParaStyle("BioNote", "Bio Note", sheet.meta, keep_lines=True)
        self.see_also = ParaStyle("SeeAlso", "See Also", sheet.see_also, keep_lines=True)
        self.source_title = ParaStyle(
            "SourceTitle", "Source Title", sheet.source_title, keep_next=True, keep_lines=True
        )
        self.source_details = ParaStyle(
            "SourceDetails", "Source Details", sheet.source_details, keep_next=True
        )
        self.source_entry = ParaStyle(
            "SourceEntry",
            "Source Entry",
            sheet.source,
            hanging=sheet.source.indent,
            tabs=(("left", sheet.source.indent, None),),
            keep_next=True,
            keep_lines=True,
        )
        self.quote = ParaStyle("Quote", "Quote", sheet.quote, ui_priority=29, quick=True)
        self.quote_numbered = ParaStyle(
            "QuoteNumbered",
            "Quote Numbered",
            sheet.quote,
            hanging=sheet.quote.indent,
            tabs=(("left", sheet.quote.indent, None),),
        )
        self.chart_title = ParaStyle(
            "ChartTitle", "Chart Title", sheet.chart_title, keep_next=True, keep_lines=True
        )
        self.chart_unit = ParaStyle(
            "ChartUnit", "Chart Unit", sheet.chart_unit, keep_next=True, keep_lines=True
        )
        self.chart = ParaStyle(
            "Chart",
            "Chart",
            replace(sheet.chart_label, space_after=sheet.table_space_after),
            keep_lines=True,
            exact=False,
        )
        self.cell = ParaStyle("TableText", "Table Text", sheet.cell)
        self.cell_head = ParaStyle("TableHeading", "Table Heading", sheet.cell_head)
        # the paragraph after a table: the table's space after
        self.table_gap = ParaStyle(
            "TableGap", "Table Gap", TextStyle(sheet.body.family, 1, sheet.table_space_after)
        )
        self.hyperlink = CharStyle("Hyperlink", "Hyperlink", colour=pal.link)
        self.code = CharStyle("CodeChar", "Code", font=MONO)
        self.strong = CharStyle("Strong", "Strong", bold=True, ui_priority=22)
        self.marking_char = CharStyle(
            "MarkingChar", "Marking Char", colour=sheet.marking_band.color, bold=True
        )
        self.table = "BriefingTable"

    def paragraph_styles(self) -> list[ParaStyle]:
        return [v for v in vars(self).values() if isinstance(v, ParaStyle)]

    def character_styles(self) -> list[CharStyle]:
        return [v for v in vars(self).values() if isinstance(v, CharStyle)]


# --------------------------------------------------------------------------- elements


def rfonts(parent: etree._Element, face: str) -> etree._Element:
    """Append ``w:rFonts`` naming ``face`` in all four slots (so no script falls back)."""
    return SubElement(
        parent,
        w("rFonts"),
        {w("ascii"): face, w("hAnsi"): face, w("eastAsia"): face, w("cs"): face},
    )


def _run_properties(rpr: etree._Element, text: TextStyle, tracking: float = 0.0) -> None:
    """CT_RPr in schema order: rFonts b bCs i iCs color spacing sz szCs."""
    rfonts(rpr, FACES.get(text.family, SERIF))
    if text.bold:
        SubElement(rpr, B)
        SubElement(rpr, w("bCs"))
    if text.italic:
        SubElement(rpr, IT)
        SubElement(rpr, w("iCs"))
    SubElement(rpr, w("color"), {VAL: hex_colour(text.color)})
    if tracking:
        SubElement(rpr, w("spacing"), {VAL: str(twips(tracking))})
    half = str(half_points(text.size))
    SubElement(rpr, w("sz"), {VAL: half})
    SubElement(rpr, w("szCs"), {VAL: half})


def _border(parent: etree._Element, border: Border) -> None:
    SubElement(
        parent,
        w(border.side),
        {
            VAL: "single",
            w("sz"): str(max(2, round(border.width * 8))),  # eighths of a point
            w("space"): str(round(border.space)),  # points
            w("color"): hex_colour(border.colour),
        },
    )


def _paragraph_properties(ppr: etree._Element, s: ParaStyle) -> None:
    """CT_PPr in schema order: keepNext keepLines widowControl numPr pBdr tabs spacing ind
    jc outlineLvl."""
    if s.keep_next:
        SubElement(ppr, w("keepNext"))
    if s.keep_lines:
        SubElement(ppr, w("keepLines"))
    if s.num_id is not None:
        numpr = SubElement(ppr, NUMPR)
        SubElement(numpr, ILVL, {VAL: "0"})
        SubElement(numpr, NUMID, {VAL: str(s.num_id)})
    if s.border is not None:
        _border(SubElement(ppr, w("pBdr")), s.border)
    if s.tabs:
        tabs = SubElement(ppr, w("tabs"))
        for align, pos, leader in s.tabs:
            attrs = {VAL: align, w("pos"): str(twips(pos))}
            if leader:
                attrs[w("leader")] = leader
            SubElement(tabs, TAB, attrs)
    text = s.text
    spacing = {
        w("before"): str(twips(text.space_before)),
        w("after"): str(twips(text.space_after)),
    }
    if s.exact:
        spacing[w("line")] = str(twips(text.leading))
        spacing[w("lineRule")] = "exact"
    else:
        spacing[w("line")] = "240"
        spacing[w("lineRule")] = "auto"
    SubElement(ppr, w("spacing"), spacing)
    ind = {w("left"): str(twips(s.indent)), w("right"): str(twips(s.right))}
    if s.hanging:
        ind[w("hanging")] = str(twips(s.hanging))
    else:
        ind[w("firstLine")] = "0"
    SubElement(ppr, w("ind"), ind)
    SubElement(ppr, w("jc"), {VAL: {"center": "center", "right": "right"}.get(text.align, "left")})
    if s.outline is not None:
        SubElement(ppr, w("outlineLvl"), {VAL: str(s.outline)})


def _style(
    kind: str, sid: str, name: str, ui_priority: int, quick: bool, based_on: str | None = None
) -> etree._Element:
    el = etree.Element(w("style"), {TYPE: kind, w("styleId"): sid}, nsmap=NSMAP)
    if sid == "Normal" or sid in ("DefaultParagraphFont", "TableNormal", "NoList"):
        el.set(w("default"), "1")
    SubElement(el, NAME, {VAL: name})
    if kind == "paragraph" and sid != "Normal":
        based_on = "Normal"
    if based_on:
        SubElement(el, w("basedOn"), {VAL: based_on})
    SubElement(el, w("uiPriority"), {VAL: str(ui_priority)})
    if quick:
        SubElement(el, w("qFormat"))
    return el


def paragraph_style_element(s: ParaStyle) -> etree._Element:
    el = _style("paragraph", s.sid, s.name, s.ui_priority, s.quick)
    _paragraph_properties(SubElement(el, PPR), s)
    _run_properties(SubElement(el, RPR), s.text, s.tracking)
    return el


def character_style_element(s: CharStyle) -> etree._Element:
    el = _style("character", s.sid, s.name, s.ui_priority, False, "DefaultParagraphFont")
    rpr = SubElement(el, RPR)
    if s.font:
        rfonts(rpr, s.font)
    if s.bold:
        SubElement(rpr, B)
        SubElement(rpr, w("bCs"))
    if s.colour:
        SubElement(rpr, w("color"), {VAL: hex_colour(s.colour)})
    if s.size:
        half = str(half_points(s.size))
        SubElement(rpr, w("sz"), {VAL: half})
        SubElement(rpr, w("szCs"), {VAL: half})
    if s.underline:
        SubElement(rpr, w("u"), {VAL: "single"})
    return el


def table_style_element(sid: str, sheet: StyleSheet) -> etree._Element:
    """The grid of tables written in statements and of the key figures: thin rules in
    ``palette.rule``, cells padded by ``cell_padding``."""
    el = _style("table", sid, "Briefing Table", 59, False, "TableNormal")
    ppr = SubElement(el, PPR)
    SubElement(ppr, w("spacing"), {w("before"): "0", w("after"): "0"})
    tblpr = SubElement(el, w("tblPr"))
    pad_x, pad_y = sheet.cell_padding
    borders = SubElement(tblpr, w("tblBorders"))
    size = str(max(2, round(sheet.grid_rule * 8)))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        SubElement(
            borders,
            w(side),
            {
                VAL: "single",
                w("sz"): size,
                w("space"): "0",
                w("color"): hex_colour(sheet.palette.rule),
            },
        )
    margins = SubElement(tblpr, w("tblCellMar"))
    for side, value in (("top", pad_y), ("left", pad_x), ("bottom", pad_y), ("right", pad_x)):
        SubElement(margins, w(side), {w("w"): str(twips(value)), TYPE: "dxa"})
    return el


def _default_styles() -> list[etree._Element]:
    """The three styles Word expects to find (default character, table and list styles)."""
    char = _style("character", "DefaultParagraphFont", "Default Paragraph Font", 1, False)
    table = _style("table", "TableNormal", "Normal Table", 99, False)
    tblpr = SubElement(table, w("tblPr"))
    SubElement(tblpr, w("tblInd"), {w("w"): "0", TYPE: "dxa"})
    margins = SubElement(tblpr, w("tblCellMar"))
    for side, value in (("top", 0), ("left", 108), ("bottom", 0), ("right", 108)):
        SubElement(margins, w(side), {w("w"): str(value), TYPE: "dxa"})
    numbering = _style("numbering", "NoList", "No List", 99, False)
    return [char, table, numbering]


def install_styles(styles: etree._Element, docx_styles: DocxStyles, lang: str) -> None:
    """Replace the template's styles by the dossier's (keeping its latent style list)."""
    for old in list(styles.iterchildren(w("style"))):
        styles.remove(old)
    defaults = styles.find(w("docDefaults"))
    if defaults is None:
        defaults = etree.Element(w("docDefaults"))
        styles.insert(0, defaults)
    defaults.clear()
    body = docx_styles.sheet.body
    rpr = SubElement(SubElement(defaults, w("rPrDefault")), RPR)
    rfonts(rpr, FACES.get(body.family, SERIF))
    half = str(half_points(body.size))
    SubElement(rpr, w("sz"), {VAL: half})
    SubElement(rpr, w("szCs"), {VAL: half})
    SubElement(rpr, LANG, {VAL: lang, w("eastAsia"): lang, w("bidi"): "ar-SA"})
    ppr = SubElement(SubElement(defaults, w("pPrDefault")), PPR)
    SubElement(ppr, w("widowControl"))
    SubElement(ppr, w("spacing"), {w("after"): "0", w("line"): "240", w("lineRule"): "auto"})
    styles.extend(_default_styles())
    for p in docx_styles.paragraph_styles():
        styles.append(paragraph_style_element(p))
    for c in docx_styles.character_styles():
        styles.append(character_style_element(c))
    styles.append(table_style_element(docx_styles.table, docx_styles.sheet))


def add_language_variant(styles: etree._Element, base: ParaStyle, lang: str) -> str:
    """Add a paragraph style "``base.name`` (lang)" marking its text as ``lang``; its id.

    Foreign-language statements and quotes use these instead of a ``w:lang`` on every run
    (spell-checking and hyphenation then follow the text's language).
    """
    sid = base.sid + "_" + re.sub("[^A-Za-z0-9]", "", lang)
    el = paragraph_style_element(replace(base, sid=sid, name=f"{base.name} ({lang})"))
    attrs = {VAL: lang}
    if lang.split("-")[0].lower() in _RTL:
        attrs[w("bidi")] = lang
    rpr = el.find(RPR)
    SubElement(rpr if rpr is not None else SubElement(el, RPR), LANG, attrs)
    styles.append(el)
    return sid
