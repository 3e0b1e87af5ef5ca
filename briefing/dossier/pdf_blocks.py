"""Statement blocks and tables as flowables: paragraphs, lists, and tables whose rows never
split across pages yet whose over-long cells still print in full.

Every size and colour comes from the StyleSheet (via ``PdfStyles``); every piece of user
text is escaped by ``pdf_styles`` before it reaches reportlab's markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, ListFlowable, Paragraph, Table, TableStyle

from briefing.dossier.markup import Block, ListBlock, Run, TableBlock
from briefing.dossier.pdf_flowables import Para, Wrapped
from briefing.dossier.pdf_styles import PdfStyles, color, runs_markup

__all__ = ["block_flowables", "data_table", "fit_rows"]

# reportlab never splits a table row; a cell too tall for a page is cut into pieces of about
# this share of the text height (one table row each) so that it can flow over pages.
CHUNK = 1 / 8


def _cut(para: Paragraph, width: float, chunk_h: float) -> list[Flowable]:
    """Cut a paragraph into pieces no taller than ``chunk_h`` (for table cells)."""
    pieces: list[Flowable] = []
    rest: Flowable = para
    while True:
        _, h = rest.wrap(width, chunk_h)
        if h <= chunk_h:
            pieces.append(rest)
            return pieces
        parts = rest.split(width, chunk_h)
        if len(parts) < 2:  # cannot be cut (a single enormous word): keep it whole
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


def fit_rows(
    rows: Sequence[Sequence[Paragraph]], widths: Sequence[float], limit: float, chunk_h: float
) -> tuple[list[list[Any]], list[tuple[int, int]]]:
    """Table rows that each fit on a page, and which of them came from which input row.

    reportlab never splits a table row, and a row taller than the page raises LayoutError.
    Rows whose cells are at most ``limit`` tall fit on a page and are left whole, so they
    never split across pages. A taller cell is cut into pieces of about ``chunk_h``, one
    table row each (the other cells of that row stay in its first piece).
    """
    out: list[list[Any]] = []
    groups: list[tuple[int, int]] = []
    for row in rows:
        cells: list[list[Flowable]] = []
        for para, width in zip(row, widths, strict=True):
            # a line holds at least one character: shorter text cannot be too tall
            long = len(para.text) * para.style.leading > limit
            if long and para.wrap(width, limit)[1] > limit:
                cells.append(_cut(para, width, chunk_h))
            else:
                cells.append([para])
        first = len(out)
        for i in range(max((len(c) for c in cells), default=1)):
            out.append([c[i] if i < len(c) else "" for c in cells])
        groups.append((first, len(out) - 1))
    return out, groups


def _column_widths(
    width: float, fractions: Sequence[float], rows: Sequence[Sequence[Paragraph]], pad: float
) -> list[float]:
    """Column widths by ``fractions``, widened where a column is narrower than its longest
    word ("Source", "Источник" must not break), at the expense of columns with room."""
    col_w = [width * f for f in fractions]
    cap = width / max(len(col_w), 1)
    need = [0.0] * len(col_w)
    for row in rows:
        for i, para in enumerate(row):
            if para.text:
                need[i] = max(need[i], min(para.minWidth() + pad, cap))
    short = sum(max(n - w, 0.0) for n, w in zip(need, col_w, strict=True))
    room = sum(max(w - n, 0.0) for n, w in zip(need, col_w, strict=True))
    if short <= 0 or room <= 0:
        return col_w
    take = min(short, room) / room
    return [n if n > w else w - (w - n) * take for n, w in zip(need, col_w, strict=True)]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    fractions: Sequence[float],
    styles: PdfStyles,
    frame: tuple[float, float],
    *,
    grid: bool = False,
) -> Table:
    """A table of markup cells under a repeated header row.

    ``header`` and ``rows`` hold Paragraph markup (already escaped); ``fractions`` share
    the frame width between the columns. The key-figures style (header rules, zebra rows)
    is the default; ``grid`` draws every cell line instead (tables written in statements).
    """
    sheet = styles.sheet
    palette = sheet.palette
    width, frame_h = frame
    columns = len(fractions)
    pad_x, pad_y = sheet.cell_padding
    cells = [
        [Para(row[i] if i < len(row) else "", styles.cell) for i in range(columns)] for row in rows
    ]
    head = (
        [Para(header[i] if i < len(header) else "", styles.cell_head) for i in range(columns)]
        if header
        else []
    )
    col_w = _column_widths(width, fractions, [head, *cells], 2 * pad_x)
    inner = [w - 2 * pad_x for w in col_w]
    # a row fits on a page below the repeated header row
    head_h = max((p.wrap(w, frame_h)[1] for p, w in zip(head, inner, strict=True)), default=0)
    if head_h > frame_h * CHUNK:  # a header this tall is not repeated: it flows as a row
        cells, head = [head, *cells], []
    limit = frame_h - (head_h + 2 * pad_y if head else 0) - 2 * pad_y - 2 * sheet.table_rule
    body, groups = fit_rows(cells, inner, limit, frame_h * CHUNK)
    head_rows = 1 if head else 0
    data: list[list[Any]] = [head] if head else []
    data.extend(body)
    groups = [(first + head_rows, last + head_rows) for first, last in groups]
    accent, rule = color(palette.accent), color(palette.rule)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad_x),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad_x),
        ("TOPPADDING", (0, 0), (-1, -1), pad_y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad_y),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), color(palette.head_fill)))
    if grid:
        commands.append(("BOX", (0, 0), (-1, -1), sheet.grid_rule, rule))
        commands.append(("LINEAFTER", (0, 0), (-2, -1), sheet.grid_rule, rule))
        if head:
            commands.append(("LINEBELOW", (0, 0), (-1, 0), sheet.grid_rule, rule))
        # one line under each input row: the pieces of a cut cell are not ruled apart
        for _, last in groups:
            commands.append(("LINEBELOW", (0, last), (-1, last), sheet.grid_rule, rule))
    else:
        if head:
            commands.append(("LINEABOVE", (0, 0), (-1, 0), sheet.table_rule, accent))
            commands.append(("LINEBELOW", (0, 0), (-1, 0), sheet.table_rule, accent))
        commands.append(("LINEBELOW", (0, -1), (-1, -1), sheet.table_rule, accent))
    zebra = color(palette.zebra_fill)
    for i, (first, last) in enumerate(groups):
        if i % 2 and not grid:
            commands.append(("BACKGROUND", (0, first), (-1, last), zebra))
        if last > first:  # the pieces of a cut cell read as one block of text
            commands.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
            commands.append(("TOPPADDING", (0, first + 1), (-1, last), pad_y / 2))
    table = Table(
        data,
        colWidths=col_w,
        repeatRows=head_rows,
        hAlign="LEFT",
        spaceAfter=sheet.table_space_after,
    )
    table.setStyle(TableStyle(commands))
    return table


def _cell_markup(cells: Sequence[tuple[Run, ...]], styles: PdfStyles) -> list[str]:
    return [runs_markup(cell, styles) for cell in cells]


def _grid_fractions(
    block: TableBlock, columns: int, styles: PdfStyles, width: float
) -> list[float]:
    """Column shares of a statement's table: by the widest cell of each column, so that
    short columns stay narrow, with none below half an equal share."""
    font, size = styles.cell.fontName, styles.cell.fontSize
    pad = 2 * styles.sheet.cell_padding[0]
    natural = [0.0] * columns
    for row in (block.header, *block.rows):
        for i, cell in enumerate(row):
            w = stringWidth("".join(r.text for r in cell), font, size) + pad
            natural[i] = max(natural[i], min(w, width))
    floor = width / columns / 2
    natural = [max(w, floor) for w in natural]
    total = sum(natural)
    return [w / total for w in natural]


def block_flowables(
    blocks: Sequence[Block],
    styles: PdfStyles,
    frame: tuple[float, float] | None = None,
    *,
    dest: str | None = None,
) -> list[Flowable]:
    """A statement's paragraphs, lists and tables as flowables.

    ``frame`` is the (width, height) the blocks flow in (default: an A4 text area);
    ``dest`` names a destination at the top of the first block (a fact's anchor).
    """
    sheet = styles.sheet
    if frame is None:
        frame = (A4[0] - 2 * sheet.margin, A4[1] - 2 * sheet.margin)
    out: list[Flowable] = []
    body = styles.body
    for block in blocks:
        if isinstance(block, ListBlock):
            if not block.items:
                continue
            items = [Para(runs_markup(item, styles), styles.list_item) for item in block.items]
            numbered: dict[str, Any] = (
                {"bulletType": "1", "start": block.start, "bulletFormat": "%s."}
                if block.ordered
                else {"bulletType": "bullet", "start": "•"}
            )
            out.append(
                ListFlowable(
                    items,
                    bulletFontName=body.fontName,
                    bulletFontSize=body.fontSize,
                    bulletColor=body.textColor,
                    leftIndent=sheet.list_indent,
                    spaceAfter=body.spaceAfter,
                    **numbered,
                )
            )
        elif isinstance(block, TableBlock):
            columns = max((len(row) for row in (block.header, *block.rows)), default=0)
            if not columns:
                continue
            out.append(
                data_table(
                    _cell_markup(block.header, styles),
                    [_cell_markup(row, styles) for row in block.rows],
                    _grid_fractions(block, columns, styles, frame[0]),
                    styles,
                    frame,
                    grid=True,
                )
            )
        else:
            out.append(Para(runs_markup(block.runs, styles), body))
    if dest is not None and out:
        first = out[0]
        if isinstance(first, Para):
            first.dest = dest
        else:
            out[0] = Wrapped(first, dest=dest)
    return out
