"""How fast Cancel stops a bundle import, and that it leaves the base as it was.

    python bench/bench_import_cancel.py [--facts 20000] [--seed-db /tmp/gui-seed.db]

Grows the seed's own bundle by ``--facts`` new facts, times one whole import into a copy
of the seeded base, then imports again into fresh copies, asking to cancel at points
spread over that time (comparing, then writing), and reports for each: how long after
the request the import stopped (the Cancelled exception reached the caller, rollback
included) and whether the base still holds what it held before.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.errors import Cancelled  # noqa: E402
from briefing.store import Store  # noqa: E402
from briefing.store.exchange import Scope  # noqa: E402


def grown(store: Store, extra: int) -> dict[str, Any]:
    """The base's bundle plus ``extra`` facts it does not hold."""
    data = store.export_bundle(Scope())
    template = data["facts"][2]
    for n in range(extra):
        fact = copy.deepcopy(template)
        fact["id"] = str(uuid.uuid4())
        fact["statement"] = f"Fact number {n} brought by the bundle, for the cancel benchmark."
        data["facts"].append(fact)
    return data


def copy_of(seed: Path, folder: Path, name: str) -> Store:
    target = folder / name
    shutil.copy(seed, target)
    return Store.open(f"sqlite:///{target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=20_000)
    parser.add_argument("--seed-db", default=str(Path(tempfile.gettempdir()) / "gui-seed.db"))
    parser.add_argument("--points", type=int, default=8)
    args = parser.parse_args()
    seed = Path(args.seed_db)
    folder = Path(tempfile.mkdtemp(prefix="briefing-cancel-"))
    source = copy_of(seed, folder, "source.db")
    data = grown(source, args.facts)
    source.close()

    whole = copy_of(seed, folder, "whole.db")
    started = time.perf_counter()
    whole.merge_bundle(data, on_conflict="keep")
    total = time.perf_counter() - started
    print(f"import of {len(data['facts'])} facts ({args.facts} new): {total:.2f} s")
    whole.close()

    worst = 0.0
    for n in range(args.points):
        at = total * (n + 0.5) / args.points
        store = copy_of(seed, folder, f"cancel{n}.db")
        before = store.count()
        flag = threading.Event()
        asked: list[float] = []

        def ask(flag: threading.Event = flag, asked: list[float] = asked) -> None:
            asked.append(time.perf_counter())
            flag.set()

        timer = threading.Timer(at, ask)
        timer.start()
        try:
            store.merge_bundle(data, on_conflict="keep", cancelled=flag.is_set)
        except Cancelled:
            stopped = time.perf_counter()
            latency = stopped - asked[0]
            worst = max(worst, latency)
            same = store.count() == before
            print(
                f"cancel at {at:5.2f} s: stopped {latency * 1000:6.0f} ms later;"
                f" base unchanged: {same}"
            )
        else:
            print(f"cancel at {at:5.2f} s: the import had finished")
        finally:
            timer.cancel()
            store.close()
    print(f"worst: {worst * 1000:.0f} ms")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
