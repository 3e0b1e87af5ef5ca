"""Travelling bundles (briefing-facts/3): lossless round trips, the ceiling, conflicts,
all-or-nothing imports, on both backends (the receiving base is a fresh SQLite file)."""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from briefing.cli import main
from briefing.errors import Cancelled, ValidationError
from briefing.store import FactQuery, Store
from briefing.store.exchange import Scope
from briefing.store.merge import BundleConflictError
from tests.conftest import sqlite_url

SECRET_WORDS = "Zorblax pipeline codeword"


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Store]:
    """An empty base (no taxonomy either): everything must come from the bundle."""
    s = Store.open(sqlite_url(tmp_path / "target.db"))
    yield s
    s.close()


def _history(store: Store) -> str:
    """Give the seed what a working base has: edits (revisions), a marked fact, a note,
    a source's full text. Returns the uuid of the edited fact."""
    record = store.facts(FactQuery(countries=("TJ",)))[0]
    draft = record.to_draft()
    draft.statement += " (checked twice)"
    edited = store.update(record.uuid, draft, record.version)
    draft.confidence = "reported"
    store.update(record.uuid, draft, edited.version)
    secret = store.facts(FactQuery(countries=("KZ",)))[0]
    draft = secret.to_draft()
    draft.marking = "CONFIDENTIAL"
    store.update(secret.uuid, draft, secret.version)
    store.save_country_note("TJ", {"en": "Host of the summit.", "fr": "Hôte."}, "UNCLASSIFIED")
    store.save_country_note("KZ", {"en": SECRET_WORDS}, "SECRET")
    source = store.sources()[0]
    store.save_source(source.title, source.publisher, source.language, source.date,
                      source.reliability, full_text="The full text, §1 to §58.",
                      source_id=source.id, url="https://example.org/a")  # fmt: skip
    with store.engine.begin() as conn:  # a translation that knows its original's wording
        conn.execute(text("UPDATE fact_translations SET source_digest = 'abcd0123abcd0123'"))
    return record.uuid


def _same(a: Any, b: Any, *ignored: str) -> bool:
    blank = dict.fromkeys(("id", *ignored))
    return dataclasses.replace(a, **blank) == dataclasses.replace(b, **blank)


def _digests(store: Store) -> dict[tuple[str, str], str | None]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT f.uuid, t.language, t.source_digest FROM fact_translations t "
                "JOIN facts f ON f.id = t.fact_id"
            )
        )
        return {(u, lang): d for u, lang, d in rows}


def test_round_trip_into_an_empty_base_loses_nothing(seeded: Store, target: Store) -> None:
    edited = _history(seeded)
    bundle = seeded.export_bundle(Scope(max_marking="SECRET"))
    report = target.merge_bundle(json.loads(json.dumps(bundle)))
    assert not report.conflicts and not report.identical
    ours, theirs = seeded.facts(FactQuery(order="seq")), target.facts(FactQuery(order="seq"))
    assert len(theirs) == len(ours) == len(report.added)
    for a, b in zip(ours, theirs, strict=True):
        assert dataclasses.replace(a, key=0, seq=0) == dataclasses.replace(b, key=0, seq=0)
        assert seeded.revisions(a.uuid) == target.revisions(b.uuid)
    assert len(target.revisions(edited)) >= 2
    assert _digests(seeded) == _digests(target)
    named = {p for r in ours for p in r.people} | {
        r.speaker.ref for r in ours if r.speaker and r.speaker.kind == "person"
    }
    people = {p.name: p for p in target.people()}
    assert named and set(people) == named
    for p in seeded.people():
        if p.name in named:
            assert _same(p, people[p.name])
    for kind in ("events", "documents", "sources", "organisations"):
        mine = {r.uuid: r for r in getattr(seeded, kind)()}
        copied = getattr(target, kind)()
        assert copied, kind
        for r in copied:
            assert _same(r, mine[r.uuid]), (kind, r)
    source_titles = {r.source.title for r in ours if r.source.title}
    sources = [s for s in seeded.sources() if s.title in source_titles]
    assert len(sources) == len(target.sources())
    for s in sources:
        assert target.source_text(s.title) == seeded.source_text(s.title)
    orgs = {o for r in ours for o in r.organisations} | {
        p.organisation for p in people.values() if p.organisation
    }
    assert orgs == {o.name for o in target.organisations()}
    used = {t for r in ours for t in r.themes}
    theirs_themes = {t.slug: t for t in target.themes()}
    assert used <= set(theirs_themes)
    for t in seeded.themes():
        if t.slug in theirs_themes:
            assert _same(t, theirs_themes[t.slug], "parent_id", "position")
    notes = {n.country_code: n for n in seeded.country_notes()}
    assert {n.country_code: n for n in target.country_notes()} == notes
    assert target.counts_by_country() == seeded.counts_by_country()
    assert target.count(FactQuery(text="Рахмон")) == seeded.count(FactQuery(text="Рахмон"))


def test_nothing_above_the_ceiling_leaves(seeded: Store, tmp_path: Path) -> None:
    _history(seeded)
    seeded.save_country_note("KZ", {"en": SECRET_WORDS}, "SECRET")
    record = seeded.facts(FactQuery(markings=("UNCLASSIFIED",), order="seq"))[-1]
    draft = record.to_draft()
    draft.statement, draft.marking = SECRET_WORDS, "SECRET"
    marked = seeded.update(record.uuid, draft, record.version)
    draft.statement, draft.marking = "Declassified wording.", "UNCLASSIFIED"
    seeded.update(record.uuid, draft, marked.version)  # its history holds the secret state
    bundle = seeded.export_bundle(Scope())
    assert bundle["ceiling"] == "UNCLASSIFIED" and bundle["highest_marking"] == "UNCLASSIFIED"
    written = json.dumps(bundle, ensure_ascii=False)
    assert SECRET_WORDS not in written
    assert {f["marking"] for f in bundle["facts"]} == {"UNCLASSIFIED"}
    assert "KZ" not in {n["country"] for n in bundle["country_notes"]}
    assert bundle["revisions_withheld"] == 1  # the SECRET state (the CONFIDENTIAL fact stays)
    confidential = seeded.count(FactQuery(markings=("CONFIDENTIAL",)))
    assert len(bundle["facts"]) == seeded.count() - confidential
    higher = seeded.export_bundle(Scope(max_marking="CONFIDENTIAL"))
    assert higher["highest_marking"] == "CONFIDENTIAL"
    assert SECRET_WORDS not in json.dumps(higher, ensure_ascii=False)


def test_scope_by_country_and_theme(seeded: Store) -> None:
    bundle = seeded.export_bundle(Scope(countries=("TJ",), themes=("energy",)))
    expected = seeded.count(FactQuery(countries=("TJ",), themes=("energy",)))
    assert len(bundle["facts"]) == expected > 0
    assert all("TJ" in f["countries"] for f in bundle["facts"])
    assert bundle["scope"] == {"themes": ["energy"], "countries": ["TJ"], "events": []}


def test_identical_skipped_changed_reported_and_resolved(seeded: Store, target: Store) -> None:
    bundle = seeded.export_bundle(Scope(max_marking="SECRET"))
    target.merge_bundle(copy.deepcopy(bundle))
    mine = target.facts(FactQuery(countries=("TJ",)))[0]
    draft = mine.to_draft()
    draft.statement = "Edited at home."
    draft.themes = [*draft.themes, "energy"]
    target.update(mine.uuid, draft, mine.version)
    travelled = copy.deepcopy(bundle)
    theirs = next(f for f in travelled["facts"] if f["id"] == mine.uuid)
    theirs["statement"] = "Edited on the road."
    theirs["updated_at"] = "2099-01-01T00:00:00+00:00"
    new = copy.deepcopy(theirs)
    new["id"], new["statement"], new["revisions"] = (
        "0190aaaa-0000-7000-8000-000000000001",
        "New.",
        [],
    )
    travelled["facts"].append(new)

    with pytest.raises(BundleConflictError) as stopped:
        target.merge_bundle(copy.deepcopy(travelled), on_conflict="stop")
    assert stopped.value.report.conflicts[0].ident == mine.uuid
    assert target.count() == len(bundle["facts"])  # stop: not even the new fact

    dry = target.merge_bundle(copy.deepcopy(travelled), dry_run=True)
    assert target.count() == len(bundle["facts"]) and dry.added == [new["id"]]

    kept = target.merge_bundle(copy.deepcopy(travelled), on_conflict="keep")
    assert kept.added == [new["id"]]
    assert len(kept.identical) == len(bundle["facts"]) - 1
    (conflict,) = kept.conflicts
    assert conflict.ident == mine.uuid and conflict.taken == "ours"
    assert set(conflict.fields) == {"statement", "themes"}
    assert conflict.ours["statement"] == "Edited at home."
    assert conflict.theirs["statement"] == "Edited on the road."
    assert target.get(mine.uuid).statement == "Edited at home."

    taken = target.merge_bundle(copy.deepcopy(travelled), on_conflict="newer")
    assert taken.replaced == [mine.uuid] and not taken.added
    after = target.get(mine.uuid)
    assert after.statement == "Edited on the road." and "energy" not in after.themes
    assert after.version == mine.version + 2
    assert target.revisions(mine.uuid)[0][2] == "import"
    assert target.revisions(mine.uuid)[0][3]["statement"] == "Edited at home."
    assert target.count(FactQuery(text="road")) == 1  # the search index followed


def test_one_bad_record_imports_nothing_and_is_named(seeded: Store, target: Store) -> None:
    bundle = seeded.export_bundle(Scope(max_marking="SECRET"))
    bad = copy.deepcopy(bundle)
    bad["facts"][7]["themes"] = ["no-such-theme"]
    with pytest.raises(ValidationError) as err:
        target.merge_bundle(bad)
    message = str(err.value)
    assert "facts[7].themes" in message and bundle["facts"][7]["id"] in message
    assert target.count() == 0 and not target.people() and not target.themes()

    for section, index, field, value in (
        ("people", 1, "kind", "emperor"),
        ("sources", 0, "reliability", "Z"),
        ("facts", 3, "version", 0),
        ("facts", 2, "created_at", "yesterday"),
        ("country_notes", 0, "country", "XX"),
    ):
        bad = copy.deepcopy(bundle)
        bad[section][index][field] = value
        with pytest.raises(ValidationError) as err:
            target.merge_bundle(bad)
        assert f"{section}[{index}].{field}" in str(err.value)
        assert target.count() == 0 and not target.people()

    above = copy.deepcopy(seeded.export_bundle(Scope()))
    above["facts"][0]["marking"] = "SECRET"  # a file edited past its own ceiling
    with pytest.raises(ValidationError, match=r"facts\[0\]\.marking"):
        target.merge_bundle(above)


def test_a_facts_bundle_of_format_2_merges_too(seeded: Store, target: Store) -> None:
    status = main(["--db", str(Path(target.engine.url.database or "")), "init", "--no-seed"],
                  io.StringIO())  # fmt: skip
    assert status == 0
    from briefing.store.bundle_shape import bundle_json

    old = bundle_json([r.to_json() for r in seeded.facts()], seeded.events(), seeded.people())
    report = target.merge_bundle(old)
    assert len(report.added) == seeded.count() and target.count() == seeded.count()


def test_cli_bundle_round_trip_and_conflict_report(seeded_path: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    file = tmp_path / "road.json"
    assert main(["--db", str(seeded_path), "bundle", "export", str(file)], out) == 0
    assert "ceiling UNCLASSIFIED (the default" in out.getvalue()
    assert json.loads(file.read_text(encoding="utf-8"))["format"] == "briefing-facts/3"
    home = tmp_path / "home.db"
    assert main(["--db", str(home), "init", "--no-seed"], io.StringIO()) == 0
    out = io.StringIO()
    assert main(["--db", str(home), "bundle", "import", str(file), "--dry-run"], out) == 0
    assert "would add 58 facts" in out.getvalue() and "dry run" in out.getvalue()
    out = io.StringIO()
    assert main(["--db", str(home), "--format", "json", "bundle", "import", str(file)], out) == 0
    assert len(json.loads(out.getvalue())["added"]) == 58

    data = json.loads(file.read_text(encoding="utf-8"))
    data["facts"][0]["statement"] = "Changed on the road."
    file.write_text(json.dumps(data), encoding="utf-8")
    out = io.StringIO()
    assert main(["--db", str(home), "bundle", "import", str(file)], out) == 0
    shown = out.getvalue()
    assert "1 conflicts" in shown and "Changed on the road." in shown
    assert "--on-conflict theirs" in shown
    assert main(["--db", str(home), "bundle", "import", str(file), "--on-conflict", "stop"],
                io.StringIO()) == 3  # fmt: skip
    bad = tmp_path / "bad.json"
    data["facts"][5]["countries"] = ["XX"]
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--db", str(home), "bundle", "import", str(bad)], io.StringIO()) == 2


@pytest.mark.parametrize("depth", [0.0, 0.3, 0.6, 0.99])
def test_a_cancelled_merge_leaves_the_base_as_it_was(
    seeded: Store, target: Store, depth: float
) -> None:
    """Cancel asked at different depths (between facts compared, inside the writing SQL):
    the merge stops with Cancelled and nothing of the bundle is in the base."""
    data = seeded.export_bundle(Scope())
    before = (target.count(), len(target.themes()), len(target.events()))
    asked = 0

    # Counted on the merging thread only: on PostgreSQL a watcher thread also asks
    # (store._server_cancel), as often as time passes, which would make the depths drift.
    def counting() -> bool:
        nonlocal asked
        asked += threading.current_thread() is threading.main_thread()
        return False

    target.merge_bundle(data, dry_run=True, cancelled=counting)  # how often a run asks
    assert asked >= 4  # between the steps, and from inside the SQL (store._interruptible)
    after, asked = int(asked * depth), 0

    def cancelled() -> bool:
        nonlocal asked
        asked += threading.current_thread() is threading.main_thread()
        return asked > after

    with pytest.raises(Cancelled):
        target.merge_bundle(data, cancelled=cancelled)
    assert (target.count(), len(target.themes()), len(target.events())) == before
    report = target.merge_bundle(data)  # and the same bundle imports whole afterwards
    assert len(report.added) == target.count() - before[0] > 0


def test_cancel_interrupts_the_statement_running(store: Store, backend: str) -> None:
    """Inside one long statement (SQLite: its progress handler; PostgreSQL: the server asked
    to cancel from a watcher thread), not only between a merge's steps."""
    import time

    from sqlalchemy import text as sql

    from briefing.store.store import _interruptible

    endless = (  # minutes of work unless interrupted
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) "
        "FROM (SELECT i FROM n LIMIT 10000000000) AS t"
        if backend == "sqlite"
        else "SELECT pg_sleep(600)"
    )
    start = time.monotonic()
    with (
        pytest.raises(Cancelled),
        store.session() as s,
        _interruptible(s, lambda: time.monotonic() > start + 0.3),
    ):
        s.execute(sql(endless))
    assert store.count() == 0  # and the store is usable again
