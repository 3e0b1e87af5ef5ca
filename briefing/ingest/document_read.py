"""Reading a document into one text with numbered paragraphs (and pages for a PDF).

Plain text, Markdown, HTML (its main text, via trafilatura), DOCX (python-docx) and PDF
(its text layer, via pypdf). What comes out is the text a fact's quote is taken from and
checked against later: it is what the store keeps as the source's full text, and a locator
("§4", "p. 2, §7") numbers the paragraphs of that same text (``paragraph_spans``).

Bad input is refused here with one line naming the problem, before anything is written.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import UserFacingError, check_cancel

MAX_BYTES = 10 * 1024 * 1024  # a communiqué or a long article is well under 1 MB
# Under this many letters a PDF page holds no text layer worth reading (a scan).
_MIN_LETTERS = 20
_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".htm": "html",
    ".html": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}


class DocumentError(UserFacingError):
    """A document that cannot be imported (empty, binary, too large, no text layer)."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its number (from 1), where it lies in the text, its PDF page."""

    number: int
    start: int
    end: int
    page: int | None = None

    def locator(self) -> str:
        """How a fact cites it: "§4", or "p. 2, §4" in a PDF (paragraphs count from 1
        over the whole document, so a locator stays unique when pages reflow)."""
        return f"p. {self.page}, §{self.number}" if self.page else f"§{self.number}"


@dataclass(frozen=True)
class ReadDocument:
    """A document as read: its text, paragraphs and what its metadata said."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    kind: str
    title: str = ""
    publisher: str | None = None
    date: dt.date | None = None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph holding the character at ``offset``."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None


def paragraph_spans(text: str, pages: dict[int, int] | None = None) -> tuple[Paragraph, ...]:
    """The paragraphs of ``text``: blocks between blank lines when it has any, else lines.

    ``pages`` maps a paragraph's start offset to its PDF page. A text with blank lines
    wraps its paragraphs over several lines (Markdown, e-mail); one without writes one
    paragraph a line (a pasted article, the seed).
    """
    blocky = re.search(r"\n[ \t]*\n", text) is not None
    sep = re.compile(r"\n[ \t]*\n+" if blocky else r"\n+")
    out: list[Paragraph] = []
    start = 0
    for match in [*sep.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            s, e = start + lead, start + len(chunk.rstrip())
            page = (pages or {}).get(s)
            out.append(Paragraph(len(out) + 1, s, e, page))
        start = match.end() if match else len(text)
    return tuple(out)


def read_document(path: Path, cancelled: Callable[[], bool] | None = None) -> ReadDocument:
    """Read ``path`` by its extension (text when unknown); DocumentError when unusable.

    ``cancelled()`` true stops the reading with Cancelled: a PDF is asked before each
    page (extracting a page's text is what a long PDF spends its seconds on: ~0.05 s a
    page), other formats once parsed.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"cannot read {path}: {exc.strerror}") from exc
    if size > MAX_BYTES:
        raise DocumentError(
            f"{path.name} is {size / 1_048_576:.0f} MB; documents over "
            f"{MAX_BYTES // 1_048_576} MB are refused (split it or import the text)"
        )
    data = path.read_bytes()
    kind = _FORMATS.get(path.suffix.lower(), "text")
    if kind == "docx":
        doc = _read_docx(data, path.name)
    elif kind == "pdf":
        doc = _read_pdf(data, path.name, cancelled)
    elif kind == "html":
        doc = _read_html(_decode(data, path.name), path.name)
    else:
        doc = read_text(_decode(data, path.name), kind, path.name)
    check_cancel(cancelled)
    if not doc.title:
        doc = ReadDocument(doc.text, doc.paragraphs, doc.kind, path.stem, doc.publisher, doc.date)
    return doc


def read_text(text: str, kind: str = "text", name: str = "the text") -> ReadDocument:
    """A pasted or decoded text as a document (Markdown keeps its marks: quotes are
    verbatim, and a heading line is a paragraph like any other)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff")
    _check_text(text, name)
    title = ""
    if kind == "markdown":
        first = re.match(r"\s*#\s+(.+)", text)
        title = first.group(1).strip() if first else ""
    return ReadDocument(text, paragraph_spans(text), kind, title)


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise DocumentError(f"{name} holds no text")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t")
    if "\x00" in text or controls > len(text) // 100:
        raise DocumentError(f"{name} looks binary, not text (control characters in it)")
    if sum(ch.isalpha() for ch in text) < 2:
        raise DocumentError(f"{name} holds no words")


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise DocumentError(f"{name} is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(f"{name} looks binary, not text (a NUL byte in its first 4 KB)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Guessing a legacy code page would put wrong letters into quotes that must be
        # verbatim: the user converts the file once and knows what went in.
        raise DocumentError(
            f"{name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from exc


def _from_paragraphs(
    chunks: list[tuple[str, int | None]], kind: str, name: str, **meta: object
) -> ReadDocument:
    """One text from (paragraph, page) pairs, a blank line between paragraphs."""
    parts: list[str] = []
    pages: dict[int, int] = {}
    offset = 0
    for chunk, page in chunks:
        chunk = " ".join(chunk.split())
        if not chunk:
            continue
        if parts:
            offset += 2
        if page is not None:
            pages[offset] = page
        parts.append(chunk)
        offset += len(chunk)
    text = unicodedata.normalize("NFC", "\n\n".join(parts))
    _check_text(text, name)
    return ReadDocument(
        text,
        paragraph_spans(text, pages),
        kind,
        str(meta.get("title") or ""),
        meta.get("publisher") or None,  # type: ignore[arg-type]
        meta.get("date") if isinstance(meta.get("date"), dt.date) else None,  # type: ignore[arg-type]
    )


def _read_docx(data: bytes, name: str) -> ReadDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"{name} is not a readable DOCX file") from exc
    chunks: list[tuple[str, int | None]] = [(p.text, None) for p in document.paragraphs]
    for table in document.tables:
        chunks += [(cell.text, None) for row in table.rows for cell in row.cells]
    props = document.core_properties
    created = props.created.date() if props.created else None
    return _from_paragraphs(
        chunks, "docx", name, title=props.title, publisher=props.author, date=created
    )


def _read_pdf(data: bytes, name: str, cancelled: Callable[[], bool] | None) -> ReadDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        chunks: list[tuple[str, int | None]] = []
        for number, page in enumerate(reader.pages, 1):
            check_cancel(cancelled)
            text = page.extract_text() or ""
            # A blank line, or a line ending a sentence, ends a paragraph; other line
            # breaks are the page's wrapping.
            for block in re.split(r"\n\s*\n|(?<=[.!?:»”\"])\s*\n", text):
                chunks.append((block, number))
        meta = reader.metadata
    except (PdfReadError, ValueError, KeyError) as exc:
        raise DocumentError(f"{name} is not a readable PDF file ({exc})") from exc
    letters = sum(ch.isalpha() for chunk, _ in chunks for ch in chunk)
    if letters < _MIN_LETTERS * max(1, len(reader.pages)) // 4 or letters < _MIN_LETTERS:
        raise DocumentError(
            f"{name} has no text layer (a scanned PDF?); run OCR on it first, then import it"
        )
    title = str(meta.title) if meta and meta.title else ""
    author = str(meta.author) if meta and meta.author else None
    created = meta.creation_date.date() if meta and meta.creation_date else None
    return _from_paragraphs(chunks, "pdf", name, title=title, publisher=author, date=created)


def _read_html(html: str, name: str) -> ReadDocument:
    import trafilatura

    found = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, with_metadata=True
    )
    extracted: dict[str, object] = {}
    if found is not None:
        extracted = dict(found) if isinstance(found, dict) else dict(found.as_dict())
    body = str(extracted.get("text") or "")
    if not body.strip():
        raise DocumentError(f"{name}: no main text found in this HTML page")
    date = None
    if extracted.get("date"):
        try:
            date = dt.date.fromisoformat(str(extracted["date"])[:10])
        except ValueError:
            date = None
    chunks: list[tuple[str, int | None]] = [(line, None) for line in body.split("\n")]
    return _from_paragraphs(
        chunks,
        "html",
        name,
        title=extracted.get("title") or "",
        publisher=extracted.get("sitename") or extracted.get("author"),
        date=date,
    )
