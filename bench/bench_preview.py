"""The builder's page preview on a real base: time to the first page and to the full
preview, the GUI process's memory before and after, and how fast Cancel lets go.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_preview BASE.sqlite3 [--shot out.png]

Opens the main window and the builder on (a copy you made of) BASE, lays the facts out
one section per theme with background facts, shows the Preview tab and waits for pages.
Then it changes the title (a warm request) and times it again, cancels a third request
while it runs, and prints one JSON object. RSS is read from /proc (Linux): the GUI
process's now and at its peak, and each preview child's peak (its ``VmHWM``, read every
50 ms while it lives: a child retires after a large dossier, its peak with it).

    python -m bench.bench_preview BASE.sqlite3 --steps 5 [--layout country]

times the warm child's way to its first page without Qt or the GUI, in this process:
``opening`` + rendering the opening against the whole ``assemble`` + ``excerpt`` +
the same rendering (what the child did before), alternately, each run checking that
both give the same excerpt; CPU and wall seconds, medians and the pair-by-pair ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of ``pid`` in MB (0 when unreadable)."""
    try:
        pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb(pid: int | str = "self") -> float:
    """Peak resident memory (VmHWM) of ``pid`` in MB (0 when unreadable)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


class ChildPeaks:
    """Every preview child's peak RSS, read every 50 ms in a thread while it lives."""

    def __init__(self, pid: Callable[[], int | None]) -> None:
        import threading

        self.pid = pid
        self.peaks: dict[int, float] = {}
        self.running = True
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        while self.running:
            pid = self.pid()
            if pid:
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), peak_mb(pid))
            time.sleep(0.05)

    def highest(self) -> int:
        return round(max(self.peaks.values(), default=0.0))

    def stop(self) -> None:
        self.running = False
        self.thread.join(1)


def steps(base: str, runs: int, layout: str) -> dict[str, Any]:
    """The child's first page both ways, ``runs`` pairs after a warm-up of each."""
    import io
    import statistics

    from briefing.bootstrap import open_reader
    from briefing.dossier.assemble import assemble
    from briefing.dossier.excerpt import excerpt
    from briefing.dossier.fonts import pdf_fonts
    from briefing.dossier.layouts import by_country, by_theme
    from briefing.dossier.opening import opening
    from briefing.dossier.render_pdf import render_pdf
    from briefing.dossier.spec import DossierSpec
    from briefing.gui.preview_process import HEAD_ENTRIES

    pdf_fonts()
    store = open_reader(f"sqlite:///{Path(base).resolve()}")
    lay = by_country if layout == "country" else by_theme
    spec = lay(store, DossierSpec(event=None, include_background=True))

    def new() -> Any:
        head = opening(spec, store, HEAD_ENTRIES)
        render_pdf(head.dossier, io.BytesIO())
        return head

    def old() -> Any:
        head = excerpt(assemble(spec, store), HEAD_ENTRIES)
        render_pdf(head.dossier, io.BytesIO())
        return head

    def timed(work: Callable[[], Any]) -> tuple[float, float, Any]:
        cpu, wall = time.process_time(), time.perf_counter()
        out = work()
        return time.process_time() - cpu, time.perf_counter() - wall, out

    assert new() == old(), "the opening differs from the whole dossier's excerpt"
    times: dict[str, list[float]] = {"new_cpu": [], "new_wall": [], "old_cpu": [], "old_wall": []}
    for _ in range(runs):
        for name, work in (("new", new), ("old", old)):
            cpu, wall, _ = timed(work)
            times[f"{name}_cpu"].append(cpu)
            times[f"{name}_wall"].append(wall)
    out: dict[str, Any] = {"base": Path(base).name, "layout": layout, "runs": runs}
    for key, values in times.items():
        out[f"{key}_s"] = round(statistics.median(values), 3)
    ratios = [n / o for n, o in zip(times["new_cpu"], times["old_cpu"], strict=True)]
    out["cpu_ratio_new_old"] = round(statistics.median(ratios), 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--shot")
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--steps", type=int, default=0)
    parser.add_argument("--layout", choices=("theme", "country"), default="theme")
    parser.add_argument(
        "--warm-start",
        action="store_true",
        help="open the Preview tab once the child the builder starts is warm (a user "
        "who looks at the builder for a second or more), not at once",
    )
    args = parser.parse_args()
    if args.steps:
        print(json.dumps(steps(args.base, args.steps, args.layout), indent=1))
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from briefing.dossier.layouts import by_theme
    from briefing.dossier.spec import DossierSpec
    from briefing.gui.mainwindow import MainWindow
    from briefing.gui.prefs import Prefs
    from briefing.gui.preview_process import RETIRE_FACTS
    from briefing.store import Store

    store = Store.open(f"sqlite:///{Path(args.base).resolve()}")
    prefs = Prefs.at(Path(args.base).with_suffix(".bench-prefs.ini"))
    window = MainWindow(store, prefs)
    window.show()

    def wait(done: Callable[[], bool], timeout: float = args.timeout) -> float:
        start = time.monotonic()
        while not done():
            app.processEvents()
            time.sleep(0.002)
            if time.monotonic() - start > timeout:
                raise TimeoutError
        return time.monotonic() - start

    wait(lambda: not window.model.busy and window.model.rowCount() > 0)
    builder = window.show_builder()
    builder.resize(1500, 950)
    spec = by_theme(store, DossierSpec(event=None, include_background=True))
    builder.set_spec(spec)
    out: dict[str, Any] = {"base": Path(args.base).name}
    for _ in range(20):
        app.processEvents()
    out["rss_before_mb"] = round(rss_mb())

    serials: dict[str, int] = {}

    def preview(label: str, act: Callable[[], None]) -> None:
        start = time.monotonic()
        pages = builder.preview_pages
        act()
        wait(lambda: builder.preview_pages is not pages and builder.preview_pages is not None)
        out[f"{label}_first_page_s"] = round(time.monotonic() - start, 2)
        serials[label] = builder.preview_runner._serial  # the child that answered
        wait(lambda: builder.preview_pages is not None and builder.preview_pages.final)
        out[f"{label}_full_pages_s"] = round(time.monotonic() - start, 2)
        wait(lambda: not builder.preview_runner.busy)  # the outline too, and "done"
        out[f"{label}_full_s"] = round(time.monotonic() - start, 2)
        final = builder.preview_pages
        assert final is not None
        out[f"{label}_pages"] = final.pages
        out[f"{label}_facts"] = f"{final.facts}/{final.total}"
        out[f"{label}_estimated_pages"] = final.estimated_pages
        out[f"{label}_rss_mb"] = round(rss_mb())
        process = builder.preview_runner.process
        out[f"{label}_child_rss_mb"] = round(rss_mb(process.pid)) if process else 0
        out[f"{label}_child_peak_mb"] = children.highest()

    def child_pid() -> int | None:
        # not ``builder.preview_runner``: that makes the runner (a QObject) when missing
        runner = builder._preview
        process = runner.process if runner is not None else None
        return process.pid if process is not None else None

    children = ChildPeaks(child_pid)
    if args.warm_start:  # the builder starts its child a second after it shows
        wait(lambda: builder._preview is not None and builder._preview._ready, 60)
    preview("cold", lambda: builder.tabs.setCurrentIndex(1))
    runner = builder.preview_runner
    cold = builder.preview_pages
    if cold is not None and cold.total > RETIRE_FACTS:
        # that child retires after answering (preview_process): "warm" is the fresh child
        # it leaves, once ready, not a request that waits for the fresh child's start
        wait(lambda: runner._serial > serials["cold"], 60)
    wait(lambda: runner.process is not None and runner._ready)
    preview("warm", lambda: builder.title.setText("Bench"))

    # Cancel while the child works: in the assembly (killed) or the rendering (lets go)
    builder.title.setText("Bench again")
    builder.refresh_preview()
    runner = builder.preview_runner
    wait(lambda: runner._busy == runner.generation, 60)
    time.sleep(0.3)
    start = time.monotonic()
    builder.cancel_preview()
    wait(lambda: not runner.busy, 30)
    out["cancel_s"] = round(time.monotonic() - start, 3)
    if args.shot:
        builder.preview_runner.cancel()
        builder.refresh_preview()
        wait(lambda: builder.preview_pages is not None and builder.preview_pages.final)
        for _ in range(100):
            app.processEvents()
            time.sleep(0.01)
        builder.grab().save(args.shot)
    builder.mark_saved()
    builder.close()
    wait(lambda: runner.process is None, 10)
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    children.stop()
    out["rss_after_close_mb"] = round(rss_mb())
    out["gui_peak_mb"] = round(peak_mb())
    out["children_peak_mb"] = children.highest()
    out["files_left"] = len(list(runner.folder.glob("*"))) if runner.folder.exists() else 0
    print(json.dumps(out, indent=1))
    window.close()


if __name__ == "__main__":
    main()
