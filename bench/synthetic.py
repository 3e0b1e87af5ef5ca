"""Synthetic fact bases for benchmarks: realistic mixes of French, English and Russian text.

Not test data for behaviour (the seed is): only volume with the right shape, so search,
import, the fact list and exports can be measured at 1,000 – 100,000 facts.
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

THEMES = [
    "security",
    "foreign-policy",
    "trade-investment",
    "finance",
    "transport",
    "energy",
    "digital",
    "industry",
    "humanitarian",
    "migration",
    "institutions",
]
COUNTRIES = ["KZ", "KG", "RU", "TJ", "TM", "UZ", "CN", "IN", "TR", "IR", "AF", "FR", "DE", "US"]
PEOPLE = [
    "Emomali Rahmon",
    "Vladimir Putin",
    "Kassym-Jomart Tokayev",
    "Sadyr Japarov",
    "Serdar Berdimuhamedov",
    "Shavkat Mirziyoyev",
]
FR = (
    "les parties ont convenu de renforcer la coopération dans le domaine de l’énergie "
    "à Douchanbé Astana Bichkek Tachkent Achgabat Moscou le corridor Nord-Sud sécurité régionale "
    "investissements échanges commerciaux transition vers les monnaies nationales étudiants "
    "universités centrales hydroélectriques intelligence artificielle commerce numérique "
    "migration de travail lutte contre le terrorisme et le trafic de drogue Afghanistan"
).split()
EN = (
    "the ministers agreed to expand cooperation on energy transport corridors and trade "
    "in Dushanbe Astana Bishkek Tashkent Ashgabat Moscow investment digital economy "
    "security water resources hydropower nuclear plants students universities migrants "
    "customs logistics railway sanctions settlements national currencies"
).split()
RU = (
    "стороны договорились укрепить сотрудничество в сфере энергетики и транспорта "
    "в Душанбе Астане Бишкеке Ташкенте Ашхабаде Москве коридор Север Юг безопасность "
    "инвестиции торговля студенты университеты миграция Таджикистан Казахстан Узбекистан"
).split()


def fact(rng: random.Random, i: int) -> dict[str, Any]:
    """One synthetic fact in the interchange format."""
    language, vocab = rng.choice([("fr", FR), ("en", EN), ("ru", RU)])
    words = rng.choices(vocab, k=rng.randint(14, 40))
    statement = " ".join(words).capitalize() + "."
    quote = " ".join(rng.choices(vocab, k=rng.randint(8, 20)))
    obj: dict[str, Any] = {
        "statement": statement,
        "language": language,
        "translations": {"en": " ".join(rng.choices(EN, k=20)) + "."} if language != "en" else {},
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
