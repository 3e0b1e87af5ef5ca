"""Team use at scale: bundle export/import, backups and search on SQLite and PostgreSQL.

    python bench/bench_team.py [N] [--pg URL]

Builds a SQLite base of the seed plus N synthetic facts (bench/synthetic.py), then times:
a bundle export of every fact (ceiling SECRET, written to a file), its import into an
empty SQLite base, the same import again into the now full base (every fact compared,
all identical), a backup and a rolling backup of the base. With ``--pg`` (a scratch
database: its public schema is dropped) the bundle is imported into PostgreSQL, searched
there with bench_store's queries (ranked top 50, p50/p95 over 20 runs) against the same
queries on SQLite, and exported from PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_store import QUERIES
from bench.synthetic import facts
from briefing.ingest.seed import load_seed
from briefing.store import FactQuery, Store
from briefing.store import backup as backups
from briefing.store.exchange import Scope


def timed(label: str, fn: Callable[[], Any]) -> Any:
    t0 = time.perf_counter()
    result = fn()
    print(f"| {label} | {time.perf_counter() - t0:.2f} |", flush=True)
    return result


def export_to(store: Store, path: Path) -> int:
    bundle = store.export_bundle(Scope(max_marking="SECRET"))
    path.write_text(json.dumps(bundle, ensure_ascii=False, separators=(",", ":")), "utf-8")
    return len(bundle["facts"])


def import_from(store: Store, path: Path) -> Any:
    return store.merge_bundle(json.loads(path.read_text("utf-8")))


def search_figures(store: Store, label: str) -> None:
    every: list[float] = []
    for _kind, q in QUERIES:
        for _ in range(20):
            t0 = time.perf_counter()
            store.fact_ids(FactQuery(text=q, limit=50, order="relevance"))
            every.append((time.perf_counter() - t0) * 1000)
    every.sort()
    p95 = every[int(len(every) * 0.95) - 1]
    print(f"| search {label} | {statistics.median(every):.1f} | {p95:.1f} |", flush=True)


def empty_postgres(url: str) -> Store:
    from sqlalchemy import text

    from briefing.store.engine import create_briefing_engine

    engine = create_briefing_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return Store.open(url)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    parser.add_argument("--pg", metavar="URL")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="briefing-team-"))
    base = Store.open(f"sqlite:///{tmp / 'base.db'}")
    load_seed(base)
    print(f"## {args.n:,} synthetic facts + the seed\n\n| step | seconds |\n|---|---:|")
    timed("seed backup (SQLite online backup)", lambda: backups.backup(
        f"sqlite:///{tmp / 'base.db'}", tmp / "seed-copy.sqlite3"))  # fmt: skip
    timed("import synthetic facts (Store.import_facts)", lambda: base.import_facts(facts(args.n)))
    bundle = tmp / "bundle.json"
    count = timed(
        "bundle export, SQLite (every fact, file written)", lambda: export_to(base, bundle)
    )
    print(f"| (bundle: {count:,} facts, {bundle.stat().st_size / 1e6:.0f} MB) | |")
    target = Store.open(f"sqlite:///{tmp / 'target.db'}")
    report = timed("bundle import into an empty SQLite base", lambda: import_from(target, bundle))
    assert len(report.added) == count, len(report.added)
    target.close()
    report = timed("bundle import again into the full base (all identical)",
                   lambda: import_from(base, bundle))  # fmt: skip
    assert len(report.identical) == count
    url = f"sqlite:///{tmp / 'base.db'}"
    timed("backup of the full base", lambda: backups.backup(url, tmp / "copy.sqlite3"))
    timed("rolling backup on start (a copy needed)",
          lambda: backups.rolling_backup(url, tmp / "backups"))  # fmt: skip
    timed("rolling backup on start (none needed)",
          lambda: backups.rolling_backup(url, tmp / "backups"))  # fmt: skip
    print("\n| search, ranked top 50, all queries × 20 | p50 ms | p95 ms |\n|---|---:|---:|")
    search_figures(base, "SQLite")
    if args.pg:
        pg = empty_postgres(args.pg)
        print("\n| step | seconds |\n|---|---:|")
        report = timed("bundle import into an empty PostgreSQL base",
                       lambda: import_from(pg, bundle))  # fmt: skip
        assert len(report.added) == count
        timed("bundle export, PostgreSQL", lambda: export_to(pg, tmp / "from-pg.json"))
        print("\n| search, ranked top 50, all queries × 20 | p50 ms | p95 ms |\n|---|---:|---:|")
        search_figures(pg, "PostgreSQL")
        print("\n| query | hits SQLite | hits PostgreSQL |\n|---|---:|---:|")
        for _kind, q in QUERIES:
            print(f"| `{q}` | {base.count(FactQuery(text=q))} | {pg.count(FactQuery(text=q))} |")
        pg.close()
    base.close()


if __name__ == "__main__":
    main()
