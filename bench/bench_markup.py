"""Benchmark the statement parser (briefing.dossier.markup.parse_blocks).

    python bench/bench_markup.py              # all measurements
    python bench/bench_markup.py --count 2000 # fewer synthetic statements

Reports microseconds per statement for:

* the 58 seed statements (``resources/seed``), uncached (caches cleared before every
  round) and cached (the same texts again);
* ``--count`` distinct synthetic statements without markup (the fast path) and with
  markup (bold, italic, code, links, lists, now and then a table), first pass = uncached,
  second pass over the same texts = cached;
* long inputs (25 – 200 KB, many paragraphs and lists; and one single paragraph) to show
  how time grows with size: linear (constant µs per KB) for paragraphs and lists; for one
  huge paragraph Python-Markdown's inline pass rebuilds the paragraph's string at every
  match, so µs per KB creeps up with size there.

With Python-Markdown, "cached" for the synthetic sets assumes --count fits the parser's
lru_cache (16,384 statements); a sequential pass over more than that misses every time.

Caches are cleared by calling ``cache_clear`` on every lru_cache in the module, so the
script measures whichever implementation is checked out.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.dossier import markup  # noqa: E402

SEED = ROOT / "resources" / "seed" / "dushanbe-summit-2025.json"
_WORDS = (
    "summit cooperation Dushanbe trade investment energy water transport security students "
    "universities railway corridor agreement declaration ministers region partnership "
    "саммит сотрудничество торговля инвестиции энергетика безопасность студенты "
    "sommet coopération échanges investissements énergie sécurité étudiants"
)
WORDS = _WORDS.split()


def clear_caches() -> None:
    for obj in vars(markup).values():
        clear = getattr(obj, "cache_clear", None)
        if callable(clear):
            clear()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def plain_statement(rng: random.Random, i: int) -> str:
    body = sentence(rng, rng.randint(12, 30))
    return f"{body} Reference {i}, 2025–2027, USD 45 billion (CIS)."


def markup_statement(rng: random.Random, i: int) -> str:
    kind = i % 4
    words = sentence(rng, rng.randint(8, 20))
    if kind == 0:
        return f"{words} Worth **USD {i} million**, see *annex {i}* and `code-{i}`."
    if kind == 1:
        return (
            f"{words} [Source {i}](https://example.org/{i}).\n\n"
            f"- first point {i}\n- **second** point\n- third, _italic_ point"
        )
    if kind == 2:
        return f"Steps for item {i}:\n\n3. {words}\n4. *then* {words}\n5. done"
    table = f"| Indicator | Value |\n|---|---|\n| trade {i} | **45** |\n| students | 212 |"
    return f"{words}\n\n{table}"


def long_text(rng: random.Random, kb: int, *, one_paragraph: bool) -> str:
    parts: list[str] = []
    size = 0
    i = 0
    while size < kb * 1024:
        i += 1
        if one_paragraph:
            piece = f"{sentence(rng, 10)} **bold {i}** and *it* `c{i}`"
        else:
            piece = markup_statement(rng, i)
        parts.append(piece)
        size += len(piece.encode()) + 2
    return (" " if one_paragraph else "\n\n").join(parts)


def per_item_us(fn: Callable[[str], object], texts: Sequence[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return (time.perf_counter() - t0) / len(texts) * 1e6


def best_of(rounds: int, run: Callable[[], float]) -> float:
    return min(run() for _ in range(rounds))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10_000, help="synthetic statements per kind")
    ap.add_argument("--rounds", type=int, default=5, help="rounds (best is reported)")
    args = ap.parse_args(argv)
    rng = random.Random(7)
    parse = markup.parse_blocks

    seed = [f["statement"] for f in json.loads(SEED.read_text(encoding="utf-8"))["facts"]]
    with_markup = sum(any(c in s for c in "*_`[") for s in seed)
    print(f"seed: {len(seed)} statements ({with_markup} with markup)")

    def seed_uncached() -> float:
        clear_caches()
        return per_item_us(parse, seed)

    print(f"  uncached  {best_of(args.rounds * 4, seed_uncached):8.1f} µs/statement")
    print(f"  cached    {best_of(args.rounds * 4, lambda: per_item_us(parse, seed)):8.1f}")

    for label, make in (("plain", plain_statement), ("markup", markup_statement)):
        texts = [make(rng, i) for i in range(args.count)]
        first: list[float] = []
        second: list[float] = []
        for _ in range(args.rounds):
            clear_caches()
            first.append(per_item_us(parse, texts))
            second.append(per_item_us(parse, texts))
        print(f"synthetic {label}: {args.count} distinct statements")
        print(f"  uncached  {min(first):8.1f} µs/statement")
        print(f"  cached    {min(second):8.1f}")

    print("long inputs (uncached):")
    for one in (False, True):
        for kb in (25, 50, 100, 200):
            text = long_text(rng, kb, one_paragraph=one)

            def once(text: str = text) -> float:
                clear_caches()
                t0 = time.perf_counter()
                parse(text)
                return time.perf_counter() - t0

            secs = best_of(3, once)
            shape = "one paragraph" if one else "paragraphs+lists"
            print(f"  {shape:16} {kb:4} KB {secs * 1e3:9.1f} ms  {secs * 1e6 / kb:8.1f} µs/KB")


if __name__ == "__main__":
    main()
