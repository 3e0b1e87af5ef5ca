"""Several processes open one new SQLite file at the same moment and add facts to it.

Issue 9 saw 474 of 800 adds fail ("UNIQUE constraint failed: facts.id") and simultaneous
first opens fail. Each worker here opens the database as the desktop app's first start
does (creating it if no one has yet), then adds facts one by one; an add counts as
acknowledged once ``Store.add`` returned. Afterwards every acknowledged fact must be
stored, and none may have failed.

Usage::

    PYTHONPATH=. python tools/parallel_writers.py --processes 4 --adds 200
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    """What the writers did and what the database holds afterwards."""

    acknowledged: int
    failed: int  # adds (or opens) that raised
    stored: int  # the writers' facts found afterwards
    lost: int  # acknowledged but not stored
    errors: tuple[str, ...]
    seconds: float


def _worker(args: tuple[str, int, int, float]) -> tuple[list[str], list[str]]:
    path, worker, adds, start_at = args
    from briefing.bootstrap import open_store
    from briefing.store import FactDraft

    while time.time() < start_at:  # all open at the same moment
        time.sleep(0.001)
    added: list[str] = []
    errors: list[str] = []
    try:
        store = open_store(path, seed=False)
    except Exception as exc:  # a failed first open is what this measures
        return [], [f"open: {type(exc).__name__}: {exc}"]
    try:
        for i in range(adds):
            try:
                draft = FactDraft(statement=f"Writer {worker}, fact {i}.", themes=["security"])
                added.append(store.add(draft).uuid)
            except Exception as exc:
                errors.append(f"add: {type(exc).__name__}: {exc}")
    finally:
        store.close()
    return added, errors


def run(path: Path, processes: int = 4, adds: int = 200) -> Result:
    """``processes`` workers adding ``adds`` facts each to the new file ``path``."""
    from briefing.bootstrap import open_store

    begin = time.monotonic()
    context = multiprocessing.get_context("spawn")
    start_at = time.time() + 2.0 + 0.3 * processes  # after every worker has imported
    with context.Pool(processes) as pool:
        results = pool.map(_worker, [(str(path), w, adds, start_at) for w in range(processes)])
    acknowledged = [u for added, _ in results for u in added]
    errors = tuple(e for _, errs in results for e in errs)
    store = open_store(str(path), create=False)
    try:
        stored = {r.uuid for r in store.facts()} & set(acknowledged)
    finally:
        store.close()
    return Result(
        acknowledged=len(acknowledged),
        failed=len(errors),
        stored=len(stored),
        lost=len(set(acknowledged) - stored),
        errors=errors[:5],
        seconds=time.monotonic() - begin,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--adds", type=int, default=200, help="adds per process")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="briefing-writers-") as tmp:
        result = run(Path(tmp) / "shared.db", args.processes, args.adds)
    for name, value in result.__dict__.items():
        print(f"{name:>12}: {value}")
    return 1 if result.failed or result.lost else 0


if __name__ == "__main__":
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:  # run as a script: this tree's briefing
        sys.path.insert(0, root)
    sys.exit(main())
