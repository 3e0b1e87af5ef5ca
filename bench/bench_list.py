"""Fact list benchmark: every list operation the GUI issues, in process, p50/p95.

    python bench/bench_list.py BASE [--work DIR] [--runs 7] [--only WORD]

``BASE`` is a fact base made by ``briefing facts import`` of ``bench/synthetic.py`` facts
(bench_gui.py makes one). It is copied into ``--work`` (never used in place: opening
migrates it) and, once, given the variety synthetic facts lack, straight in SQL: a third
of the facts moved to a sub-theme of their theme, 20 events holding 30% of the facts,
3% key points, 2% undated, 1% in the Bin; the kept counts and the search index are then
recomputed by the store.

Each operation is the store call the GUI makes (``FactTableModel.request``): the first
page the list shows first and the full key list (``fact_ids``) that follows, for every sort
column the list offers both ways, each filter kind, searches, combinations; the
navigator's count refresh; the builder's section counts (``count_sections``) for a pack by
theme and by country, with and without a ceiling, and for an event. One warm-up run, then
``--runs`` timed runs (wall and CPU of this thread); p95 of few runs is the worst but one.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.selection import count_sections, dossier_scope
from briefing.dossier.spec import DossierSpec
from briefing.store import FactQuery, Store, index

SORTS = [("date", False), ("date", True), ("statement", False), ("statement", True)]
SORTS += [("marking", False), ("marking", True), ("confidence", False), ("confidence", True)]


def prepare(src: Path, work: Path) -> Path:
    """Copy ``src`` into ``work`` and give it events, sub-themes, key points, the Bin."""
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"list-{src.stem}.db"
    if db.exists():
        return db
    part = db.with_suffix(".part")
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{part}{suffix}")
    Store.open(f"sqlite:///{part}").close()  # migrate to head first
    con = sqlite3.connect(part)
    with con:
        children = dict(con.execute("SELECT parent_id, min(id) FROM themes GROUP BY parent_id"))
        for parent, child in children.items():
            if parent is not None:
                con.execute(
                    "UPDATE OR IGNORE fact_themes SET theme_id = ? "
                    "WHERE theme_id = ? AND fact_id % 3 = 0",
                    (child, parent),
                )
        for i in range(20):
            con.execute(
                "INSERT INTO events (uuid, name, names, kind, start_date, place, place_names) "
                "VALUES (?, ?, '{}', 'summit', ?, 'Dushanbe', '{}')",
                (
                    f"00000000-0000-4000-8000-{i:012d}",
                    f"Bench summit {i}",
                    f"20{15 + i % 10}-06-01",
                ),
            )
        first = con.execute("SELECT min(id) FROM events WHERE name LIKE 'Bench%'").fetchone()[0]
        con.execute(
            "UPDATE facts SET event_id = ? + (id / 10) % 20 WHERE id % 10 IN (1, 4, 7)", (first,)
        )
        con.execute("UPDATE facts SET is_key = 1 WHERE id % 33 = 5")
        con.execute("UPDATE facts SET date = NULL WHERE id % 50 = 2")
        con.execute("UPDATE facts SET deleted_at = '2026-12-01 10:00:00' WHERE id % 100 = 3")
    con.close()
    store = Store.open(f"sqlite:///{part}")
    store.recount()
    with store.session() as s:
        index.rebuild(s.connection())
    store.close()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{part}{suffix}").exists():
            Path(f"{part}{suffix}").rename(f"{db}{suffix}")
    return db


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(p50 ms, p95 ms, median CPU ms) of ``runs`` calls after one warm-up."""
    fn()
    walls, cpus = [], []
    for _ in range(runs):
        c0, t0 = time.thread_time(), time.perf_counter()
        fn()
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.thread_time() - c0) * 1000)
    walls.sort()
    p95 = walls[min(len(walls) - 1, int(0.95 * len(walls)))] if len(walls) < 20 else walls[-2]
    return statistics.median(walls), p95, statistics.median(cpus)


def operations(store: Store) -> list[tuple[str, Callable[[], object]]]:
    """Every list operation the GUI issues, as store calls."""
    themes = store.themes()
    parent = next(t for t in themes if any(c.parent_id == t.id for c in themes))
    leaf = next(t for t in themes if t.parent_id == parent.id)
    event = next(e for e in store.events() if e.name == "Bench summit 1")
    ops: list[tuple[str, Callable[[], object]]] = []

    def ids(query: FactQuery) -> Callable[[], object]:
        return lambda: store.fact_ids(query)

    for order, desc in SORTS:
        q = FactQuery(order=order, descending=desc)
        arrow = "desc" if desc else "asc"
        ops.append((f"sort {order} {arrow}: first page", ids(replace(q, limit=200))))
        ops.append((f"sort {order} {arrow}: all keys", ids(q)))
    filters = {
        f"theme {parent.slug} (+sub-themes)": FactQuery(themes=(parent.slug,)),
        f"theme {leaf.slug} (leaf)": FactQuery(themes=(leaf.slug,)),
        "country KZ": FactQuery(countries=("KZ",)),
        "countries KZ+TJ": FactQuery(countries=("KZ", "TJ")),
        "event": FactQuery(events=(event.uuid,)),
        "marking SECRET": FactQuery(markings=("SECRET",)),
        "marking UNCLASSIFIED": FactQuery(markings=("UNCLASSIFIED",)),
        "ceiling RESTRICTED": FactQuery(max_marking="RESTRICTED"),
        "key points": FactQuery(key_only=True),
        "bin": FactQuery(deleted=True),
        "untranslated fr": FactQuery(untranslated=("fr",)),
        "theme + country": FactQuery(themes=(parent.slug,), countries=("KZ",)),
        "country + marking": FactQuery(countries=("TJ",), markings=("RESTRICTED",)),
        "country KZ, statement desc": FactQuery(
            countries=("KZ",), order="statement", descending=True
        ),
        "theme, confidence asc": FactQuery(themes=(parent.slug,), order="confidence"),
        "event, marking desc": FactQuery(events=(event.uuid,), order="marking", descending=True),
        "search common 'energy'": FactQuery(text="energy"),
        "search common 'cooperation'": FactQuery(text="coopération"),
        "search rare 'hydropower'": FactQuery(text="hydropower"),
        "search phrase": FactQuery(text='"central asia"'),
        "search two words": FactQuery(text="corridor transport"),
        "search Cyrillic": FactQuery(text="таджикистан"),
        "search 'energy' statement desc": FactQuery(
            text="energy", order="statement", descending=True
        ),
        "search 'energy' + country KZ": FactQuery(text="energy", countries=("KZ",)),
        "search 'energy' + theme": FactQuery(text="energy", themes=(parent.slug,)),
        "search in bin": FactQuery(text="energy", deleted=True),
    }
    for name, q in filters.items():
        # The list asks for a first page first, then for every key (FactTableModel.request)
        ops.append((f"{name}: first page", ids(replace(q, limit=200))))
        ops.append((f"{name}: all keys", ids(q)))
    # The navigator's count refresh (navigator.refresh_counts' store calls).
    ops.append(("navigator counts", lambda: navigator_counts(store)))
    # The builder: a pack laid out by theme and by country, counted as the builder does.
    # A pack for an event (with or without the background, the facts of no event) is not
    # a marking filter alone: the store counts it with a grouped query, not kept counts.
    for label, layout, ceiling, background in (
        ("by theme", by_theme, None, None),
        ("by theme, ceiling RESTRICTED", by_theme, "RESTRICTED", None),
        ("by country", by_country, None, None),
        ("by country, ceiling RESTRICTED", by_country, "RESTRICTED", None),
        ("by theme, event", by_theme, None, False),
        ("by country, event + background, ceiling", by_country, "RESTRICTED", True),
    ):
        pack = DossierSpec(title="Bench", max_marking=ceiling)
        if background is not None:
            pack = replace(pack, event=event.name, include_background=background)
        spec = layout(store, pack)
        ops.append((f"builder counts {label}", builder_counts(store, spec)))
    return ops


def navigator_counts(store: Store) -> object:
    """What the navigator asks for after every change."""
    if hasattr(store, "theme_tree_counts"):
        by_theme = store.counts_by_theme()
        trees = store.theme_tree_counts()
        themes = store.themes()
        parents = {t.parent_id for t in themes}
        by_theme.update({t.slug: trees.get(t.slug, 0) for t in themes if t.id in parents})
    else:  # before: kept direct counts, then one query per theme with sub-themes
        themes = store.themes()
        by_theme = store.counts_by_theme()
        for t in themes:
            if any(c.parent_id == t.id for c in themes):
                by_theme[t.slug] = store.count(FactQuery(themes=(t.slug,)))
    return store.counts_by_country(), by_theme, store.counts_by_marking(), store.count()


def builder_counts(store: Store, spec: DossierSpec) -> Callable[[], object]:
    sections = list(spec.sections)

    def run() -> object:
        return count_sections(store, sections, dossier_scope(store, spec).query)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-list"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    db = prepare(args.base, args.work)
    store = Store.open(f"sqlite:///{db}")
    print(f"{db}: {store.count()} live facts", file=sys.stderr)
    print(f"{'operation':<48} {'p50 ms':>8} {'p95 ms':>8} {'cpu ms':>8}")
    for name, fn in operations(store):
        if args.only and args.only not in name:
            continue
        p50, p95, cpu = timed(fn, args.runs)
        print(f"{name:<48} {p50:8.1f} {p95:8.1f} {cpu:8.1f}", flush=True)
    store.close()


if __name__ == "__main__":
    main()
