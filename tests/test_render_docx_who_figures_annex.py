"""The DOCX's who's who, sources annex, tables and charts."""

from __future__ import annotations

import dataclasses
import io
from typing import Any

import docx
import pytest
from PIL import Image

from briefing.dossier.document import WhoSection
from briefing.dossier.styles import STYLES
from tests.docx_readback import WP, A, R, paragraphs, part, render, style_of, texts, w
from tests.sample_dossier import sample_dossier

pytestmark = pytest.mark.export


def test_whos_who_entries_keep_together(en: Any, en_body: Any) -> None:
    who = next(s for s in en[0].sections if isinstance(s, WhoSection))
    names = paragraphs(en_body, "PersonName")
    assert [texts(p) for p in names] == [p.name for p in who.people]
    for p in names:
        assert p.getnext() is not None and style_of(p.getnext()) == "PersonRole"
    bio_notes = paragraphs(en_body, "BioNote")
    assert [texts(p) for p in bio_notes] == [p.bio_note for p in who.people if p.bio_note]
    # within an entry every paragraph keeps with the next; the last one does not
    styles = docx.Document(io.BytesIO(en[1])).styles
    for sid in ("PersonName", "PersonRole", "PersonBio"):
        el = styles.element.find(f"{w('style')}[@{w('styleId')}='{sid}']")
        assert el.find(f"{w('pPr')}/{w('keepNext')}") is not None
        assert el.find(f"{w('pPr')}/{w('keepLines')}") is not None
    last_role = paragraphs(en_body, "PersonRole")[-1]  # Japarov: no biography
    assert last_role.find(f"{w('pPr')}/{w('keepNext')}").get(w("val")) == "0"
    rahmon_bio = paragraphs(en_body, "PersonBio")[0]  # no note: ends the entry
    assert rahmon_bio.find(f"{w('pPr')}/{w('keepNext')}").get(w("val")) == "0"


def test_sources_annex_groups_titles_once(en: Any, en_body: Any) -> None:
    d = en[0]
    titles = [texts(p) for p in paragraphs(en_body, "SourceTitle")]
    assert titles == [g.title for g in d.source_groups]
    for group in d.source_groups:
        assert sum(texts(p) == group.title for p in en_body.iter(w("p"))) == 1
    details = [texts(p) for p in paragraphs(en_body, "SourceDetails")]
    assert details == [
        "Test wire, 9 October 2025",
        "Другое агентство",
        "https://example.org/article",
    ]
    entries = paragraphs(en_body, "SourceEntry")
    notes = [n for g in d.source_groups for n in g.notes]
    assert [texts(p) for p in entries] == [f"[{n.number}]{n.locator}" for n in notes]
    for p, note in zip(entries, notes, strict=True):
        assert p.find(w("bookmarkStart")).get(w("name")) == f"src_{note.number}"
        quote = p.getnext()
        assert style_of(quote).startswith("Quote") and texts(quote) == note.quote_text
    assert en[2].sources == len(notes)


def test_note_outside_every_group_still_prints() -> None:
    d = sample_dossier(sections=1, facts_per_section=2)
    d = dataclasses.replace(d, source_groups=d.source_groups[:1])
    body = part(render(d)[0], "word/document.xml")
    marks = {b.get(w("name")) for b in body.iter(w("bookmarkStart"))}
    assert {f"src_{n.number}" for n in d.sources} <= marks


def test_table_rows_never_split_and_headers_repeat(en: Any, en_doc: Any) -> None:
    tables = en_doc.tables
    assert en[2].tables == len(tables) == 2
    written, figures = tables
    assert [c.text for c in written.rows[0].cells] == ["Corridor", "Length"]
    assert [c.text for c in figures.rows[0].cells] == ["Figure", "Value", "Country", "Source"]
    for table in tables:
        rows = table._tbl.findall(w("tr"))
        assert rows[0].find(f"{w('trPr')}/{w('tblHeader')}") is not None
        assert all(r.find(f"{w('trPr')}/{w('cantSplit')}") is not None for r in rows)
    # the figures' citations link to the annex
    cites = [h.get(w("anchor")) for h in figures._tbl.iter(w("hyperlink"))]
    assert cites == ["src_1", "src_2", "src_3"]


def test_chart_is_a_png_picture(en: Any, en_body: Any) -> None:
    chart = en[0].sections[-1].charts[0]  # type: ignore[union-attr]
    (inline,) = en_body.iter(f"{{{WP}}}inline")
    assert inline.find(f"{{{WP}}}docPr").get("descr") == chart.title
    extent = inline.find(f"{{{WP}}}extent")
    width_pt = int(extent.get("cx")) / 12700
    assert width_pt == pytest.approx(min(STYLES.chart_width, 470.5), abs=1)
    rel_id = inline.find(f".//{{{A}}}blip").get(f"{{{R}}}embed")
    doc = docx.Document(io.BytesIO(en[1]))
    image = doc.part.rels[rel_id].target_part
    assert image.content_type == "image/png"
    picture = Image.open(io.BytesIO(image.blob))
    ratio = int(extent.get("cx")) / int(extent.get("cy"))
    assert picture.width / picture.height == pytest.approx(ratio, rel=0.02)
    titles = [texts(p) for p in paragraphs(en_body, "ChartTitle")]
    units = [texts(p) for p in paragraphs(en_body, "ChartUnit")]
    assert (titles, units) == ([chart.title], [chart.unit_text])


def _strings(node: Any, m: tuple[float, float] = (0.0, 0.0)) -> list[tuple[str, float, float]]:
    """(text, left, right) of every string of a reportlab drawing, in drawing points."""
    from reportlab.graphics.shapes import Group, String, UserNode
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while isinstance(node, UserNode):
        node = node.provideNode()
    if isinstance(node, String):
        width = stringWidth(node.text, node.fontName, node.fontSize)
        x = node.x + m[0]
        left = {"start": x, "middle": x - width / 2, "end": x - width}[node.textAnchor]
        return [(node.text, left, left + width)]
    out = []
    if isinstance(node, Group):
        t = node.transform
        for child in node.contents:
            out += _strings(child, (m[0] + t[4], m[1] + t[5]))
    return out


def test_chart_with_a_negative_bar_keeps_labels_apart() -> None:
    from briefing.dossier.chart_drawing import chart_drawings
    from briefing.dossier.document import Chart, ChartBar
    from briefing.dossier.docx_chart import chart_images

    chart = Chart(
        "Growth",
        "% a year",
        (ChartBar("Kazakhstan", 4.8, "4.8 %"), ChartBar("Tajikistan", -1.5, "-1.5 %")),
    )
    (drawing,) = chart_drawings(chart, STYLES, (470, 700))
    strings = _strings(drawing)
    labels = [s for s in strings if s[0] in ("Kazakhstan", "Tajikistan")]
    values = [s for s in strings if s[0].endswith("%")]
    assert len(labels) == len(values) == 2
    assert max(s[2] for s in labels) < min(s[1] for s in values)
    assert all(s[1] >= 0 and s[2] <= drawing.width + 1 for s in strings)
    (image,) = chart_images(chart, STYLES, (470, 700))
    assert Image.open(io.BytesIO(image.png)).size[0] > image.width  # drawn above 72 dpi
