"""The content of each kind of section of a DOCX brief, and of the sources annex.

Written text, key points (each linked to its fact and its source), who's who (an entry
never splits), facts (statement, meta line with the citation linked to the annex, a
bookmark on each fact), key figures (table and charts), and the annex's notes, grouped by
document with the document's title printed once. Words come from the Dossier; ``Body``
writes and measures them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lxml import etree

from briefing.dossier import docx_xml as x
from briefing.dossier.document import (
    DossierFact,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    Labels,
    PersonEntry,
    Section,
    SourceGroup,
    SourceNote,
    TextSection,
    WhoSection,
)
from briefing.dossier.docx_body import Body
from briefing.dossier.docx_fast import XmlBatch, fact_xml, note_xml, plain
from briefing.dossier.markup import Paragraph, Run

__all__ = ["SOURCES_ANCHOR", "SectionWriter", "source_anchor"]

SOURCES_ANCHOR = "sources"


def source_anchor(number: int) -> str:
    """The anchor (and bookmark name) of annex entry ``number``."""
    return f"src_{number}"


class SectionWriter:
    """Writes sections into ``body``; ``tick`` reports one unit of progress."""

    def __init__(self, body: Body, labels: Labels, tick: Callable[[], None]) -> None:
        self.body = body
        self.styles = body.styles
        self.sheet = body.sheet
        self.labels = labels
        self.tick = tick
        self.facts = 0
        self.notes = 0
        # facts and annex entries written as text (``docx_fast``), appended in batches:
        # flushed before anything else is written, and kept as text in the document
        self.batch = XmlBatch(body.deferred)

    def heading(self, level: int, section: Section | None, anchor: str, title: str) -> None:
        style = self.styles.heading1 if level == 1 else self.styles.heading2
        runs: tuple[Run, ...] = (Run(title),)
        number = section.number if section is not None else ""
        p = self.body.maker.para(self.body.parent, style.sid)
        if number:
            self.body.maker.run(p, number)
            x.add_tab(p)
        self.body.maker.run(p, title)
        self.body.bookmark(p, anchor)
        pieces = self.body.metrics.run_pieces(runs, style.text)
        self.body.measure(style, pieces, mark=anchor)

    def section(self, level: int, section: Section) -> None:
        self.heading(level, section, section.anchor, section.title)
        if isinstance(section, FactSection):
            self.fact_section(level, section)
        elif isinstance(section, FiguresSection):
            self.figures(section)
        elif isinstance(section, KeyPointsSection):
            self.key_points(section)
        elif isinstance(section, WhoSection):
            self.who(section)
        elif isinstance(section, TextSection):
            self.body.blocks(section.body, self.styles.body)

    def empty(self, text: str) -> None:
        if text:
            self.body.text(self.styles.empty, text)

    def cite(self, p: etree._Element, cite_text: str | None, number: int | None) -> None:
        if cite_text:
            anchor = source_anchor(number) if number is not None else None
            self.body.link(p, cite_text, anchor)

    def key_points(self, section: KeyPointsSection) -> None:
        body, style = self.body, self.styles.key_point
        if not section.points:
            self.empty(section.empty_text)
            return
        for point in section.points:
            p = body.maker.para(body.parent, style.sid)
            body.runs(p, point.text)
            measured = list(point.text)
            if point.ref_text:
                body.maker.run(p, " ")
                body.link(p, point.ref_text, point.target)
                measured.append(Run(" " + point.ref_text))
            if point.cite_text:
                body.maker.run(p, " ")
                self.cite(p, point.cite_text, point.source_number)
                measured.append(Run(" " + point.cite_text))
            body.measure(style, body.metrics.run_pieces(measured, style.text))

    def who(self, section: WhoSection) -> None:
        if not section.people:
            self.empty(section.empty_text)
            return
        for person in section.people:
            self.person(person)
            self.tick()

    def person(self, person: PersonEntry) -> None:
        """Name, role, biography and note, kept on one page (each keeps with the next)."""
        body, s = self.body, self.styles
        rest = bool(person.role_line or person.bio or person.bio_note)
        body.text(s.person_name, person.name, keep_next=rest)
        if person.role_line:
            body.text(
                s.person_role, person.role_line, keep_next=bool(person.bio or person.bio_note)
            )
        if person.bio:
            body.blocks(person.bio, s.person_bio, keep_last=bool(person.bio_note))
        if person.bio_note:
            body.text(s.bio_note, person.bio_note)

    def fact_section(self, level: int, section: FactSection) -> None:
        body, s = self.body, self.styles
        if section.lead:  # the desk note, set in with a bar down its left side
            body.blocks(section.lead, s.desk_note)
        for fact in section.facts:
            self.fact(fact)
        self.batch.flush()
        for sub in section.subsections:
            self.section(level + 1, sub)
        if not (section.facts or section.lead or section.subsections):
            self.empty(section.empty_text)
        if section.see_also:
            p = body.maker.para(body.parent, s.see_also.sid)
            measured: list[Run] = []
            if section.see_also_label:
                body.maker.run(p, section.see_also_label)
                measured.append(Run(section.see_also_label))
            for i, ref in enumerate(section.see_also):
                if i or section.see_also_label:
                    x.SubElement(x.SubElement(p, x.R), x.BR)
                    measured.append(Run("\n"))
                body.link(p, ref.text, ref.target)
                measured.append(Run(ref.text))
            body.measure(s.see_also, body.metrics.run_pieces(measured, s.see_also.text))

    def fact(self, fact: DossierFact) -> None:
        """The statement, then its meta line with the citation linked to the annex."""
        if self._fast_fact(fact):
            return
        self.batch.flush()
        body, s = self.body, self.styles
        has_meta = bool(fact.meta or fact.cite_text)
        start = len(body.flow.items)
        first = body.blocks(fact.body, s.statement, language=fact.text_language, keep_last=has_meta)
        if has_meta or first is None:
            p = body.maker.para(body.parent, s.meta.sid)
            measured = []
            if fact.meta:
                body.maker.run(p, fact.meta + (" " if fact.cite_text else ""))
                measured.append(Run(fact.meta + " "))
            self.cite(p, fact.cite_text, fact.source_number)
            measured.append(Run(fact.cite_text or ""))
            body.measure(s.meta, body.metrics.run_pieces(measured, s.meta.text))
            if first is None:
                first = p
        if first is not None and first.tag == x.P:
            body.bookmark(first, fact.anchor)
        elif first is not None:  # a statement that opens with a table: mark its first cell
            cell_p = first.find(f".//{x.P}")
            if cell_p is not None:
                body.bookmark(cell_p, fact.anchor)
        body.flow.mark(start, fact.anchor)
        self.facts += 1
        self.tick()

    def _fast_fact(self, fact: DossierFact) -> bool:
        """``fact`` written as text when it is the common kind (one plain paragraph, a
        meta line); False, with nothing written, otherwise. Measures, bookmarks and counts
        exactly as ``fact`` does."""
        body, s = self.body, self.styles
        blocks = fact.body
        if len(blocks) != 1 or not isinstance(blocks[0], Paragraph) or len(blocks[0].runs) != 1:
            return False
        run = blocks[0].runs[0]
        if run.bold or run.italic or run.code or run.href or not (fact.meta or fact.cite_text):
            return False
        statement = plain(run.text)
        meta = plain(fact.meta + (" " if fact.cite_text else "")) if fact.meta else None
        cite: tuple[str, str, str] | None = None
        if fact.cite_text:
            anchor = source_anchor(fact.source_number) if fact.source_number is not None else None
            target = body.bookmarks.get(anchor) if anchor else None
            text = plain(fact.cite_text)
            if target is None or text is None:
                return False
            cite = (text, target, s.hyperlink.sid)
        if statement is None or (fact.meta and meta is None):
            return False
        sid = body._style_id(s.statement, fact.text_language)
        body.measure_plain(s.statement, (run.text,), True, fact.anchor)  # marks the fact
        measured = (fact.meta + " " if fact.meta else "", fact.cite_text or "")
        body.measure_plain(s.meta, measured, s.meta.keep_next)
        name = body.bookmarks.add(fact.anchor)
        xml = fact_xml(sid, statement, s.meta.sid, meta, cite, (body.bookmarks.next_id(), name))
        self.batch.add(body.parent, xml)
        body.maker.paragraphs += 2
        self.facts += 1
        self.tick()
        return True

    def figures(self, section: FiguresSection) -> None:
        body, sheet = self.body, self.sheet
        if section.rows:
            columns = len(section.columns) or 4
            fractions: Sequence[float] = sheet.figures_columns
            if len(fractions) != columns:
                fractions = [1 / columns] * columns
            widths = [self.body.text_width * f for f in fractions]
            header = [(Run(c),) for c in section.columns] if section.columns else None
            rows = []
            links = []
            for r in section.rows:
                cells = [r.label, r.value_text, r.countries, r.cite_text or ""]
                rows.append([(Run(c),) for c in cells[:columns]] + [()] * (columns - len(cells)))
                cite = source_anchor(r.source_number) if r.source_number is not None else None
                links.append([None, None, None, cite][:columns] + [None] * (columns - 4))
                self.tick()
            body.table(widths, header, rows, links=links, rows_as_text=True)
        else:
            self.empty(section.empty_text)
        if not section.charts:
            return
        # reportlab's graphics and Pillow are imported only for a brief that has charts
        from briefing.dossier.docx_chart import chart_images

        frame = (self.body.text_width, self.body.text_height)
        for chart in section.charts:
            if chart.title:
                body.text(self.styles.chart_title, chart.title)
            if chart.unit_text:
                body.text(self.styles.chart_unit, chart.unit_text)
            for image in chart_images(chart, sheet, frame):
                body.picture(image, chart.title)

    def group(self, group: SourceGroup) -> None:
        """A source document: its title once, its details and address, then its notes."""
        body, s = self.body, self.styles
        self.batch.flush()
        body.text(s.source_title, group.title, keep_next=True)
        if group.details:
            body.text(s.source_details, group.details, keep_next=True)
        if group.url:
            href = group.url if group.url.lower().startswith(("http://", "https://")) else None
            body.para(s.source_details, (Run(group.url, href=href),), keep_next=True)
        for note in group.notes:
            self.note(note)
        self.batch.flush()

    def note(self, note: SourceNote) -> None:
        body, s = self.body, self.styles
        label = f"[{note.number}]"
        anchor = source_anchor(note.number)
        locator = plain(note.locator) if note.locator else None
        quote = plain(note.quote_text) if note.quote_text else None
        if locator is not None and quote is not None:  # the common entry, written as text
            body.measure_plain(s.source_entry, (note.locator or "",), True, anchor)
            quote_sid = body._style_id(s.quote, note.language)
            body.measure_plain(s.quote, (note.quote_text or "",), s.quote.keep_next)
            mark = (body.bookmarks.next_id(), body.bookmarks.add(anchor))
            xml = note_xml(s.source_entry.sid, label, locator, quote_sid, quote, mark)
            self.batch.add(body.parent, xml)
            body.maker.paragraphs += 2
            self.notes += 1
            self.tick()
            return
        self.batch.flush()
        start = len(body.flow.items)
        if note.locator or not note.quote_text:
            p = body.maker.para(body.parent, s.source_entry.sid)
            body.maker.run(p, label)
            x.add_tab(p)
            if note.locator:
                body.maker.run(p, note.locator)
            body.bookmark(p, anchor)
            pieces = body.metrics.text_pieces(note.locator or "", s.source_entry.text)
            body.measure(s.source_entry, pieces, keep_next=bool(note.quote_text))
            if not note.quote_text:
                x.set_paragraph_property(p, "keepNext", {x.VAL: "0"})
            else:
                body.para(s.quote, (Run(note.quote_text),), language=note.language)
        else:  # no locator: the number hangs beside the quote itself
            p = body.maker.para(body.parent, body._style_id(s.quote_numbered, note.language))
            body.maker.run(p, label)
            x.add_tab(p)
            body.maker.run(p, note.quote_text)
            body.bookmark(p, anchor)
            pieces = body.metrics.text_pieces(note.quote_text, s.quote_numbered.text)
            body.measure(s.quote_numbered, pieces)
        body.flow.mark(start, anchor)
        self.notes += 1
        self.tick()
