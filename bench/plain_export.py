"""The baseline of ``briefing export``: a plain script printing the same facts with the
libraries alone, read straight from the same SQLite file.

    python bench/plain_export.py pdf|docx DATABASE OUTPUT

What it prints is what ``briefing export --by theme --background`` prints of a synthetic
base: one section per top-level theme holding the live facts of that theme or its
sub-themes, each fact once, in the first section that holds it, as Briefing prints it
(statement in English where a translation exists, a meta line with the date and marking,
the note number), then a numbered sources annex (title, locator, quote). Fonts
are the Noto files Briefing embeds. It has none of Briefing's checks, table of contents,
bookmarks, charts or markup: the floor a whole ``briefing export`` is compared against
(``python -m bench.compare``). Only sqlite3 and the writing library are imported.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
Entry = tuple[str, str, int]  # body, meta, note number


def read(db: str) -> tuple[list[tuple[str, list[Entry]]], list[str]]:
    """Sections (top theme name, entries) and the numbered notes, in print order."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    top: dict[int, int] = {}
    names: dict[int, str] = {}
    order: list[int] = []
    for tid, parent, name in con.execute(
        "SELECT id, parent_id, name_en FROM themes ORDER BY parent_id IS NOT NULL, position"
    ):
        top[tid] = top.get(parent, tid) if parent is not None else tid
        if parent is None:
            names[tid] = name
            order.append(tid)
    rank = {tid: n for n, tid in enumerate(order)}
    themes: dict[int, set[int]] = defaultdict(set)
    for fid, tid in con.execute("SELECT fact_id, theme_id FROM fact_themes"):
        themes[fid].add(top.get(tid, tid))
    english = dict(
        con.execute("SELECT fact_id, statement FROM fact_translations WHERE language='en'")
    )
    by_theme: dict[int, list[Entry]] = defaultdict(list)
    notes: list[str] = []
    note_of: dict[tuple[Any, ...], int] = {}
    for fid, statement, date, marking, title, quote, locator in con.execute(
        "SELECT f.id, f.statement, f.date, f.marking_code, s.title, f.quote, f.locator "
        "FROM facts f LEFT JOIN sources s ON s.id = f.source_id "
        "WHERE f.deleted_at IS NULL ORDER BY f.date, f.seq, f.id"
    ):
        key = (title, quote, locator)
        if key not in note_of:
            notes.append(f"{title or ''}, {locator or ''} — «{quote or ''}»")
            note_of[key] = len(notes)
        entry = (english.get(fid, statement), f"{date or ''} · {marking}", note_of[key])
        if themes[fid]:  # Briefing prints a fact of several themes once, in the first
            by_theme[min(themes[fid], key=lambda t: rank.get(t, len(rank)))].append(entry)
    con.close()
    return [(names[t], by_theme[t]) for t in order if by_theme.get(t)], notes


def write_pdf(sections: list[tuple[str, list[Entry]]], notes: list[str], out: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    for name in ("NotoSerif-Regular", "NotoSans-Bold"):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    body = ParagraphStyle("body", fontName="NotoSerif-Regular", fontSize=10.5, leading=14)
    meta = ParagraphStyle("meta", parent=body, fontSize=8.5, leading=11, spaceAfter=6)
    head = ParagraphStyle("head", fontName="NotoSans-Bold", fontSize=14, leading=18, spaceBefore=12)

    def page_number(canvas: Any, doc: Any) -> None:
        canvas.setFont("NotoSerif-Regular", 8)
        canvas.drawRightString(A4[0] - 56, 30, f"Page {doc.page}")

    story: list[Any] = []
    for number, (title, entries) in enumerate(sections, start=1):
        story.append(Paragraph(f"{number}  {escape(title)}", head))
        for text, line, note in entries:
            story.append(Paragraph(escape(text), body))
            story.append(Paragraph(f"{escape(line)} [{note}]", meta))
    story.append(Paragraph("Sources", head))
    story.extend(Paragraph(f"[{n}] {escape(t)}", meta) for n, t in enumerate(notes, start=1))
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)


def write_docx(sections: list[tuple[str, list[Entry]]], notes: list[str], out: str) -> None:
    import docx
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    P, PPR, PSTYLE, R, T, VAL = (f"{{{w}}}{t}" for t in ("p", "pPr", "pStyle", "r", "t", "val"))
    sub = etree.SubElement
    document = docx.Document()
    body = document.element.body
    sect = body[-1]  # the section properties stay last

    def para(style: str, text: str) -> None:
        p = etree.Element(P)
        sub(sub(p, PPR), PSTYLE, {VAL: style})
        sub(sub(p, R), T).text = text
        sect.addprevious(p)

    for number, (title, entries) in enumerate(sections, start=1):
        para("Heading1", f"{number}  {title}")
        for text, line, note in entries:
            para("BodyText", text)
            para("Caption", f"{line} [{note}]")
    para("Heading1", "Sources")
    for n, t in enumerate(notes, start=1):
        para("Caption", f"[{n}] {t}")
    document.save(out)


if __name__ == "__main__":
    kind, database, output = sys.argv[1:4]
    found, annex = read(database)
    (write_pdf if kind == "pdf" else write_docx)(found, annex, output)
