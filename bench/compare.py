"""Every speed goal of issue 12 in one command: Briefing beside its floor, side by side.

    python -m bench.compare                    # everything (the 100k import takes minutes)
    python -m bench.compare --runs 3 --skip import
    python -m bench.compare --only startup assemble

Builds the synthetic bases once (``--work``, default a ``briefing-bench`` folder in the
temporary directory: the seed, 1,000 and 10,000 facts via ``briefing init`` and ``briefing
facts import``), then for each comparison runs the two commands in turn, A B A B …, after
one untimed warm-up each, and prints the median of each side and the median of the
pair-by-pair ratios: pairs taken close together keep their ratio when a shared machine's
speed drifts, where two separate series would not. Wall seconds are the ones a user
waits; CPU seconds (the children's user + system time) are printed beside them, since on a
loaded machine wall time also counts waiting for a processor.

Every command is a whole process, as the user runs it, with bytecode caching on (an
installed package has its .pyc files; without them every start compiles Briefing again).

| comparison | A | B | goal |
|---|---|---|---|
| help | ``briefing --help`` | ``python -c pass`` | A ≤ 0.15 s |
| facts | ``briefing facts --country TJ`` (seed) | ``python -c "import sqlalchemy"`` | ≤ 1.3× |
| pdf | ``briefing export pdf --by theme``, 1,000 facts | plain reportlab script | ≤ 1.3× |
| docx | ``briefing export docx --by theme``, 10,000 facts | plain lxml script | ≤ 1.5× |
| linear | ``export docx`` at 10,000 facts | the same at 1,000 | ≤ 11× |
| assemble | load + assemble 10,000 facts (in process) | — | ≤ 0.5 s |
| import | ``Store.import_facts`` of 100,000 facts | plain executemany + FTS fill | ≤ 1.5× |

The plain scripts are ``bench/plain_export.py`` (same facts and sources annex, read with
sqlite3) and ``bench/bench_store.py``'s baseline import.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
COMPARISONS = ("help", "facts", "pdf", "docx", "linear", "assemble", "import")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with .pyc files, as installed
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def _run(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process (its output thrown away)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=_env(), cwd=ROOT, capture_output=True, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr.decode()}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


@dataclass
class Paired:
    a_wall: float
    b_wall: float
    ratio_wall: float
    ratio_cpu: float
    spread: tuple[float, float]  # min and max of the wall ratios


def paired(a: list[str], b: list[str], runs: int) -> Paired:
    """Median of each side and of the pair-by-pair ratios, after a warm-up of each."""
    _run(a)
    _run(b)
    aw, bw, rw, rc = [], [], [], []
    for _ in range(runs):
        a_wall, a_cpu = _run(a)
        b_wall, b_cpu = _run(b)
        aw.append(a_wall)
        bw.append(b_wall)
        rw.append(a_wall / b_wall)
        rc.append(a_cpu / b_cpu)
    med = statistics.median
    return Paired(med(aw), med(bw), med(rw), med(rc), (min(rw), max(rw)))


# ---------------------------------------------------------------------- bases


def briefing(*args: str) -> list[str]:
    return [PY, "-m", "briefing", *args]


def ensure_base(work: Path, count: int) -> Path:
    """A base holding the seed plus ``count`` synthetic facts (0: the seed alone)."""
    db = work / (f"synthetic-{count}.sqlite3" if count else "seed.sqlite3")
    if db.exists():
        return db
    print(f"building {db.name}…", file=sys.stderr)
    partial = db.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    subprocess.run(
        briefing("--db", str(partial), "init"), env=_env(), check=True, stdout=subprocess.DEVNULL
    )
    if count:
        data = work / f"facts-{count}.json"
        if not data.exists():
            script = str(ROOT / "bench" / "synthetic.py")
            subprocess.run([PY, script, str(count), str(data)], env=_env(), check=True)
        cmd = briefing("--db", str(partial), "facts", "import", str(data))
        subprocess.run(cmd, env=_env(), check=True, stdout=subprocess.DEVNULL)
    partial.rename(db)
    return db


def export(db: Path, kind: str, out: Path) -> list[str]:
    return briefing(
        "--db", str(db), "export", kind, "--by", "theme", "--background", "-o", str(out)
    )


def plain(db: Path, kind: str, out: Path) -> list[str]:
    return [PY, str(ROOT / "bench" / "plain_export.py"), kind, str(db), str(out)]


# ---------------------------------------------------------------------- in-process parts


def time_assemble(db: str) -> None:
    """Print the seconds of loading and assembling the whole base by theme (child side)."""
    from briefing.dossier.assemble import assemble
    from briefing.dossier.layouts import by_theme
    from briefing.dossier.spec import DossierSpec
    from briefing.store import Store

    store = Store.open(f"sqlite:///{db}")
    spec = by_theme(store, DossierSpec(include_background=True))
    t0, c0 = time.perf_counter(), time.process_time()
    dossier = assemble(spec, store)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"wall": wall, "cpu": cpu, "facts": dossier.fact_count()}))


def time_import(count: str, work: str) -> None:
    """Print the seconds of the baseline and of Store.import_facts (child side)."""
    from bench.bench_store import baseline, fresh
    from bench.synthetic import facts

    objects = facts(int(count))
    folder = Path(tempfile.mkdtemp(dir=work))
    base = baseline(folder / "baseline.db", objects)
    store = fresh(folder / "store.db")
    t0 = time.perf_counter()
    store.import_facts(objects)
    ours = time.perf_counter() - t0
    store.close()
    for f in folder.iterdir():
        f.unlink()
    folder.rmdir()
    print(json.dumps({"ours": ours, "baseline": base}))


def child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [PY, "-m", "bench.compare", *args], env=_env(), cwd=ROOT, capture_output=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout.decode().strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------------- report


def row(name: str, a: str, b: str, value: str, goal: str, met: bool, note: str = "") -> None:
    verdict = "met" if met else "MISSED"
    print(f"| {name} | {a} | {b} | {value} | {goal} | {verdict} | {note} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="pairs per comparison (default 5)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench")
    parser.add_argument("--only", nargs="+", choices=COMPARISONS, default=list(COMPARISONS))
    parser.add_argument("--skip", nargs="+", choices=COMPARISONS, default=[])
    parser.add_argument("--import-size", type=int, default=100_000)
    parser.add_argument("--assemble", help=argparse.SUPPRESS)  # child: time one assemble
    parser.add_argument("--import-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.assemble:
        time_assemble(args.assemble)
        return
    if args.import_child:
        time_import(*args.import_child)
        return
    wanted = [c for c in args.only if c not in args.skip]
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    n = args.runs
    print(f"{n} pairs each; medians; A/B is the median of the pair-by-pair ratios "
          f"(min–max in the notes); cpu = user + system seconds\n")  # fmt: skip
    print("| comparison | A | B | A/B wall (cpu) | goal | verdict | notes |")
    print("|---|---:|---:|---:|---|---|---|")
    if "help" in wanted:
        p = paired(briefing("--help"), [PY, "-c", "pass"], n)
        row("`briefing --help`", f"{p.a_wall:.3f} s", f"{p.b_wall:.3f} s",
            f"{p.ratio_wall:.2f}× ({p.ratio_cpu:.2f}×)", "A ≤ 0.15 s", p.a_wall <= 0.15,
            "B: python -c pass")  # fmt: skip
    if "facts" in wanted:
        seed = ensure_base(work, 0)
        p = paired(briefing("--db", str(seed), "facts", "--country", "TJ"),
                   [PY, "-c", "import sqlalchemy"], n)  # fmt: skip
        row("`briefing facts --country TJ`, seed", f"{p.a_wall:.3f} s", f"{p.b_wall:.3f} s",
            f"{p.ratio_wall:.2f}× ({p.ratio_cpu:.2f}×)", "≤ 1.3×", p.ratio_wall <= 1.3,
            f"B: import sqlalchemy; {p.spread[0]:.2f}–{p.spread[1]:.2f}")  # fmt: skip
    out = work / "out"
    out.mkdir(exist_ok=True)
    if "pdf" in wanted:
        db = ensure_base(work, 1000)
        p = paired(export(db, "pdf", out / "a.pdf"), plain(db, "pdf", out / "b.pdf"), n)
        row("`export pdf`, 1,000 facts", f"{p.a_wall:.2f} s", f"{p.b_wall:.2f} s",
            f"{p.ratio_wall:.2f}× ({p.ratio_cpu:.2f}×)", "≤ 1.3×", p.ratio_wall <= 1.3,
            f"B: reportlab; {p.spread[0]:.2f}–{p.spread[1]:.2f}")  # fmt: skip
    if "docx" in wanted:
        db = ensure_base(work, 10000)
        p = paired(export(db, "docx", out / "a.docx"), plain(db, "docx", out / "b.docx"), n)
        row("`export docx`, 10,000 facts", f"{p.a_wall:.2f} s", f"{p.b_wall:.2f} s",
            f"{p.ratio_wall:.2f}× ({p.ratio_cpu:.2f}×)", "≤ 1.5×", p.ratio_wall <= 1.5,
            f"B: lxml + python-docx; {p.spread[0]:.2f}–{p.spread[1]:.2f}")  # fmt: skip
    if "linear" in wanted:
        big, small = ensure_base(work, 10000), ensure_base(work, 1000)
        p = paired(export(big, "docx", out / "c.docx"), export(small, "docx", out / "d.docx"), n)
        row("`export docx`, 10,000 / 1,000 facts", f"{p.a_wall:.2f} s", f"{p.b_wall:.2f} s",
            f"{p.ratio_wall:.2f}× ({p.ratio_cpu:.2f}×)", "≤ 11×", p.ratio_wall <= 11,
            f"{p.spread[0]:.2f}–{p.spread[1]:.2f}")  # fmt: skip
    if "assemble" in wanted:
        db = ensure_base(work, 10000)
        child("--assemble", str(db))  # warm-up
        runs = [child("--assemble", str(db)) for _ in range(n)]
        wall = statistics.median(r["wall"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        row(f"load + assemble {int(runs[0]['facts']):,} facts", f"{wall:.3f} s", "—",
            f"cpu {cpu:.3f} s", "A ≤ 0.5 s", wall <= 0.5, "by theme, in process")  # fmt: skip
    if "import" in wanted:
        size = args.import_size
        runs = [child("--import-child", str(size), str(work)) for _ in range(max(1, n // 3))]
        ratios = [r["ours"] / r["baseline"] for r in runs]
        ours = statistics.median(r["ours"] for r in runs)
        base = statistics.median(r["baseline"] for r in runs)
        row(f"import {size:,} facts", f"{ours:.1f} s", f"{base:.1f} s",
            f"{statistics.median(ratios):.2f}×", "≤ 1.5×", statistics.median(ratios) <= 1.5,
            f"B: executemany + one FTS fill, same indexes; {len(runs)} pair(s)")  # fmt: skip


if __name__ == "__main__":
    main()
