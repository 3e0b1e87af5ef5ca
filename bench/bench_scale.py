"""Scale benchmark (issue 12): build a base of N synthetic facts, then time what a user waits for.

    python bench/bench_scale.py DB_OR_URL --facts 1000000 [--batch 100000] [--gui]
    python bench/bench_scale.py DB_OR_URL --measure-only [--gui]

``DB_OR_URL`` is a SQLite file (removed and made again) or a ``postgresql+psycopg2://``
URL of a scratch database (its public schema is dropped). The base gets the seed, then N
facts imported with ``Store.import_facts`` in batches (each batch its own transaction,
as ``briefing facts import`` of one file would be; the batches differ, so none is
skipped as already there). ``--measure-only`` keeps an existing base and only measures.

Printed, the same on both backends:

* import: each batch's wall and client CPU seconds, the rate and the totals;
* the database's size (the SQLite file with its WAL, or ``pg_database_size``);
* search, ranked top 50: a rare, a common and a Cyrillic word, p50/p95 each, and p50/p95
  over bench_store's 15 queries;
* counts: all facts, a theme with its sub-themes, the navigator's refresh (every count
  its ``refresh_counts`` reads, store side), a theme-filtered list (its keys, then the
  rows of its first page, as the fact list asks for them);
* ``--gui``: the desktop app's start (first paint, list filled) on the base, whole
  process, offscreen (bench_gui.py --startup), median of three.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_store import QUERIES  # noqa: E402
from bench.synthetic import facts  # noqa: E402
from briefing.ingest.seed import load_seed  # noqa: E402
from briefing.store import FactQuery, Store  # noqa: E402
from briefing.store.engine import create_briefing_engine  # noqa: E402

# One of each kind the issue names, with the share of facts each matches in the synthetic
# mix: a word in ~2% of facts (bench_store's rare one), one in ~50%, a Russian one (its
# inflected forms found too).
WORDS = [("rare", "hydropower"), ("common", "cooperation"), ("Cyrillic", "сотрудничество")]


def url_of(target: str) -> str:
    return target if "://" in target else f"sqlite:///{Path(target).resolve()}"


def empty(url: str) -> None:
    """Remove the SQLite file (and its companions), or drop PostgreSQL's public schema."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    from sqlalchemy import text

    engine = create_briefing_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def build(url: str, total: int, batch: int) -> None:
    empty(url)
    store = Store.open(url)
    load_seed(store)
    print(f"## Import of {total:,} facts in batches of {batch:,}\n")
    print("| batch | base before | wall s | client CPU s | facts/s (wall) |")
    print("|---:|---:|---:|---:|---:|")
    wall_total = cpu_total = 0.0
    done = 0
    for n, start in enumerate(range(0, total, batch), start=1):
        size = min(batch, total - start)
        objects = facts(size, seed=6 + n)  # seed 7 first: bench_store's own facts
        t0, c0 = time.perf_counter(), time.process_time()
        report = store.import_facts(objects)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        assert len(report.added) == size, (len(report.added), len(report.skipped))
        wall_total += wall
        cpu_total += cpu
        print(f"| {n} | {done:,} | {wall:.1f} | {cpu:.1f} | {size / wall:,.0f} |", flush=True)
        done += size
        del objects, report
    print(
        f"| **all** | | **{wall_total:.1f}** | **{cpu_total:.1f}** | "
        f"**{total / wall_total:,.0f}** |\n"
    )
    store.close()


def size_of(store: Store, url: str) -> int:
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        return sum(os.path.getsize(p) for p in (path, f"{path}-wal") if os.path.exists(p))
    from sqlalchemy import text

    with store.engine.connect() as conn:
        return int(conn.scalar(text("SELECT pg_database_size(current_database())")) or 0)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return sorted(out)


def p95(times: list[float]) -> float:
    return times[max(int(len(times) * 0.95 + 0.5) - 1, 0)]


def measure(url: str, runs: int, gui: bool) -> None:
    store = Store.open(url)
    n = store.count()
    print(f"## {n:,} facts, {store.engine.dialect.name}\n")
    print(f"database size: {size_of(store, url) / 1e9:.2f} GB\n")

    print(f"| search, ranked top 50 ({runs} runs) | hits | p50 ms | p95 ms |\n|---|---:|---:|---:|")
    for kind, word in WORDS:
        query = FactQuery(text=word, limit=50, order="relevance")
        times = timed(lambda q=query: store.fact_ids(q), runs)  # type: ignore[misc]
        hits = store.count(FactQuery(text=word))
        print(f"| {kind} `{word}` | {hits:,} | {statistics.median(times):.0f} | {p95(times):.0f} |")
    every: list[float] = []
    for _, q in QUERIES:
        query = FactQuery(text=q, limit=50, order="relevance")
        every += timed(lambda q=query: store.fact_ids(q), max(runs // 2, 3))  # type: ignore[misc]
    every.sort()
    print(
        f"| all {len(QUERIES)} queries of bench_store | | {statistics.median(every):.0f} | "
        f"{p95(every):.0f} |\n"
    )

    themes = store.themes()
    parents = {t.parent for t in themes if t.parent}
    counts = store.counts_by_theme()
    theme = max(parents, key=lambda slug: counts.get(slug, 0))
    themed = FactQuery(themes=(theme,))
    first = FactQuery(limit=200)

    def navigator() -> None:  # what Navigator.refresh_counts reads
        store.counts_by_country()
        store.counts_by_theme()
        store.theme_tree_counts()
        store.counts_by_marking()
        store.count()

    def theme_list() -> None:  # FactListModel.request with a theme filter, then page one
        keys = store.fact_ids(themed)
        store.rows(keys[:200])

    print(f"| counts and lists ({runs} runs) | p50 ms | p95 ms |\n|---|---:|---:|")
    for label, fn in (
        ("count, all facts", lambda: store.count()),
        (f"count, theme `{theme}` with its sub-themes", lambda: store.count(themed)),
        ("navigator refresh (every count it reads)", navigator),
        (f"theme `{theme}` list: all keys + first page's rows", theme_list),
        ("first page, no filter (keys + rows)", lambda: store.rows(store.fact_ids(first))),
    ):
        times = timed(fn, runs)
        print(f"| {label} | {statistics.median(times):.0f} | {p95(times):.0f} |")
    store.close()

    if gui:
        from bench.bench_gui import startup_home

        home = startup_home(url)
        marks = [start(url, home) for _ in range(3)]
        paint = statistics.median(m["paint"] for m in marks)
        filled = statistics.median(m["list"] for m in marks)
        print(
            f"\nwindow start (median of 3): first paint {paint:.2f} s, list filled {filled:.2f} s"
        )


def start(url: str, home: str) -> dict[str, float]:
    """One whole-process start of the desktop app on ``url`` (bench_gui.py --startup), in
    ``home`` (bench_gui.startup_home: its rolling backup of a SQLite base already made)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_HOME=home)
    env.pop("BRIEFING_DB", None)
    t0 = time.time()
    cmd = [sys.executable, str(ROOT / "bench" / "bench_gui.py"), "--startup", url]
    out = subprocess.run(
        [*cmd, "--until", "list", "--t0", repr(t0)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a SQLite file or a postgresql+psycopg2:// URL (emptied)")
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--measure-only", action="store_true", help="keep the base as it is")
    parser.add_argument("--gui", action="store_true", help="also time the window's start")
    args = parser.parse_args()
    url = url_of(args.db)
    if not args.measure_only:
        build(url, args.facts, args.batch)
    measure(url, args.runs, args.gui)


if __name__ == "__main__":
    main()
