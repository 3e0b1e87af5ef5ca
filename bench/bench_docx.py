"""Benchmark the DOCX renderer against three ways of writing the same content.

    python bench/bench_docx.py                 # 1,000 and 10,000 facts, all methods
    python bench/bench_docx.py --sizes 50      # 1,000 facts only (facts per section)
    python bench/bench_docx.py --skip-api      # leave out the slow python-docx API run

Methods (each measured in a fresh subprocess so peak memory is its own):

* ``render_docx``  – briefing.dossier.render_docx (lxml body, python-docx package);
* ``docx_api``     – python-docx's documented API (add_heading / add_paragraph / add_run /
  add_table) writing the same paragraphs: quadratic, because every add scans the body;
* ``lxml_minimal`` – the fair baseline: the same paragraphs and runs (styles, bold/italic)
  built with lxml and saved by python-docx, without TOC, links, bookmarks or headers;
* ``pandoc``       – pandoc converting equivalent Markdown to DOCX (only pandoc is timed).

Seconds are wall-clock for rendering + saving (building the Dossier and importing the
libraries are not counted), the best of ``--repeat`` runs (one run for the slow API method);
render_docx runs with its font cache warm (the embedded fonts' deflate streams, kept in a
temporary ``BRIEFING_HOME`` for the whole benchmark and filled by one untimed run first);
"peak MB" is the subprocess's maximum resident set size (ru_maxrss), "Δ MB" the growth
over the RSS measured just before rendering (for pandoc: pandoc's own peak).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.dossier.document import (  # noqa: E402
    Dossier,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    Section,
    TextSection,
    WhoSection,
)
from briefing.dossier.markup import Block, ListBlock, Paragraph, Run  # noqa: E402
from tests.sample_dossier import sample_dossier  # noqa: E402

METHODS = ("render_docx", "lxml_minimal", "docx_api", "pandoc")
SECTIONS = 20


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


# --------------------------------------------------------------------------- same content


Item = tuple[Any, ...]


def content(d: Dossier) -> Iterator[Item]:
    """The dossier as a flat list of printable items, shared by the comparison writers.

    ("heading", level, text) | ("para", style, runs) | ("bullet"/"number", runs) |
    ("meta", text) | ("table", headers, rows) | ("source", text) | ("quote", text)
    """

    def blocks(items: tuple[Block, ...]) -> Iterator[Item]:
        for block in items:
            if isinstance(block, ListBlock):
                kind = "number" if block.ordered else "bullet"
                for runs in block.items:
                    yield (kind, runs)
            elif isinstance(block, Paragraph):
                yield ("para", "Body Text", block.runs)
            else:
                cells = ["".join(r.text for r in c) for c in block.header]
                rows = [["".join(r.text for r in c) for c in row] for row in block.rows]
                yield ("table", tuple(cells), rows)

    def section(s: Section, level: int) -> Iterator[Item]:
        yield ("heading", level, f"{s.number}  {s.title}")
        if isinstance(s, TextSection):
            yield from blocks(s.body)
        elif isinstance(s, KeyPointsSection):
            for p in s.points:
                cite = f" {p.cite_text}" if p.cite_text else ""
                yield ("bullet", (*p.text, Run(f" {p.ref_text}{cite}")))
        elif isinstance(s, WhoSection):
            for person in s.people:
                yield ("para", "Body Text", (Run(person.name, bold=True),))
                yield ("meta", person.role_line)
                yield from blocks(person.bio)
        elif isinstance(s, FactSection):
            yield from blocks(s.lead)
            for f in s.facts:
                yield from blocks(f.body)
                yield ("meta", " ".join(x for x in (f.meta, f.cite_text) if x))
            for sub in s.subsections:
                yield from section(sub, 2)
        elif isinstance(s, FiguresSection):
            rows = [(r.label, r.value_text, r.countries, r.cite_text or "") for r in s.rows]
            yield ("table", s.columns, rows)

    yield ("heading", 0, d.title)
    for s in d.sections:
        yield from section(s, 1)
    yield ("heading", 1, d.labels.sources)
    for group in d.source_groups:
        yield ("source", f"{group.title} — {group.details}")
        for note in group.notes:
            yield ("source", f"[{note.number}] {note.locator or ''}")
            if note.quote_text:
                yield ("quote", note.quote_text)


# --------------------------------------------------------------------------- methods


def run_render_docx(d: Dossier, out: io.BytesIO) -> None:
    from briefing.dossier.render_docx import render_docx

    render_docx(d, out)


def run_docx_api(d: Dossier, out: io.BytesIO) -> None:
    import docx

    doc = docx.Document()

    def add_runs(p: Any, runs: tuple[Run, ...]) -> None:
        for r in runs:
            run = p.add_run(r.text)
            run.bold = r.bold or None
            run.italic = r.italic or None

    for item in content(d):
        kind = item[0]
        if kind == "heading":
            doc.add_heading(item[2], level=item[1])
        elif kind == "para":
            add_runs(doc.add_paragraph(style=item[1]), item[2])
        elif kind in ("bullet", "number"):
            style = "List Bullet" if kind == "bullet" else "List Number"
            add_runs(doc.add_paragraph(style=style), item[1])
        elif kind == "meta":
            doc.add_paragraph(item[1], style="Caption")
        elif kind == "table":
            headers, rows = item[1], item[2]
            table = doc.add_table(rows=1, cols=len(headers), style="Table Grid")
            for cell, text in zip(table.rows[0].cells, headers, strict=True):
                cell.text = text
            for row in rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
        elif kind == "source":
            doc.add_paragraph(item[1])
        elif kind == "quote":
            doc.add_paragraph(item[1], style="Quote")
    doc.save(out)


def run_lxml_minimal(d: Dossier, out: io.BytesIO) -> None:
    import docx
    from lxml import etree

    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def q(tag: str) -> str:
        return f"{{{ns}}}{tag}"

    P, PPR, PSTYLE, R, RPR, T, VAL = (
        q("p"),
        q("pPr"),
        q("pStyle"),
        q("r"),
        q("rPr"),
        q("t"),
        q("val"),
    )
    sub = etree.SubElement
    styles = {
        "Body Text": "BodyText",
        "meta": "Caption",
        "bullet": "ListBullet",
        "number": "ListNumber",
        "quote": "Quote",
    }

    doc = docx.Document()
    holder = etree.Element(q("body"), nsmap={"w": ns})

    def para(style: str | None) -> Any:
        p = sub(holder, P)
        if style:
            sub(sub(p, PPR), PSTYLE, {VAL: style})
        return p

    def run(p: Any, text: str, bold: bool = False, italic: bool = False) -> None:
        r = sub(p, R)
        if bold or italic:
            rpr = sub(r, RPR)
            if bold:
                sub(rpr, q("b"))
            if italic:
                sub(rpr, q("i"))
        sub(r, T).text = text

    for item in content(d):
        kind = item[0]
        if kind == "heading":
            run(para("Title" if item[1] == 0 else f"Heading{item[1]}"), item[2])
        elif kind == "para":
            p = para(styles[item[1]])
            for r in item[2]:
                run(p, r.text, r.bold, r.italic)
        elif kind in ("bullet", "number"):
            p = para(styles[kind])
            for r in item[1]:
                run(p, r.text, r.bold, r.italic)
        elif kind == "meta":
            run(para(styles["meta"]), item[1])
        elif kind == "table":
            tbl = sub(holder, q("tbl"))
            sub(sub(tbl, q("tblPr")), q("tblStyle"), {VAL: "TableGrid"})
            grid = sub(tbl, q("tblGrid"))
            for _ in item[1]:
                sub(grid, q("gridCol"), {q("w"): "2000"})
            for row in (item[1], *item[2]):
                tr = sub(tbl, q("tr"))
                for text in row:
                    run(sub(sub(tr, q("tc")), P), text)
        elif kind == "source":
            run(para(None), item[1])
        elif kind == "quote":
            run(para(styles["quote"]), item[1])
    body = doc.element.body
    sect_pr = body[-1]
    for child in list(holder):
        sect_pr.addprevious(child)
    doc.save(out)


def markdown(d: Dossier) -> str:
    """Equivalent Markdown for pandoc (runs re-marked up, lists, pipe tables)."""

    def esc(text: str) -> str:
        return "".join("\\" + c if c in "\\`*_[]<>&#|" else c for c in text)

    def md(runs: tuple[Run, ...]) -> str:
        out = []
        for r in runs:
            t = esc(r.text)
            if r.bold:
                t = f"**{t}**"
            if r.italic:
                t = f"*{t}*"
            out.append(t)
        return "".join(out)

    lines: list[str] = []
    for item in content(d):
        kind = item[0]
        if kind == "heading":
            lines += ["#" * max(1, item[1]) + " " + esc(item[2]), ""]
        elif kind == "para":
            lines += [md(item[2]), ""]
        elif kind == "bullet":
            lines.append("- " + md(item[1]))
        elif kind == "number":
            lines.append("1. " + md(item[1]))
        elif kind == "meta":
            lines += [esc(item[1]), ""]
        elif kind == "table":
            headers, rows = item[1], item[2]
            lines.append("| " + " | ".join(esc(h) for h in headers) + " |")
            lines.append("|" + "---|" * len(headers))
            lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
            lines.append("")
        elif kind == "source":
            lines += [esc(item[1]), ""]
        elif kind == "quote":
            lines += ["> " + esc(item[1]), ""]
    return "\n".join(lines)


def write_markdown(d: Dossier, tmp: Path) -> Path:
    """The dossier as a Markdown file for pandoc."""
    src = tmp / "in.md"
    src.write_text(markdown(d), encoding="utf-8")
    return src


def time_pandoc(src: Path, out: Path) -> float:
    """Run pandoc; returns its own peak MB."""
    subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "docx", "-o", str(out), str(src)],
        check=True,
    )
    return _peak_mb(resource.RUSAGE_CHILDREN)


# --------------------------------------------------------------------------- driver


def one(method: str, facts_per_section: int) -> dict[str, float]:
    """Measure one method in this process (called in a fresh subprocess)."""
    d = sample_dossier(sections=SECTIONS, facts_per_section=facts_per_section)
    # import outside the timed region (each method would otherwise pay python-docx's import)
    import docx  # noqa: F401
    import lxml.etree  # noqa: F401

    # render_docx loads its chart module with the first chart: before the clock too
    import briefing.dossier.docx_chart
    import briefing.dossier.render_docx  # noqa: F401

    before = _rss_mb()
    out = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp:
        pandoc_peak = 0.0
        if method == "pandoc":
            src = write_markdown(d, Path(tmp))  # not timed: only pandoc is
            start = time.perf_counter()
            pandoc_peak = time_pandoc(src, Path(tmp) / "out.docx")
            seconds = time.perf_counter() - start
            size = (Path(tmp) / "out.docx").stat().st_size
        else:
            runner = {
                "render_docx": run_render_docx,
                "docx_api": run_docx_api,
                "lxml_minimal": run_lxml_minimal,
            }[method]
            start = time.perf_counter()
            runner(d, out)
            seconds = time.perf_counter() - start
            size = out.getbuffer().nbytes
    peak = pandoc_peak if method == "pandoc" else _peak_mb()
    delta = pandoc_peak if method == "pandoc" else max(0.0, peak - before)
    return {
        "seconds": seconds,
        "peak_mb": peak,
        "delta_mb": delta,
        "kb": size / 1024,
        "facts": d.fact_count(),
    }


def measure(
    method: str, facts_per_section: int, timeout: float, repeat: int
) -> dict[str, float] | None:
    """Best of ``repeat`` fresh subprocesses (the machine may be busy with other work)."""
    best: dict[str, float] | None = None
    cmd = [sys.executable, __file__, "--one", method, str(facts_per_section)]
    for _ in range(repeat):
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            return best
        result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
        if best is None or result["seconds"] < best["seconds"]:
            best = result
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--skip-api", action="store_true")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (API: 1)")
    parser.add_argument("--one", nargs=2, metavar=("METHOD", "FACTS_PER_SECTION"))
    args = parser.parse_args()

    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]))))
        return

    methods = [m for m in METHODS if not (args.skip_api and m == "docx_api")]
    if shutil.which("pandoc") is None:
        methods.remove("pandoc")
    # the subprocesses' caches (render_docx's fonts) live and die with the benchmark
    home = tempfile.TemporaryDirectory(prefix="bench-docx-")
    os.environ["BRIEFING_HOME"] = home.name
    if "render_docx" in methods:
        measure("render_docx", 1, args.timeout, 1)  # fills the font cache, not counted
    results: dict[tuple[str, int], dict[str, float] | None] = {}
    for size in args.sizes:
        for method in methods:
            repeat = 1 if method == "docx_api" else args.repeat
            results[method, size] = measure(method, size, args.timeout, repeat)
            print(f"  {method} × {size * SECTIONS}: {results[method, size]}", file=sys.stderr)

    print("| method | facts | seconds | peak MB | Δ MB | output KB |")
    print("|---|---:|---:|---:|---:|---:|")
    for method in methods:
        for size in args.sizes:
            r = results[method, size]
            facts = size * SECTIONS
            if r is None:
                print(f"| {method} | {facts:,} | > {args.timeout:.0f} (timeout) | | | |")
                continue
            print(
                f"| {method} | {int(r['facts']):,} | {r['seconds']:.2f} | {r['peak_mb']:.0f} "
                f"| {r['delta_mb']:.0f} | {r['kb']:.0f} |"
            )
    base = {s: results.get(("lxml_minimal", s)) for s in args.sizes}
    ours = {s: results.get(("render_docx", s)) for s in args.sizes}
    for s in args.sizes:
        b, o = base[s], ours[s]
        if b and o:
            print(
                f"\nrender_docx / lxml_minimal at {s * SECTIONS:,} facts: "
                f"{o['seconds'] / b['seconds']:.2f}×"
            )
    if len(args.sizes) >= 2:
        small, large = min(args.sizes), max(args.sizes)
        a, b2 = ours[small], ours[large]
        if a and b2:
            print(
                f"render_docx scaling {large * SECTIONS:,} / {small * SECTIONS:,} facts: "
                f"{b2['seconds'] / a['seconds']:.1f}× for {large // small}× the facts"
            )


if __name__ == "__main__":
    main()
