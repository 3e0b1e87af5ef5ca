"""The DOCX renderer's text, read back with python-docx and the raw XML: headings in order,
the cover, every statement with its formatting and lists, markup and XML printed
literally, scripts, control characters, languages, core properties."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from typing import Any

import docx
import pytest

from briefing.dossier.document import Dossier, FactSection
from briefing.dossier.markup import parse_blocks
from tests.docx_readback import R, headings, part, part_names, render, texts, w
from tests.sample_dossier import CYRILLIC, TRICKY, all_statements, sample_dossier

pytestmark = pytest.mark.export


def single_section(d: Dossier, body_text: str) -> Dossier:
    """``d`` cut down to its first fact section holding one fact with ``body_text``."""
    section = next(s for s in d.sections if isinstance(s, FactSection))
    fact = dataclasses.replace(section.facts[0], body=parse_blocks(body_text))
    section = dataclasses.replace(section, facts=(fact,), subsections=())
    return dataclasses.replace(d, sections=(section,))


def test_sections_print_in_order(en: Any, en_doc: Any) -> None:
    d = en[0]
    got = [
        (int(p.style.name[-1]), p.text)
        for p in en_doc.paragraphs
        if p.style.name in ("heading 1", "heading 2", "Heading 1", "Heading 2")
    ]
    assert got == headings(d)
    titles = [text.split("\t")[-1] for level, text in got if level == 1]
    lab = d.labels
    assert titles[:3] == ["Purpose", lab.key_points, lab.who_is_who]
    assert titles[-2:] == [lab.key_figures, lab.sources]
    assert all(t.startswith("Section") for t in titles[3:-2])
    assert en[2].headings == len(got)


def test_cover_prints_the_dossiers_words(en: Any, en_doc: Any, en_body: Any) -> None:
    d = en[0]
    texts_ = [p.text for p in en_doc.paragraphs]
    assert texts_[:3] == [d.kicker, d.title, d.subtitle]
    # label and value in one paragraph (one baseline), each after a tab
    lines = [p for p in en_doc.paragraphs if p.style.name == "Cover Line"]
    assert [p.text for p in lines] == [f"\t{c.label}\t{c.value}" for c in d.cover]
    assert all(p.runs[1].style.name == "Cover Label" for p in lines)
    assert d.marking_text in texts_ and d.handling in texts_
    assert texts_.index(d.handling) < texts_.index(d.labels.contents)
    # the cover is a section of its own: its header and footer hold only the marking
    cover = en_doc.sections[0]
    assert texts(cover.header._element) == d.marking_text
    assert texts(cover.footer._element) == d.marking_text


def test_every_statement_is_printed(en: Any, en_doc: Any) -> None:
    printed = {p.text for p in en_doc.paragraphs}
    statements = all_statements(en[0])
    assert len(statements) == en[2].facts == en[0].fact_count()
    for statement in statements:
        for line in statement.split("\n"):  # list items are separate paragraphs
            assert line in printed


def test_statement_formatting_and_lists(en: Any, en_doc: Any) -> None:
    para = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.2:"))
    assert [r.text for r in para.runs if r.bold] == ["three pillars"]
    assert [r.text for r in para.runs if r.italic] == ["one"]
    link = para._p.find(w("hyperlink"))
    rel = en_doc.part.rels[link.get(f"{{{R}}}id")]
    assert rel.is_external and rel.target_ref == "https://example.org/annex"
    items = [p for p in en_doc.paragraphs if p.text in ("security cooperation", "energy")]
    assert len(items) == 2 * 3  # in each of the three fact sections
    for item in items:
        assert item.style.name.startswith("List Bullet")  # (fr-FR): the fact is French
        assert item._p.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}") is not None


def test_numbered_list_restarts_at_its_start() -> None:
    d = single_section(
        sample_dossier(sections=1, facts_per_section=1), "Steps:\n\n3. three\n4. four"
    )
    data, _ = render(d)
    body = part(data, "word/document.xml")
    items = [p for p in body.iter(w("p")) if texts(p) in ("three", "four")]
    num_ids = {p.find(f".//{w('numId')}").get(w("val")) for p in items}
    assert len(num_ids) == 1
    numbering = part(data, "word/numbering.xml")
    (num,) = [n for n in numbering.iter(w("num")) if n.get(w("numId")) in num_ids]
    assert num.find(f".//{w('startOverride')}").get(w("val")) == "3"


def test_code_runs_and_awkward_urls() -> None:
    text = "Run `rm -rf <dir>` then see [the list](https://example.org/?a=1&b=2) **now**."
    data, _ = render(single_section(sample_dossier(sections=1, facts_per_section=1), text))
    doc = docx.Document(io.BytesIO(data))
    para = next(p for p in doc.paragraphs if p.text.startswith("Run "))
    assert para.text == "Run rm -rf <dir> then see the list now."
    code = next(r for r in para.runs if r.text == "rm -rf <dir>")
    assert code.style.name == "Code"
    link = para._p.find(w("hyperlink"))
    assert doc.part.rels[link.get(f"{{{R}}}id")].target_ref == "https://example.org/?a=1&b=2"


def test_markup_and_xml_text_stay_literal(en: Any, en_doc: Any) -> None:
    assert any(p.text.endswith(TRICKY) for p in en_doc.paragraphs)
    xml = zipfile.ZipFile(io.BytesIO(en[1])).read("word/document.xml").decode()
    assert "<script>" not in xml and "<b>not" not in xml
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; 5 &lt; 6" in xml


def test_cyrillic_and_greek_survive(en_doc: Any) -> None:
    assert any(p.text.endswith(CYRILLIC) for p in en_doc.paragraphs)
    assert "Владимир Путин" in [p.text for p in en_doc.paragraphs]


def test_control_characters_are_dropped_not_fatal() -> None:
    d = single_section(
        sample_dossier(sections=1, facts_per_section=1),
        "Nul\x00 bell\x07 vt\x0b esc\x1b tab\tnewline\n ok \ufffe",
    )
    section = dataclasses.replace(d.sections[0], title="Title\x01 with \x1f junk")
    d = dataclasses.replace(d, title="Brief\x02", sections=(section,))
    data, _ = render(d)
    doc = docx.Document(io.BytesIO(data))
    printed = [p.text for p in doc.paragraphs]
    assert "Nul bell vt esc tab newline ok" in " ".join(printed).replace("  ", " ")
    assert f"{section.number}\tTitle with  junk" in printed
    assert doc.core_properties.title == "Brief"


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("fr", "fr-FR"), ("ru", "ru-RU")])
def test_document_language(language: str, tag: str) -> None:
    data, _ = render(sample_dossier(language=language, sections=1, facts_per_section=2))
    styles = part(data, "word/styles.xml")
    lang = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('lang')}")
    assert lang.get(w("val")) == tag
    assert docx.Document(io.BytesIO(data)).core_properties.language == tag


def test_foreign_statements_are_tagged_with_their_language(en_doc: Any) -> None:
    para = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.4:"))
    assert para.style.name == "Statement (fr-FR)"
    assert para.style.element.find(f"{w('rPr')}/{w('lang')}").get(w("val")) == "fr-FR"
    english = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.1 "))
    assert english.style.name == "Statement"


def test_core_properties(en: Any, en_doc: Any) -> None:
    d = en[0]
    props = en_doc.core_properties
    assert props.title == d.title
    assert props.author == "Desk officer"
    assert props.subject == d.subject
    assert props.keywords == "Central Asia, Russia"
    assert "docProps/thumbnail.jpeg" not in part_names(en[1])
