"""WordprocessingML building blocks for the DOCX renderer, made with lxml directly.

python-docx's ``add_paragraph`` scans the whole body on every call, so the renderer builds
its body here as plain lxml elements in the ``w:`` namespace and lets python-docx supply
only the package (template parts, relationships, core properties, saving).

Three groups of helpers:

* text and element helpers (``clean``, ``Maker`` for paragraphs and runs, fields,
  bookmarks, tables);
* ``install_styles`` / ``Numbering`` / ``install_settings``: rewrite the template's
  styles, list definitions and settings for the dossier's page size and language;
* ``replace_part_xml``: patch a template part python-docx keeps only as bytes
  (font table, theme).

Every user string that reaches an element is cleaned (XML 1.0 forbids most control
characters, see ``clean``) and set as element text, so lxml escapes ``<``, ``&`` and friends;
nothing is ever parsed as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"w": W_NS, "r": R_NS}

SERIF = "Noto Serif"
SANS = "Noto Sans"
MONO = "Courier New"  # metric-compatible substitutes exist everywhere (Liberation Mono)

SubElement = etree.SubElement
# lxml's element copy (deep) without the copy module's dispatch; missing from lxml-stubs.
_copy: Callable[[etree._Element], etree._Element] = etree._Element.__copy__  # type: ignore[attr-defined]


def w(name: str) -> str:
    """Clark name of a ``w:`` element or attribute."""
    return f"{{{W_NS}}}{name}"


# Tags and attribute names used in the hot loop, spelled once.
P, PPR, PSTYLE, R, RPR, T, TAB = w("p"), w("pPr"), w("pStyle"), w("r"), w("rPr"), w("t"), w("tab")
RSTYLE, B, IT, LANG = w("rStyle"), w("b"), w("i"), w("lang")
HYPERLINK, ANCHOR, HISTORY = w("hyperlink"), w("anchor"), w("history")
VAL, ID, NAME, TYPE = w("val"), w("id"), w("name"), w("type")
NUMPR, ILVL, NUMID = w("numPr"), w("ilvl"), w("numId")
KEEPNEXT, PAGEBREAKBEFORE = w("keepNext"), w("pageBreakBefore")
BOOKMARK_START, BOOKMARK_END = w("bookmarkStart"), w("bookmarkEnd")
FLDCHAR, FLDCHARTYPE, INSTRTEXT = w("fldChar"), w("fldCharType"), w("instrText")
R_ID = f"{{{R_NS}}}id"
XML_SPACE = f"{{{XML_NS}}}space"

_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile("[\t\n\r]")
_NEEDS_CLEANING = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` made safe for XML 1.0: control characters dropped, tabs/newlines as spaces."""
    if _NEEDS_CLEANING.search(text) is None:
        return text
    return _BAD_CHARS.sub("", _SPACES.sub(" ", text))


def new_container() -> etree._Element:
    """A detached ``w:body`` to build content in; its children are moved into the document."""
    return etree.Element(w("body"), nsmap=NSMAP)


# --------------------------------------------------------------------------- paragraphs


class Maker:
    """Appends the frequent small subtrees (paragraph, run) by copying prototypes.

    One C-level copy of ``w:p/w:pPr/w:pStyle`` replaces three Python-level SubElement
    calls, which makes the body about three times cheaper to build. Prototypes are per
    Maker (lxml elements must not be shared across threads).
    """

    def __init__(self) -> None:
        self._paras: dict[tuple[str | None, bool], etree._Element] = {}
        self._lists: dict[tuple[str, int], etree._Element] = {}
        self._runs: dict[tuple[bool, bool, str | None, bool], etree._Element] = {}
        self._shapes: dict[tuple[str, str, bool], etree._Element] = {}
        self.paragraphs = 0

    def para(
        self, parent: etree._Element, style: str | None = None, *, page_break_before: bool = False
    ) -> etree._Element:
        """Append a ``w:p`` with paragraph style ``style`` to ``parent``; return it."""
        key = (style, page_break_before)
        proto = self._paras.get(key)
        if proto is None:
            proto = etree.Element(P, nsmap=NSMAP)
            if style is not None or page_break_before:
                ppr = SubElement(proto, PPR)
                if style is not None:
                    SubElement(ppr, PSTYLE, {VAL: style})
                if page_break_before:  # CT_PPr order: pStyle, keepNext, …, pageBreakBefore
                    SubElement(ppr, PAGEBREAKBEFORE)
            self._paras[key] = proto
        p = _copy(proto)
        parent.append(p)
        self.paragraphs += 1
        return p

    def list_para(self, parent: etree._Element, style: str, num_id: int) -> etree._Element:
        """Append a list paragraph carrying its numbering explicitly (level 0)."""
        key = (style, num_id)
        proto = self._lists.get(key)
        if proto is None:
            proto = etree.Element(P, nsmap=NSMAP)
            ppr = SubElement(proto, PPR)
            SubElement(ppr, PSTYLE, {VAL: style})
            numpr = SubElement(ppr, NUMPR)
            SubElement(numpr, ILVL, {VAL: "0"})
            SubElement(numpr, NUMID, {VAL: str(num_id)})
            if len(self._lists) > 64:  # numbered lists each have their own num id
                self._lists.clear()
            self._lists[key] = proto
        p = _copy(proto)
        parent.append(p)
        self.paragraphs += 1
        return p

    def run(
        self,
        parent: etree._Element,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        char_style: str | None = None,
    ) -> etree._Element:
        """Append a run holding ``text`` (cleaned, escaped by lxml) with direct formatting."""
        if _NEEDS_CLEANING.search(text) is not None:
            text = _BAD_CHARS.sub("", _SPACES.sub(" ", text))
        preserve = text[:1].isspace() or text[-1:].isspace()
        key = (bold, italic, char_style, preserve)
        proto = self._runs.get(key)
        if proto is None:
            proto = etree.Element(R, nsmap=NSMAP)
            if char_style is not None or bold or italic:
                rpr = SubElement(proto, RPR)
                # CT_RPr order: rStyle ... b ... i
                if char_style is not None:
                    SubElement(rpr, RSTYLE, {VAL: char_style})
                if bold:
                    SubElement(rpr, B)
                if italic:
                    SubElement(rpr, IT)
            t = SubElement(proto, T)
            if preserve:
                t.set(XML_SPACE, "preserve")
            self._runs[key] = proto
        r = _copy(proto)
        parent.append(r)
        r[-1].text = text
        return r

    # Whole-paragraph prototypes for the shapes repeated once per fact or source. Text that
    # may start or end with a space always sits in an xml:space="preserve" w:t.

    def text_para(self, parent: etree._Element, style: str, text: str) -> None:
        """Append a paragraph holding one unformatted run."""
        text = clean(text)
        preserve = text[:1].isspace() or text[-1:].isspace()
        key = ("text", style, preserve)
        proto = self._shapes.get(key)
        if proto is None:
            proto = etree.Element(P, nsmap=NSMAP)
            SubElement(SubElement(proto, PPR), PSTYLE, {VAL: style})
            t = SubElement(SubElement(proto, R), T)
            if preserve:
                t.set(XML_SPACE, "preserve")
            self._shapes[key] = proto
        p = _copy(proto)
        parent.append(p)
        self.paragraphs += 1
        p[1][0].text = text

    def text_link_para(
        self, parent: etree._Element, style: str, text: str, anchor: str, label: str
    ) -> None:
        """Append a paragraph "text" followed by an internal link "label" to ``anchor``."""
        key = ("text+link", style, True)
        proto = self._shapes.get(key)
        if proto is None:
            proto = etree.Element(P, nsmap=NSMAP)
            SubElement(SubElement(proto, PPR), PSTYLE, {VAL: style})
            SubElement(SubElement(proto, R), T, {XML_SPACE: "preserve"})
            link = SubElement(proto, HYPERLINK, {ANCHOR: "", HISTORY: "1"})
            SubElement(SubElement(link, R), T)
            self._shapes[key] = proto
        p = _copy(proto)
        parent.append(p)
        self.paragraphs += 1
        p[1][0].text = clean(text)
        link = p[2]
        link.set(ANCHOR, anchor)
        link[0][0].text = clean(label)

    def source_entry(
        self,
        parent: etree._Element,
        style: str,
        bookmark: tuple[int, str],
        label: str,
        title: str,
        details: str,
    ) -> None:
        """Append "<bookmark>label</bookmark><tab>title" (bold) + "details" as one paragraph."""
        key = ("source", style, True)
        proto = self._shapes.get(key)
        if proto is None:
            proto = etree.Element(P, nsmap=NSMAP)
            SubElement(SubElement(proto, PPR), PSTYLE, {VAL: style})
            SubElement(proto, BOOKMARK_START, {ID: "0", NAME: ""})
            r = SubElement(proto, R)
            SubElement(SubElement(r, RPR), B)
            SubElement(r, T, {XML_SPACE: "preserve"})
            SubElement(proto, BOOKMARK_END, {ID: "0"})
            r = SubElement(proto, R)
            SubElement(SubElement(r, RPR), B)
            SubElement(r, TAB)
            SubElement(r, T, {XML_SPACE: "preserve"})
            SubElement(SubElement(proto, R), T, {XML_SPACE: "preserve"})
            self._shapes[key] = proto
        p = _copy(proto)
        parent.append(p)
        self.paragraphs += 1
        bid = str(bookmark[0])
        start = p[1]
        start.set(ID, bid)
        start.set(NAME, bookmark[1])
        p[2][1].text = clean(label)
        p[3].set(ID, bid)
        p[4][2].text = clean(title)
        if details:
            p[5][0].text = clean(details)
        else:
            p.remove(p[5])


def add_tab(parent: etree._Element, *, web_hidden: bool = False) -> None:
    """Append a run holding a tab character."""
    r = SubElement(parent, R)
    if web_hidden:
        SubElement(SubElement(r, RPR), w("webHidden"))
    SubElement(r, TAB)


def add_internal_link(parent: etree._Element, anchor: str) -> etree._Element:
    """Append a ``w:hyperlink`` to bookmark ``anchor``; put runs inside the returned element."""
    return SubElement(parent, HYPERLINK, {ANCHOR: anchor, HISTORY: "1"})


def add_external_link(parent: etree._Element, rel_id: str) -> etree._Element:
    """Append a ``w:hyperlink`` to an external relationship; put runs inside it."""
    return SubElement(parent, HYPERLINK, {R_ID: rel_id, HISTORY: "1"})


def add_bookmark_start(parent: etree._Element, bookmark_id: int, name: str) -> None:
    SubElement(parent, BOOKMARK_START, {ID: str(bookmark_id), NAME: name})


def add_bookmark_end(parent: etree._Element, bookmark_id: int) -> None:
    SubElement(parent, BOOKMARK_END, {ID: str(bookmark_id)})


def _fld_char(parent: etree._Element, kind: str, web_hidden: bool) -> None:
    r = SubElement(parent, R)
    if web_hidden:
        SubElement(SubElement(r, RPR), w("webHidden"))
    SubElement(r, FLDCHAR, {FLDCHARTYPE: kind})


def begin_field(parent: etree._Element, instruction: str, *, web_hidden: bool = False) -> None:
    """Append the begin / instruction / separate runs of a complex field."""
    _fld_char(parent, "begin", web_hidden)
    r = SubElement(parent, R)
    if web_hidden:
        SubElement(SubElement(r, RPR), w("webHidden"))
    instr = SubElement(r, INSTRTEXT, {XML_SPACE: "preserve"})
    instr.text = f" {instruction} "
    _fld_char(parent, "separate", web_hidden)


def end_field(parent: etree._Element, *, web_hidden: bool = False) -> None:
    """Append the end run of a complex field."""
    _fld_char(parent, "end", web_hidden)


def add_field(
    parent: etree._Element, instruction: str, cached: str, *, web_hidden: bool = False
) -> etree._Element:
    """Append a complete complex field whose last computed result is ``cached``.

    Returns the ``w:t`` holding the cached result (to correct it later if need be).
    """
    begin_field(parent, instruction, web_hidden=web_hidden)
    r = SubElement(parent, R)
    if web_hidden:
        SubElement(SubElement(r, RPR), w("webHidden"))
    t = SubElement(r, T, {XML_SPACE: "preserve"})
    t.text = clean(cached)
    end_field(parent, web_hidden=web_hidden)
    return t


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Column:
    """A table column: header text and width in twentieths of a point (twips)."""

    header: str
    width: int


def start_table(
    maker: Maker,
    parent: etree._Element,
    style: str,
    columns: Sequence[Column],
    header_style: str,
) -> etree._Element:
    """Append a fixed-layout table with a repeating, bold, shaded header row; return it."""
    tbl = SubElement(parent, w("tbl"))
    tblpr = SubElement(tbl, w("tblPr"))
    SubElement(tblpr, w("tblStyle"), {VAL: style})
    SubElement(tblpr, w("tblW"), {w("w"): str(sum(c.width for c in columns)), TYPE: "dxa"})
    SubElement(tblpr, w("tblLayout"), {TYPE: "fixed"})
    SubElement(
        tblpr,
        w("tblLook"),
        {
            VAL: "0620",  # firstRow | noHBand | noVBand
            w("firstRow"): "1",
            w("lastRow"): "0",
            w("firstColumn"): "0",
            w("lastColumn"): "0",
            w("noHBand"): "1",
            w("noVBand"): "1",
        },
    )
    grid = SubElement(tbl, w("tblGrid"))
    for c in columns:
        SubElement(grid, w("gridCol"), {w("w"): str(c.width)})
    tr = SubElement(tbl, w("tr"))
    trpr = SubElement(tr, w("trPr"))
    SubElement(trpr, w("cantSplit"))
    SubElement(trpr, w("tblHeader"))
    for c in columns:
        cell = table_cell(tr, c.width, shade="DCE3EF")
        maker.run(maker.para(cell, header_style), c.header)
    return tbl


def table_row(tbl: etree._Element) -> etree._Element:
    """Append a body row (allowed to break across pages)."""
    return SubElement(tbl, w("tr"))


def table_cell(tr: etree._Element, width: int, *, shade: str | None = None) -> etree._Element:
    """Append a cell of ``width`` twips; add at least one paragraph to it."""
    tc = SubElement(tr, w("tc"))
    tcpr = SubElement(tc, w("tcPr"))
    SubElement(tcpr, w("tcW"), {w("w"): str(width), TYPE: "dxa"})
    if shade is not None:
        SubElement(tcpr, w("shd"), {VAL: "clear", w("color"): "auto", w("fill"): shade})
    return tc


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class PageGeometry:
    """Page and text-area sizes in twips."""

    width: int
    height: int
    margin: int
    header_distance: int

    @property
    def text_width(self) -> int:
        return self.width - 2 * self.margin

    @property
    def text_height(self) -> int:
        return self.height - 2 * self.margin


def rfonts(parent: etree._Element, face: str) -> etree._Element:
    """Append ``w:rFonts`` naming ``face`` in all four slots (so no script falls back)."""
    return SubElement(
        parent,
        w("rFonts"),
        {w("ascii"): face, w("hAnsi"): face, w("eastAsia"): face, w("cs"): face},
    )


_THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def _normalise_rfonts(el: etree._Element) -> None:
    """Replace theme font references by explicit Noto faces in all four slots."""
    major = any((el.get(w(a)) or "").startswith("major") for a in _THEME_ATTRS)
    face = SANS if major else MONO if el.get(w("ascii")) == "Courier" else SERIF
    for a in _THEME_ATTRS:
        if w(a) in el.attrib:
            del el.attrib[w(a)]
    for a in ("ascii", "hAnsi", "eastAsia", "cs"):
        el.set(w(a), face)


@dataclass(frozen=True)
class _Style:
    """A style definition in the few terms this renderer needs."""

    kind: str  # paragraph | character | table
    sid: str
    name: str
    based_on: str | None = None
    next_style: str | None = None
    font: str | None = None
    size: float | None = None  # points
    bold: bool = False
    italic: bool = False
    color: str | None = None
    underline: bool = False
    caps: bool = False
    letter_spacing: int | None = None  # twips
    before: int | None = None
    after: int | None = None
    line: int | None = None  # 240 = single
    keep_next: bool = False
    keep_lines: bool = False
    outline: int | None = None
    left: int | None = None
    right: int | None = None
    hanging: int | None = None
    jc: str | None = None
    tabs: tuple[tuple[str, int, str | None], ...] = ()  # (alignment, position, leader)
    border: tuple[str, str, int] | None = None  # (side, colour, space)
    num_id: int | None = None
    contextual: bool = False
    ui_priority: int | None = None
    quick: bool = False


def _style_element(s: _Style) -> etree._Element:
    el = etree.Element(w("style"), {TYPE: s.kind, w("styleId"): s.sid}, nsmap=NSMAP)
    if s.kind == "paragraph" and s.sid == "Normal":
        el.set(w("default"), "1")
    SubElement(el, NAME, {VAL: s.name})
    if s.based_on:
        SubElement(el, w("basedOn"), {VAL: s.based_on})
    if s.next_style:
        SubElement(el, w("next"), {VAL: s.next_style})
    if s.ui_priority is not None:
        SubElement(el, w("uiPriority"), {VAL: str(s.ui_priority)})
    if s.quick:
        SubElement(el, w("qFormat"))
    if s.kind == "paragraph":
        _style_ppr(el, s)
    rpr = SubElement(el, RPR)
    if s.font:
        rfonts(rpr, s.font)
    if s.bold:
        SubElement(rpr, B)
        SubElement(rpr, w("bCs"))
    if s.italic:
        SubElement(rpr, IT)
        SubElement(rpr, w("iCs"))
    if s.caps:
        SubElement(rpr, w("caps"))
    if s.color:
        SubElement(rpr, w("color"), {VAL: s.color})
    if s.letter_spacing is not None:
        SubElement(rpr, w("spacing"), {VAL: str(s.letter_spacing)})
    if s.size is not None:
        half = str(round(s.size * 2))
        SubElement(rpr, w("sz"), {VAL: half})
        SubElement(rpr, w("szCs"), {VAL: half})
    if s.underline:
        SubElement(rpr, w("u"), {VAL: "single"})
    if s.kind == "table":
        _table_style_parts(el)
    if len(rpr) == 0:
        el.remove(rpr)
    return el


def _style_ppr(el: etree._Element, s: _Style) -> None:
    ppr = SubElement(el, PPR)
    # CT_PPr order: keepNext keepLines pageBreakBefore ... numPr ... pBdr ... tabs ...
    # spacing ind contextualSpacing ... jc ... outlineLvl
    if s.keep_next:
        SubElement(ppr, KEEPNEXT)
    if s.keep_lines:
        SubElement(ppr, w("keepLines"))
    if s.num_id is not None:
        numpr = SubElement(ppr, NUMPR)
        SubElement(numpr, ILVL, {VAL: "0"})
        SubElement(numpr, NUMID, {VAL: str(s.num_id)})
    if s.border is not None:
        side, colour, space = s.border
        bdr = SubElement(ppr, w("pBdr"))
        SubElement(
            bdr,
            w(side),
            {VAL: "single", w("sz"): "6", w("space"): str(space), w("color"): colour},
        )
    if s.tabs:
        tabs = SubElement(ppr, w("tabs"))
        for align, pos, leader in s.tabs:
            attrs = {VAL: align, w("pos"): str(pos)}
            if leader:
                attrs[w("leader")] = leader
            SubElement(tabs, TAB, attrs)
    if s.before is not None or s.after is not None or s.line is not None:
        spacing = SubElement(ppr, w("spacing"))
        if s.before is not None:
            spacing.set(w("before"), str(s.before))
        if s.after is not None:
            spacing.set(w("after"), str(s.after))
        if s.line is not None:
            spacing.set(w("line"), str(s.line))
            spacing.set(w("lineRule"), "auto")
    if s.left is not None or s.right is not None or s.hanging is not None:
        ind = SubElement(ppr, w("ind"))
        if s.left is not None:
            ind.set(w("left"), str(s.left))
        if s.right is not None:
            ind.set(w("right"), str(s.right))
        if s.hanging is not None:
            ind.set(w("hanging"), str(s.hanging))
    if s.contextual:
        SubElement(ppr, w("contextualSpacing"))
    if s.jc:
        SubElement(ppr, w("jc"), {VAL: s.jc})
    if s.outline is not None:
        SubElement(ppr, w("outlineLvl"), {VAL: str(s.outline)})
    if len(ppr) == 0:
        el.remove(ppr)


_BORDER_COLOUR = "9AA5B8"
CELL_MARGIN = 100


def _table_style_parts(el: etree._Element) -> None:
    """Borders and cell margins of the table style, and a bold shaded first row."""
    ppr = etree.Element(PPR)
    SubElement(ppr, w("spacing"), {w("before"): "0", w("after"): "0"})
    rpr = el.find(RPR)
    if rpr is not None:
        rpr.addprevious(ppr)
    else:
        el.append(ppr)
    tblpr = SubElement(el, w("tblPr"))
    # Indent by the left cell margin so the borders, not the cell text, line up with the
    # page margin (Word 2010 layout, which LibreOffice follows).
    SubElement(tblpr, w("tblInd"), {w("w"): str(CELL_MARGIN), TYPE: "dxa"})
    borders = SubElement(tblpr, w("tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        SubElement(
            borders,
            w(side),
            {VAL: "single", w("sz"): "4", w("space"): "0", w("color"): _BORDER_COLOUR},
        )
    margins = SubElement(tblpr, w("tblCellMar"))
    for side, size in (("top", 45), ("left", CELL_MARGIN), ("bottom", 45), ("right", CELL_MARGIN)):
        SubElement(margins, w(side), {w("w"): str(size), TYPE: "dxa"})
    first = SubElement(el, w("tblStylePr"), {TYPE: "firstRow"})
    frpr = SubElement(first, RPR)
    SubElement(frpr, B)
    SubElement(frpr, w("bCs"))
    ftc = SubElement(first, w("tcPr"))
    SubElement(ftc, w("shd"), {VAL: "clear", w("color"): "auto", w("fill"): "DCE3EF"})


@dataclass(frozen=True)
class StyleIds:
    """Style ids the renderer writes into paragraphs and runs."""

    normal: str = "Normal"
    body: str = "BodyText"
    statement: str = "Statement"
    heading1: str = "Heading1"
    heading2: str = "Heading2"
    title: str = "Title"
    subtitle: str = "Subtitle"
    toc_heading: str = "TOCHeading"
    toc1: str = "TOC1"
    toc2: str = "TOC2"
    header: str = "Header"
    footer: str = "Footer"
    list_bullet: str = "ListBullet"
    list_number: str = "ListNumber"
    fact_meta: str = "FactMeta"
    quote: str = "Quote"
    source_entry: str = "SourceEntry"
    table_text: str = "TableText"
    table_heading: str = "TableHeading"
    table: str = "BriefingTable"
    cover_marking: str = "CoverMarking"
    cover_detail: str = "CoverDetail"
    hyperlink: str = "Hyperlink"
    code: str = "CodeChar"
    strong: str = "Strong"


STYLE = StyleIds()

# Sizes in points; everything else in twips.
BODY_PT = 10.5
META_PT = 8.0
H1_PT = 15.0
H2_PT = 12.0
TOC_PT = 10.5
TABLE_PT = 9.0
QUOTE_PT = 9.5
SOURCE_PT = 9.0
LINE = 264  # 1.1 × single
BODY_AFTER = 80
META_AFTER = 220
LIST_INDENT = 567
H1_BEFORE, H1_AFTER = 400, 140
H2_BEFORE, H2_AFTER = 260, 100

_INK = "1F2A44"
_ACCENT = "1F3864"
_ACCENT2 = "2F5496"
_GREY = "595959"


def _style_table(geometry: PageGeometry, bullet_num: int, number_num: int) -> list[_Style]:
    width = geometry.text_width
    toc_tab = (("right", width, "dot"),)
    return [
        _Style("paragraph", STYLE.normal, "Normal", font=SERIF, size=BODY_PT, quick=True),
        _Style(
            "paragraph",
            STYLE.body,
            "Body Text",
            based_on=STYLE.normal,
            after=BODY_AFTER,
            ui_priority=1,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.statement,
            "Statement",
            based_on=STYLE.body,
            keep_next=True,  # a fact's paragraphs stay with its meta line
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.heading1,
            "heading 1",
            based_on=STYLE.normal,
            next_style=STYLE.body,
            font=SANS,
            size=H1_PT,
            bold=True,
            color=_ACCENT,
            before=H1_BEFORE,
            after=H1_AFTER,
            line=240,
            keep_next=True,
            keep_lines=True,
            outline=0,
            border=("bottom", "B4C3DE", 3),
            ui_priority=9,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.heading2,
            "heading 2",
            based_on=STYLE.normal,
            next_style=STYLE.body,
            font=SANS,
            size=H2_PT,
            bold=True,
            color=_ACCENT2,
            before=H2_BEFORE,
            after=H2_AFTER,
            line=240,
            keep_next=True,
            keep_lines=True,
            outline=1,
            ui_priority=9,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.title,
            "Title",
            based_on=STYLE.normal,
            next_style=STYLE.subtitle,
            font=SANS,
            size=28,
            bold=True,
            color=_ACCENT,
            before=2600,
            after=240,
            line=240,
            ui_priority=10,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.subtitle,
            "Subtitle",
            based_on=STYLE.normal,
            next_style=STYLE.body,
            font=SANS,
            size=15,
            color=_GREY,
            after=600,
            line=240,
            border=("bottom", "B4C3DE", 12),
            ui_priority=11,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.toc_heading,
            "TOC Heading",
            based_on=STYLE.heading1,
            next_style=STYLE.normal,
            outline=9,
            ui_priority=39,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.toc1,
            "toc 1",
            based_on=STYLE.normal,
            next_style=STYLE.normal,
            font=SANS,
            size=TOC_PT,
            bold=True,
            color=_INK,
            before=120,
            after=40,
            line=240,
            tabs=toc_tab,
            left=0,
            right=567,
            ui_priority=39,
        ),
        _Style(
            "paragraph",
            STYLE.toc2,
            "toc 2",
            based_on=STYLE.normal,
            next_style=STYLE.normal,
            font=SANS,
            size=TOC_PT - 0.5,
            color=_INK,
            after=30,
            line=240,
            tabs=toc_tab,
            left=360,
            right=567,
            ui_priority=39,
        ),
        _Style(
            "paragraph",
            STYLE.header,
            "header",
            based_on=STYLE.normal,
            font=SANS,
            size=8,
            color=_GREY,
            after=0,
            line=240,
            tabs=(("right", width, None),),
            border=("bottom", "BFBFBF", 4),
            ui_priority=99,
        ),
        _Style(
            "paragraph",
            STYLE.footer,
            "footer",
            based_on=STYLE.normal,
            font=SANS,
            size=8,
            color=_GREY,
            after=0,
            line=240,
            tabs=(("center", width // 2, None), ("right", width, None)),
            border=("top", "BFBFBF", 4),
            ui_priority=99,
        ),
        _Style(
            "paragraph",
            STYLE.list_bullet,
            "List Bullet",
            based_on=STYLE.body,
            keep_next=True,
            after=40,
            left=LIST_INDENT,
            hanging=LIST_INDENT // 2,
            num_id=bullet_num,
            contextual=True,
            ui_priority=99,
        ),
        _Style(
            "paragraph",
            STYLE.list_number,
            "List Number",
            based_on=STYLE.body,
            keep_next=True,
            after=40,
            left=LIST_INDENT,
            hanging=LIST_INDENT // 2,
            num_id=number_num,
            contextual=True,
            ui_priority=99,
        ),
        _Style(
            "paragraph",
            STYLE.fact_meta,
            "Fact Meta",
            based_on=STYLE.normal,
            next_style=STYLE.body,
            font=SANS,
            size=META_PT,
            color=_GREY,
            after=META_AFTER,
            line=240,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.quote,
            "Quote",
            based_on=STYLE.normal,
            next_style=STYLE.normal,
            font=SERIF,
            size=QUOTE_PT,
            italic=True,
            color="404040",
            after=200,
            left=LIST_INDENT,
            right=LIST_INDENT // 2,
            border=("left", "B4C3DE", 8),
            ui_priority=29,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.source_entry,
            "Source Entry",
            based_on=STYLE.normal,
            next_style=STYLE.quote,
            font=SANS,
            size=SOURCE_PT,
            color=_INK,
            before=60,
            after=60,
            line=240,
            left=LIST_INDENT,
            hanging=LIST_INDENT,
            tabs=(("left", LIST_INDENT, None),),
            keep_next=True,
            keep_lines=True,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.table_text,
            "Table Text",
            based_on=STYLE.normal,
            font=SANS,
            size=TABLE_PT,
            after=0,
            line=240,
            quick=True,
        ),
        _Style(
            "paragraph",
            STYLE.table_heading,
            "Table Heading",
            based_on=STYLE.table_text,
            bold=True,
            color=_INK,
            keep_next=True,
        ),
        _Style(
            "paragraph",
            STYLE.cover_marking,
            "Cover Marking",
            based_on=STYLE.normal,
            font=SANS,
            size=11,
            bold=True,
            caps=True,
            color="A50021",
            letter_spacing=40,
            after=0,
            jc="center",
        ),
        _Style(
            "paragraph",
            STYLE.cover_detail,
            "Cover Detail",
            based_on=STYLE.normal,
            font=SANS,
            size=11,
            color="262626",
            after=100,
            line=240,
            tabs=(("left", 2835, None),),
            left=2835,
            hanging=2835,
        ),
        _Style("table", STYLE.table, "Briefing Table", based_on="TableNormal", ui_priority=59),
        _Style(
            "character",
            STYLE.hyperlink,
            "Hyperlink",
            based_on="DefaultParagraphFont",
            color="0563C1",
            underline=True,
            ui_priority=99,
        ),
        _Style(
            "character",
            STYLE.code,
            "Code",
            based_on="DefaultParagraphFont",
            font=MONO,
            size=BODY_PT - 1,
        ),
        _Style(
            "character",
            STYLE.strong,
            "Strong",
            based_on="DefaultParagraphFont",
            bold=True,
            ui_priority=22,
            quick=True,
        ),
    ]


def install_styles(
    styles: etree._Element,
    geometry: PageGeometry,
    lang: str,
    bullet_num: int,
    number_num: int,
) -> None:
    """Make the template's styles the dossier's: Noto faces, sizes, language, own styles.

    Existing definitions of the styles the renderer uses are replaced (keeping Word's
    built-in names so the navigation pane and TOC recognise them); every other
    ``w:rFonts`` in the part loses its theme reference and names a Noto face explicitly.
    """
    for el in styles.iter(w("rFonts")):
        _normalise_rfonts(el)

    defaults = styles.find(w("docDefaults"))
    if defaults is None:
        defaults = etree.Element(w("docDefaults"))
        styles.insert(0, defaults)
    defaults.clear()
    rpr = SubElement(SubElement(defaults, w("rPrDefault")), RPR)
    rfonts(rpr, SERIF)
    half = str(round(BODY_PT * 2))
    SubElement(rpr, w("sz"), {VAL: half})
    SubElement(rpr, w("szCs"), {VAL: half})
    SubElement(rpr, LANG, {VAL: lang, w("eastAsia"): lang, w("bidi"): "ar-SA"})
    ppr = SubElement(SubElement(defaults, w("pPrDefault")), PPR)
    SubElement(ppr, w("spacing"), {w("after"): "120", w("line"): str(LINE), w("lineRule"): "auto"})

    wanted = _style_table(geometry, bullet_num, number_num)
    ids = {s.sid for s in wanted}
    for old in list(styles.iterchildren(w("style"))):
        if old.get(w("styleId")) in ids:
            styles.remove(old)
    # The template's character styles linked to a replaced paragraph style ("Heading 1
    # Char" …) would keep the old look and a one-sided link: drop them.
    for old in list(styles.iterchildren(w("style"))):
        link = old.find(w("link"))
        if old.get(TYPE) == "character" and link is not None and link.get(VAL) in ids:
            styles.remove(old)
    for s in wanted:
        styles.append(_style_element(s))


def add_language_variant(styles: etree._Element, base: str, base_name: str, lang: str) -> str:
    """Add a paragraph style "``base_name`` (lang)" marking its text as ``lang``; its id.

    Foreign-language statements and quotes use these instead of a ``w:lang`` on every run
    (spell-checking and hyphenation then follow the text's language).
    """
    sid = base + "_" + re.sub("[^A-Za-z0-9]", "", lang)
    style = etree.SubElement(styles, w("style"), {TYPE: "paragraph", w("styleId"): sid})
    SubElement(style, NAME, {VAL: f"{base_name} ({lang})"})
    SubElement(style, w("basedOn"), {VAL: base})
    SubElement(style, w("uiPriority"), {VAL: "99"})
    rpr = SubElement(style, RPR)
    attrs = {VAL: lang}
    if lang.split("-")[0].lower() in _RTL:
        attrs[w("bidi")] = lang
    SubElement(rpr, LANG, attrs)
    return sid


_RTL = {"ar", "he", "fa", "ur", "ps", "yi", "dv"}


# --------------------------------------------------------------------------- numbering


def _lvl(
    parent: etree._Element, level: int, fmt: str, text: str, indent: int, font: str | None
) -> None:
    lvl = SubElement(parent, w("lvl"), {ILVL: str(level)})
    SubElement(lvl, w("start"), {VAL: "1"})
    SubElement(lvl, w("numFmt"), {VAL: fmt})
    SubElement(lvl, w("lvlText"), {VAL: text})
    SubElement(lvl, w("lvlJc"), {VAL: "left"})
    ppr = SubElement(lvl, PPR)
    tabs = SubElement(ppr, w("tabs"))
    SubElement(tabs, TAB, {VAL: "num", w("pos"): str(indent)})
    SubElement(ppr, w("ind"), {w("left"): str(indent), w("hanging"): str(LIST_INDENT // 2)})
    if font is not None:
        rfonts(SubElement(lvl, RPR), font)


class Numbering:
    """The dossier's list definitions: one shared bullet list, one decimal list per block.

    Word continues a numbered list across everything sharing a ``w:num``; each numbered
    block of a statement gets its own ``w:num`` (with a start override) so it restarts.
    """

    def __init__(self, numbering: etree._Element) -> None:
        self._root = numbering
        for el in numbering.iter(w("rFonts")):  # the template's bullets name one face
            face = el.get(w("ascii")) or el.get(w("hAnsi")) or SERIF
            for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
                if el.get(w(slot)) is None:
                    el.set(w(slot), face)
        abstract_ids = [
            int(a.get(w("abstractNumId"), "0")) for a in numbering.iter(w("abstractNum"))
        ]
        num_ids = [int(n.get(w("numId"), "0")) for n in numbering.iter(w("num"))]
        first_abstract = max(abstract_ids, default=-1) + 1
        self._next_num = max(num_ids, default=0) + 1
        self._bullet_abstract = first_abstract
        self._decimal_abstract = first_abstract + 1
        bullet = etree.Element(w("abstractNum"), {w("abstractNumId"): str(first_abstract)})
        SubElement(bullet, w("nsid"), {VAL: "6B2F1A01"})
        SubElement(bullet, w("multiLevelType"), {VAL: "hybridMultilevel"})
        for level, char in enumerate(("•", "–", "▪")):
            _lvl(bullet, level, "bullet", char, LIST_INDENT * (level + 1), SERIF)
        decimal = etree.Element(w("abstractNum"), {w("abstractNumId"): str(first_abstract + 1)})
        SubElement(decimal, w("nsid"), {VAL: "6B2F1A02"})
        SubElement(decimal, w("multiLevelType"), {VAL: "hybridMultilevel"})
        for level, fmt in enumerate(("decimal", "lowerLetter", "lowerRoman")):
            _lvl(decimal, level, fmt, f"%{level + 1}.", LIST_INDENT * (level + 1), None)
        # abstractNum elements must all precede the num elements.
        existing = list(numbering.iterchildren(w("abstractNum")))
        if existing:
            existing[-1].addnext(bullet)
        else:
            numbering.insert(0, bullet)
        bullet.addnext(decimal)
        self._tail = numbering.find(w("numIdMacAtCleanup"))
        self._new: list[etree._Element] = []
        self.bullet = self._add(self._bullet_abstract, None)
        self.decimal = self._add(self._decimal_abstract, None)

    def _add(self, abstract: int, start: int | None) -> int:
        num_id = self._next_num
        self._next_num += 1
        num = etree.Element(w("num"), {w("numId"): str(num_id)})
        SubElement(num, w("abstractNumId"), {VAL: str(abstract)})
        if start is not None:
            override = SubElement(num, w("lvlOverride"), {ILVL: "0"})
            SubElement(override, w("startOverride"), {VAL: str(start)})
        self._new.append(num)
        return num_id

    def numbered_list(self, start: int) -> int:
        """A fresh ``w:num`` for one numbered list starting at ``start``."""
        return self._add(self._decimal_abstract, start)

    def flush(self) -> None:
        """Write the collected ``w:num`` definitions into the part (once, at the end)."""
        if self._tail is not None:
            for num in self._new:
                self._tail.addprevious(num)
        else:
            self._root.extend(self._new)
        self._new = []


# --------------------------------------------------------------------------- settings


def install_settings(settings: etree._Element, lang: str) -> None:
    """Ask Word to refresh fields (TOC page numbers) on open; set the theme language."""
    for old in settings.findall(w("updateFields")):
        settings.remove(old)
    update = etree.Element(w("updateFields"), {VAL: "true"})
    # CT_Settings order: ... updateFields, hdrShapeDefaults, footnotePr, endnotePr, compat ...
    anchor = None
    for name in ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids"):
        anchor = settings.find(w(name))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(update)
    else:
        settings.append(update)
    theme_lang = settings.find(w("themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(VAL, lang)


# --------------------------------------------------------------------------- other parts


def add_fonts(font_table: bytes) -> bytes:
    """The font table with the renderer's faces described, so Word can substitute sensibly."""
    root = etree.fromstring(font_table)
    present = {f.get(NAME) for f in root.iterchildren(w("font"))}
    for face, family, pitch in (
        (SERIF, "roman", "variable"),
        (SANS, "swiss", "variable"),
        (MONO, "modern", "fixed"),
    ):
        if face in present:
            continue
        font = SubElement(root, w("font"), {NAME: face})
        SubElement(font, w("charset"), {VAL: "00"})
        SubElement(font, w("family"), {VAL: family})
        SubElement(font, w("pitch"), {VAL: pitch})
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def set_theme_fonts(theme: bytes) -> bytes:
    """The theme with Noto Sans / Noto Serif as its major / minor Latin fonts."""
    root = etree.fromstring(theme)
    for scheme, face in (("majorFont", SANS), ("minorFont", SERIF)):
        for latin in root.iter(f"{{{A_NS}}}{scheme}"):
            el = latin.find(f"{{{A_NS}}}latin")
            if el is not None:
                el.set("typeface", face)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def replace_part_xml(part: Any, reltype: str, transform: Callable[[bytes], bytes]) -> None:
    """Swap the blob-only part related to ``part`` by ``reltype`` for a transformed copy."""
    from docx.opc.part import Part

    for rel_id, rel in list(part.rels.items()):
        if rel.is_external or rel.reltype != reltype:
            continue
        old = rel.target_part
        new = Part.load(old.partname, old.content_type, transform(old.blob), old.package)
        part.drop_rel(rel_id)
        part.relate_to(new, reltype)


def move_children(source: etree._Element, before: etree._Element) -> None:
    """Move every child of ``source`` in front of ``before`` (e.g. the final w:sectPr)."""
    for child in list(source):
        before.addprevious(child)
