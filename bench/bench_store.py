"""Store benchmark: 100,000-fact import against a plain bulk insert, then search and counts.

    python bench/bench_store.py [N]
    python bench/bench_store.py --db PATH_OR_URL    # search and counts on an existing base
    python bench/bench_store.py [N] --pg URL        # import, size, search on PostgreSQL

With ``--pg`` (a scratch database: its public schema is dropped) the seed and N facts are
imported into PostgreSQL with ``Store.import_facts``; the import time, the database's and
the search index's size, then the same search and count figures are printed.

Import: ``Store.import_facts`` (validation, name resolution, links, the search index)
against the same rows written into the same seeded base with sqlite3's executemany, the
FTS index filled once with a single INSERT … SELECT of the same texts and names, and the
counts by GROUP BY (no validation at all): the floor for this schema.
Search: ranked top-50 over a mix of query kinds, p50/p95 over repeated runs.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import facts
from briefing.ingest.seed import load_seed
from briefing.model import new_uuid
from briefing.store import FactQuery, Store
from briefing.store.records import original_digest

QUERIES = [
    ("common word", "coopération"),
    ("common word", "energy"),
    ("two words", "corridor transport"),
    ("name", "Rahmon"),
    ("name, Cyrillic alias", "Рахмон"),
    ("unaccented", "Douchanbe"),
    ("unaccented", "securite regionale"),
    ("Cyrillic", "таджикистан"),
    ("Cyrillic", "сотрудничество энергетики"),
    ("phrase", '"corridor Nord-Sud"'),
    ("phrase", '"national currencies"'),
    ("rare", "hydropower sanctions"),
    ("inflected (ru)", "Таджикистане"),
    ("inflected (en)", "investments"),
    ("inflected (fr)", "coopérer"),
]


def fresh(path: Path) -> Store:
    store = Store.open(f"sqlite:///{path}")
    load_seed(store)  # taxonomy, people with their aliases, the summit's 58 facts
    return store


def baseline(path: Path, objects: list[dict[str, object]]) -> float:
    """Plain executemany of pre-resolved rows + one FTS fill in SQL: no checks, no ORM.

    The floor writes what the import writes, into the same seeded base with the same
    indexes: facts, their theme, country and people links, translations stamped with the
    digest of their original, figures, new sources, the kept counts, and a search body of
    the same texts and linked names (aliases and the three languages' names included),
    built by one INSERT … SELECT.
    """
    fresh(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA cache_size=-262144")  # the same settings the store's import uses
    themes = dict(con.execute("SELECT slug, id FROM themes"))
    people = dict(con.execute("SELECT name, id FROM people"))
    src = dict(con.execute("SELECT title, id FROM sources"))
    first = con.execute("SELECT coalesce(max(id), 0) + 1 FROM facts").fetchone()[0]
    next_source = max(src.values(), default=0) + 1
    t0 = time.perf_counter()
    new_sources = []
    rows, ft, fc, fp, tr, fig = [], [], [], [], [], []
    for i, o in enumerate(objects, start=first):
        title = o["source"]["title"]  # type: ignore[index]
        if title not in src:
            src[title] = next_source
            next_source += 1
            new_sources.append((src[title], new_uuid(), title, o["language"]))
        rows.append(
            (
                i,
                o.get("id") or new_uuid(),
                o["statement"],
                o["language"],
                o["date"],
                src[title],
                o["source"]["quote"],  # type: ignore[index]
                o["source"]["locator"],  # type: ignore[index]
                o["marking"],
                o["confidence"],
                i,
                "2026-01-01 00:00:00",
                "2026-01-01 00:00:00",
                1,
            )
        )
        ft.extend((i, themes[s]) for s in o["themes"])  # type: ignore[attr-defined]
        fc.extend((i, c) for c in o["countries"])  # type: ignore[attr-defined]
        fp.extend((i, people[p]) for p in o["people"])  # type: ignore[attr-defined]
        if o["translations"]:
            digest = original_digest(o["statement"])  # type: ignore[arg-type]
            tr.extend((i, k, v, digest) for k, v in o["translations"].items())  # type: ignore[attr-defined]
        fig.extend(
            (i, n, f["label"], "{}", f["value"], f["unit"], f["qualifier"])
            for n, f in enumerate(o["figures"])  # type: ignore[arg-type]
        )
    con.executemany("INSERT INTO sources (id, uuid, title, language) VALUES (?,?,?,?)", new_sources)
    con.executemany(
        "INSERT INTO facts (id, uuid, statement, language, date, source_id, quote, locator, "
        "marking_code, confidence, seq, created_at, updated_at, version) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    con.executemany("INSERT INTO fact_themes VALUES (?, ?)", ft)
    con.executemany("INSERT INTO fact_countries VALUES (?, ?)", fc)
    con.executemany("INSERT INTO fact_people VALUES (?, ?)", fp)
    con.executemany(
        "INSERT INTO fact_translations (fact_id, language, statement, source_digest) "
        "VALUES (?, ?, ?, ?)",
        tr,
    )
    con.executemany(
        "INSERT INTO figures (fact_id, position, label, label_translations, value, unit, "
        "qualifier) VALUES (?, ?, ?, ?, ?, ?, ?)",
        fig,
    )
    con.execute(FLOOR_BODIES, (first,))
    con.execute("DELETE FROM fact_counts")
    con.execute(FLOOR_COUNTS)
    con.commit()
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


# The search body in SQL: the statement, translations and quote, then every linked name.
_LIST = "coalesce(char(10) || (SELECT group_concat({}, char(10)) {}), '')"
FLOOR_BODIES = (
    "INSERT INTO fact_search(rowid, body) SELECT f.id, replace(replace(f.statement"
    + " || "
    + _LIST.format("t.statement", "FROM fact_translations t WHERE t.fact_id = f.id")
    + " || coalesce(char(10) || f.quote, '') || "
    + " || ".join(
        _LIST.format(what, where)
        for what, where in (
            (
                "th.name_en || char(10) || th.name_fr || char(10) || th.name_ru",
                "FROM fact_themes x JOIN themes th ON th.id = x.theme_id WHERE x.fact_id = f.id",
            ),
            (
                "c.name_en || char(10) || c.name_fr || char(10) || c.name_ru",
                "FROM fact_countries x JOIN countries c ON c.code = x.country_code "
                "WHERE x.fact_id = f.id",
            ),
            (
                "p.name || coalesce(char(10) || (SELECT group_concat(a.text, char(10)) "
                "FROM person_aliases a WHERE a.person_id = p.id), '')",
                "FROM fact_people x JOIN people p ON p.id = x.person_id WHERE x.fact_id = f.id",
            ),
            ("s.title", "FROM sources s WHERE s.id = f.source_id"),
            ("g.label", "FROM figures g WHERE g.fact_id = f.id"),
        )
    )
    + ", 'ё', 'е'), 'Ё', 'Е') FROM facts f WHERE f.id >= ? ORDER BY f.id"
)
FLOOR_COUNTS = (
    "INSERT INTO fact_counts (facet, key, n) "
    "SELECT 'all', '', count(*) FROM facts WHERE deleted_at IS NULL "
    "UNION ALL SELECT 'marking', marking_code, count(*) FROM facts "
    "WHERE deleted_at IS NULL GROUP BY marking_code "
    "UNION ALL SELECT 'event', event_id, count(*) FROM facts "
    "WHERE deleted_at IS NULL AND event_id IS NOT NULL GROUP BY event_id "
    "UNION ALL SELECT 'theme', x.theme_id, count(*) FROM fact_themes x "
    "JOIN facts f ON f.id = x.fact_id WHERE f.deleted_at IS NULL GROUP BY x.theme_id "
    "UNION ALL SELECT 'country', x.country_code, count(*) FROM fact_countries x "
    "JOIN facts f ON f.id = x.fact_id WHERE f.deleted_at IS NULL GROUP BY x.country_code"
)


def postgres(url: str, n: int) -> None:
    """Import into an emptied PostgreSQL database, then its size and the query figures."""
    from sqlalchemy import text

    from briefing.store.engine import create_briefing_engine

    engine = create_briefing_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    store = Store.open(url)
    load_seed(store)
    objects = facts(n)
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    report = store.import_facts(objects)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    assert len(report.added) == n
    with store.engine.connect() as conn:
        size = conn.scalar(text("SELECT pg_database_size(current_database())")) or 0
        index = conn.scalar(text("SELECT pg_total_relation_size('fact_search')")) or 0
    print(f"## PostgreSQL, import of {n:,} facts\n")
    print("| what | value |\n|---|---:|")
    print(f"| Store.import_facts wall s | {wall:.1f} |\n| client CPU s | {cpu:.1f} |")
    print(f"| database MB | {size / 1e6:.0f} |")
    print(f"| fact_search with its indexes MB | {index / 1e6:.0f} |")
    queries(store, n)
    store.close()


def main() -> None:
    if "--pg" in sys.argv:
        at = sys.argv.index("--pg")
        rest = sys.argv[1:at] + sys.argv[at + 2 :]
        postgres(sys.argv[at + 1], int(rest[0]) if rest else 100_000)
        return
    if len(sys.argv) > 2 and sys.argv[1] == "--db":  # an existing base: queries only
        store = Store.open(f"sqlite:///{sys.argv[2]}" if "://" not in sys.argv[2] else sys.argv[2])
        queries(store, store.count())
        store.close()
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    objects = facts(n)
    tmp = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    base = baseline(tmp / "baseline.db", objects)

    store = fresh(tmp / "store.db")
    t0 = time.perf_counter()
    report = store.import_facts(objects)
    ours = time.perf_counter() - t0
    assert len(report.added) == n

    print(f"## Import of {n:,} facts\n")
    print("| path | seconds | × baseline |\n|---|---:|---:|")
    print(f"| plain executemany + one FTS fill (no validation) | {base:.2f} | 1.00 |")
    print(
        f"| Store.import_facts (validated, all links, full index) | {ours:.2f} "
        f"| {ours / base:.2f} |"
    )
    queries(store, n)
    store.close()


# BENCH_RUNS=5 for a base where one run takes seconds (PostgreSQL before migration 0009)
RUNS = int(os.environ.get("BENCH_RUNS", "20"))


def queries(store: Store, n: int) -> None:
    """Ranked search p50/p95 over QUERIES, and the navigator's counts."""
    print(f"\n## Search, ranked top 50, {n:,} facts ({RUNS} runs each)\n")
    print("| kind | query | hits | p50 ms | p95 ms |\n|---|---|---:|---:|---:|")
    every: list[float] = []
    for kind, q in QUERIES:
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            ids = store.fact_ids(FactQuery(text=q, limit=50, order="relevance"))
            times.append((time.perf_counter() - t0) * 1000)
        every.extend(times)
        hits = store.count(FactQuery(text=q))
        times.sort()
        print(
            f"| {kind} | `{q}` | {hits} | {statistics.median(times):.1f} | "
            f"{times[max(int(len(times) * 0.95) - 1, 0)]:.1f} |"
        )
        assert len(ids) <= 50
    every.sort()
    print(
        f"| **all** | | | **{statistics.median(every):.1f}** | "
        f"**{every[int(len(every) * 0.95) - 1]:.1f}** |"
    )

    print("\n## Counts\n\n| what | ms (median of 20) |\n|---|---:|")
    for label, fn in (
        ("count, all facts", lambda: store.count()),
        ("count, one country", lambda: store.count(FactQuery(countries=("TJ",)))),
        ("count, one theme (with sub-themes)", lambda: store.count(FactQuery(themes=("energy",)))),
        ("counts per theme (navigator)", store.counts_by_theme),
        ("counts per country (navigator)", store.counts_by_country),
    ):
        times = []
        for _ in range(20):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1000)
        print(f"| {label} | {statistics.median(times):.2f} |")


if __name__ == "__main__":
    main()
