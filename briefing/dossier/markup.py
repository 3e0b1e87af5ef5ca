"""Statements are Markdown; this turns the subset a brief needs into blocks of styled runs.

Supported: paragraphs (blank-line separated), bullet lists (``-``, ``*``, ``+``), numbered
lists (``1.`` / ``1)``), **bold** / __bold__, *italic* / _italic_, ``code``,
[links](https://example.org) and backslash escapes. Everything else is text: ``<b>``,
``&amp;`` or ``<script>`` come out exactly as typed, because this parser never produces
HTML and renderers print ``Run.text`` literally.

Both renderers share this module, so DOCX and PDF agree on what a statement says. It is a
single regular-expression scan per line (a few microseconds a fact), instead of a full
Markdown-to-HTML round trip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


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
    """A bullet (``ordered=False``) or numbered list; each item is a tuple of runs."""

    ordered: bool
    items: tuple[tuple[Run, ...], ...]
    start: int = 1


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A Markdown table: ``header`` cells, then ``rows`` of cells; each cell is runs."""

    header: tuple[tuple[Run, ...], ...]
    rows: tuple[tuple[tuple[Run, ...], ...], ...]


Block = Paragraph | ListBlock | TableBlock

_TOKEN = re.compile(
    r"""
    (?P<escape>\\[\\`*_{}\[\]()#+\-.!<>&~|])
    | (?P<code>`+)(?P<codetext>.+?)(?P=code)
    | (?P<link>\[(?P<linktext>[^\]\n]+)\]\((?P<href>[^()\s]+)\))
    | (?P<delim>\*\*|__|\*|_)
    """,
    re.VERBOSE,
)
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}(\d{1,9})[.)]\s+(.*)$")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def parse_inline(text: str) -> tuple[Run, ...]:
    """Split one line (or paragraph) of Markdown into styled runs."""
    if not text:
        return ()
    # Fast path: most statements carry no markup at all.
    if not any(c in text for c in "\\`*_["):
        return (Run(text),)
    return _parse_inline_cached(text)


@lru_cache(maxsize=4096)
def _parse_inline_cached(text: str) -> tuple[Run, ...]:
    # tokens: ("text", s) | ("delim", s, can_open, can_close) | ("code", s) | ("link", t, href)
    tokens: list[tuple[str, str, bool, bool]] = []
    links: dict[int, tuple[str, str]] = {}
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            tokens.append(("text", text[pos : m.start()], False, False))
        if m.group("escape"):
            tokens.append(("text", m.group("escape")[1], False, False))
        elif m.group("code"):
            tokens.append(("code", m.group("codetext"), False, False))
        elif m.group("link"):
            href = m.group("href")
            if href.lower().startswith(_SAFE_SCHEMES):
                links[len(tokens)] = (m.group("linktext"), href)
                tokens.append(("link", "", False, False))
            else:
                tokens.append(("text", m.group(0), False, False))
        else:
            d = m.group("delim")
            before = text[m.start() - 1] if m.start() > 0 else ""
            after = text[m.end()] if m.end() < len(text) else ""
            can_open = not _is_space(after)
            can_close = not _is_space(before)
            if d[0] == "_":  # no intra-word emphasis with underscores (snake_case stays)
                can_open = can_open and not before.isalnum()
                can_close = can_close and not after.isalnum()
            tokens.append(("delim", d, can_open, can_close))
        pos = m.end()
    if pos < len(text):
        tokens.append(("text", text[pos:], False, False))

    # Pair delimiters: a closer matches the nearest open delimiter with the same literal.
    paired: set[int] = set()
    stack: list[int] = []
    for i, (kind, value, can_open, can_close) in enumerate(tokens):
        if kind != "delim":
            continue
        match = next((j for j in reversed(stack) if tokens[j][1] == value), None)
        if can_close and match is not None:
            # drop the opener and anything opened after it that was never closed
            del stack[stack.index(match) :]
            paired.update((match, i))
        elif can_open:
            stack.append(i)

    runs: list[Run] = []
    bold = italic = False
    for i, (kind, value, _o, _c) in enumerate(tokens):
        if kind == "delim" and i in paired:
            if len(value) == 2:
                bold = not bold
            else:
                italic = not italic
            continue
        if kind == "code":
            runs.append(Run(value, bold, italic, code=True))
        elif kind == "link":
            label, href = links[i]
            for inner in parse_inline(label):
                runs.append(Run(inner.text, bold or inner.bold, italic or inner.italic, href=href))
        elif value:
            _append(runs, Run(value, bold, italic))
    return tuple(runs)


def _append(runs: list[Run], run: Run) -> None:
    """Append, merging with the previous run when the style is identical."""
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


def parse_blocks(text: str) -> tuple[Block, ...]:
    """Parse a Markdown statement into paragraphs and lists."""
    blocks: list[Block] = []
    para: list[str] = []
    items: list[list[str]] = []
    ordered = False
    start = 1

    def flush_para() -> None:
        if para:
            blocks.append(Paragraph(parse_inline(" ".join(para))))
            para.clear()

    def flush_list() -> None:
        if items:
            blocks.append(
                ListBlock(ordered, tuple(parse_inline(" ".join(i)) for i in items), start)
            )
            items.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush_para()
            flush_list()
            continue
        bullet = _BULLET.match(raw)
        numbered = None if bullet else _NUMBERED.match(raw)
        if bullet or numbered:
            flush_para()
            is_ordered = numbered is not None
            if items and is_ordered != ordered:
                flush_list()
            if not items:
                ordered = is_ordered
                start = int(numbered.group(1)) if numbered else 1
            content = bullet.group(1) if bullet else numbered.group(2) if numbered else ""
            items.append([content.strip()])
        elif items and (raw[:1].isspace() or not para):
            items[-1].append(line)  # continuation of the current list item
        else:
            flush_list()
            para.append(line)
    flush_para()
    flush_list()
    return tuple(blocks)


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
