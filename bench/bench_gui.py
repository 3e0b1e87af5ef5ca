"""GUI benchmark: start-up to first paint, filter changes and memory at 100,000 facts.

    python bench/bench_gui.py [--db100k /tmp/gui100k.db] [--runs 3] [--platform offscreen|xcb]
    python bench/bench_gui.py --startup DB|first-start [--until paint|list]

``--startup`` runs the desktop app's own start-up (``briefing-gui --db DB``; with
``first-start``, no ``--db`` and an empty ``BRIEFING_HOME``, so the app creates and seeds
its base) and prints the seconds from the process's start to the first paint of the window
and to the fact list filled (its first page shown), then exits at ``--until``: timed
whole-process from outside, that is what the user waits. The main table reports these
too ("app start-up").

Builds the 100,000-fact database if it is missing (bench/synthetic.py, then
``briefing init --no-seed`` and ``briefing facts import`` — the import takes a while),
and a seeded database. Each measurement runs in a fresh process (``--child``), started
with the parent's clock reading, so "start-up" covers the interpreter, imports, opening
the database, building the window and its first paint event, exactly as a user waits for
``python main.py``. Then, in the same process:

* list ready: the fact list holds the keys of the start query (the query runs on a worker);
* filter change: search text "energy", then that plus the country filter KZ, measured from
  the call to the model's reset (async, as in the app: query on the worker, reset on the
  GUI thread), median of several runs; the store's own query time is shown beside it;
* scroll: jumping to the end and to random places of the list (page fetch + repaint);
* peak RSS of the process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# ---------------------------------------------------------------------- databases


def ensure_100k(db: Path, count: int = 100_000) -> None:
    """Create the synthetic database unless it exists."""
    if db.exists():
        return
    data = Path(tempfile.gettempdir()) / f"f{count // 1000}k.json"
    if not data.exists():
        print(f"generating {count} facts into {data}…", file=sys.stderr)
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "synthetic.py"), str(count), str(data)],
            check=True,
        )
    cli = [sys.executable, "-m", "briefing", "--db", str(db)]
    print(f"creating {db} (the import takes a while)…", file=sys.stderr)
    subprocess.run([*cli, "init", "--no-seed"], check=True)
    subprocess.run([*cli, "facts", "import", str(data)], check=True)


def ensure_seed(db: Path) -> None:
    """Create the seeded database unless it exists."""
    if not db.exists():
        subprocess.run([sys.executable, "-m", "briefing", "--db", str(db), "init"], check=True)


# ---------------------------------------------------------------------- the app's start-up


def process_start() -> float:
    """This process's start on the ``time.time()`` clock (Linux: /proc; else now)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return time.time()
    return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")


def startup_child(db: str, until: str, t0: float | None) -> None:
    """Start the app as ``briefing-gui`` does, print the marks, exit at ``until``.

    Hooks only ``create_app`` (to watch every event from the QApplication's birth) and
    imports nothing the app would not import itself before its window paints.
    """
    started = t0 if t0 is not None else process_start()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    import briefing.gui.application as application

    marks: dict[str, float] = {}

    def finish() -> None:
        print(json.dumps(marks), flush=True)
        os._exit(0)  # the mark is taken: no teardown in the timing

    found: list[Any] = []  # the window's model, once it has one

    def list_filled() -> None:
        model = found[0]
        if "list" not in marks and not model.busy and model.rowCount() > 0:
            marks["list"] = time.time() - started
            finish()

    def find_model() -> None:
        """Until the window has its model (after the base opened); then its own signal
        says when the list is filled: no fast polling competes with the worker for the GIL
        (a 2 ms poll made a first start look 36% costlier than it is)."""
        for widget in QApplication.topLevelWidgets():
            model = getattr(widget, "model", None) if widget.objectName() == "MainWindow" else None
            if model is not None:
                poll.stop()
                found.append(model)
                model.loaded.connect(list_filled)
                list_filled()
                return

    class Marks(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                marks["paint"] = time.time() - started
                if until == "paint":
                    QTimer.singleShot(0, finish)
                else:
                    poll.start()
            return False

    spy = Marks()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(find_model)
    create_app = application.create_app

    def watched_app(argv: list[str] | None = None) -> QApplication:
        app = create_app(argv)
        app.installEventFilter(spy)
        return app

    application.create_app = watched_app  # type: ignore[assignment]
    application.run(None if db == "first-start" else db)


def startup_home(db: str) -> str:
    """A home for timing starts on ``db``: its rolling backup made once beforehand (by a
    CLI read), so no start pays for the copy or leaves it half made ("first-start": an
    empty home, new for every start)."""
    home = tempfile.mkdtemp(prefix="briefing-bench-home-")
    if db != "first-start":
        env = dict(os.environ, BRIEFING_HOME=home)
        cli = [sys.executable, "-m", "briefing", "--db", db, "facts", "--search", "zzqx"]
        subprocess.run(cli, env=env, capture_output=True, check=True, cwd=ROOT)
    return home


def measure_startup(db: str, platform: str, home: str | None = None) -> dict[str, float]:
    """One whole-process start-up (``startup_child``)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env["BRIEFING_HOME"] = home or tempfile.mkdtemp(prefix="briefing-bench-home-")
    env.pop("BRIEFING_DB", None)
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--startup", db, "--until", "list", "--t0", repr(t0)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


# ---------------------------------------------------------------------- child process


def child(db: str, t0: float) -> dict[str, float]:
    """Start the GUI on ``db`` and measure (runs in its own process)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    from briefing.gui.application import create_app
    from briefing.gui.mainwindow import MainWindow
    from briefing.gui.navigator import NavFilters
    from briefing.gui.prefs import Prefs
    from briefing.settings import database_url
    from briefing.store import FactQuery, Store

    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                marks["paint"] = time.time() - t0
            return False

    app = create_app([sys.argv[0]])
    spy = FirstPaint()
    app.installEventFilter(spy)
    store = Store.open(database_url(db))
    settings = Path(tempfile.mkdtemp()) / "bench.ini"
    window = MainWindow(store, Prefs.at(settings))
    window.resize(1480, 900)
    window.show()

    # Waiting runs a QEventLoop, as app.exec() and pytest-qt do. Not processEvents(flags,
    # maxtime): with PySide6 6.12 that overload crashes ("deallocating None") while a worker
    # thread runs Python code, and QTest.qWait starves the worker (it keeps the GIL).
    def spin(msecs: int = 5) -> None:
        loop = QEventLoop()
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()

    while "paint" not in marks:
        spin()

    def wait_loaded(timeout: float = 30.0) -> None:
        end = time.time() + timeout
        while window.model.busy and time.time() < end:
            loop = QEventLoop()
            window.model.loaded.connect(loop.quit)
            QTimer.singleShot(50, loop.quit)
            loop.exec()
            window.model.loaded.disconnect(loop.quit)

    wait_loaded()
    app.processEvents()
    marks["list_ready"] = time.time() - t0
    marks["rows"] = window.model.rowCount()

    def timed_filter(text: str, countries: tuple[str, ...]) -> tuple[float, float]:
        """(ms until the first page is shown, ms until the whole list is known)."""
        window.search.blockSignals(True)
        window.search.setText(text)
        window.search.blockSignals(False)
        window.navigator.set_filters(NavFilters(countries=countries))
        loaded: list[float] = []

        def stamp() -> None:
            loaded.append(time.perf_counter())

        window.model.loaded.connect(stamp)  # after the window's own slot: list reset, status
        started = time.perf_counter()
        window.apply_filters()
        wait_loaded()
        window.model.loaded.disconnect(stamp)
        first = (loaded[0] - started) * 1000
        spin(30)  # let the visible page paint before the next change
        return first, (loaded[-1] - started) * 1000

    def median_filter(
        text: str, countries: tuple[str, ...], runs: int = 7
    ) -> tuple[float, float, int]:
        firsts, wholes = [], []
        for _ in range(runs):
            timed_filter("", ())  # back to everything, so each run is a real change
            first, whole = timed_filter(text, countries)
            firsts.append(first)
            wholes.append(whole)
        return statistics.median(firsts), statistics.median(wholes), window.model.rowCount()

    marks["energy_ms"], marks["energy_all_ms"], marks["energy_rows"] = median_filter("energy", ())
    marks["energy_kz_ms"], marks["energy_kz_all_ms"], marks["energy_kz_rows"] = median_filter(
        "energy", ("KZ",)
    )
    marks["kz_ms"], marks["kz_all_ms"], marks["kz_rows"] = median_filter("", ("KZ",))

    # synchronous model update (the whole query on the GUI thread), for comparison
    sync = []
    for _ in range(5):
        window.model.set_query(FactQuery())
        started = time.perf_counter()
        window.model.set_query(FactQuery(text="energy", countries=("KZ",)))
        sync.append((time.perf_counter() - started) * 1000)
    marks["energy_kz_sync_ms"] = statistics.median(sync)

    timed_filter("", ())
    view = window.view
    bar = view.verticalScrollBar()
    rng = random.Random(7)
    jumps = []
    for target in [bar.maximum(), 0, *[rng.randint(0, bar.maximum()) for _ in range(20)]]:
        started = time.perf_counter()
        bar.setValue(target)
        view.viewport().repaint()
        app.processEvents()
        jumps.append((time.perf_counter() - started) * 1000)
    marks["scroll_jump_ms"] = statistics.median(jumps)
    marks["scroll_jump_max_ms"] = max(jumps)
    marks["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.form.revert()
    window.close()
    store.close()
    return marks


# ---------------------------------------------------------------------- parent


def measure(db: Path, platform: str) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", platform)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    env["BRIEFING_HOME"] = tempfile.mkdtemp(prefix="briefing-bench-home-")
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(db), "--t0", repr(t0)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db100k", default="/tmp/gui100k.db")
    parser.add_argument("--seed-db", default=str(Path(tempfile.gettempdir()) / "gui-seed.db"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    parser.add_argument("--startup", metavar="DB", help="time the app's start-up on DB")
    parser.add_argument("--until", choices=("paint", "list"), default="list")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.startup:
        startup_child(args.startup, args.until, args.t0)
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.t0)))
        return 0

    big, seed = Path(args.db100k), Path(args.seed_db)
    ensure_seed(seed)
    ensure_100k(big)
    results: dict[str, list[dict[str, float]]] = {"seed": [], "100k": []}
    starts: dict[str, list[dict[str, float]]] = {"seed": [], "100k": [], "first": []}
    homes = {"seed": startup_home(str(seed)), "100k": startup_home(str(big))}
    for _ in range(args.runs):
        results["seed"].append(measure(seed, args.platform))
        results["100k"].append(measure(big, args.platform))
        starts["seed"].append(measure_startup(str(seed), args.platform, homes["seed"]))
        starts["100k"].append(measure_startup(str(big), args.platform, homes["100k"]))
        starts["first"].append(measure_startup("first-start", args.platform))

    def med(label: str, key: str) -> float:
        return statistics.median(r[key] for r in results[label])

    def med_start(label: str, key: str) -> float:
        return statistics.median(r[key] for r in starts[label])

    rows = [
        ("start-up to first paint (s)", "paint", 3, ""),
        ("start-up to whole list known (s)", "list_ready", 3, ""),
        ("facts listed at start", "rows", 0, ""),
        ('filter "energy": first page shown (ms)', "energy_ms", 1, ""),
        ('filter "energy": whole list (ms)', "energy_all_ms", 1, ""),
        ('filter "energy" + KZ: first page shown (ms)', "energy_kz_ms", 1, "< 50"),
        ('filter "energy" + KZ: whole list (ms)', "energy_kz_all_ms", 1, "< 50"),
        ("  same, one synchronous set_query (ms)", "energy_kz_sync_ms", 1, ""),
        ("  rows", "energy_kz_rows", 0, ""),
        ("filter KZ: first page shown (ms)", "kz_ms", 1, ""),
        ("filter KZ: whole list (ms)", "kz_all_ms", 1, ""),
        ("scroll jump + repaint, median (ms)", "scroll_jump_ms", 1, ""),
        ("scroll jump + repaint, worst (ms)", "scroll_jump_max_ms", 1, ""),
        ("peak RSS (MB)", "peak_rss_mb", 0, "< 300"),
    ]
    python = sys.version.split()[0]
    print(f"GUI benchmark ({args.platform}, median of {args.runs} runs; Python {python})")
    print()
    print("| measure | seed (58 facts) | 100,000 facts | target |")
    print("|---|---:|---:|---|")
    for label, key, target in (
        ("app start-up: process start to first paint (s)", "paint", "≤ 0.8 / ≤ 1"),
        ("app start-up: process start to list filled (s)", "list", ""),
    ):
        seed_value, big_value = med_start("seed", key), med_start("100k", key)
        print(f"| {label} | {seed_value:.3f} | {big_value:.3f} | {target} |")
    print(
        f"| first start (creates and seeds its base): first paint (s) | "
        f"{med_start('first', 'paint'):.3f} | | |"
    )
    print(f"| first start: list filled (s) | {med_start('first', 'list'):.3f} | | |")
    print("| window built on an open base (in-process, below) | | | |")
    for label, key, digits, target in rows:
        seed_value, big_value = med("seed", key), med("100k", key)
        print(f"| {label} | {seed_value:.{digits}f} | {big_value:.{digits}f} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
