"""Benchmark render_pdf against plain reportlab printing the same content.

    python bench/bench_pdf.py                 # 1,000 and 10,000 facts, all methods
    python bench/bench_pdf.py --sizes 50      # 1,000 facts only (facts per section)
    python bench/bench_pdf.py --profile 500   # cProfile render_pdf on 10,000 facts

Methods, each run in its own subprocess so that its peak memory is its own:

* ``render_pdf``  – briefing.dossier.render_pdf: cover, TOC with page numbers, running
  headers/footers ("Page x of y"), links, outline, all in one layout pass;
* ``plain``       – the baseline: the same paragraphs, lists, tables and styles laid out by
  SimpleDocTemplate, with no cover, TOC, header, footer, links or outline;
* ``multibuild``  – for reference, the textbook way to get a TOC with page numbers:
  reportlab's TableOfContents + afterFlowable notifications + multiBuild (two or more passes).

"wall s" is wall-clock and "CPU s" the process's CPU time for laying out and writing the PDF
to a temporary file, each the best of ``--repeat`` rounds (building the Dossier is not
counted); the ratios use CPU time, which a busy shared machine disturbs far less. "peak MB"
is the subprocess's maximum resident set size (ru_maxrss) and "Δ MB" its growth over the
resident size just before rendering (medians over the rounds).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

from briefing.dossier.document import (  # noqa: E402
    Dossier,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    Section,
    TextSection,
    WhoSection,
)
from briefing.dossier.render_pdf import (  # noqa: E402
    MARGIN,
    PdfStyles,
    block_flowables,
    render_pdf,
)
from briefing.dossier.styles import STYLES  # noqa: E402
from tests.sample_dossier import sample_dossier  # noqa: E402

METHODS = ("render_pdf", "plain", "multibuild")
SECTIONS = 20


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


# --------------------------------------------------------------------------- same content


def content_flowables(d: Dossier, styles: PdfStyles, *, toc: bool = False) -> list[Flowable]:
    """The body of the brief as ordinary flowables (what render_pdf prints after the TOC,
    charts aside).

    With ``toc`` the headings carry a ``toc_level`` attribute for the multiBuild variant.
    """
    out: list[Flowable] = []

    def heading(text: str, style: Any, level: int) -> None:
        p = Paragraph(text, style)
        if toc:
            p.toc_level = level
        out.append(p)

    def table(header: Sequence[str], rows: list[list[str]], fractions: Sequence[float]) -> None:
        width = d_page[0] - 2 * MARGIN
        data = [[Paragraph(escape(h), styles.cell_head) for h in header]]
        data += [[Paragraph(escape(c), styles.cell) for c in row] for row in rows]
        t = Table(data, colWidths=[width * f for f in fractions], repeatRows=1, hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke]),
                ]
            )
        )
        out.append(t)

    def section(s: Section, level: int) -> None:
        if level == 0:
            out.append(PageBreak())
        heading(escape(f"{s.number}  {s.title}"), styles.h1 if level == 0 else styles.h2, level)
        if isinstance(s, FactSection):
            out.extend(block_flowables(s.lead, styles))
            for f in s.facts:
                out.extend(block_flowables(f.body, styles))
                meta = " ".join(m for m in (f.meta, f.cite_text) if m)
                out.append(Paragraph(escape(meta), styles.meta))
            for sub in s.subsections:
                section(sub, level + 1)
            if s.see_also:
                lines = [s.see_also_label, *(ref.text for ref in s.see_also)]
                out.append(Paragraph("<br/>".join(escape(x) for x in lines), styles.see_also))
        elif isinstance(s, FiguresSection):
            rows = [[r.label, r.value_text, r.countries, r.cite_text or ""] for r in s.rows]
            table(s.columns, rows, STYLES.figures_columns)
        elif isinstance(s, WhoSection):
            for person in s.people:
                out.append(Paragraph(escape(person.name), styles.person_name))
                out.append(Paragraph(escape(person.role_line), styles.person_role))
                out.extend(block_flowables(person.bio, styles))
        elif isinstance(s, KeyPointsSection):
            for point in s.points:
                text = "".join(r.text for r in point.text)
                line = " ".join(x for x in (text, point.ref_text, point.cite_text) if x)
                out.append(Paragraph(escape(line), styles.key_point))
        elif isinstance(s, TextSection):
            out.extend(block_flowables(s.body, styles))

    d_page = A4 if d.page_size == "A4" else letter
    for s in d.sections:
        section(s, 0)
    out.append(PageBreak())
    heading(escape(d.labels.sources), styles.h_plain, 0)
    for group in d.source_groups:
        out.append(Paragraph(escape(group.title), styles.source_title))
        out.append(Paragraph(escape(group.details), styles.source_details))
        for note in group.notes:
            out.append(Paragraph(f"[{note.number}] {escape(note.locator or '')}", styles.source))
            if note.quote_text:
                out.append(Paragraph(escape(note.quote_text), styles.quote))
    return out


# --------------------------------------------------------------------------- methods


def run_render_pdf(d: Dossier, out: BinaryIO) -> None:
    render_pdf(d, out)


def run_plain(d: Dossier, out: BinaryIO) -> None:
    styles = PdfStyles.build()
    pagesize = A4 if d.page_size == "A4" else letter
    pad = 6  # SimpleDocTemplate's frame padding: the text area is then exactly render_pdf's
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN - pad,
        rightMargin=MARGIN - pad,
        topMargin=MARGIN - pad,
        bottomMargin=MARGIN - pad,
        initialFontName=styles.fonts.serif.regular,
    )
    doc.build(content_flowables(d, styles))


class _TocDoc(BaseDocTemplate):  # type: ignore[misc]
    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def run_multibuild(d: Dossier, out: BinaryIO) -> None:
    styles = PdfStyles.build()
    pagesize = A4 if d.page_size == "A4" else letter
    frame = Frame(
        MARGIN,
        MARGIN,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - 2 * MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="f",
    )
    sans = styles.fonts.sans.regular

    def footer(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(sans, 8)
        canv.drawRightString(pagesize[0] - MARGIN, MARGIN / 2, f"Page {doc.page}")
        canv.restoreState()

    doc = _TocDoc(
        out,
        pagesize=pagesize,
        pageTemplates=[PageTemplate("p", [frame], onPage=footer)],
        initialFontName=styles.fonts.serif.regular,
    )
    toc = TableOfContents()
    toc.levelStyles = [styles.toc1, styles.toc2]
    toc.dotsMinLevel = 0
    story: list[Flowable] = [Paragraph(d.labels.contents, styles.h_plain), toc]
    story += content_flowables(d, styles, toc=True)
    doc.multiBuild(story)


RUNNERS: dict[str, Callable[[Dossier, BinaryIO], None]] = {
    "render_pdf": run_render_pdf,
    "plain": run_plain,
    "multibuild": run_multibuild,
}


# --------------------------------------------------------------------------- driver


def one(method: str, facts_per_section: int) -> dict[str, float]:
    """Measure one run of one method in this process (the driver starts a fresh one each)."""
    from pypdf import PdfReader

    d = sample_dossier(sections=SECTIONS, facts_per_section=facts_per_section)
    PdfStyles.build()  # font registration is a one-off per process: not part of the timing
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.pdf"
        before = _rss_mb()
        with path.open("wb") as out:
            start, cpu_start = time.perf_counter(), time.process_time()
            RUNNERS[method](d, out)
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu_start
        peak = _peak_mb()
        pages = len(PdfReader(path).pages)
        size = path.stat().st_size
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": peak,
        "delta_mb": max(0.0, peak - before),
        "pages": pages,
        "kb": size / 1024,
        "facts": d.fact_count(),
    }


def measure(method: str, facts_per_section: int, timeout: float) -> dict[str, float] | None:
    cmd = [sys.executable, __file__, "--one", method, str(facts_per_section)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def combine(runs: list[dict[str, float]]) -> dict[str, float]:
    """Best times over the rounds; median memory (it barely varies)."""
    best = dict(runs[0])
    for key in ("seconds", "cpu"):
        best[key] = min(r[key] for r in runs)
    for key in ("peak_mb", "delta_mb"):
        best[key] = statistics.median(r[key] for r in runs)
    return best


def profile(facts_per_section: int) -> None:
    d = sample_dossier(sections=SECTIONS, facts_per_section=facts_per_section)
    PdfStyles.build()
    with tempfile.TemporaryFile() as out:
        prof = cProfile.Profile()
        prof.runcall(render_pdf, d, out)
    pstats.Stats(prof).sort_stats("cumulative").print_stats(35)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument("--repeat", type=int, default=3, help="rounds (runs per method)")
    parser.add_argument("--one", nargs=2, metavar=("METHOD", "FACTS_PER_SECTION"))
    parser.add_argument("--profile", type=int, metavar="FACTS_PER_SECTION")
    args = parser.parse_args()

    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]))))
        return
    if args.profile:
        profile(args.profile)
        return

    # Rounds alternate the methods, so a busy machine slows them alike; each run is a fresh
    # subprocess (its own peak memory) and the best time of the rounds is reported.
    runs: dict[tuple[str, int], list[dict[str, float]]] = {}
    timed_out: set[tuple[str, int]] = set()
    for size in args.sizes:
        for _ in range(args.repeat):
            for method in args.methods:
                if (method, size) in timed_out:
                    continue
                r = measure(method, size, args.timeout)
                print(f"  {method} × {size * SECTIONS}: {r}", file=sys.stderr)
                if r is None:
                    timed_out.add((method, size))
                else:
                    runs.setdefault((method, size), []).append(r)
    results = {key: combine(value) for key, value in runs.items()}

    print(
        "| method | facts | wall s | CPU s | × plain (CPU) | pages | peak MB | Δ MB "
        "| × plain (Δ MB) | PDF KB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for method in args.methods:
        for size in args.sizes:
            r = results.get((method, size))
            base = results.get(("plain", size))
            if r is None:
                print(f"| {method} | {size * SECTIONS:,} | > {args.timeout:.0f} (timeout) ||||||||")
                continue
            ratio = f"{r['cpu'] / base['cpu']:.2f}" if base else ""
            mem = f"{r['delta_mb'] / base['delta_mb']:.2f}" if base and base["delta_mb"] else ""
            print(
                f"| {method} | {int(r['facts']):,} | {r['seconds']:.2f} | {r['cpu']:.2f} "
                f"| {ratio} | {int(r['pages']):,} | {r['peak_mb']:.0f} | {r['delta_mb']:.0f} "
                f"| {mem} | {r['kb']:.0f} |"
            )


if __name__ == "__main__":
    main()
