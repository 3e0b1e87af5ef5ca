"""The contents page: a real Word TOC field whose result is already filled in.

The field (``TOC \\o "1-2" \\h \\z \\u``) lets Word rebuild the list; its stored result is
what LibreOffice shows as it is, so every entry carries the page its heading lands on as
``docx_layout`` estimates it, inside a ``PAGEREF`` field to the heading's bookmark (Word
refreshes those when it updates fields). Each entry links to its heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from briefing.dossier import docx_xml as x
from briefing.dossier.docx_body import Body
from briefing.dossier.docx_layout import Flow

__all__ = ["TocEntry", "write_contents"]

INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


@dataclass
class TocEntry:
    """One line of the contents: a heading, its bookmark and (once known) its page."""

    level: int
    number: str
    title: str
    bookmark: str
    page: int = 0

    @property
    def text(self) -> str:
        return f"{self.number}\t{self.title}" if self.number else self.title


def measure_contents(body: Body, heading: str, entries: Sequence[TocEntry]) -> int:
    """Pages the contents will take (laid out like the body, on a flow of its own)."""
    styles, metrics = body.styles, body.metrics
    saved = body.flow
    body.flow = Flow(body.text_height)
    body.measure(styles.toc_heading, metrics.text_pieces(heading, styles.toc_heading.text))
    for entry in entries:
        style = styles.toc1 if entry.level == 1 else styles.toc2
        # the page number stands at the right margin, after a gap the title leaves free
        pieces = metrics.text_pieces(entry.title + " 000", style.text)
        body.measure(style, pieces)
    body.measure(styles.table_gap, [])  # the paragraph holding the section break
    pages, _ = body.flow.layout()
    body.flow = saved
    return pages


def write_contents(
    body: Body, parent: etree._Element, heading: str, entries: Sequence[TocEntry]
) -> None:
    """Append the contents heading and the TOC field (with its result) to ``parent``."""
    styles, maker = body.styles, body.maker
    maker.run(maker.para(parent, styles.toc_heading.sid), heading)
    if not entries:
        p = maker.para(parent, styles.toc1.sid)
        x.begin_field(p, INSTRUCTION)
        x.end_field(p)
        return
    last = len(entries) - 1
    for i, entry in enumerate(entries):
        style = styles.toc1 if entry.level == 1 else styles.toc2
        p = maker.para(parent, style.sid)
        if i == 0:
            x.begin_field(p, INSTRUCTION)
        link = x.add_internal_link(p, entry.bookmark)
        if entry.number:
            maker.run(link, entry.number)
            x.add_tab(link)
        maker.run(link, entry.title)
        x.add_tab(link, web_hidden=True)
        x.add_field(link, f"PAGEREF {entry.bookmark} \\h", str(entry.page), web_hidden=True)
        if i == last:
            x.end_field(p)
