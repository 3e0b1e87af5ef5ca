"""List definitions (numbering.xml) and document settings (settings.xml) of a DOCX brief."""

from __future__ import annotations

from lxml import etree

from briefing.dossier.docx_styles import SERIF, rfonts
from briefing.dossier.docx_xml import ILVL, PPR, RPR, TAB, VAL, SubElement, twips, w

__all__ = ["Numbering", "install_settings", "set_setting"]


# --------------------------------------------------------------------------- numbering


def _lvl(
    parent: etree._Element, level: int, fmt: str, text: str, indent: float, font: str | None
) -> None:
    lvl = SubElement(parent, w("lvl"), {ILVL: str(level)})
    SubElement(lvl, w("start"), {VAL: "1"})
    SubElement(lvl, w("numFmt"), {VAL: fmt})
    SubElement(lvl, w("lvlText"), {VAL: text})
    SubElement(lvl, w("lvlJc"), {VAL: "left"})
    ppr = SubElement(lvl, PPR)
    tabs = SubElement(ppr, w("tabs"))
    SubElement(tabs, TAB, {VAL: "num", w("pos"): str(twips(indent))})
    step = twips(indent / (level + 1))
    SubElement(ppr, w("ind"), {w("left"): str(twips(indent)), w("hanging"): str(step)})
    if font is not None:
        rfonts(SubElement(lvl, RPR), font)


class Numbering:
    """The dossier's list definitions: one shared bullet list, one decimal list per block.

    Word continues a numbered list across everything sharing a ``w:num``; each numbered
    block gets its own ``w:num`` (with a start override) so it restarts.
    """

    def __init__(self, numbering: etree._Element, indent: float, key_indent: float) -> None:
        self._root = numbering
        for child in list(numbering):  # the template's definitions are not used
            if child.tag in (w("abstractNum"), w("num")):
                numbering.remove(child)
        self._next_num = 1
        bullet = etree.Element(w("abstractNum"), {w("abstractNumId"): "0"})
        SubElement(bullet, w("nsid"), {VAL: "6B2F1A01"})
        SubElement(bullet, w("multiLevelType"), {VAL: "hybridMultilevel"})
        # characters the bundled Noto Serif has (it lacks ▪ and ◦)
        for level, char in enumerate(("•", "–", "‣", "•", "–", "‣")):
            _lvl(bullet, level, "bullet", char, indent * (level + 1), SERIF)
        decimal = etree.Element(w("abstractNum"), {w("abstractNumId"): "1"})
        SubElement(decimal, w("nsid"), {VAL: "6B2F1A02"})
        SubElement(decimal, w("multiLevelType"), {VAL: "hybridMultilevel"})
        formats = ("decimal", "lowerLetter", "lowerRoman", "decimal", "lowerLetter", "lowerRoman")
        for level, fmt in enumerate(formats):
            _lvl(decimal, level, fmt, f"%{level + 1}.", indent * (level + 1), None)
        key = etree.Element(w("abstractNum"), {w("abstractNumId"): "2"})
        SubElement(key, w("nsid"), {VAL: "6B2F1A03"})
        SubElement(key, w("multiLevelType"), {VAL: "singleLevel"})
        _lvl(key, 0, "bullet", "•", key_indent, SERIF)
        numbering.insert(0, bullet)
        bullet.addnext(decimal)
        decimal.addnext(key)
        self._tail = numbering.find(w("numIdMacAtCleanup"))
        self._new: list[etree._Element] = []
        self.bullet = self._add(0, None)
        self.decimal = self._add(1, None)
        self.key_bullet = self._add(2, None)

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
        return self._add(1, start)

    def flush(self) -> None:
        """Write the collected ``w:num`` definitions into the part (once, at the end)."""
        if self._tail is not None:
            for num in self._new:
                self._tail.addprevious(num)
        else:
            self._root.extend(self._new)
        self._new = []


# --------------------------------------------------------------------------- settings

# CT_Settings children in schema order, as far as this module inserts any.
_SETTINGS_ORDER = (
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
)


def set_setting(settings: etree._Element, name: str, attrs: dict[str, str] | None = None) -> None:
    """Set ``w:<name>`` in settings.xml, in schema order (replacing an existing one)."""
    for old in settings.findall(w(name)):
        settings.remove(old)
    el = etree.Element(w(name), attrs or {})
    rank = _SETTINGS_ORDER.index(name)
    for child in settings:
        local = etree.QName(child).localname
        if local not in _SETTINGS_ORDER or _SETTINGS_ORDER.index(local) > rank:
            child.addprevious(el)
            return
    settings.append(el)


def install_settings(settings: etree._Element, lang: str) -> None:
    """Fields refreshed on open (Word recomputes the contents' page numbers), embedded
    fonts used, no preview picture of another document, the theme language."""
    for name in ("savePreviewPicture", "attachedTemplate"):
        for old in settings.findall(w(name)):
            settings.remove(old)
    set_setting(settings, "embedTrueTypeFonts")
    set_setting(settings, "updateFields", {VAL: "true"})
    theme_lang = settings.find(w("themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(VAL, lang)
