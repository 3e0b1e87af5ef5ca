"""Page furniture of a PDF brief: the marking band, running header and "Page x of y" footer.

The page total and the contents' page numbers are only known once layout is over, but they
occupy slots whose contents never change the layout. So each such number is a PDF form
XObject that pages reference while they are laid out (``canvas.doForm``) and that is
defined with the real number just before the file is written (``BriefCanvas.save``).
What is the same on every page (marking band, title, date, rules) is one form too, each
running section title another; only "Page 3 of" is drawn per page, which keeps the cost
of the furniture to a few operators a page.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterable
from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefing.dossier.coverage import needs_fallback
from briefing.dossier.fonts import PdfFonts
from briefing.dossier.pdf_flowables import Para, TocEntry
from briefing.dossier.pdf_styles import color, face, text
from briefing.dossier.pdf_text import string_code
from briefing.dossier.styles import StyleSheet

__all__ = ["BriefCanvas", "Furniture", "truncate"]


class _Link(pdfdoc.LinkAnnotation):  # type: ignore[misc]
    """A borderless link to a destination of the document, written as reportlab writes
    one, without building the dictionary, array and string objects that write it.

    A 1,000-fact brief has 1,373 links (every citation, contents line, key point):
    formatting them through reportlab's objects was 0.09 s of its 0.16 s save.
    """

    def format(self, document: Any) -> bytes:
        if not isinstance(document.encrypt, pdfdoc.NoEncryption):
            return bytes(super().format(document))  # strings must be encrypted
        rect = fp_str(*self.Rect)  # each number as fp_str formats it, space-separated
        dest = _xyz(self.Destination, document)
        if dest is None:
            dest = self.Destination.format(document)
        return (
            b"<<\n/Border [ 0 0 0 ] /Contents () /Dest "
            + dest
            + f" /Rect [ {rect} ] /Subtype /Link /Type /Annot\n>>".encode("ascii")
        )


# the canvas's graphics state as one tuple: every flowable drawn saves and restores it
# (14,500 times in a 1,000-fact brief), and reportlab copies it name by name into a dict
_STATE = operator.itemgetter(*Canvas.STATE_ATTRIBUTES)


def _xyz(destination: Any, document: Any) -> bytes | None:
    """``destination.format(document)`` of a bookmark set by ``bookmarkHorizontal`` (the
    target of every link: an XYZ destination), written directly; None for any other."""
    fmt: Any = getattr(destination, "fmt", None)
    page = getattr(destination, "page", None)
    if type(fmt) is not pdfdoc.PDFDestinationXYZ or page is None:
        return None
    values = (fmt.left, fmt.top, fmt.zoom)
    if any(type(v) not in (float, int) for v in values):
        return None
    fmt.page = page  # as Destination.format leaves it
    ref: bytes = document.Reference(page).format(document)
    numbers = str(fp_str(*values)).encode("ascii")
    return b"[ " + ref + b" /XYZ " + numbers + b" ]"


class BriefCanvas(Canvas):  # type: ignore[misc]
    """A canvas that lets the renderer define the late page-number forms before saving,
    writes its internal links as ``_Link`` and its plain strings through ``pdf_text``, and
    keeps its saved states as tuples."""

    def __init__(self, *args: Any, before_save: Callable[[Canvas], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._before_save = before_save

    def showPage(self) -> None:
        super().showPage()
        self._compress_page(self._doc.Pages.pages[-1])

    @staticmethod
    def _compress_page(page: Any) -> None:
        """Give the page its content stream encoded now, as reportlab would at the end.

        reportlab keeps every page's content as text until the file is written, then
        compresses it (``PDFPage.check_format``, ``PDFStream.format``): 100 MB of text at
        once for a 100,000-fact brief, a quarter of that encoded. The stream is made here
        as those make it — the same filters applied to the same text, named in the same
        order — so the written object is the same bytes (tests/test_pdf_page_streams.py).
        """
        stream = page.stream
        if not stream or page.Contents or not page.compression:
            return  # left to reportlab as it is
        filters = [pdfdoc.PDFZCompress]
        if rl_config.useA85:
            filters.insert(0, pdfdoc.PDFBase85Encode)
        content = stream
        for step in reversed(filters):
            content = step.encode(content)
        made = pdfdoc.PDFStream()
        made.content = content
        # a Filter already named tells PDFStream.format the content is encoded
        made.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(f.pdfname) for f in filters])
        made.__Comment__ = "page stream"
        page.Contents = made
        page.stream = None

    def push_state_stack(self) -> None:
        state = self.__dict__
        self.state_stack.append(_STATE(state))
        state["_extgstate"] = state["_extgstate"].pushCopy()

    def pop_state_stack(self) -> None:
        self.__dict__.update(zip(self.STATE_ATTRIBUTES, self.state_stack.pop(), strict=True))

    def linkRect(
        self,
        contents: str,
        destinationname: str,
        Rect: Any = None,
        addtopage: int = 1,
        name: str | None = None,
        relative: int = 1,
        thickness: float = 0,
        color: Any = None,
        dashArray: Any = None,
        **kw: Any,
    ) -> Any:
        if contents or thickness or color is not None or dashArray or kw:
            return super().linkRect(
                contents, destinationname, Rect, addtopage, name, relative,
                thickness, color, dashArray, **kw,
            )  # fmt: skip
        destination = self._bookmarkReference(destinationname)
        link = _Link(self._absRect(Rect, relative), "", destination, Border="[0 0 0]")
        return self._addAnnotation(link, name, addtopage)

    def drawString(
        self,
        x: float,
        y: float,
        text: str,
        mode: Any = None,
        charSpace: float = 0,
        direction: Any = None,
        wordSpace: Any = None,
        shaping: bool = False,
    ) -> None:
        # a plain string is written as reportlab writes it, without a text object
        if mode is None and not (charSpace or direction or wordSpace or shaping):
            code = string_code(self, x, y, text) if type(text) is str else None
            if code is not None:
                self._code.append(code)
                return
        super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def save(self) -> None:
        self._before_save(self)
        super().save()


def truncate(value: str, font: str, size: float, width: float) -> str:
    """``value`` shortened with "…" to fit ``width`` (running headers only)."""
    if stringWidth(value, font, size) <= width:
        return value
    lo, hi = 0, len(value)
    while lo < hi:  # longest prefix that fits with an ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(value[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return value[:lo].rstrip() + "…"


def draw_line(
    canv: Canvas, x: float, y: float, value: str, width: float, *, right: bool = False
) -> None:
    """``value`` on baseline ``y`` in the canvas's current font, from ``x`` (or ending at
    ``x`` when ``right``), within ``width``.

    Text the body fonts lack (an Arabic title, a Chinese section name) is set as a
    paragraph, which picks fallback fonts, shapes and orders it as in the body; the rest
    is drawn directly, as cheap as before.
    """
    if not needs_fallback(value):
        if right:
            canv.drawRightString(x, y, value)
        else:
            canv.drawString(x, y, value)
        return
    size = canv._fontsize
    style = ParagraphStyle(
        "furniture",
        fontName=canv._fontname,
        fontSize=size,
        leading=size,  # the first baseline is then the paragraph's bottom: ``y``
        textColor=canv._fillColorObj,
        alignment=TA_RIGHT if right else TA_LEFT,
    )
    para = Para(text(value), style)
    para.wrapOn(canv, width, size * 2)
    para.drawOn(canv, x - width if right else x, y)


class Furniture:
    """Draws the furniture of every page; ``define_forms`` completes it before saving."""

    def __init__(
        self,
        sheet: StyleSheet,
        fonts: PdfFonts,
        pagesize: tuple[float, float],
        *,
        marking: str,
        title: str,
        date_text: str,
        page_of: str,
    ) -> None:
        self.sheet = sheet
        self.pagesize = pagesize
        self.marking = marking
        self.title = title
        self.date_text = date_text
        self.page_of = page_of
        hf = sheet.header_footer
        self.hf_font = face(fonts, hf)
        self.hf_bold = face(fonts, dataclasses.replace(hf, bold=True))
        self.band_font = face(fonts, sheet.marking_band)
        self._fitted: dict[tuple[str, str, float, float], str] = {}
        self._section_forms: dict[str, str] = {}

    # ---- drawn on each page --------------------------------------------------------

    def marking_band(self, canv: Canvas, y: float) -> None:
        """The marking, centred on baseline ``y``."""
        marking = self.marking
        if not marking:
            return
        band = self.sheet.marking_band
        size, spacing = band.size, self.sheet.marking_tracking
        text_w = stringWidth(marking, self.band_font, size) + spacing * max(len(marking) - 1, 0)
        width = self.pagesize[0] - 2 * self.sheet.margin
        if text_w > width:  # a marking wider than the page: print it plain, shortened
            canv.saveState()
            canv.setFont(self.band_font, size)
            canv.setFillColor(color(band.color))
            canv.drawCentredString(
                self.pagesize[0] / 2, y, self._fit(marking, self.band_font, size, width)
            )
            canv.restoreState()
            return
        canv.saveState()
        canv.setFont(self.band_font, size)
        canv.setFillColor(color(band.color))
        canv.drawString((self.pagesize[0] - text_w) / 2, y, marking, charSpace=spacing)
        canv.restoreState()

    def cover(self, canv: Canvas) -> None:
        """The cover carries the marking at its top and bottom, nothing else."""
        height = self.pagesize[1]
        self.marking_band(canv, height - self.sheet.marking_top)
        self.marking_band(canv, self.sheet.footer_y)

    def page(self, canv: Canvas, page: int, section: str) -> None:
        """Marking band, running header naming ``section``, and footer of a body page."""
        canv.doForm("hf.static")
        if section:
            name = f"hf.section.{len(self._section_forms)}"
            canv.doForm(self._section_forms.setdefault(section, name))
        head = self._page_head(page)
        sheet = self.sheet
        canv.saveState()
        canv.setFont(self.hf_font, sheet.header_footer.size)
        canv.setFillColor(color(sheet.header_footer.color))
        canv.drawString(sheet.margin, sheet.footer_y, head)
        total_form = self._total_form(page)
        if total_form is not None:
            canv.translate(
                sheet.margin + stringWidth(head, self.hf_font, sheet.header_footer.size),
                sheet.footer_y,
            )
            canv.doForm(total_form)
        canv.restoreState()

    def _page_head(self, page: int) -> str:
        """What precedes the total in "Page 3 of 12": printed directly."""
        return self.page_of.format(page=page, total="\x00").partition("\x00")[0]

    def _total_form(self, page: int) -> str | None:
        """The form holding the rest of the page label (the total and what follows it).

        One form serves every page, unless the label's page number comes after the total.
        """
        if "{total}" not in self.page_of:
            return None
        if "{page}" in self.page_of.partition("{total}")[2]:
            return f"pageof.{page}"
        return "pageof"

    def _fit(self, value: str, font: str, size: float, width: float) -> str:
        key = (value, font, size, width)
        fitted = self._fitted.get(key)
        if fitted is None:
            fitted = self._fitted[key] = truncate(value, font, size, width)
        return fitted

    # ---- defined once the layout is over ---------------------------------------------

    def define_forms(
        self,
        canv: Canvas,
        pages: int,
        toc: Iterable[TocEntry],
        dest_pages: dict[str, int],
    ) -> None:
        """Define every late form: the static furniture, the running section titles, the
        page totals and the contents' page numbers."""
        self._define_static(canv)
        sheet = self.sheet
        hf = sheet.header_footer
        ink = color(hf.color)
        forms = {self._total_form(page) for page in range(1, pages + 1)} - {None}
        for name in sorted(f for f in forms if f):
            page = int(name.rpartition(".")[2]) if "." in name else 0
            label = self.page_of.format(page=page, total="\x00" + str(pages))
            rest = label.partition("\x00")[2]
            canv.beginForm(
                name, -1, -hf.leading, stringWidth(rest, self.hf_font, hf.size) + 1, hf.leading
            )
            canv.setFont(self.hf_font, hf.size)
            canv.setFillColor(ink)
            canv.drawString(0, 0, rest)
            canv.endForm()
        for entry in toc:
            page_no = dest_pages.get(entry.dest)
            style = entry.style
            canv.beginForm(entry.form_name, -entry.page_width, -style.leading, 1, style.leading)
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawRightString(0, 0, str(page_no) if page_no is not None else "–")
            canv.endForm()

    def _define_static(self, canv: Canvas) -> None:
        sheet = self.sheet
        width, height = self.pagesize
        left, right = sheet.margin, width - sheet.margin
        avail = right - left
        hf = sheet.header_footer
        size = hf.size
        ink = color(hf.color)
        y = height - sheet.header_drop
        title = self._fit(self.title, self.hf_font, size, avail * 0.5 - size)
        canv.beginForm("hf.static")
        self.marking_band(canv, height - sheet.marking_top)
        canv.setFont(self.hf_font, size)
        canv.setFillColor(ink)
        draw_line(canv, left, y, title, avail * 0.5)
        draw_line(
            canv,
            right,
            sheet.footer_y,
            self._fit(self.date_text, self.hf_font, size, avail / 4),
            avail / 4,
            right=True,
        )
        canv.setStrokeColor(color(sheet.palette.rule))
        canv.setLineWidth(sheet.furniture_rule)
        canv.line(left, y - hf.leading / 2, right, y - hf.leading / 2)
        rule_y = sheet.footer_y + sheet.marking_band.leading
        canv.line(left, rule_y, right, rule_y)
        self.marking_band(canv, sheet.footer_y)
        canv.endForm()
        room = avail - stringWidth(title, self.hf_font, size) - 2 * size
        for section, name in self._section_forms.items():
            canv.beginForm(name)
            canv.setFont(self.hf_bold, size)
            canv.setFillColor(ink)
            draw_line(
                canv, right, y, self._fit(section, self.hf_bold, size, room), room, right=True
            )
            canv.endForm()
