"""Synthetic fact bases for benchmarks: realistic mixes of French, English and Russian text.

Not test data for behaviour (the seed is): only volume with the right shape, so search,
import, the fact list and exports can be measured at 1,000 – 100,000 facts.
"""

from __future__ import annotations

import json
import random
import re
import sys
import uuid
from pathlib import Path
from typing import Any

COUNTRIES = ["KZ", "KG", "RU", "TJ", "TM", "UZ", "CN", "IN", "TR", "IR", "AF", "FR", "DE", "US"]
PEOPLE = [
    "Emomali Rahmon",
    "Vladimir Putin",
    "Kassym-Jomart Tokayev",
    "Sadyr Japarov",
    "Serdar Berdimuhamedov",
    "Shavkat Mirziyoyev",
]
SEED = Path(__file__).resolve().parents[1] / "resources" / "seed"


def _vocabularies() -> dict[str, tuple[list[str], list[float]]]:
    """Words of the seed (statements, translations, the article) per language, with Zipf
    weights by their frequency there, so synthetic text has a natural spread of common and
    rare words (a query for a content word matches a few percent of facts, not all)."""
    data = json.loads((SEED / "dushanbe-summit-2025.json").read_text(encoding="utf-8"))
    texts: dict[str, list[str]] = {"fr": [], "en": [], "ru": []}
    texts["fr"].append((SEED / "dushanbe-summit-2025.fr.txt").read_text(encoding="utf-8"))
    for f in data["facts"]:
        texts["fr"].append(f["statement"])
        for lang, t in f["translations"].items():
            texts[lang].append(t)
    out: dict[str, tuple[list[str], list[float]]] = {}
    for lang, parts in texts.items():
        counts: dict[str, int] = {}
        for word in re.findall(r"\w+", " ".join(parts)):
            counts[word] = counts.get(word, 0) + 1
        ranked = sorted(counts, key=lambda w: (-counts[w], w))
        out[lang] = (ranked, [1 / (rank + 1) for rank in range(len(ranked))])
    return out


VOCAB = _vocabularies()
THEMES = [
    t["slug"]
    for t in json.loads((SEED / "dushanbe-summit-2025.json").read_text(encoding="utf-8"))["themes"]
    if t["parent"] is None
]


def fact(rng: random.Random, i: int) -> dict[str, Any]:
    """One synthetic fact in the interchange format."""
    language = rng.choice(("fr", "en", "ru"))
    vocab, weights = VOCAB[language]
    words = rng.choices(vocab, weights, k=rng.randint(14, 40))
    statement = " ".join(words).capitalize() + "."
    quote = " ".join(rng.choices(vocab, weights, k=rng.randint(8, 20)))
    en_vocab, en_weights = VOCAB["en"]
    obj: dict[str, Any] = {
        "statement": statement,
        "language": language,
        "translations": {"en": " ".join(rng.choices(en_vocab, en_weights, k=20)) + "."}
        if language != "en"
        else {},
        "date": f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "themes": rng.sample(THEMES, k=rng.randint(1, 3)),
        "countries": rng.sample(COUNTRIES, k=rng.randint(1, 4)),
        "people": rng.sample(PEOPLE, k=rng.randint(0, 2)),
        "organisations": [],
        "marking": rng.choices(
            ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET"], [70, 20, 8, 2]
        )[0],
        "confidence": rng.choice(["confirmed", "reported", "assessed"]),
        "source": {"title": f"Wire report {i % 500}", "quote": quote, "locator": f"§{i % 40 + 1}"},
        "figures": [
            {
                "label": "Trade turnover",
                "value": rng.randint(1, 90) * 1e9,
                "unit": "USD",
                "qualifier": None,
            }
        ]
        if i % 7 == 0
        else [],
    }
    if i % 2:
        obj["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return obj


def facts(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` synthetic facts, deterministic for a given seed."""
    rng = random.Random(seed)
    return [fact(rng, i) for i in range(n)]


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"facts-{count}.json")
    out.write_text(json.dumps(facts(count), ensure_ascii=False), encoding="utf-8")
    print(out)
