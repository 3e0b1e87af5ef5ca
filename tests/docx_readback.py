"""Reading a rendered DOCX back, for the DOCX renderer's tests: the WordprocessingML
namespaces, a part of the package as XML, paragraphs by style, bookmark names, the
headings a dossier should print. The sample rendered once per module (``en``,
``en_doc``, ``en_body``) is a fixture in tests/conftest.py.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree

from briefing.dossier.document import Dossier, FactSection, Section
from briefing.dossier.render_docx import DocxResult, render_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def render(dossier: Dossier, **kwargs: Any) -> tuple[bytes, DocxResult]:
    out = io.BytesIO()
    result = render_docx(dossier, out, **kwargs)
    return out.getvalue(), result


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def part_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()


def texts(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(w("t")))


def style_of(p: etree._Element) -> str | None:
    el = p.find(f"{w('pPr')}/{w('pStyle')}")
    return None if el is None else el.get(w("val"))


def paragraphs(body: etree._Element, style: str) -> list[etree._Element]:
    return [p for p in body.iter(w("p")) if style_of(p) == style]


def bookmark(anchor: str) -> str:
    """The bookmark name the renderer gives a Dossier anchor like "f-1" or "sec-4-1"."""
    return anchor.replace("-", "_")


def headings(d: Dossier) -> list[tuple[int, str]]:
    """(level, text) of every heading in document order, number and title tab-separated."""
    out: list[tuple[int, str]] = []

    def walk(s: Section, level: int) -> None:
        out.append((level, f"{s.number}\t{s.title}"))
        if isinstance(s, FactSection):
            for sub in s.subsections:
                walk(sub, level + 1)

    for s in d.sections:
        walk(s, 1)
    if d.source_groups:
        out.append((1, d.labels.sources))
    return out
