"""How well ``briefing import document`` proposes what a careful reader files by hand.

    python bench/import_eval.py            # the table for every case
    python bench/import_eval.py --details  # plus each expected fact the importer got wrong

Cases: the seed article (resources/seed), imported as if new into a base holding the
seed's themes, people, organisations and event but none of its facts, with
``--event "Second Central Asia – Russia summit"`` as a user would give it; and the
documents in tests/data/documents (an English joint statement, an English readout, a
Russian press transcript), written for this purpose, each with the facts expected from it
(``*.expected.json``), imported without an event. Language and date are detected.

Scores (briefing.ingest.evaluate): precision and recall per field over (fact, value)
pairs of each expected fact and the candidate matching its quote best ("per fact"), and
over the whole document's values ("document"); figures found with the right value and
unit (qualifiers counted apart). tests/test_import_eval.py asserts the issue's bars.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.ingest.evaluate import Report, align, evaluate  # noqa: E402
from briefing.ingest.importer import import_document  # noqa: E402
from briefing.ingest.seed import DEFAULT_SEED, load_seed, read_seed  # noqa: E402
from briefing.store import Store  # noqa: E402

DOCUMENTS = ROOT / "tests" / "data" / "documents"
SEED_EVENT = "Second Central Asia – Russia summit"


@dataclass(frozen=True)
class Case:
    """A document, the facts expected from it, and the event it is imported under."""

    name: str
    path: Path
    facts: list[dict[str, Any]]
    event: str | None = None


def cases() -> list[Case]:
    """The seed article first, then every test document with expectations."""
    seed = read_seed()
    text = DEFAULT_SEED.parent / seed["source"]["text_file"]
    out = [Case("seed article (fr)", text, seed["facts"], SEED_EVENT)]
    for expected in sorted(DOCUMENTS.glob("*.expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        out.append(Case(data["document"], DOCUMENTS / data["document"], data["facts"]))
    return out


def reference_store(folder: Path) -> Store:
    """A base with the seed's themes, people, organisations and event, and no facts."""
    seed = read_seed()
    seed["facts"] = []
    (folder / "seed.json").write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    text_file = seed["source"]["text_file"]
    (folder / text_file).write_bytes((DEFAULT_SEED.parent / text_file).read_bytes())
    store = Store.open(f"sqlite:///{folder / 'reference.db'}")
    load_seed(store, folder / "seed.json")
    return store


def run(store: Store, case: Case) -> tuple[Report, Any]:
    """Import the case's document (dry run) and score it."""
    result = import_document(
        store, case.path, event=case.event, source_title=f"eval: {case.name}", dry_run=True
    )
    return evaluate(result.document.text, case.facts, result.extraction.candidates), result


def _table(reports: list[tuple[Case, Report]]) -> str:
    lines = [
        f"{'document':34} {'facts':>5} {'cands':>5}  {'figures':>8} {'qual':>4}  "
        f"{'field':13} {'P/fact':>6} {'R/fact':>6} {'P/doc':>6} {'R/doc':>6}"
    ]
    for case, r in reports:
        first = True
        for name in ("countries", "themes", "people", "organisations"):
            pf, pd = r.per_fact[name], r.document[name]
            head = (
                f"{case.name:34} {r.facts:>5} {r.candidates:>5}  "
                f"{r.figures_found:>3}/{r.figures_expected:<4} {r.qualifiers_right:>4}  "
                if first
                else " " * 62
            )
            lines.append(
                f"{head}{name:13} {pf.precision:6.2f} {pf.recall:6.2f} "
                f"{pd.precision:6.2f} {pd.recall:6.2f}"
            )
            first = False
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation table (and the misses with ``--details``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list each fact's differences")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = reference_store(Path(tmp))
        try:
            reports = []
            for case in cases():
                report, result = run(store, case)
                reports.append((case, report))
                if args.details:
                    _details(case, result)
        finally:
            store.close()
    print(_table(reports))
    for case, r in reports:
        if r.figures_missing:
            print(f"{case.name}: figures missed: {', '.join(r.figures_missing)}")
    return 0


def _details(case: Case, result: Any) -> None:
    print(f"== {case.name} ({result.extraction.language}, {result.extraction.date})")
    matched = align(result.document.text, case.facts, result.extraction.candidates)
    for fact, cand in zip(case.facts, matched, strict=True):
        for name in ("countries", "themes", "people"):
            want, got = set(fact.get(name) or []), set(getattr(cand, name) if cand else [])
            if want != got:
                print(
                    f"  {name:9} -{sorted(want - got)} +{sorted(got - want)} "
                    f"| {fact['source']['quote'][:70]}"
                )


if __name__ == "__main__":
    raise SystemExit(main())
