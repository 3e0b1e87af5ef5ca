"""The PDF's who's who, figures table and charts, written tables and the sources annex,
read back with pdftotext."""

from __future__ import annotations

import dataclasses

import pytest

from briefing.dossier.document import (
    Chart,
    ChartBar,
    Dossier,
    FiguresSection,
    PersonEntry,
    Section,
    TextSection,
    WhoSection,
)
from briefing.dossier.markup import Paragraph, Run, TableBlock, parse_blocks
from tests.pdf_readback import (
    Word,
    _find,
    _locate,
    _norm,
    _render,
    _render_dossier,
    needs_pdftotext,
)
from tests.sample_dossier import sample_dossier

pytestmark = pytest.mark.export


def _with_section(base: Dossier, *sections: Section) -> Dossier:
    return dataclasses.replace(base, sections=sections)


@needs_pdftotext
def test_who_is_who_prints_each_person_and_keeps_entries_whole() -> None:
    r = _render()
    text = r.text()
    assert "Emomali Rahmon President of the Republic of Tajikistan · Tajikistan" in text
    assert "President since 1994; host" in text
    assert "Президент с 2012 года. Biography in Russian" in text
    assert "Sadyr Japarov" in text

    bio = " ".join(f"Line {k} of a biography that runs over a few lines." for k in range(12))
    people = tuple(
        PersonEntry(f"Person{n:02d} Name", f"Role of person {n}", parse_blocks(bio), f"Note{n:02d}")
        for n in range(40)
    )
    who = WhoSection("1", "Who", "who", people)
    many = _render_dossier(_with_section(r.dossier, who))
    pages = [_norm(p) for p in many.pages(body_only=True)]
    assert len(pages) > 4
    for n in range(40):
        where = {i for i, p in enumerate(pages) if f"Person{n:02d}" in p or f"Note{n:02d}" in p}
        assert len(where) == 1, (n, where)


@needs_pdftotext
def test_figures_table_and_chart_print_what_the_dossier_says() -> None:
    r = _render()
    figures = next(s for s in r.dossier.sections if isinstance(s, FiguresSection))
    page = r.result.heading_pages[figures.anchor]
    text = _norm(r.pages(body_only=True)[page - 1])
    assert " ".join(figures.columns) in text
    for row in figures.rows:
        assert f"{row.label} {row.value_text}"[:20] in text or row.label in text
    chart = figures.charts[0]
    words = r.words()[page - 1]
    title = _find(words, chart.title + " " + chart.unit_text)
    assert title is not None, "the chart's title and unit line"
    below = [w for w in words if w.top > title.bottom]
    rows = []
    for bar in chart.bars:
        label = next(w for w in below if w.text == bar.label)
        value = next(w for w in below if w.text == bar.value_text and w.x0 > label.x1)
        assert abs((label.top + label.bottom) / 2 - (value.top + value.bottom) / 2) < 3
        rows.append((label.top, value.x0))
    # bars top to bottom in the Dossier's order, the longest bar's value furthest right
    assert [top for top, _ in rows] == sorted(top for top, _ in rows)
    widest = max(range(len(chart.bars)), key=lambda i: chart.bars[i].value)
    assert max(rows, key=lambda row: row[1]) == rows[widest]


@needs_pdftotext
def test_charts_with_odd_values_and_many_bars_print() -> None:
    base = sample_dossier()
    odd = Chart(
        "Balance",
        "USD million",
        (
            ChartBar("Exports to a partner with a very long name " * 3, 120.5, "120.5"),
            ChartBar("Imports", -80.0, "-80"),
            ChartBar("Zero", 0.0, "0"),
            ChartBar("Unknown", float("nan"), "n/a"),
        ),
    )
    many = Chart("Many bars", "count", tuple(ChartBar(f"B{i}", i, f"v{i}") for i in range(90)))
    empty = Chart("No bars at all", "", ())
    figures = FiguresSection("1", "Figures", "fig", ("a", "b", "c", "d"), (), (odd, many, empty))
    r = _render_dossier(_with_section(dataclasses.replace(base, sources=()), figures))
    text = r.text()
    assert "Balance USD million" in text
    assert "No bars at all" in text
    assert _norm(odd.bars[0].label) in text  # a long label wraps, it is not cut
    pairs = [("Imports", "-80"), ("Zero", "0"), ("Unknown", "n/a")]
    pairs += [(f"B{i}", f"v{i}") for i in range(90)]
    for label, value in pairs:  # each value is printed at the end of its own bar
        assert any(_beside(words, label, value) for words in r.words()), label


def _beside(words: list[Word], label: str, value: str) -> bool:
    """Whether ``value`` is printed right of ``label`` on the same line."""
    for left in (w for w in words if w.text == label):
        middle = (left.top + left.bottom) / 2
        for right in (w for w in words if w.text == value and w.x0 > left.x1):
            if abs((right.top + right.bottom) / 2 - middle) < 3:
                return True
    return False


@needs_pdftotext
def test_annex_prints_each_source_group_title_once() -> None:
    r = _render()
    text = r.text()
    annex_page, _ = _locate(r, r.dossier.labels.sources + " " + r.dossier.source_groups[0].title)
    for group in r.dossier.source_groups:
        assert text.count(group.title) == 1, group.title
        assert group.details in text
    assert "https://example.org/article" in text
    # the notes follow their group's title, in order
    annex = _norm("\n".join(r.pages(body_only=True)[annex_page - 1 :]))
    order = []
    for group in r.dossier.source_groups:
        order.append(annex.index(group.title))
        order += [annex.index(f"[{n.number}] {n.locator}") for n in group.notes]
    assert order == sorted(order)


@needs_pdftotext
def test_table_rows_do_not_split_across_pages() -> None:
    base = sample_dossier()
    cell = " ".join(["words that wrap in a narrow cell"] * 6)
    tall = " ".join(["words that wrap in a narrow cell"] * 40)  # about half a page
    rows = tuple(
        (
            (Run(f"Start{n:03d}"),),
            (Run(f"{tall if n % 10 == 5 else cell} End{n:03d}"),),
            (Run(cell),),
        )
        for n in range(70)
    )
    table = TableBlock(((Run("Key"),), (Run("Text"),), (Run("More"),)), rows)
    section = TextSection("1", "Table", "t", (Paragraph((Run("Intro"),)), table))
    r = _render_dossier(_with_section(base, section))
    pages = [_norm(p) for p in r.pages(body_only=True)]
    assert len(pages) >= 5
    for n in range(70):
        start = [i for i, p in enumerate(pages) if f"Start{n:03d}" in p]
        end = [i for i, p in enumerate(pages) if f"End{n:03d}" in p]
        assert start == end and len(start) == 1, n
    table_pages = [p for p in pages if "Start0" in p]
    assert len(table_pages) >= 3
    for page in table_pages[1:]:  # the header row is repeated on every page of the table
        assert page.startswith("Key Text More")
