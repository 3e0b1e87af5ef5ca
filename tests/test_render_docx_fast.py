"""Facts, annex entries and table rows written as text (``docx_fast``) make the very
document that writing them element by element makes."""

from __future__ import annotations

import dataclasses
import io
import zipfile
import zlib
from typing import Any

import pytest
from lxml import etree

from briefing.dossier import docx_body, docx_fast, docx_sections
from briefing.dossier import docx_xml as x
from briefing.dossier.document import Dossier, DossierFact, FactSection, SourceGroup, SourceNote
from briefing.dossier.markup import Paragraph, Run
from briefing.dossier.render_docx import DocxResult, render_docx
from tests.sample_dossier import CYRILLIC, TRICKY, sample_dossier


def _parts(dossier: Dossier) -> tuple[dict[str, bytes], DocxResult]:
    out = io.BytesIO()
    result = render_docx(dossier, out)
    with zipfile.ZipFile(out) as z:
        # the core properties carry the time of writing
        return {n: z.read(n) for n in z.namelist() if not n.startswith("docProps/")}, result


def _odd_entries(dossier: Dossier) -> Dossier:
    """The sample with facts and notes each fast path must leave alone or print exactly:
    leading spaces, markup characters, Arabic (a fallback font), a line break, no meta."""
    section = dossier.fact_sections()[0]
    odd = [
        (" starts with a space ", "9 October 2025", "[1]"),
        (TRICKY, " meta with spaces ", "[2]"),
        ("مرحبا بالعالم", "9 October 2025", "[1]"),
        ("two\nlines", "9 October 2025", "[2]"),
        ("no meta line", "", None),
        (CYRILLIC, "9 October 2025", None),
        # text kept as text in the document (``Deferred``) cannot forge its placeholder
        ("<!--briefing-deferred:0--> & <w:p/>", "9 October 2025", "[1]"),
    ]
    facts = list(section.facts)
    for i, (text, meta, cite) in enumerate(odd):
        facts.append(
            dataclasses.replace(
                facts[0],
                uuid=f"odd-{i}",
                anchor=f"fact_odd_{i}",
                body=(Paragraph((Run(text),)),),
                meta=meta,
                cite_text=cite,
                source_number=int(cite[1]) if cite else None,
            )
        )
    new_section = dataclasses.replace(section, facts=tuple(facts))
    notes = [
        SourceNote(90, "Doc", " § 1 ", "« a & b < c »", "en"),
        SourceNote(91, "Doc", "p.\n2", "quote", "en"),
        SourceNote(92, "Doc", "", "no locator", "en"),
        SourceNote(93, "Doc", "§ 3", "", "en"),
        SourceNote(94, "Doc", "§ 4", "اقتباس", "ar"),
        SourceNote(95, "Doc", "§ 5", CYRILLIC, "ru"),
    ]
    sections = tuple(new_section if s is section else s for s in dossier.sections)
    return dataclasses.replace(
        dossier,
        sections=sections,
        sources=(*dossier.sources, *notes),
        source_groups=(*dossier.source_groups, SourceGroup("Doc", "", None, tuple(notes))),
    )


@pytest.mark.parametrize(("language", "long_text"), [("en", False), ("ru", False), ("en", True)])
def test_text_entries_make_the_same_document(
    language: str, long_text: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Odd entries among the usual ones, and (``long_text``) a statement, a quote and a
    table cell each longer than a page (a row that must be free to split)."""
    dossier = _odd_entries(
        sample_dossier(language=language, facts_per_section=6, long_text=long_text)
    )
    assert isinstance(dossier.fact_sections()[0], FactSection)
    assert all(isinstance(s, SourceNote) for s in dossier.sources)
    assert any(isinstance(g, SourceGroup) for g in dossier.annex_groups())
    placed: list[int] = []
    place = docx_fast.Deferred.place

    def spy(self: docx_fast.Deferred, parent: etree._Element, entries: list[str]) -> None:
        placed.append(len(entries))
        place(self, parent, entries)

    with monkeypatch.context() as m:  # the entries are kept as text in the document
        m.setattr(docx_fast.Deferred, "place", spy)
        fast, fast_result = _parts(dossier)
    assert sum(placed) > 2 * len(dossier.fact_sections()[0].facts)
    with monkeypatch.context() as m:  # every entry element by element
        m.setattr(docx_sections.SectionWriter, "_fast_fact", lambda self, fact: False)
        m.setattr(docx_sections, "plain", lambda text: None)
        m.setattr(docx_body.Body, "_plain_cells", lambda self, cells, links: None)
        slow, slow_result = _parts(dossier)
    assert fast_result == slow_result
    assert fast.keys() == slow.keys()
    for name in fast:
        assert fast[name] == slow[name], name


def test_fast_fact_is_taken_for_the_common_fact() -> None:
    dossier = sample_dossier()
    fact: DossierFact = dossier.fact_sections()[0].facts[0]
    assert fact.meta and len(fact.body) == 1
    assert docx_sections.plain("A plain statement.") == "A plain statement."
    assert docx_sections.plain("two\nlines") is None
    assert docx_sections.plain("مرحبا") is None
    assert docx_sections.plain("") is None


def test_spaced_text_is_measured_as_the_general_pass_measures_it() -> None:
    """One piece of single-spaced words takes a shorter pass; cut in two pieces at a space
    (the general pass), the same text must need the same lines."""
    import random

    from briefing.dossier.docx_layout import Metrics

    metrics = Metrics()
    rng = random.Random(5)
    words = ["a", "the", "Душанбе", "x" * 60, "cooperation", "2025", "«q»", "W" * 12]
    for _ in range(3000):
        chosen = [rng.choice(words) for _ in range(rng.randint(2, 40))]
        cut = rng.randint(1, len(chosen) - 1)
        head, tail = " ".join(chosen[:cut]) + " ", " ".join(chosen[cut:]) + rng.choice(["", " "])
        face = rng.choice(["NotoSerif", "NotoSans-Bold", "NotoSerif-Italic"])
        size = rng.choice([7.5, 9.0, 10.5])
        width = rng.choice([30.0, 80.0, 200.0, 451.3])
        whole = metrics.lines([(head + tail, face, size)], width)
        assert whole == metrics.lines([(head, face, size), (tail, face, size)], width)


def test_deferred_entries_are_spliced_where_their_placeholder_is() -> None:
    deferred = docx_fast.Deferred()
    body = x.new_container()
    deferred.place(body, ["<w:p><w:r><w:t>one</w:t></w:r></w:p>"])
    x.SubElement(body, x.P)
    deferred.place(body, ["<w:p/>", '<w:p><w:pPr><w:pStyle w:val="S"/></w:pPr></w:p>'])
    deferred.materialise_last(body)  # the last entry becomes an element (sectPr goes in)
    assert body[-1].tag == x.P and body[-1].find(x.PPR) is not None
    data = deferred.serialize(body)
    assert b"<!--" not in data
    parsed = etree.fromstring(data)
    assert [len(p) for p in parsed] == [1, 0, 0, 1]
    assert "".join(parsed.itertext()) == "one"
    with pytest.raises(RuntimeError, match="already written"):  # the text was let go
        deferred.serialize(body)
    deferred = docx_fast.Deferred()
    body = x.new_container()
    deferred.place(body, ["<w:p/>"])
    body.remove(body[0])  # a placeholder lost is an error, not entries silently dropped
    with pytest.raises(RuntimeError, match="lost"):
        deferred.serialize(body)


def test_deferred_pieces_let_each_run_of_entries_go_once_yielded() -> None:
    """The document part is deflated piece by piece (``deflate_pieces``): the stream is
    the one ``deflate`` makes of the joined bytes, and a run's text is dropped as soon as
    it is yielded, so the whole part is never held at once."""
    from briefing.dossier.docx_package import FAST, deflate, deflate_pieces

    deferred = docx_fast.Deferred()
    body = x.new_container()
    runs = [
        [f"<w:p><w:r><w:t>{i}-{j} Душанбе</w:t></w:r></w:p>" for j in range(50)] for i in range(3)
    ]
    for entries in runs:
        deferred.place(body, list(entries))
        x.SubElement(body, x.P)
    whole = docx_fast.Deferred()
    other = x.new_container()
    for entries in runs:
        whole.place(other, list(entries))
        x.SubElement(other, x.P)
    expected = whole.serialize(other)
    pieces = deferred.pieces(body)
    seen: list[bytes] = []
    checked = False
    for piece in pieces:
        seen.append(bytes(piece))
        if piece == "".join(runs[0]).encode():
            # the first run is out: the Deferred no longer holds its text
            assert deferred._texts[0] == (b"", None) and deferred._texts[1][0]
            checked = True
    assert checked
    assert b"".join(seen) == expected
    assert len(seen) == 7  # tree, run, tree, run, tree, run, tree
    deferred = docx_fast.Deferred()
    body = x.new_container()
    for entries in runs:
        deferred.place(body, list(entries))
        x.SubElement(body, x.P)
    streamed = deflate_pieces(deferred.pieces(body))
    assert streamed == deflate(expected, FAST)
    assert zlib.decompress(streamed.stream, -15) == expected


def test_plain_runs_are_measured_as_runs_are() -> None:
    """``Body.measure_plain`` (facts and annex entries) adds the item ``measure`` adds for
    the same plain runs: lines, spacing and keeps."""
    import random

    from briefing.dossier.docx_body import Body, Bookmarks
    from briefing.dossier.render_docx import _DocxWriter

    writer = _DocxWriter(sample_dossier(), None)
    body: Body = writer.body
    assert isinstance(body.bookmarks, Bookmarks)
    s = writer.styles
    rng = random.Random(7)
    words = ["a", "the", "Душанбе", "x" * 70, "co-operation", "«q»", "2025 –", "", " "]
    for _ in range(600):
        style = rng.choice([s.statement, s.meta, s.source_entry, s.quote])
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 30))) for _ in "ab"]
        texts = texts[: rng.randint(1, 2)]
        keep = rng.choice([True, False])
        mark = rng.choice([None, "f-1"])
        body.measure_plain(style, texts, keep, mark)
        fast = body.flow.items.pop()
        runs = [Run(t) for t in texts]
        body.measure(style, body.metrics.run_pieces(runs, style.text), keep_next=keep, mark=mark)
        assert fast == body.flow.items.pop()


def test_long_text_is_broken_first_with_the_same_answers() -> None:
    """A long single-spaced text is broken into lines before its one-line sum is taken
    (``Metrics._long_lines``); the answer is the one the sum-first order gives, also on a
    column exactly as wide as the text, where the two sums disagree by a rounding."""
    import random

    from briefing.dossier.docx_layout import Metrics

    metrics = Metrics()
    rng = random.Random(11)
    words = ["a", "the", "Душанбе", "cooperation", "2025", "«q»", "W" * 12, "été", "x" * 90]
    ties = 0
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 60)))
        face = rng.choice(["NotoSerif", "NotoSans-Bold", "NotoSerif-Italic"])
        size = rng.choice([7.5, 8.8, 9.0, 10.5])
        pieces = [(text, face, size)]
        metrics.fits_one_line(pieces, 1.0)  # loads the face's character widths
        exact = sum(map(metrics._chars[face].__getitem__, text)) * size  # the one-line sum
        for width in (exact, rng.uniform(20.0, 500.0), exact * rng.uniform(0.3, 1.2)):
            width = max(width, 1.0)
            expected = (
                1
                if metrics.fits_one_line(pieces, width)
                else metrics._spaced_lines(text, face, size, width)[0]
            )
            assert metrics.lines(pieces, width) == expected, (text, width)
            if width == exact and metrics._spaced_lines(text, face, size, width)[0] > 1:
                ties += 1
    assert ties > 100  # the rounding band was needed, and held


def test_bookmark_names_are_those_the_pattern_makes() -> None:
    """``Bookmarks.add`` skips its pattern for the usual anchors; every name is the one
    the pattern alone makes (letters, digits and '_', a letter first, at most 40
    characters, unique without regard to case)."""
    import random
    import re

    from briefing.dossier.docx_body import Bookmarks

    def reference(anchors: list[str]) -> list[str]:
        taken: set[str] = set()
        names: dict[str, str] = {}
        for anchor in anchors:
            if anchor in names:
                continue
            base = re.sub(r"[^A-Za-z0-9_]", "_", anchor)
            base = base if base[:1].isalpha() else "b_" + base
            base = base[:40]
            name, n = base, 1
            while name.lower() in taken:
                n += 1
                name = base[: 40 - len(f"_{n}")] + f"_{n}"
            taken.add(name.lower())
            names[anchor] = name
        return [names[a] for a in anchors]

    rng = random.Random(2)
    alphabet = "aZ9_-é. Ж٣"
    anchors = ["f-1", "F-1", "f_1", "src_3", "1-a", "", "-", "_", "ﬁ", "ǅ", "x" * 60, "x" * 61]
    anchors += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 45))) for _ in range(3000)
    ]
    anchors += anchors[:50]
    bookmarks = Bookmarks()
    assert [bookmarks.add(a) for a in anchors] == reference(anchors)


def test_columns_are_fitted_as_word_by_word() -> None:
    """``Body._fit_columns`` measures each distinct word once; the widths are those of
    measuring every word of every cell."""
    import random

    from briefing.dossier.render_docx import _DocxWriter

    body = _DocxWriter(sample_dossier(), None).body

    def reference(widths: list[float], header: list[Any] | None, rows: list[Any]) -> list[float]:
        pad_x = body.sheet.cell_padding[0]
        cap = body.text_width / 3
        for c in range(len(widths)):
            need = 0.0
            for r, row in enumerate([header or (), *rows]):
                if c >= len(row):
                    continue
                text = body.styles.cell_head.text if r == 0 else body.styles.cell.text
                face = body.metrics.face(text.family, text.bold, text.italic)
                size = x.half_points(text.size) / 2
                for word in "".join(run.text for run in row[c]).split():
                    need = max(need, body.metrics.width(word, face, size))
            need = min(need + 2 * pad_x + 1.0, cap)
            if widths[c] < need:
                donor = max(range(len(widths)), key=lambda i: widths[i])
                if donor != c:
                    give = min(need - widths[c], widths[donor] - cap / 2)
                    if give > 0:
                        widths[c] += give
                        widths[donor] -= give
        return widths

    rng = random.Random(4)
    words = ["Source", "KZ, UZ", "Интеграция", "12.5 %", "W" * 30, "", "a b"]
    for _ in range(200):
        columns = rng.randint(1, 5)
        header = [(Run(rng.choice(words)),) for _ in range(columns)] if rng.random() < 0.7 else None
        rows = [
            [
                tuple(Run(rng.choice(words)) for _ in range(rng.randint(0, 2)))
                for _ in range(columns)
            ]
            for _ in range(rng.randint(0, 8))
        ]
        widths = [rng.uniform(10.0, 200.0) for _ in range(columns)]
        assert body._fit_columns(list(widths), header, rows) == reference(
            list(widths), header, rows
        )
