"""Word tables: fixed column widths, a header row that repeats, rows that never split.

LibreOffice and Word both honour ``w:tblHeader`` (the row repeats at the top of every page
the table continues on) and ``w:cantSplit`` (the row moves to the next page whole). A row
taller than a page cannot move anywhere: such a row (a cell holding pages of text) is left
free to split, or the application would cut it off.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from briefing.dossier.docx_xml import TYPE, VAL, SubElement, hex_colour, twips, w

__all__ = ["add_cell", "add_row", "start_table"]


def start_table(
    parent: etree._Element,
    style: str,
    widths: Sequence[float],
    *,
    indent: float = 0.0,
    borders: bool = True,
    align: str | None = None,
) -> etree._Element:
    """Append a fixed-layout table with columns ``widths`` (points); return it.

    ``indent`` moves the table right by the cell padding so that its left border, not the
    text in its cells, lines up with the margin. ``borders=False`` drops the style's rules
    (the cover's label/value table).
    """
    tbl = SubElement(parent, w("tbl"))
    tblpr = SubElement(tbl, w("tblPr"))
    SubElement(tblpr, w("tblStyle"), {VAL: style})
    SubElement(tblpr, w("tblW"), {w("w"): str(sum(twips(x) for x in widths)), TYPE: "dxa"})
    if align:
        SubElement(tblpr, w("jc"), {VAL: align})
    if indent and not align:
        SubElement(tblpr, w("tblInd"), {w("w"): str(twips(indent)), TYPE: "dxa"})
    if not borders:
        none = SubElement(tblpr, w("tblBorders"))
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            SubElement(none, w(side), {VAL: "nil"})
    SubElement(tblpr, w("tblLayout"), {TYPE: "fixed"})
    SubElement(
        tblpr,
        w("tblLook"),
        {
            VAL: "0420",  # firstRow | noVBand: the header row is the table's first
            w("firstRow"): "1",
            w("lastRow"): "0",
            w("firstColumn"): "0",
            w("lastColumn"): "0",
            w("noHBand"): "0",
            w("noVBand"): "1",
        },
    )
    grid = SubElement(tbl, w("tblGrid"))
    for width in widths:
        SubElement(grid, w("gridCol"), {w("w"): str(twips(width))})
    return tbl


def add_row(
    tbl: etree._Element, *, header: bool = False, cant_split: bool = True
) -> etree._Element:
    """Append a row: a header row repeats on each page; a row that can't split moves whole."""
    tr = SubElement(tbl, w("tr"))
    if cant_split or header:
        trpr = SubElement(tr, w("trPr"))
        if cant_split:
            SubElement(trpr, w("cantSplit"))
        if header:
            SubElement(trpr, w("tblHeader"))
    return tr


def add_cell(tr: etree._Element, width: float, *, fill: str | None = None) -> etree._Element:
    """Append a cell ``width`` points wide (shaded with ``fill``); add at least one
    paragraph to it."""
    tc = SubElement(tr, w("tc"))
    tcpr = SubElement(tc, w("tcPr"))
    SubElement(tcpr, w("tcW"), {w("w"): str(twips(width)), TYPE: "dxa"})
    if fill is not None:
        SubElement(tcpr, w("shd"), {VAL: "clear", w("color"): "auto", w("fill"): hex_colour(fill)})
    return tc
