"""The curated summit seed: faithful quotes, every paragraph, country, theme and figure."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from briefing.bootstrap import open_store
from briefing.ingest.seed import DEFAULT_SEED, SEED_DIR, load_seed, read_seed
from briefing.store import FactQuery, Store

ARTICLE = (SEED_DIR / "dushanbe-summit-2025.fr.txt").read_text(encoding="utf-8").splitlines()
SEED = read_seed(DEFAULT_SEED)
SIX = {"KZ", "KG", "RU", "TJ", "TM", "UZ"}
FIXED_THEMES = [
    "security", "foreign-policy", "trade-investment", "finance", "transport", "energy",
    "digital", "industry", "humanitarian", "migration", "institutions",
]  # fmt: skip


def paragraph(locator: str) -> int:
    match = re.fullmatch(r"§(\d+)", locator)
    assert match, locator
    return int(match.group(1))


@pytest.mark.parametrize("fact", SEED["facts"], ids=lambda f: f["source"]["locator"])
def test_every_quote_is_verbatim_in_its_paragraph(fact: dict[str, object]) -> None:
    source = fact["source"]
    assert isinstance(source, dict)
    assert source["quote"] in ARTICLE[paragraph(source["locator"]) - 1]
    assert source["quote"] != fact["statement"]


def test_every_paragraph_yields_facts() -> None:
    covered = {paragraph(f["source"]["locator"]) for f in SEED["facts"]}
    assert covered == set(range(1, len(ARTICLE) + 1))
    assert len(SEED["facts"]) >= 40


def test_facts_are_french_with_english_translations() -> None:
    for fact in SEED["facts"]:
        assert fact["language"] == "fr"
        assert fact["translations"]["en"].strip()
        uuid.UUID(fact["id"])


def test_fixed_themes_all_present_and_used(seeded: Store) -> None:
    slugs = [t.slug for t in seeded.themes()]
    assert slugs[: len(FIXED_THEMES)] == FIXED_THEMES
    counts = seeded.counts_by_theme()
    unused = [s for s in slugs if not counts.get(s)]
    assert unused == []


def test_each_of_the_six_countries_has_facts(seeded: Store) -> None:
    counts = seeded.counts_by_country()
    assert all(counts.get(code, 0) >= 5 for code in SIX), counts


def test_heads_of_state_with_country_and_role(seeded: Store) -> None:
    people = {p.country_code: p for p in seeded.people()}
    assert set(people) >= SIX
    assert people["TJ"].name == "Emomali Rahmon"
    assert all(people[c].role.startswith("President") for c in SIX)
    assert "Рахмон" in {a.text for a in people["TJ"].aliases}


def test_organisations_event_and_documents(seeded: Store) -> None:
    orgs = {o.name: {a.text for a in o.aliases} for o in seeded.organisations()}
    assert {"CIS", "CEI", "СНГ"} <= orgs["Commonwealth of Independent States"]
    for name in (
        "Eurasian Development Bank",
        "Eurasian Fund for Stabilization and Development",
        "International Organization for the Russian Language",
    ):
        assert name in orgs
    (event,) = [e for e in seeded.events() if e.kind == "summit"]
    assert (str(event.start_date), event.place, event.country_code) == (
        "2025-10-09",
        "Dushanbe",
        "TJ",
    )
    kinds = {d.kind for d in seeded.documents()}
    assert {"action-plan", "communique"} <= kinds


def test_figures_are_structured(seeded: Store) -> None:
    figures = {(f.value, f.unit, f.qualifier) for r in seeded.facts() for f in r.figures}
    assert (45e9, "USD", None) in figures
    assert (20e9, "USD", "more-than") in figures
    assert (212000, "students", None) in figures
    assert (25, "universities", None) in figures


def test_source_document_holds_the_article(seeded: Store) -> None:
    (source,) = seeded.sources()
    text = seeded.source_text(source.title)
    assert text is not None and text.splitlines() == ARTICLE


def test_seed_is_idempotent(seeded: Store) -> None:
    before = seeded.count()
    report = load_seed(seeded)
    assert (report.facts, report.skipped) == (0, before)
    assert seeded.count() == before
    assert len(seeded.people()) == len(SEED["people"])


def test_seed_search_finds_across_scripts(seeded: Store) -> None:
    rahmon = set(seeded.fact_ids(FactQuery(text="Rahmon")))
    assert rahmon
    assert rahmon == set(seeded.fact_ids(FactQuery(text="Рахмон")))
    assert seeded.fact_ids(FactQuery(text="Douchanbe"))
    assert seeded.fact_ids(FactQuery(text="CEI")) == seeded.fact_ids(FactQuery(text="СНГ"))


def test_seed_json_is_the_interchange_format(seeded: Store) -> None:
    exported = [r.to_json() for r in seeded.facts(FactQuery(order="seq"))]
    assert [e["id"] for e in exported] == [f["id"] for f in SEED["facts"]]
    first = exported[0]
    assert json.loads(json.dumps(first))["source"]["quote"] == SEED["facts"][0]["source"]["quote"]


def test_first_start_killed_while_seeding_finishes_next_time(tmp_path: Path) -> None:
    """kill -9 at several moments of a first start; the next start always ends seeded."""
    for delay in (0.3, 0.8, 1.5):
        db = tmp_path / f"killed-{delay}.db"
        proc = subprocess.Popen(
            [sys.executable, "-m", "briefing", "--db", str(db), "init"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.kill()
        proc.wait()
        store = open_store(str(db))
        try:
            assert store.count() == len(SEED["facts"]), delay
            assert len(store.themes()) == len(SEED["themes"])
            assert store.state("seed") == "done"
        finally:
            store.close()
