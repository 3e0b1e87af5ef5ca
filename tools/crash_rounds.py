"""kill -9 at random moments, then check what survived (issue 9: "nothing is lost").

Each round starts real ``briefing`` processes and kills them with SIGKILL at a random
moment between their start and a little past the time an uncut run takes:

* ``import``: ``briefing facts import`` of a large bundle (fresh ids every round) while a
  second process adds facts one by one, printing each id once its transaction committed
  (an acknowledged write). Both die. Then: ``PRAGMA integrity_check`` and
  ``foreign_key_check`` pass; the bundle landed whole or not at all (whole if the import
  had exited 0); every acknowledged id is there; the kept count of live facts agrees with
  the facts. The database carries over to the next round (``--series`` rounds, then a
  fresh copy), so earlier acknowledged writes must survive later kills too.
* ``pdf`` / ``docx``: ``briefing export`` over a file a previous export wrote. Then the
  file is byte-identical to the previous one, or a complete new export (it opens, with the
  same pages / paragraphs as an uncut export). Orphan ``.~*.part`` files are counted.
* ``init``: a first start (schema and seed) killed; the next ``briefing init`` must end
  with the whole seed and a sound file.

Usage::

    PYTHONPATH=. python tools/crash_rounds.py --rounds 40 --facts 5000
    PYTHONPATH=. python tools/crash_rounds.py --kinds import --rounds 100 --json

tests/test_crash.py runs a few rounds of each kind through ``run``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: this tree's briefing and bench
    sys.path.insert(0, str(ROOT))
KINDS = ("import", "pdf", "docx", "init")


@dataclass
class Tally:
    """What the rounds found; every count but ``rounds``/``killed``/``completed`` must be 0."""

    rounds: dict[str, int] = field(default_factory=dict)
    killed: int = 0  # processes that were still running when the signal came
    completed: int = 0  # processes that had exited (successfully) before it
    acknowledged: int = 0  # writes acknowledged over all rounds (adds and whole imports)
    imports_whole: int = 0  # killed or not, the bundle was all there afterwards
    imports_absent: int = 0  # ... or none of it was
    corrupt: int = 0  # integrity_check or foreign_key_check not clean
    partial_imports: int = 0  # a bundle neither wholly present nor wholly absent
    lost_acknowledged: int = 0  # acknowledged ids missing afterwards
    counts_off: int = 0  # kept count of live facts != live facts
    damaged_exports: int = 0  # neither the old file nor a complete new one
    orphan_parts: int = 0  # .~*.part files left by a killed export (cleaned each round)
    unfinished_init: int = 0  # a first start that the next start did not complete
    problems: list[str] = field(default_factory=list)

    def failures(self) -> int:
        """Every count that must stay 0."""
        return (
            self.corrupt
            + self.partial_imports
            + self.lost_acknowledged
            + self.counts_off
            + self.damaged_exports
            + self.unfinished_init
        )

    def note(self, kind: str, message: str) -> None:
        self.problems.append(f"{kind}: {message}")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # the processes' settings, logs and font cache: one folder for every round
    env.setdefault("BRIEFING_HOME", str(Path(tempfile.gettempdir(), "briefing-crash-home")))
    return env


def briefing(*args: str, stdout: Any = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    """Start ``python -m briefing ARGS`` (this tree's)."""
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", *args],
        stdout=stdout,
        stderr=subprocess.DEVNULL,
        env=_env(),
        cwd=ROOT,
    )


def timed(*args: str) -> float:
    """Seconds an uncut ``briefing ARGS`` takes (it must succeed)."""
    start = time.monotonic()
    proc = briefing(*args)
    if proc.wait() != 0:
        raise RuntimeError(f"briefing {' '.join(args)} failed uncut")
    return time.monotonic() - start


def kill_later(procs: list[subprocess.Popen[bytes]], delay: float) -> list[bool]:
    """SIGKILL each process after ``delay`` seconds; True for those that were running."""
    time.sleep(delay)
    alive = [p.poll() is None for p in procs]
    for p, running in zip(procs, alive, strict=True):
        if running:
            p.send_signal(signal.SIGKILL)
    for p in procs:
        p.wait()
    return alive


def soundness(db: Path) -> list[str]:
    """Problems SQLite itself finds in ``db`` (none: an empty list)."""
    with sqlite3.connect(db) as conn:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if check == ["ok"] else [f"integrity_check: {check[:3]}"]
        fks = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fks:
            problems.append(f"foreign_key_check: {fks[:3]}")
    return problems


def counts_agree(db: Path) -> bool:
    """The kept count of live facts equals the live facts."""
    with sqlite3.connect(db) as conn:
        kept = conn.execute(
            "SELECT coalesce(sum(n), 0) FROM fact_counts WHERE facet = 'all'"
        ).fetchone()[0]
        live = conn.execute("SELECT count(*) FROM facts WHERE deleted_at IS NULL").fetchone()[0]
    return bool(kept == live)


def present(db: Path, ids: list[str]) -> int:
    """How many of ``ids`` are facts in ``db``."""
    found = 0
    with sqlite3.connect(db) as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += conn.execute(
                f"SELECT count(*) FROM facts WHERE uuid IN ({marks})", chunk
            ).fetchone()[0]
    return found


def write_bundle(path: Path, n: int, rng: random.Random) -> list[str]:
    """A facts bundle of ``n`` synthetic facts with fresh ids; returns the ids."""
    from bench.synthetic import fact
    from briefing.store.bundle import BUNDLE_FORMAT

    facts = []
    for i in range(n):
        obj = fact(rng, i)
        obj["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        facts.append(obj)
    path.write_text(
        json.dumps({"format": BUNDLE_FORMAT, "facts": facts}, ensure_ascii=False),
        encoding="utf-8",
    )
    return [f["id"] for f in facts]


def adder(db: str) -> None:
    """Add facts one by one, printing each id once committed, until killed."""
    from briefing.errors import UserFacingError
    from briefing.store import FactDraft, Store

    store = Store.open(f"sqlite:///{db}")
    i = 0
    while True:
        i += 1
        try:
            record = store.add(FactDraft(statement=f"Acknowledged write {i}.", themes=["security"]))
        except UserFacingError:  # busy behind the import: try again
            continue
        sys.stdout.write(record.uuid + "\n")
        sys.stdout.flush()


@contextmanager
def _adding(db: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    log = db.with_suffix(".acks")
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--adder", str(db)],
            stdout=out,
            stderr=subprocess.DEVNULL,
            env=_env(),
            cwd=ROOT,
        )
        yield proc, log


def _acknowledged(log: Path) -> list[str]:
    text = log.read_text(encoding="ascii", errors="replace")
    return [line for line in text.split("\n")[:-1] if len(line) == 36]  # whole lines only


class Rounds:
    """One work folder: a seeded base, an export reference, the running database."""

    def __init__(
        self,
        work: Path,
        facts: int,
        series: int,
        rng: random.Random,
        window: tuple[float, float] = (0.0, 1.1),
    ) -> None:
        self.work = work
        self.window = window
        self.facts = facts
        self.series = series
        self.rng = rng
        self.tally = Tally()
        self.base = work / "base.db"
        proc = briefing("--db", str(self.base), "init")
        if proc.wait() != 0:
            raise RuntimeError("briefing init failed")
        self.init_time = 0.0
        self.db = work / "running.db"
        self.acked: list[str] = []
        self.import_rounds = 0
        self.import_time = 0.0
        self.exports: dict[str, tuple[Path, bytes, float, int]] = {}

    # ------------------------------------------------------------------ import + add

    def _fresh_series(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.db) + suffix).unlink(missing_ok=True)
        shutil.copy(self.base, self.db)
        self.acked = []

    def import_round(self) -> None:
        kind = "import"
        if self.import_rounds % self.series == 0:
            self._fresh_series()
        self.import_rounds += 1
        bundle = self.work / "bundle.json"
        ids = write_bundle(bundle, self.facts, self.rng)
        if not self.import_time:  # calibrate on a copy, uncut
            probe = self.work / "probe.db"
            shutil.copy(self.base, probe)
            self.import_time = timed("--db", str(probe), "facts", "import", str(bundle))
            probe.unlink()
        with _adding(self.db) as (add_proc, log):
            deadline = time.monotonic() + 30
            while not _acknowledged(log) and time.monotonic() < deadline:
                time.sleep(0.05)  # the adder is writing before the import starts
            imp = briefing("--db", str(self.db), "facts", "import", str(bundle))
            alive = kill_later([imp, add_proc], self._moment(self.import_time))
        self._count(alive[:1], imp.returncode)
        acked = _acknowledged(log)
        self.acked += acked
        self.tally.acknowledged += len(acked)
        problems = soundness(self.db)
        if problems:
            self.tally.corrupt += 1
            self.tally.note(kind, "; ".join(problems))
            self._fresh_series()
            return
        landed = present(self.db, ids)
        self.tally.imports_whole += landed == len(ids)
        self.tally.imports_absent += landed == 0
        if landed not in (0, len(ids)) or (imp.returncode == 0 and landed != len(ids)):
            self.tally.partial_imports += 1
            self.tally.note(kind, f"{landed} of {len(ids)} bundle facts (exit {imp.returncode})")
        if landed == len(ids) and imp.returncode == 0:
            self.tally.acknowledged += len(ids)
            self.acked += ids
        elif landed == len(ids):  # committed, killed before it could say so
            self.acked += ids
        lost = len(self.acked) - present(self.db, self.acked)
        if lost:
            self.tally.lost_acknowledged += lost
            self.tally.note(kind, f"{lost} acknowledged writes missing")
        if not counts_agree(self.db):
            self.tally.counts_off += 1
            self.tally.note(kind, "kept count of live facts differs from the facts")

    def _moment(self, uncut: float) -> float:
        """When to kill: uniform over ``window`` (fractions of an uncut run's time)."""
        low, high = self.window
        return self.rng.uniform(low * uncut, high * uncut)

    def _count(self, alive: list[bool], status: int | None) -> None:
        for running in alive:
            if running:
                self.tally.killed += 1
            elif status == 0:
                self.tally.completed += 1

    # ------------------------------------------------------------------ export

    def _reference(self, fmt: str) -> tuple[Path, bytes, float, int]:
        if fmt not in self.exports:
            path = self.work / f"pack.{fmt}"
            seconds = timed("--db", str(self.base), "export", fmt, "-o", str(path))
            self.exports[fmt] = (path, path.read_bytes(), seconds, _units(path, fmt))
        return self.exports[fmt]

    def export_round(self, fmt: str) -> None:
        path, before, seconds, units = self._reference(fmt)
        proc = briefing("--db", str(self.base), "export", fmt, "-o", str(path))
        alive = kill_later([proc], self._moment(seconds))
        self._count(alive, proc.returncode)
        parts = list(self.work.glob(".~*.part"))
        self.tally.orphan_parts += len(parts)
        for part in parts:
            part.unlink()
        after = path.read_bytes() if path.exists() else b""
        if after == before:
            return
        try:
            complete = _units(path, fmt) == units
        except Exception as exc:  # any failure to read it back is damage
            complete = False
            self.tally.note(fmt, f"unreadable after the kill: {type(exc).__name__}: {exc}")
        if not complete:
            self.tally.damaged_exports += 1
            self.tally.note(fmt, "neither the previous file nor a complete new one")
            return
        self.exports[fmt] = (path, after, seconds, units)

    # ------------------------------------------------------------------ first start

    def init_round(self) -> None:
        db = self.work / "first.db"
        if not self.init_time:
            self.init_time = timed("--db", str(self.work / "timing-init.db"), "init")
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        proc = briefing("--db", str(db), "init")
        alive = kill_later([proc], self._moment(self.init_time))
        self._count(alive, proc.returncode)
        if db.exists():
            problems = soundness(db)
            if problems:
                self.tally.corrupt += 1
                self.tally.note("init", "; ".join(problems))
                return
        again = briefing("--db", str(db), "init")
        if again.wait() != 0 or present(db, _seed_ids()) != len(_seed_ids()):
            self.tally.unfinished_init += 1
            self.tally.note("init", "the next start did not end with the whole seed")
        elif soundness(db):
            self.tally.corrupt += 1

    def run(self, kind: str) -> None:
        self.tally.rounds[kind] = self.tally.rounds.get(kind, 0) + 1
        if kind == "import":
            self.import_round()
        elif kind == "init":
            self.init_round()
        else:
            self.export_round(kind)


def _seed_ids() -> list[str]:
    seed = json.loads((ROOT / "resources/seed/dushanbe-summit-2025.json").read_text("utf-8"))
    return [f["id"] for f in seed["facts"]]


def _units(path: Path, fmt: str) -> int:
    """Pages of a PDF / paragraphs of a DOCX, read back (raises if it cannot be read)."""
    if fmt == "pdf":
        from pypdf import PdfReader

        reader = PdfReader(path, strict=True)
        return len(reader.pages)
    with zipfile.ZipFile(path) as z:
        if z.testzip() is not None:
            raise ValueError("a damaged member")
    import docx

    return len(docx.Document(str(path)).paragraphs)


def run(
    rounds: dict[str, int],
    facts: int = 3000,
    series: int = 5,
    seed: int = 1,
    window: tuple[float, float] = (0.0, 1.1),
) -> Tally:
    """Run ``rounds[kind]`` rounds of each kind (interleaved); the tally of what was found."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="briefing-crash-") as tmp:
        r = Rounds(Path(tmp), facts, series, rng, window)
        plan = [k for k, n in rounds.items() for _ in range(n)]
        rng.shuffle(plan)
        for kind in plan:
            r.run(kind)
        return r.tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20, help="rounds of each kind")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds")
    parser.add_argument("--facts", type=int, default=5000, help="facts in each bundle")
    parser.add_argument("--series", type=int, default=5, help="import rounds per database")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--window",
        default="0,1.1",
        metavar="LOW,HIGH",
        help="kill between these fractions of an uncut run's time (default: 0,1.1)",
    )
    parser.add_argument("--json", action="store_true", help="print the tally as JSON")
    parser.add_argument("--adder", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.adder:
        adder(args.adder)
        return 0
    kinds = [k for k in args.kinds.split(",") if k]
    start = time.monotonic()
    low, high = (float(x) for x in args.window.split(","))
    tally = run(dict.fromkeys(kinds, args.rounds), args.facts, args.series, args.seed, (low, high))
    if args.json:
        print(json.dumps(asdict(tally), indent=2))
    else:
        for name, value in asdict(tally).items():
            if name != "problems":
                print(f"{name:>18}: {value}")
        for problem in tally.problems:
            print("  " + problem)
        print(f"{'seconds':>18}: {time.monotonic() - start:.0f}")
    return 1 if tally.failures() else 0


if __name__ == "__main__":
    sys.exit(main())
