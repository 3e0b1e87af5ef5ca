"""What a Markdown text prints as, for Qt's rich-text widgets.

The dossier renderers read ``briefing.dossier.markup`` blocks, not Markdown; a preview built
from the same blocks shows exactly what prints (Qt's own ``setMarkdown`` would accept
HTML, headings and other syntax the dossier prints literally). Every ``Run.text`` is
escaped, so ``<b>`` typed by a person stays ``<b>`` on screen as on paper.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from briefing.dossier.markup import Block, ListBlock, Paragraph, Run, TableBlock

CELL_STYLE = "border: 1px solid #9ca3af; padding: 3px 6px;"


def run_html(run: Run) -> str:
    """One styled run as HTML (its text escaped)."""
    out = escape(run.text, quote=True)
    if run.code:
        out = f"<code>{out}</code>"
    if run.italic:
        out = f"<i>{out}</i>"
    if run.bold:
        out = f"<b>{out}</b>"
    if run.href:
        out = f'<a href="{escape(run.href, quote=True)}">{out}</a>'
    return out


def runs_html(runs: Iterable[Run]) -> str:
    """A line of runs as HTML."""
    return "".join(run_html(r) for r in runs)


def _table_html(table: TableBlock) -> str:
    rows = ['<table cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse;">']
    if table.header:
        cells = "".join(f'<th style="{CELL_STYLE}">{runs_html(c)}</th>' for c in table.header)
        rows.append(f"<tr>{cells}</tr>")
    for row in table.rows:
        cells = "".join(f'<td style="{CELL_STYLE}">{runs_html(c)}</td>' for c in row)
        rows.append(f"<tr>{cells}</tr>")
    rows.append("</table>")
    return "".join(rows)


def block_html(block: Block) -> str:
    """A paragraph, list or table as HTML."""
    if isinstance(block, Paragraph):
        return f"<p>{runs_html(block.runs)}</p>"
    if isinstance(block, ListBlock):
        items = "".join(f"<li>{runs_html(item)}</li>" for item in block.items)
        if block.ordered:
            return f'<ol start="{int(block.start)}">{items}</ol>'
        return f"<ul>{items}</ul>"
    return _table_html(block)


def blocks_html(blocks: Iterable[Block]) -> str:
    """Parsed Markdown (``parse_blocks``) as the HTML a QTextBrowser shows."""
    return "".join(block_html(b) for b in blocks)
