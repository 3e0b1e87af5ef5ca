"""WordprocessingML building blocks for the DOCX renderer, made with lxml directly.

python-docx's ``add_paragraph`` scans the whole body on every call, so the renderer builds
its body as plain lxml elements in the ``w:`` namespace and lets python-docx supply only the
package (template parts, relationships, core properties, saving).

This module holds what every other ``docx_*`` module uses: names (``w``), unit conversions,
``clean`` for text, ``Maker`` (paragraphs and runs copied from prototypes), and small helpers
for tabs, breaks, links, bookmarks and complex fields.

Every user string that reaches an element is cleaned (XML 1.0 forbids most control
characters) and set as element text, so lxml escapes ``<``, ``&`` and friends; nothing is
ever parsed as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from briefing.dossier.coverage import BODY, font_runs, is_rtl_text, needs_fallback
from briefing.dossier.styles import FALLBACK_FONTS

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"w": W_NS, "r": R_NS}

SubElement = etree.SubElement
# lxml's element copy (deep) without the copy module's dispatch; missing from lxml-stubs.
copy_element: Callable[[etree._Element], etree._Element] = etree._Element.__copy__  # type: ignore[attr-defined]


def w(name: str) -> str:
    """Clark name of a ``w:`` element or attribute."""
    return f"{{{W_NS}}}{name}"


# Tags and attribute names used in the hot loop, spelled once.
P, PPR, PSTYLE, R, RPR, T, TAB, BR = (
    w("p"),
    w("pPr"),
    w("pStyle"),
    w("r"),
    w("rPr"),
    w("t"),
    w("tab"),
    w("br"),
)
RSTYLE, B, IT, LANG, VANISH = w("rStyle"), w("b"), w("i"), w("lang"), w("vanish")
HYPERLINK, ANCHOR, HISTORY = w("hyperlink"), w("anchor"), w("history")
VAL, ID, NAME, TYPE = w("val"), w("id"), w("name"), w("type")
NUMPR, ILVL, NUMID = w("numPr"), w("ilvl"), w("numId")
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


def twips(points: float) -> int:
    """Points → twentieths of a point (Word's dxa)."""
    return round(points * 20)


def half_points(points: float) -> int:
    """A font size in points → Word's half-points (Word cannot say 8.8 pt: it prints 9)."""
    return max(2, round(points * 2))


def hex_colour(value: str) -> str:
    """A StyleSheet colour ("#1f3a5f") as Word writes it ("1F3A5F")."""
    return value.lstrip("#").upper()


# --------------------------------------------------------------------------- paragraphs


class Maker:
    """Appends the frequent small subtrees (paragraph, run) by copying prototypes.

    One C-level copy of ``w:p/w:pPr/w:pStyle`` replaces three Python-level SubElement
    calls, which makes the body about three times cheaper to build. Prototypes are per
    Maker (lxml elements must not be shared across threads).
    """

    def __init__(self) -> None:
        self._paras: dict[str | None, etree._Element] = {}
        self._lists: dict[tuple[str, int, int], etree._Element] = {}
        self._runs: dict[tuple[bool, bool, str | None, bool], etree._Element] = {}
        self._text_paras: dict[tuple[str, bool], etree._Element] = {}
        self._bookmark_start = etree.Element(BOOKMARK_START, {ID: "0", NAME: ""}, nsmap=NSMAP)
        self._bookmark_end = etree.Element(BOOKMARK_END, {ID: "0"}, nsmap=NSMAP)
        self.paragraphs = 0
        # text the body fonts lack: the fallbacks used (FALLBACK_FONTS indices from 1) and
        # the paragraphs holding right-to-left runs (``mark_bidi`` decides their direction)
        self.fallbacks_used: set[int] = set()
        self.rtl_paras: list[etree._Element] = []

    def para(self, parent: etree._Element, style: str | None = None) -> etree._Element:
        """Append a ``w:p`` with paragraph style ``style`` to ``parent``; return it."""
        proto = self._paras.get(style)
        if proto is None:
            proto = etree.Element(P, nsmap=NSMAP)
            if style is not None:
                SubElement(SubElement(proto, PPR), PSTYLE, {VAL: style})
            self._paras[style] = proto
        p = copy_element(proto)
        parent.append(p)
        self.paragraphs += 1
        return p

    def list_para(
        self, parent: etree._Element, style: str, num_id: int, level: int = 0
    ) -> etree._Element:
        """Append a list paragraph carrying its numbering explicitly."""
        key = (style, num_id, level)
        proto = self._lists.get(key)
        if proto is None:
            proto = etree.Element(P, nsmap=NSMAP)
            ppr = SubElement(proto, PPR)
            SubElement(ppr, PSTYLE, {VAL: style})
            numpr = SubElement(ppr, NUMPR)
            SubElement(numpr, ILVL, {VAL: str(level)})
            SubElement(numpr, NUMID, {VAL: str(num_id)})
            if len(self._lists) > 64:  # numbered lists each have their own num id
                self._lists.clear()
            self._lists[key] = proto
        p = copy_element(proto)
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
        """Append a run holding ``text`` with direct formatting; line breaks become w:br."""
        if "\n" in text:
            lines = text.split("\n")
            r = self.run(parent, lines[0], bold=bold, italic=italic, char_style=char_style)
            for line in lines[1:]:
                SubElement(r, BR)
                t = SubElement(r, T, {XML_SPACE: "preserve"})
                t.text = clean(line)
            return r
        if _NEEDS_CLEANING.search(text) is not None:
            text = _BAD_CHARS.sub("", _SPACES.sub(" ", text))
        if needs_fallback(text):
            return self._script_runs(parent, text, bold, italic, char_style)
        return self._plain_run(parent, text, bold, italic, char_style)

    def _plain_run(
        self,
        parent: etree._Element,
        text: str,
        bold: bool,
        italic: bool,
        char_style: str | None,
    ) -> etree._Element:
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
        r = copy_element(proto)
        parent.append(r)
        r[-1].text = text
        return r

    def _script_runs(
        self,
        parent: etree._Element,
        text: str,
        bold: bool,
        italic: bool,
        char_style: str | None,
    ) -> etree._Element:
        """``text`` as one run per font: the fallback's runs name it in every ``w:rFonts``
        slot, and right-to-left runs say ``w:rtl`` (complex scripts ``w:cs``), so Word and
        LibreOffice order and shape them. Returns the last run."""
        last: etree._Element | None = None
        for piece, index in font_runs(text):
            if index <= BODY:
                last = self._plain_run(parent, piece, bold, italic, char_style)
                continue
            font = FALLBACK_FONTS[index - 1]
            self.fallbacks_used.add(index)
            r = SubElement(parent, R)
            rpr = SubElement(r, RPR)
            if char_style is not None:
                SubElement(rpr, RSTYLE, {VAL: char_style})
            slots = ("ascii", "hAnsi", "eastAsia", "cs")
            SubElement(rpr, w("rFonts"), {w(slot): font.name for slot in slots})
            if bold:
                SubElement(rpr, B)
                SubElement(rpr, w("bCs"))
            if italic:
                SubElement(rpr, IT)
                SubElement(rpr, w("iCs"))
            if font.rtl:
                SubElement(rpr, w("rtl"))
                paragraph = parent if parent.tag == P else parent.getparent()
                if (
                    paragraph is not None
                    and paragraph.tag == P
                    and (not self.rtl_paras or self.rtl_paras[-1] is not paragraph)
                ):
                    self.rtl_paras.append(paragraph)
            if font.shaped:
                SubElement(rpr, w("cs"))
            t = SubElement(r, T)
            if piece[:1].isspace() or piece[-1:].isspace():
                t.set(XML_SPACE, "preserve")
            t.text = piece
            last = r
        assert last is not None
        return last

    def bookmark(self, p: etree._Element, bookmark_id: int, name: str) -> None:
        """Wrap the content of paragraph ``p`` (after its properties) in a bookmark."""
        start = copy_element(self._bookmark_start)
        start.set(ID, str(bookmark_id))
        start.set(NAME, name)
        p.insert(1 if len(p) and p[0].tag == PPR else 0, start)
        end = copy_element(self._bookmark_end)
        end.set(ID, str(bookmark_id))
        p.append(end)

    def text_para(self, parent: etree._Element, style: str, text: str) -> etree._Element:
        """Append a paragraph holding one unformatted run (the common statement)."""
        text = clean(text)
        if needs_fallback(text):
            p = self.para(parent, style)
            self.run(p, text)
            return p
        preserve = text[:1].isspace() or text[-1:].isspace()
        key = (style, preserve)
        proto = self._text_paras.get(key)
        if proto is None:
            proto = etree.Element(P, nsmap=NSMAP)
            SubElement(SubElement(proto, PPR), PSTYLE, {VAL: style})
            t = SubElement(SubElement(proto, R), T)
            if preserve:
                t.set(XML_SPACE, "preserve")
            self._text_paras[key] = proto
        p = copy_element(proto)
        parent.append(p)
        self.paragraphs += 1
        p[1][0].text = text
        return p


_BEFORE_BIDI = frozenset(
    [
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
    ]
)


def mark_bidi(paragraphs: list[etree._Element]) -> None:
    """Give ``w:bidi`` (right-to-left paragraph) to those of ``paragraphs`` that are mostly
    right-to-left text; the others keep their direction, with their right-to-left runs."""
    for p in paragraphs:
        if not is_rtl_text("".join(t.text or "" for t in p.iter(T))):
            continue
        ppr = p.find(PPR)
        if ppr is None:
            ppr = etree.Element(PPR)
            p.insert(0, ppr)
        # CT_PPrBase order: bidi follows pStyle ... numPr and precedes spacing, ind, jc
        before = _BEFORE_BIDI
        anchor = None
        for child in ppr:
            if etree.QName(child).localname in before:
                anchor = child
        bidi = etree.Element(w("bidi"))
        if anchor is not None:
            anchor.addnext(bidi)
        else:
            ppr.insert(0, bidi)


def add_tab(parent: etree._Element, *, web_hidden: bool = False) -> None:
    """Append a run holding a tab character."""
    r = SubElement(parent, R)
    if web_hidden:
        SubElement(SubElement(r, RPR), w("webHidden"))
    SubElement(r, TAB)


def add_break(parent: etree._Element) -> None:
    """Append a run holding a line break."""
    SubElement(SubElement(parent, R), BR)


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
    parent: etree._Element,
    instruction: str,
    cached: str,
    *,
    web_hidden: bool = False,
    char_style: str | None = None,
) -> etree._Element:
    """Append a complete complex field whose last computed result is ``cached``.

    Returns the ``w:t`` holding the cached result (to correct it later if need be).
    """
    begin_field(parent, instruction, web_hidden=web_hidden)
    r = SubElement(parent, R)
    if web_hidden or char_style:
        rpr = SubElement(r, RPR)
        if char_style:
            SubElement(rpr, RSTYLE, {VAL: char_style})
        if web_hidden:
            SubElement(rpr, w("webHidden"))
    t = SubElement(r, T, {XML_SPACE: "preserve"})
    t.text = clean(cached)
    end_field(parent, web_hidden=web_hidden)
    return t


def set_paragraph_property(
    p: etree._Element, name: str, attrs: dict[str, str] | None = None
) -> None:
    """Add a ``w:pPr`` child (e.g. keepNext) to ``p`` in schema order after its pStyle.

    Only for the few properties the renderer sets per paragraph (keepNext, keepLines,
    pageBreakBefore), which all follow ``w:pStyle`` and precede everything else it writes.
    """
    ppr = p.find(PPR)
    if ppr is None:
        ppr = etree.Element(PPR)
        p.insert(0, ppr)
    el = etree.Element(w(name), attrs or {})
    style = ppr.find(PSTYLE)
    order = ("keepNext", "keepLines", "pageBreakBefore")
    rank = order.index(name) if name in order else len(order)
    anchor = style
    for child in ppr:
        local = etree.QName(child).localname
        if local in order and order.index(local) < rank:
            anchor = child
    if anchor is not None:
        anchor.addnext(el)
    else:
        ppr.insert(0, el)


def new_container() -> etree._Element:
    """A detached ``w:body`` to build content in; its children are moved into the document."""
    return etree.Element(w("body"), nsmap=NSMAP)
