"""What checking quotes against their stored sources adds (issue 13), on the seed.

Paired in one process, so a noisy machine slows both sides of a pair alike:
* export: the seed's by-theme PDF (assemble + render) and, in the same round, the quote
  check of the facts it prints (``quote_problems(store, dossier.fact_ids())``);
* form: ``quote_problem(store, uuid)`` per fact, as the form runs it on load;
* facts check: every fact re-reading its article (``check_quote`` per fact, as before)
  against one ``SourceText`` per article (``check_facts``).

Run: ``python -m bench.bench_quote_check SEEDED.db [rounds]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefing.dossier.assemble import assemble
from briefing.dossier.export import write_dossier
from briefing.dossier.layouts import by_theme
from briefing.dossier.spec import DossierSpec
from briefing.ingest.quote_check import check_facts, quote_problem, quote_problems
from briefing.ingest.quotes import check_quote
from briefing.store import Store
from briefing.store.review import quoted_facts


def _ms(seconds: list[float]) -> str:
    return f"median {statistics.median(seconds) * 1000:.1f} ms (min {min(seconds) * 1000:.1f})"


def main(db: str, rounds: int = 7) -> None:
    store = Store.open(f"sqlite:///{db}")
    spec = by_theme(store, DossierSpec(title="Brief", event=store.events()[0].uuid))
    out = Path(tempfile.mkdtemp()) / "brief.pdf"
    exports, checks, ratios = [], [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        dossier = assemble(spec, store)
        write_dossier(dossier, out, "pdf")
        t1 = time.perf_counter()
        quote_problems(store, dossier.fact_ids())
        t2 = time.perf_counter()
        exports.append(t1 - t0)
        checks.append(t2 - t1)
        ratios.append((t2 - t1) / (t1 - t0))
    print(f"export (assemble + PDF), {dossier.fact_count()} facts: {_ms(exports)}")
    print(f"quote check of its facts: {_ms(checks)}")
    print(f"check / export, pair by pair: median {statistics.median(ratios) * 100:.2f} %")

    uuids = [f.uuid for f, _ in check_facts(store)]
    loads = []
    for uuid in uuids * 3:
        t0 = time.perf_counter()
        quote_problem(store, uuid)
        loads.append(time.perf_counter() - t0)
    print(f"form load, one fact's check: {_ms(loads)}")

    old, new = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        facts, texts = quoted_facts(store)
        for f in facts:
            check_quote(texts[f.source], f.quote, f.locator)
        t1 = time.perf_counter()
        check_facts(store)
        t2 = time.perf_counter()
        old.append(t1 - t0)
        new.append(t2 - t1)
    print(f"facts check, text re-read per fact: {_ms(old)}; one SourceText: {_ms(new)}")
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 7)
