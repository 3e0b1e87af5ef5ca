"""Reading a rendered PDF back, for the PDF renderer's tests: each page's text or margin
strip (pdftotext), words with their boxes, links and their destinations, the contents as
printed.

Renders and pdftotext's answers are cached here (``_render``, ``_pages_text``…), so a
sample is rendered once per run whichever test file asks first, as when the tests were one
file. The names keep the underscore they had there, so the moved tests read unchanged.
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
import shutil
import subprocess
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from pypdf import PdfReader

from briefing.dossier.document import Dossier, FactSection, Section
from briefing.dossier.render_pdf import MARGIN, PdfResult, render_pdf
from tests.sample_dossier import sample_dossier

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler) not found")


@dataclasses.dataclass(frozen=True)
class Word:
    """A word as pdftotext places it: points from the page's top-left corner."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclasses.dataclass(frozen=True)
class Rendered:
    dossier: Dossier
    pdf: bytes
    result: PdfResult

    @property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.pdf))

    def pages(
        self,
        *,
        layout: bool = False,
        body_only: bool = False,
        x_range: tuple[float, float] | tuple[()] = (),
    ) -> list[str]:
        """Text of each page (pdftotext); ``body_only`` crops away header and footer,
        ``x_range`` (in points from the left edge) keeps one column of the body."""
        return _pages_text(self.pdf, layout, body_only, x_range)

    def strip(self, top: bool) -> list[str]:
        """Text of the top (or bottom) margin of each page: the page furniture."""
        return _strip_text(self.pdf, top)

    def words(self) -> list[list[Word]]:
        return _words(self.pdf)

    def text(self) -> str:
        return _norm("\n".join(self.pages()))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _page_box(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


def _pdftotext(pdf: bytes, *args: str) -> str:
    assert PDFTOTEXT is not None
    done = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", *args, "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def _split_pages(text: str) -> list[str]:
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@cache
def _pages_text(
    pdf: bytes, layout: bool, body_only: bool, x_range: tuple[float, float] | tuple[()]
) -> list[str]:
    args = ["-layout"] if layout else []
    if body_only or x_range:
        width, height = _page_box(pdf)
        left, right = x_range or (0, width)
        args += ["-r", "72", "-x", str(int(left)), "-y", str(int(MARGIN) - 4)]
        args += ["-W", str(int(right - left)), "-H", str(int(height - 2 * MARGIN) + 8)]
    return _split_pages(_pdftotext(pdf, *args))


@cache
def _strip_text(pdf: bytes, top: bool) -> list[str]:
    width, height = _page_box(pdf)
    y = 0 if top else int(height - MARGIN) + 4
    args = ["-r", "72", "-x", "0", "-y", str(y), "-W", str(int(width))]
    args += ["-H", str(int(MARGIN) - 4)]
    return _split_pages(_pdftotext(pdf, *args))


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@cache
def _words(pdf: bytes) -> list[list[Word]]:
    pages: list[list[Word]] = []
    for chunk in _pdftotext(pdf, "-bbox").split("<page ")[1:]:
        pages.append(
            [
                Word(html.unescape(m[4]), float(m[0]), float(m[1]), float(m[2]), float(m[3]))
                for m in _WORD.findall(chunk)
            ]
        )
    return pages


def _find(words: list[Word], phrase: str) -> Word | None:
    """The first word of ``phrase`` where its words follow each other on the page (the
    last one may go on: "1.2" finds "1.2:")."""
    wanted = phrase.split()
    for i in range(len(words) - len(wanted) + 1):
        if all(
            words[i + k].text == w or (k == len(wanted) - 1 and words[i + k].text.startswith(w))
            for k, w in enumerate(wanted)
        ):
            return words[i]
    return None


def _locate(r: Rendered, phrase: str, after: int = 0) -> tuple[int, Word]:
    """1-based page and first word of ``phrase`` on the first page after ``after``."""
    for number, words in enumerate(r.words(), start=1):
        if number > after:
            found = _find(words, phrase)
            if found is not None:
                return number, found
    raise AssertionError(f"{phrase!r} not found after page {after}")


@cache
def _render(**kwargs: Any) -> Rendered:
    dossier = sample_dossier(**kwargs)
    return _render_dossier(dossier)


def _render_dossier(
    dossier: Dossier, progress: Callable[[int, int], None] | None = None
) -> Rendered:
    out = io.BytesIO()
    result = render_pdf(dossier, out, progress)
    return Rendered(dossier, out.getvalue(), result)


def _sections(dossier: Dossier) -> list[tuple[int, Section]]:
    found: list[tuple[int, Section]] = []

    def walk(section: Section, level: int) -> None:
        found.append((level, section))
        if isinstance(section, FactSection):
            for sub in section.subsections:
                walk(sub, level + 1)

    for section in dossier.sections:
        walk(section, 0)
    return found


def _links(r: Rendered, page: int) -> list[tuple[tuple[float, float, float, float], Any]]:
    """The link annotations of a page: (rect with y from the top, /Dest or /A)."""
    height = _page_box(r.pdf)[1]
    out = []
    for annot in r.reader.pages[page - 1].get("/Annots", []):
        a = annot.get_object()
        x0, y0, x1, y1 = (float(v) for v in a["/Rect"])
        out.append(((x0, height - y1, x1, height - y0), a.get("/Dest") or a.get("/A")))
    return out


def _dest(r: Rendered, dest: Any) -> tuple[int, float]:
    """An explicit destination as (1-based page, y from the top)."""
    pages = {
        p.indirect_reference.idnum: n
        for n, p in enumerate(r.reader.pages, start=1)
        if p.indirect_reference is not None
    }
    return pages[dest[0].idnum], _page_box(r.pdf)[1] - float(dest[3])


_TOC_LINE = re.compile(r"^\s*(?:(\d+(?:\.\d+)*)\s+)?(\S.*?)\s+(\d+)\s*$")


def _toc(rendered: Rendered) -> tuple[dict[str, int], int]:
    """Contents entries as printed ("number title" or title → page) and the last TOC page.

    The TOC pages are those after the cover whose running header names the contents.
    """
    entries: dict[str, int] = {}
    last_page = 1
    contents = rendered.dossier.labels.contents
    bodies = rendered.pages(layout=True, body_only=True)
    for strip, body in zip(rendered.strip(top=True)[1:], bodies[1:], strict=True):
        if contents not in _norm(strip):
            break
        last_page += 1
        for line in body.splitlines():
            m = _TOC_LINE.match(line)
            if m:
                number, title, page_number = m.groups()
                entries[_norm(f"{number or ''} {title}")] = int(page_number)
    return entries, last_page


def _first_page_with(rendered: Rendered, needle: str, after: int) -> int:
    """1-based number of the first page after page ``after`` whose body contains ``needle``."""
    for number, text in enumerate(rendered.pages(body_only=True), start=1):
        if number > after and needle in _norm(text):
            return number
    raise AssertionError(f"{needle!r} not found after page {after}")
