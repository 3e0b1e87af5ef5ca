"""The builder's page preview on a real base: time to the first page and to the full
preview, the GUI process's memory before and after, and how fast Cancel lets go.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_preview BASE.sqlite3 [--shot out.png]

Opens the main window and the builder on (a copy you made of) BASE, lays the facts out
one section per theme with background facts, shows the Preview tab and waits for pages.
Then it changes the title (a warm request) and times it again, cancels a third request
while it runs, and prints one JSON object. RSS is read from /proc (Linux).
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--shot")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from briefing.dossier.layouts import by_theme
    from briefing.dossier.spec import DossierSpec
    from briefing.gui.mainwindow import MainWindow
    from briefing.gui.prefs import Prefs
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

    def preview(label: str, act: Callable[[], None]) -> None:
        start = time.monotonic()
        pages = builder.preview_pages
        act()
        wait(lambda: builder.preview_pages is not pages and builder.preview_pages is not None)
        out[f"{label}_first_page_s"] = round(time.monotonic() - start, 2)
        wait(lambda: builder.preview_pages is not None and builder.preview_pages.final)
        wait(lambda: not builder.preview_runner.busy)
        out[f"{label}_full_s"] = round(time.monotonic() - start, 2)
        final = builder.preview_pages
        assert final is not None
        out[f"{label}_pages"] = final.pages
        out[f"{label}_facts"] = f"{final.facts}/{final.total}"
        out[f"{label}_estimated_pages"] = final.estimated_pages
        out[f"{label}_rss_mb"] = round(rss_mb())
        process = builder.preview_runner.process
        out[f"{label}_child_rss_mb"] = round(rss_mb(process.pid)) if process else 0

    preview("cold", lambda: builder.tabs.setCurrentIndex(1))
    wait(lambda: builder.preview_runner.process is not None and builder.preview_runner._ready)
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
    out["rss_after_close_mb"] = round(rss_mb())
    out["files_left"] = len(list(runner.folder.glob("*"))) if runner.folder.exists() else 0
    print(json.dumps(out, indent=1))
    window.close()


if __name__ == "__main__":
    main()
