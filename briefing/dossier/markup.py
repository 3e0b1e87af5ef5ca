"""Statements and written sections are Markdown; this turns them into blocks of styled runs.

The parser is Python-Markdown with its ``tables`` and ``sane_lists`` extensions. Its block
parser and inline patterns build an ElementTree, and this module walks that tree into the
frozen blocks both renderers share, instead of serialising it to HTML:

* ``p`` → :class:`Paragraph`; ``h1``–``h6`` → a paragraph of bold runs; ``blockquote`` →
  its blocks with italic runs; an indented code block → a paragraph of one code run that
  keeps its line breaks; ``hr`` is dropped;
* ``ul`` / ``ol`` → :class:`ListBlock` (``start`` from ``<ol start>``). A nested list
  becomes its own ListBlock with ``level`` one deeper, placed right after its parent item;
  the parent list goes on in a further ListBlock whose ``start`` continues the numbering;
* ``table`` → :class:`TableBlock` (``thead`` cells → ``header``, ``tbody`` rows → ``rows``);
* inline: ``strong`` → bold, ``em`` → italic, ``code`` → code, ``a`` → ``href`` only for
  http, https and mailto links (any other link is its text, unlinked), ``img`` → its alt
  text, ``br`` → a newline in the run text, a soft line break → a space.

Nothing is ever HTML. The raw-HTML machinery is switched off (the ``html_block``
preprocessor and the ``html`` and ``entity`` inline patterns are deregistered), so ``<b>``,
``<script>`` or ``&amp;`` stay text in the tree, and the one place Python-Markdown escapes
text itself (code spans and code blocks, ``util.code_escape``) is undone exactly once here.
Renderers print ``Run.text`` literally, so such text comes out exactly as typed.

Text with none of Markdown's special characters (most statements) never reaches
Python-Markdown: it is split into paragraphs at blank lines directly, with the same result.
Parsed statements are cached (blocks are frozen, so a cached tuple can be shared).
"""

from __future__ import annotations

import html
import re
import string
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.etree.ElementTree import Element, SubElement

import markdown  # type: ignore[import-untyped, unused-ignore]


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one style. ``href`` is set for link text."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of runs."""

    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bullet (``ordered=False``) or numbered list; each item is a tuple of runs.

    ``level`` is the nesting depth: 0 for a top-level list, 1 for a list inside an item of
    a level-0 list, and so on (a renderer that ignores it still shows every item, with the
    right bullet or number).
    """

    ordered: bool
    items: tuple[tuple[Run, ...], ...]
    start: int = 1
    level: int = 0


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A Markdown table: ``header`` cells, then ``rows`` of cells; each cell is runs."""

    header: tuple[tuple[Run, ...], ...]
    rows: tuple[tuple[tuple[Run, ...], ...], ...]


Block = Paragraph | ListBlock | TableBlock

# --------------------------------------------------------------------------------------
# The fast path: text that cannot contain Markdown

# Characters that may start inline markup: escapes, code, emphasis, links and images,
# autolinks (``<https://…>``).
_INLINE_SPECIAL = "\\`*_[<"
# Lines that may start a block construct: lists, headings, quotes, tables, setext
# underlines, numbered items, indented code. A hard line break is two spaces before "\n".
_BLOCK_SPECIAL = re.compile(r"^(?: {4}| {0,3}(?:[-+*>#=|:]|\d{1,9}[.)]))", re.MULTILINE)
_HARD_BREAK = re.compile(r"[^ \n]  +\n")


def _is_plain(text: str) -> bool:
    """True when Markdown would read ``text`` (normalised) as paragraphs of plain text."""
    for ch in _INLINE_SPECIAL:
        if ch in text:
            return False
    if "\n" not in text:  # one line: only its start can open a block (a search costs 4x)
        return _BLOCK_SPECIAL.match(text) is None
    if "  \n" in text and _HARD_BREAK.search(text) is not None:
        return False
    return _BLOCK_SPECIAL.search(text) is None


def _plain_blocks(text: str) -> tuple[Block, ...]:
    """Paragraphs at blank lines, lines joined by a space: what Markdown makes of plain text."""
    if "\n" not in text:  # one line (nearly every statement): one paragraph, or none
        line = text.strip()
        return (_plain_paragraph(line),) if line else ()
    blocks: list[Block] = []
    lines: list[str] = []
    for line in (*text.split("\n"), ""):
        stripped = line.strip(" ")
        if stripped:
            lines.append(stripped)
        elif lines:
            para = " ".join(lines).strip()
            if para:
                blocks.append(Paragraph((Run(para),)))
            lines.clear()
    return tuple(blocks)


_new = object.__new__
# the slot descriptors of Run's and Paragraph's fields, which set a slot without the
# frozen dataclass's __setattr__
_set_text, _set_bold, _set_italic, _set_code, _set_href = (
    Run.__dict__[name].__set__ for name in ("text", "bold", "italic", "code", "href")
)
_set_runs = Paragraph.__dict__["runs"].__set__


def _plain_paragraph(text: str) -> Paragraph:
    """``Paragraph((Run(text),))``, its slots set directly: a frozen dataclass's __init__
    goes through ``object.__setattr__`` for each field, 0.7 of the 1.3 us this costs
    for every printed statement (test_markup compares it with the constructors)."""
    run = _new(Run)
    _set_text(run, text)
    _set_bold(run, False)
    _set_italic(run, False)
    _set_code(run, False)
    _set_href(run, None)
    paragraph = _new(Paragraph)
    _set_runs(paragraph, (run,))
    return paragraph


def _normalise(text: str) -> str:
    """Line ends as ``\\n``, tabs expanded, and no STX/ETX (Python-Markdown's own markers)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x02" in text or "\x03" in text:
        text = text.replace("\x02", "").replace("\x03", "")
    return text.expandtabs(4) if "\t" in text else text


# --------------------------------------------------------------------------------------
# Lists: how people type them, in the shape Python-Markdown reads

_MARKER = re.compile(r"^( *)([-+*]|\d{1,9}[.)]) +")
_ANY_MARKER = re.compile(r"^ *(?:[-+*]|\d{1,9}[.)]) ", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}([-*_])(?: *\1){2,} *$")  # a horizontal rule, not a list item


def _shape_lists(lines: list[str]) -> list[str]:
    """Re-indent list items so Python-Markdown nests them as they look.

    Python-Markdown nests a list only when it is indented by exactly four spaces per level
    and starts a list only after a blank line. People type two or three spaces
    (``1. a`` / ``   - x``) and put a list right under its introduction (``Steps:`` /
    ``- one``). Here a marker indented further than its parent's marker is a child, one
    back to an earlier marker's indent is that item's sibling, and the rewritten line has
    four spaces per level; a list that follows a paragraph line, or switches between
    bullets and numbers at the top level, gets a blank line before it; ``1)`` becomes
    ``1.``; after a blank line, an indented line continues the item it is indented under.
    Indented code blocks outside lists are left alone.
    """
    out: list[str] = []
    stack: list[int] = []  # marker indents of the open list levels
    kinds: list[bool] = []  # whether each open level is numbered
    blank = True  # the previous line was blank (or this is the first line)
    in_code = False
    in_item_para = False  # in a paragraph that continues an item after a blank line
    chunk_indent = 0  # indent (as written out) of the first line since the last blank
    for line in lines:
        content = line.lstrip(" ")
        if not content:
            out.append(line)
            blank = True
            continue
        indent = len(line) - len(content)
        marker = None if _RULE.match(line) else _MARKER.match(line)
        if marker is not None and not stack and not blank and not in_code:
            sign = marker.group(2)
            if sign[0].isdigit() and int(sign[:-1]) != 1:
                marker = None  # only "1." starts a list inside a paragraph (CommonMark)
        if in_code and indent >= 4:
            out.append(line)
        elif marker is None:
            in_code = False
            if stack and blank:
                owners = [depth for depth, at in enumerate(stack) if at < indent]
                if owners:  # a paragraph of the item it is indented under
                    line = " " * (4 * owners[-1] + 4) + content
                    in_item_para = True
                else:  # back at the margin: the list is over
                    stack.clear()
                    kinds.clear()
                    in_item_para = False
            elif not stack and blank and indent >= 4:
                in_code = True
            out.append(line)
        else:
            in_code = False
            ordered = marker.group(2)[0].isdigit()
            top_kind = kinds[0] if kinds else None
            # Python-Markdown reads a marker line into the paragraph right above it, and
            # a block (lines between blank lines) that starts indented into one item
            need_blank = in_item_para
            in_item_para = False
            while stack and indent < stack[-1]:
                stack.pop()
                kinds.pop()
            if not stack or indent > stack[-1]:  # a new list (top level or nested)
                if not stack and ordered != top_kind:
                    need_blank = True  # a list under a paragraph line, or of another kind
                stack.append(indent)
                kinds.append(ordered)
            elif ordered != kinds[-1]:  # a sibling of another kind: a new list
                need_blank = True
                kinds[-1] = ordered
            sign = marker.group(2)
            if sign.endswith(")"):
                sign = sign[:-1] + "."
            line = " " * (4 * len(stack) - 4) + sign + " " + line[marker.end() :]
            if not blank and (need_blank or 4 * len(stack) - 4 < chunk_indent):
                out.append("")
                blank = True
            out.append(line)
        if blank:
            chunk_indent = len(line) - len(line.lstrip(" "))
        blank = False
    return out


# --------------------------------------------------------------------------------------
# Python-Markdown, configured to build a tree of text (never of raw HTML)

_local = threading.local()


def _new_markdown() -> Any:
    md = markdown.Markdown(extensions=["tables", "sane_lists"])
    md.preprocessors.deregister("html_block")  # raw HTML blocks stay text
    md.inlinePatterns.deregister("html")  # inline tags stay text
    md.inlinePatterns.deregister("entity")  # "&amp;" stays "&amp;"
    md.treeprocessors.deregister("prettify")  # whitespace for HTML output only
    md.ESCAPED_CHARS = list(string.punctuation)  # "\<", "\&", "\|" … as in CommonMark
    return md


def _markdown() -> Any:
    """This thread's parser (a Markdown instance keeps per-document state)."""
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = _new_markdown()
    return md


def _document_tree(text: str) -> Element:
    """The tree Python-Markdown builds for a whole statement, inline markup included."""
    md = _markdown()
    md.reset()
    lines: list[str] = text.split("\n")
    if _ANY_MARKER.search(text) is not None:
        lines = _shape_lists(lines)
    for pre in md.preprocessors:
        lines = pre.run(lines)
    root: Element = md.parser.parseDocument(lines).getroot()
    return _run_treeprocessors(md, root)


def _inline_tree(text: str) -> Element:
    """The tree for ``text`` as the inline content of one paragraph (no block syntax)."""
    md = _markdown()
    md.reset()
    root = Element("div")
    SubElement(root, "p").text = text
    return _run_treeprocessors(md, root)[0]


def _run_treeprocessors(md: Any, root: Element) -> Element:
    for tree in md.treeprocessors:
        replaced: Element | None = tree.run(root)
        if replaced is not None:
            root = replaced
    return root


# --------------------------------------------------------------------------------------
# The tree walk

_SAFE_SCHEMES = ("http:", "https:", "mailto:")
_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")
# <user@host> autolinks: Python-Markdown writes each letter as an entity behind its own
# "&" marker (STX amp ETX), which its HTML postprocessor would turn into "&". Input never
# holds STX (see _normalise), so only these are decoded, and only once.
_AUTOMAIL = re.compile("\x02amp\x03(#[0-9]+|[A-Za-z][A-Za-z0-9]*);")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset({"p", "ul", "ol", "table", "blockquote", "pre", "hr", "div", *_HEADINGS})


def _decode_automail(text: str) -> str:
    return _AUTOMAIL.sub(lambda m: html.unescape(f"&{m.group(1)};"), text)


def _uncode(text: str) -> str:
    """Undo ``markdown.util.code_escape`` (& → &amp;, then < and >), exactly once."""
    if "&" not in text:
        return text
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _safe_href(href: str | None) -> str | None:
    if not href:
        return None
    href = _decode_automail(href) if "\x02" in href else href
    return href if href.strip().lower().startswith(_SAFE_SCHEMES) else None


def _append(runs: list[Run], run: Run) -> None:
    """Append, merging with the previous run when the style is identical."""
    if not run.text:
        return
    if runs:
        last = runs[-1]
        if (last.bold, last.italic, last.code, last.href) == (
            run.bold,
            run.italic,
            run.code,
            run.href,
        ):
            runs[-1] = Run(last.text + run.text, last.bold, last.italic, last.code, last.href)
            return
    runs.append(run)


def _text(runs: list[Run], text: str, bold: bool, italic: bool, href: str | None) -> None:
    if "\n" in text:
        text = _SOFT_BREAK.sub(" ", text)
    if "\x02" in text:
        text = _decode_automail(text)
    _append(runs, Run(text, bold, italic, False, href))


def _inline(elem: Element, bold: bool, italic: bool, href: str | None, runs: list[Run]) -> None:
    """The runs of ``elem``'s text and inline children (not of its tail)."""
    if elem.text:
        _text(runs, elem.text, bold, italic, href)
    for child in elem:
        _inline_child(child, bold, italic, href, runs)


def _inline_child(
    child: Element, bold: bool, italic: bool, href: str | None, runs: list[Run]
) -> None:
    """The runs of one inline element, then of its tail."""
    tag = child.tag
    if tag in ("strong", "b"):
        _inline(child, True, italic, href, runs)
    elif tag in ("em", "i"):
        _inline(child, bold, True, href, runs)
    elif tag == "code":
        _append(runs, Run(_uncode(child.text or ""), bold, italic, True, href))
    elif tag == "a":
        _inline(child, bold, italic, _safe_href(child.get("href")), runs)
    elif tag == "img":
        _text(runs, child.get("alt") or "", bold, italic, href)
    elif tag == "br":
        _append(runs, Run("\n", bold, italic, False, href))
    else:
        _inline(child, bold, italic, href, runs)
    if child.tail:
        _text(runs, child.tail, bold, italic, href)


def _trim(runs: list[Run]) -> tuple[Run, ...]:
    """Runs without the whitespace at either end (code runs are kept as they are)."""
    while runs and not runs[0].code and not runs[0].text.strip():
        del runs[0]
    while runs and not runs[-1].code and not runs[-1].text.strip():
        del runs[-1]
    if runs and not runs[0].code and runs[0].text[0].isspace():
        first = runs[0]
        runs[0] = Run(first.text.lstrip(), first.bold, first.italic, False, first.href)
    if runs and not runs[-1].code and runs[-1].text[-1].isspace():
        last = runs[-1]
        runs[-1] = Run(last.text.rstrip(), last.bold, last.italic, False, last.href)
    return tuple(runs)


def _blocks(parent: Element, level: int, italic: bool, out: list[Block]) -> None:
    for child in parent:
        _block(child, level, italic, out)


def _block(elem: Element, level: int, italic: bool, out: list[Block]) -> None:
    tag = elem.tag
    if tag in ("ul", "ol"):
        _list(elem, level, italic, out)
    elif tag == "table":
        _table(elem, italic, out)
    elif tag in ("blockquote", "div"):
        _blocks(elem, level, True if tag == "blockquote" else italic, out)
    elif tag == "hr":
        return
    elif tag == "pre" and len(elem) and elem[0].tag == "code":
        code = _uncode(elem[0].text or "").rstrip()
        if code:
            out.append(Paragraph((Run(code, False, italic, True),)))
    else:  # p, h1–h6 and anything unexpected: its inline content
        runs: list[Run] = []
        _inline(elem, tag in _HEADINGS, italic, None, runs)
        trimmed = _trim(runs)
        if trimmed:
            out.append(Paragraph(trimmed))


def _list(elem: Element, level: int, italic: bool, out: list[Block]) -> None:
    ordered = elem.tag == "ol"
    number = 1
    if ordered:
        start = elem.get("start", "1")
        number = int(start) if start.isdigit() else 1
    items: list[tuple[Run, ...]] = []

    def flush() -> None:
        nonlocal number
        if items:
            out.append(ListBlock(ordered, tuple(items), number if ordered else 1, level))
            number += len(items)
            items.clear()

    for li in elem:
        runs: list[Run] = []
        placed = False  # the item is in `items` already (a nested block followed its text)
        if li.text:
            _text(runs, li.text, False, italic, None)
        for child in li:
            if child.tag not in _BLOCKS:
                _inline_child(child, False, italic, None, runs)
            elif child.tag == "p":  # a loose item: its paragraphs, one per line
                if runs:
                    _append(runs, Run("\n", False, italic))
                _inline(child, False, italic, None, runs)
            else:  # a nested list (or table, quote, code): after the item it belongs to
                if not placed:
                    items.append(_trim(runs))
                    placed = True
                elif _trim(runs):
                    flush()
                    out.append(Paragraph(_trim(runs)))
                runs = []
                flush()
                _block(child, level + 1, italic, out)
        if not placed:
            items.append(_trim(runs))
        elif _trim(runs):  # text after a nested block: a paragraph of its own
            flush()
            out.append(Paragraph(_trim(runs)))
    flush()


def _cell(elem: Element, italic: bool) -> tuple[Run, ...]:
    runs: list[Run] = []
    _inline(elem, False, italic, None, runs)
    return _trim(runs)


def _table(elem: Element, italic: bool, out: list[Block]) -> None:
    header: tuple[tuple[Run, ...], ...] = ()
    rows: list[tuple[tuple[Run, ...], ...]] = []
    for part in elem:
        for tr in part.iter("tr"):
            cells = tuple(_cell(c, italic) for c in tr if c.tag in ("th", "td"))
            if part.tag == "thead" and not header:
                header = cells
            else:
                rows.append(cells)
    out.append(TableBlock(header, tuple(rows)))


# --------------------------------------------------------------------------------------
# Public API


def parse_blocks(text: str) -> tuple[Block, ...]:
    """Parse a Markdown statement into paragraphs, lists and tables."""
    text = _normalise(text)
    if _is_plain(text):
        return _plain_blocks(text)
    return _parse_blocks_markdown(text)


@lru_cache(maxsize=16384)
def _parse_blocks_markdown(text: str) -> tuple[Block, ...]:
    text = _normalise(text)
    if not text.strip():
        return ()
    out: list[Block] = []
    _blocks(_document_tree(text), 0, False, out)
    return tuple(out)


def parse_inline(text: str) -> tuple[Run, ...]:
    """Split one line (or paragraph) of Markdown into styled runs: inline markup only, so
    block syntax (``- ``, ``# ``, ``1. `` at the start) is text, and a line break is a space
    (a hard break, two spaces before it, a newline). Whitespace at either end is kept."""
    text = _normalise(text)
    if not text:
        return ()
    for ch in _INLINE_SPECIAL + "\n":
        if ch in text:
            return _parse_inline_markdown(text)
    return (Run(text),)


@lru_cache(maxsize=4096)
def _parse_inline_markdown(text: str) -> tuple[Run, ...]:
    runs: list[Run] = []
    _inline(_inline_tree(text), False, False, None, runs)
    return tuple(runs)


def plain_text(blocks: tuple[Block, ...]) -> str:
    """The text of parsed blocks without styling (one line per paragraph or item)."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append("".join(r.text for r in block.runs))
        elif isinstance(block, ListBlock):
            lines.extend("".join(r.text for r in item) for item in block.items)
        else:
            for row in (block.header, *block.rows):
                lines.append(" | ".join("".join(r.text for r in cell) for cell in row))
    return "\n".join(lines)


def with_lead(blocks: tuple[Block, ...], lead: str) -> tuple[Block, ...]:
    """The blocks after a speaker's lead-in, in italics: run into the first paragraph, or
    a paragraph of its own when the text opens otherwise (a list, a quote)."""
    head = Run(lead, italic=True)
    if blocks and isinstance(blocks[0], Paragraph):
        return (Paragraph((head, *blocks[0].runs)), *blocks[1:])
    return (Paragraph((head,)), *blocks)
