"""Loading the curated summit seed (resources/seed/*.json) into a store.

The seed holds the theme taxonomy, the people, organisations, event, documents and source
of an article, and its facts in the interchange format with fixed UUIDs, so two laptops
seeded separately share fact identities and their bundles merge cleanly. Loading is
idempotent: what exists is kept, facts already present are skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.errors import UserFacingError
from briefing.paths import seed_dir
from briefing.store import Store
from briefing.store.reference import parse_date

SEED_DIR = seed_dir()
DEFAULT_SEED = SEED_DIR / "dushanbe-summit-2025.json"


@dataclass(frozen=True)
class SeedReport:
    """Counts of what a seed load added."""

    facts: int
    skipped: int


def read_seed(path: Path = DEFAULT_SEED) -> dict[str, Any]:
    """The parsed seed file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserFacingError(f"cannot read seed {path}: {exc}") from exc
    if data.get("format") != "briefing-seed/1":
        raise UserFacingError(f"{path} is not a Briefing seed (format briefing-seed/1)")
    return dict(data)


def load_taxonomy(store: Store, path: Path = DEFAULT_SEED) -> None:
    """Create the seed's themes (the fixed taxonomy) without any facts."""
    _load_themes(store, read_seed(path)["themes"])


def _load_themes(store: Store, themes: list[dict[str, Any]]) -> None:
    for item in themes:  # parents come first in the file
        store.save_theme(item["slug"], item["en"], item["fr"], item["ru"], item.get("parent"))


def _pairs(item: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(a["text"], a.get("language")) for a in item.get("aliases", [])]


def load_seed(store: Store, path: Path = DEFAULT_SEED) -> SeedReport:
    """Load the whole seed: taxonomy, entities, source text and facts (idempotent)."""
    seed = read_seed(path)
    _load_themes(store, seed["themes"])
    src = seed["source"]
    if src["title"] not in {x.title for x in store.sources()}:
        text_file = src.get("text_file")
        store.save_source(
            src["title"],
            publisher=src.get("publisher"),
            language=src.get("language"),
            date=parse_date(src.get("date")),
            reliability=src.get("reliability"),
            full_text=(path.parent / text_file).read_text(encoding="utf-8") if text_file else None,
        )
    orgs = {x.name for x in store.organisations()}
    for o in seed.get("organisations", []):
        if o["name"] not in orgs:
            store.save_organisation(o["name"], _pairs(o))
    ev = seed["event"]
    store.import_facts({"events": [ev], "people": seed.get("people", []), "facts": []})
    for doc in seed.get("documents", []):
        store.save_document(
            doc["title"],
            doc.get("kind", ""),
            parse_date(doc.get("date")),
            ev["name"],
            doc.get("titles"),
        )
    noted = {n.country_code for n in store.country_notes()}
    for note in seed.get("country_notes", []):
        if note["country"] not in noted:
            store.save_country_note(note["country"], note["text"], note.get("marking", ""))
    saved = {name for name, _ in store.specs()}
    for item in seed.get("specs", []):
        if item["name"] not in saved:
            store.save_spec(item["name"], item["spec"])
    report = store.import_facts(seed["facts"])
    return SeedReport(facts=len(report.added), skipped=len(report.skipped))
