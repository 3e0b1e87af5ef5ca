"""The PDF's pages: the contents' page numbers and links, the marking, running header and
footer on every page, labels in the dossier's language, the page size."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from pypdf.generic import DictionaryObject

from briefing.dossier.document import PageSize
from tests.pdf_readback import (
    _dest,
    _first_page_with,
    _links,
    _norm,
    _render,
    _render_dossier,
    _sections,
    _toc,
    needs_pdftotext,
)
from tests.sample_dossier import sample_dossier

pytestmark = pytest.mark.export


@needs_pdftotext
@pytest.mark.parametrize(
    "shape",
    [{}, {"long_text": True}, {"sections": 70, "facts_per_section": 1}],
    ids=["sample", "long_text", "long_toc"],
)
def test_toc_page_numbers_match_headings(shape: dict[str, Any]) -> None:
    r = _render(**shape)
    toc, last_toc_page = _toc(r)
    if shape.get("sections", 0) > 50:
        assert last_toc_page >= 3  # the contents run over more than one page
    for level, section in _sections(r.dossier):
        key = _norm(f"{section.number} {section.title}")
        assert key in toc, (key, toc)
        actual = _first_page_with(r, key, after=last_toc_page)
        assert toc[key] == actual == r.result.heading_pages[section.anchor], (level, key)
    annex = _first_page_with(r, r.dossier.source_groups[0].title, after=last_toc_page)
    assert toc[r.dossier.labels.sources] == annex
    # every entry links to its heading
    targets = [
        _dest(r, d)[0]
        for page in range(2, last_toc_page + 1)
        for _, d in _links(r, page)
        if not isinstance(d, DictionaryObject)
    ]
    assert sorted(targets) == sorted(toc.values())
    assert set(r.result.heading_pages) == {s.anchor for _, s in _sections(r.dossier)}


@needs_pdftotext
def test_marking_is_on_top_and_bottom_of_every_page() -> None:
    base = sample_dossier()
    marking = "SECRET – TEST MARKING"
    r = _render_dossier(dataclasses.replace(base, marking_text=marking))
    total = len(r.reader.pages)
    assert r.result.pages == total == len(r.pages())
    for number, (top, bottom) in enumerate(
        zip(r.strip(top=True), r.strip(top=False), strict=True), start=1
    ):
        assert _norm(top).startswith(marking), number
        assert marking in _norm(bottom), number
        if number > 1:  # no page number on the cover
            assert f"Page {number} of {total}" in _norm(bottom)
            assert "27 November 2026" in bottom
        else:
            assert "Page" not in bottom


@needs_pdftotext
def test_running_header_names_the_current_section() -> None:
    r = _render(long_text=True)
    strips = [_norm(s) for s in r.strip(top=True)]
    first, second = r.result.heading_pages["sec-4"], r.result.heading_pages["sec-5"]
    assert second - first > 3  # the long statement runs over several pages
    for number in range(first + 1, second):
        assert "Second Central Asia – Russia summit" in strips[number - 1]
        assert "4 Section 1 — Безопасность and security" in strips[number - 1], number
    # a page where a section begins at the top is named after it
    figures = r.result.heading_pages["figures"]
    assert _norm(r.pages(body_only=True)[figures - 1]).startswith("7 Key figures")
    assert "7 Key figures" in strips[figures - 1]
    assert "Contents" in strips[1]
    assert r.dossier.labels.sources in strips[-1]


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "contents", "page_of"),
    [
        ("en", "Contents", "Page 2 of {}"),
        ("fr", "Table des matières", "Page 2 sur {}"),
        ("ru", "Содержание", "Страница 2 из {}"),
    ],
)
def test_labels_follow_the_language(language: str, contents: str, page_of: str) -> None:
    r = _render(language=language)
    page2 = _norm(r.pages()[1])
    assert contents in page2
    assert page_of.format(r.result.pages) in page2
    root = r.reader.trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    assert str(root["/Lang"]) == language
    assert r.dossier.labels.prepared_for in _norm(r.pages()[0])


@needs_pdftotext
@pytest.mark.parametrize(
    "template", ["p. {page}/{total}", "{total} pages — page {page}", "Page {page}"]
)
def test_any_page_label_template(template: str) -> None:
    base = sample_dossier()
    r = _render_dossier(
        dataclasses.replace(base, labels=dataclasses.replace(base.labels, page_of=template))
    )
    for number, text in enumerate(r.pages()[1:], start=2):
        assert template.format(page=number, total=r.result.pages) in _norm(text)


@pytest.mark.parametrize(
    ("page_size", "expected"), [("A4", (595.3, 841.9)), ("Letter", (612.0, 792.0))]
)
def test_page_size(page_size: PageSize, expected: tuple[float, float]) -> None:
    r = _render(page_size=page_size)
    for page in r.reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == expected
