"""The two entries a DOCX brief holds by the thousand — a fact (statement, meta line with
its linked citation, a bookmark) and an annex entry (number, locator, bookmark, quote) —
written as WordprocessingML text and parsed in batches.

Built element by element, each entry costs about ten lxml calls (a prototype copied, moved
into the document, an attribute set, a bookmark inserted), 1.2 s of a 10,000-fact export;
as text it is one string, and lxml's parser makes the elements of a few hundred entries at
once. The elements are the very ones ``Maker`` and ``Body`` make (the tests compare the
documents written both ways); an entry with anything else — markup, a line break, text
set in a fallback font, no meta line — returns None and is written the usual way.

The facts and annex entries of the body need not be elements at all: nothing reads them
once written. ``Deferred`` keeps them as text behind a placeholder comment and splices the
text into the document part's bytes when it is saved — the bytes lxml would have written
for the parsed elements (the text is written as lxml writes it; the tests compare). Parsing
them took 0.6 s of a 10,000-fact export, and their elements twice the memory of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml import etree

from briefing.dossier import docx_xml as x
from briefing.dossier.coverage import needs_fallback

__all__ = ["Deferred", "XmlBatch", "fact_xml", "note_xml", "plain", "row_xml"]

_OPEN = f'<w:body xmlns:w="{x.W_NS}" xmlns:r="{x.R_NS}">'
_PLACEHOLDER = "briefing-deferred:"
_PLACEHOLDERS = re.compile(rb"<!--briefing-deferred:(\d+)-->")


def plain(text: str) -> str | None:
    """``text`` as ``Maker`` would print it in one run (cleaned), or None when it would
    not be one plain run: empty, holding a line break, or needing a fallback font."""
    if not text or "\n" in text:
        return None
    text = x.clean(text)
    if not text or needs_fallback(text):
        return None
    return text


def _t(text: str) -> str:
    """A ``w:t`` holding ``text`` (already ``plain``), space-preserving as ``Maker`` does."""
    # as lxml escapes text content; three C-level replaces cost a tenth of str.translate
    # with a table (which looks every character up in a dict)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if text[:1].isspace() or text[-1:].isspace():
        return f'<w:t xml:space="preserve">{escaped}</w:t>'
    return f"<w:t>{escaped}</w:t>"


def _style(sid: str) -> str:
    return f'<w:pPr><w:pStyle w:val="{sid}"/></w:pPr>'


def fact_xml(
    statement_sid: str,
    statement: str,
    meta_sid: str,
    meta: str | None,
    cite: tuple[str, str, str] | None,
    bookmark: tuple[int, str],
) -> str:
    """A fact's two paragraphs: the statement (bookmarked) and the meta line, whose
    ``cite`` = (text, bookmark name, character style) links to the annex. Every text is
    already ``plain``."""
    mark_id, name = bookmark
    parts = [
        f"<w:p>{_style(statement_sid)}"
        f'<w:bookmarkStart w:id="{mark_id}" w:name="{name}"/>'
        f'<w:r>{_t(statement)}</w:r><w:bookmarkEnd w:id="{mark_id}"/></w:p>'
        f"<w:p>{_style(meta_sid)}"
    ]
    if meta is not None:
        parts.append(f"<w:r>{_t(meta)}</w:r>")
    if cite is not None:
        text, target, char_style = cite
        parts.append(
            f'<w:hyperlink w:anchor="{target}" w:history="1"><w:r><w:rPr>'
            f'<w:rStyle w:val="{char_style}"/></w:rPr>{_t(text)}</w:r></w:hyperlink>'
        )
    parts.append("</w:p>")
    return "".join(parts)


def note_xml(
    entry_sid: str, label: str, locator: str, quote_sid: str, quote: str, bookmark: tuple[int, str]
) -> str:
    """An annex entry: its number, a tab and its locator (bookmarked), then its quote."""
    mark_id, name = bookmark
    return (
        f"<w:p>{_style(entry_sid)}"
        f'<w:bookmarkStart w:id="{mark_id}" w:name="{name}"/>'
        f"<w:r>{_t(label)}</w:r><w:r><w:tab/></w:r><w:r>{_t(locator)}</w:r>"
        f'<w:bookmarkEnd w:id="{mark_id}"/></w:p>'
        f"<w:p>{_style(quote_sid)}<w:r>{_t(quote)}</w:r></w:p>"
    )


def row_xml(
    sid: str,
    widths: Sequence[float],
    cells: Sequence[tuple[str | None, str | None]],
    cant_split: bool,
    link_style: str,
) -> str:
    """A table row (``tables.add_row``, ``add_cell``, ``Body._row``): each cell a paragraph
    in style ``sid`` holding its (text, link target) — nothing for (None, None), the text
    linked to the target when there is one."""
    parts = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>" if cant_split else "<w:tr>"]
    for width, (text, target) in zip(widths, cells, strict=True):
        parts.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{x.twips(width)}" w:type="dxa"/></w:tcPr><w:p>{_style(sid)}'
        )
        if text is not None and target is not None:
            parts.append(
                f'<w:hyperlink w:anchor="{target}" w:history="1"><w:r><w:rPr>'
                f'<w:rStyle w:val="{link_style}"/></w:rPr>{_t(text)}</w:r></w:hyperlink>'
            )
        elif text is not None:
            parts.append(f"<w:r>{_t(text)}</w:r>")
        parts.append("</w:p></w:tc>")
    parts.append("</w:tr>")
    return "".join(parts)


def _parse(xml: str) -> list[etree._Element]:
    """The elements of ``xml`` (a run of entries), with the ``w:`` and ``r:`` prefixes."""
    return list(etree.fromstring(f"{_OPEN}{xml}</w:body>"))


class Deferred:
    """Entries kept as text in the document, each run of them behind a placeholder
    comment, spliced into the document part's bytes by ``serialize``.

    A comment is the placeholder because no text can forge one: lxml writes every ``<``
    of text or of an attribute value escaped, so ``<!--`` in the serialised document is
    a comment node, and the document has none but these.
    """

    def __init__(self) -> None:
        # each run of entries: all but the last as UTF-8, the last as text (it may still
        # become elements, see materialise_last). As one bytes object a run takes three
        # quarters of its entries as str objects: an entry with one character past
        # Latin-1 is two bytes a character as str, and each str has its own header
        # (130 → 100 MB at 100,000 facts)
        self._texts: list[tuple[bytes, str | None]] = []
        self._spent = False

    def place(self, parent: etree._Element, entries: list[str]) -> None:
        """Append ``entries`` to ``parent`` as text."""
        parent.append(etree.Comment(f"{_PLACEHOLDER}{len(self._texts)}"))
        if entries:
            self._texts.append(("".join(entries[:-1]).encode("utf-8"), entries[-1]))
        else:
            self._texts.append((b"", None))

    def _index(self, node: etree._Element) -> int | None:
        if not isinstance(node, etree._Comment):
            return None
        text = node.text or ""
        return int(text[len(_PLACEHOLDER) :]) if text.startswith(_PLACEHOLDER) else None

    def materialise_last(self, parent: etree._Element) -> None:
        """Make ``parent``'s last entry elements when it is text (a section's properties
        go into its last paragraph)."""
        if not len(parent):
            return
        last = parent[-1]
        index = self._index(last)
        if index is None:
            return
        head, tail = self._texts[index]
        if tail is None:  # elements made of its last entry would follow the placeholder
            if head:  # a bug of the renderer's, not input
                raise RuntimeError(f"deferred entries made elements twice: {index}")
        else:
            parent.extend(_parse(tail))
            self._texts[index] = (head, None)
        if not head:  # the placeholder of nothing is dropped with it
            parent.remove(last)

    def serialize(self, root: etree._Element) -> bytes:
        """``root`` as python-docx saves a part (UTF-8, standalone), with the entries."""
        return b"".join(self.pieces(root))

    def pieces(self, root: etree._Element) -> Iterator[bytes | memoryview]:
        """The bytes of ``serialize``, in pieces: the tree's between the placeholders and
        each run of entries encoded on its own; a run's text is let go once yielded.

        Joined, the document part of a 100,000-fact brief was its text (97 MB of entries)
        held three times over at once — as text, as encoded runs and as their join —
        190 MB of the export's peak; fed piece by piece to a deflater
        (``docx_package.deflate_pieces``) it is held once, as text, and shrinks as it goes.
        So the entries are written once: a second call is an error.
        """
        if self._spent:  # a bug of the renderer's, not input
            raise RuntimeError("deferred entries already written")
        self._spent = True
        data: bytes = etree.tostring(root, encoding="UTF-8", standalone=True)
        view = memoryview(data)
        seen = set()
        start = 0
        for match in _PLACEHOLDERS.finditer(data):
            yield view[start : match.start()]
            start = match.end()
            index = int(match.group(1))
            if index in seen:  # a bug of the renderer's, not input
                raise RuntimeError(f"deferred entries placed twice: {index}")
            seen.add(index)
            (head, tail), self._texts[index] = self._texts[index], (b"", None)
            yield head if tail is None else head + tail.encode("utf-8")
            del head, tail
        yield view[start:]
        missing = {i for i, (head, tail) in enumerate(self._texts) if head or tail is not None}
        if missing:  # a bug of the renderer's, not input
            raise RuntimeError(f"deferred entries lost from the document: {sorted(missing)}")


class XmlBatch:
    """Entries as text, parsed and appended to their parent in one go by ``flush`` (or,
    given a ``Deferred``, placed in it as text)."""

    # entries parsed at once: large enough to amortise the parse, small enough to keep
    # the text short-lived
    SIZE = 400

    def __init__(self, deferred: Deferred | None = None) -> None:
        self._parts: list[str] = []
        self.parent: etree._Element | None = None
        self._deferred = deferred

    def add(self, parent: etree._Element, xml: str) -> None:
        """Queue ``xml`` for ``parent`` (an earlier parent's entries are appended first)."""
        if parent is not self.parent:
            self.flush()
            self.parent = parent
        self._parts.append(xml)
        if len(self._parts) >= self.SIZE:
            self.flush()

    def flush(self) -> None:
        """Append every queued entry to its parent, in order."""
        if not self._parts or self.parent is None:
            return
        if self._deferred is not None:
            self._deferred.place(self.parent, self._parts)
            self._parts = []
            return
        elements = _parse("".join(self._parts))
        self._parts.clear()
        self.parent.extend(elements)
