"""Assembling a large dossier, in process: CPU seconds (median of runs) and memory.

    python -m bench.bench_assemble BASE [BASE ...] [--runs 3] [--layout theme|country]

Each ``BASE`` is a fact base (copy it first: opening migrates it). Each run is a fresh
child process (no record or locale cache carried over) that lays the whole base out by
theme (or by country) with background facts, as the builder's preview and ``export --by
theme --background`` do, and times ``assemble`` alone. It prints one JSON line per base:
the median CPU and wall seconds of ``assemble``, the CPU of loading every record alone in
key order (about the store's share of it, read in the same child after the assemble),
the fact entries, and the child's resident memory before and after and its peak (Linux
``/proc`` and ``getrusage``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(base: str, layout: str) -> dict[str, Any]:
    """One timed assemble of ``base`` (runs in the child process)."""
    import datetime as dt
    import resource
    import time

    from briefing.batch import collector_paused
    from briefing.dossier.assemble import assemble
    from briefing.dossier.layouts import by_country, by_theme
    from briefing.dossier.spec import DossierSpec
    from briefing.store import Store

    store = Store.open(f"sqlite:///{Path(base).resolve()}")
    make = by_country if layout == "country" else by_theme
    spec = make(store, DossierSpec(include_background=True, date=dt.date(2026, 1, 1)))
    before = _rss_mb()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    dossier = assemble(spec, store)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    after = _rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    facts = dossier.fact_count()
    del dossier
    keys = sorted(store.fact_ids())  # in key order, as ``assemble`` reads them
    cpu0 = time.process_time()
    with collector_paused():
        loaded = len(store.records(keys))
    load = time.process_time() - cpu0
    store.close()
    return {
        "cpu": cpu,
        "wall": wall,
        "load_cpu": load,
        "loaded": loaded,
        "facts": facts,
        "rss_before_mb": before,
        "rss_after_mb": after,
        "peak_mb": peak,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("bases", nargs="+")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--layout", choices=("theme", "country"), default="theme")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.bases[0], args.layout)))
        return
    for base in args.bases:
        runs = []
        for _ in range(args.runs):
            cmd = [sys.executable, "-m", "bench.bench_assemble", str(Path(base).resolve())]
            cmd += ["--layout", args.layout, "--child"]
            out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        row: dict[str, Any] = {"base": Path(base).name, "layout": args.layout, "runs": len(runs)}
        for key in runs[0]:
            row[key] = round(statistics.median(r[key] for r in runs), 3)
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
