"""Revision history a person can use: versions with what changed, restoring one, the Bin."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select, text

from briefing.cli import main
from briefing.errors import ConflictError, NotFoundError, UserFacingError
from briefing.model import Fact, FactRevision, fact_themes
from briefing.store import FactDraft, FactQuery, Store
from briefing.store.history import compare, word_diff


def _draft(statement: str = "The minister will visit Dushanbe in May.") -> FactDraft:
    return FactDraft(
        statement=statement,
        themes=["security"],
        countries=["TJ"],
        source_title="Press release",
        quote="will visit",
    )


def _edited(store: Store) -> str:
    """A fact saved three times: created, statement and themes edited, marking raised."""
    record = store.add(_draft())
    d = record.to_draft()
    d.statement = "The minister will visit Dushanbe in June."
    d.themes = ["security", "energy"]
    record = store.update(record.uuid, d, record.version)
    d = record.to_draft()
    d.marking = "SECRET"
    store.update(record.uuid, d, record.version)
    return record.uuid


def test_word_diff_marks_only_the_changed_word() -> None:
    pieces = word_diff("visit Dushanbe in May.", "visit Dushanbe in June.")
    assert pieces == (("=", "visit Dushanbe in "), ("-", "May"), ("+", "June"), ("=", "."))


def test_history_lists_versions_newest_first_with_changes(store: Store) -> None:
    uuid = _edited(store)
    versions = store.history(uuid)
    assert [v.version for v in versions] == [3, 2, 1]
    assert [v.cause for v in versions] == ["update", "update", "created"]
    assert versions[0].current and not versions[1].current
    marking = {c.field: c for c in versions[0].changes}
    assert set(marking) == {"marking"}
    assert (marking["marking"].before, marking["marking"].after) == ("UNCLASSIFIED", "SECRET")
    second = {c.field: c for c in versions[1].changes}
    assert set(second) == {"statement", "themes"}
    assert second["themes"].added == ("energy",) and second["themes"].removed == ()
    assert second["statement"].summary() == "The minister will visit Dushanbe in [-May-]{+June+}."
    assert versions[2].changes == ()
    assert versions[2].statement.endswith("in May.")


def test_restore_version_is_a_new_revision(store: Store) -> None:
    uuid = _edited(store)
    restored = store.restore_version(uuid, 1, expected_version=3)
    assert restored.version == 4
    assert restored.statement.endswith("in May.")
    assert restored.themes == ("security",) and restored.marking == "UNCLASSIFIED"
    versions = store.history(uuid)
    assert [v.version for v in versions] == [4, 3, 2, 1]  # nothing rewritten
    assert versions[0].cause == "revert" and versions[0].reverted_to == 1
    assert {c.field for c in versions[0].changes} == {"statement", "themes", "marking"}
    assert versions[1].snapshot["marking"] == "SECRET"
    # kept counts follow the restored content
    assert store.count(FactQuery(markings=("SECRET",))) == 0
    assert store.count(FactQuery(markings=("UNCLASSIFIED",))) == 1


def test_restore_version_is_conflict_checked(store: Store) -> None:
    uuid = _edited(store)
    with pytest.raises(ConflictError):
        store.restore_version(uuid, 1, expected_version=2)
    assert store.get(uuid).version == 3  # nothing written


def test_restore_version_refuses_unknown_current_and_binned(store: Store) -> None:
    uuid = _edited(store)
    with pytest.raises(NotFoundError, match="no version 9"):
        store.restore_version(uuid, 9, expected_version=3)
    with pytest.raises(UserFacingError, match="already"):
        store.restore_version(uuid, 3, expected_version=3)
    store.delete(uuid)
    with pytest.raises(UserFacingError, match="Bin"):
        store.restore_version(uuid, 1, expected_version=4)
    assert store.get(uuid).version == 4


def test_bin_moves_show_in_history(store: Store) -> None:
    uuid = store.add(_draft()).uuid
    store.delete(uuid)
    store.restore(uuid)
    versions = store.history(uuid)
    assert [(v.version, v.cause, v.in_bin) for v in versions] == [
        (3, "restore", False),
        (2, "delete", True),
        (1, "created", False),
    ]
    assert all(v.changes == () for v in versions)


def test_compare_figures_and_translations() -> None:
    before = {"figures": [{"label": "Trade", "value": 5, "unit": "USD"}], "translations": {}}
    after = {
        "figures": [{"label": "Trade", "value": 6, "unit": "USD"}],
        "translations": {"fr": "Le ministre"},
    }
    changes = {c.field: c for c in compare(before, after)}
    assert changes["figures"].added == ("Trade: 6 USD",)
    assert changes["figures"].removed == ("Trade: 5 USD",)
    assert changes["translation (fr)"].after == "Le ministre"


def _count(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


def test_empty_bin_deletes_binned_facts_and_what_hangs_off_them(store: Store) -> None:
    keep = store.add(_draft("Kept fact."))
    gone = [store.add(replace(_draft(f"Binned fact {i}."), themes=["energy"])) for i in range(3)]
    store.update(gone[0].uuid, replace(gone[0].to_draft(), statement="Edited."), 1)
    for record in gone:
        store.delete(record.uuid)
    restored_meanwhile = gone[2].uuid
    shown = [r.uuid for r in gone]
    store.restore(restored_meanwhile)
    before = store.counts_by_theme()
    assert store.empty_bin(shown) == 2
    assert store.binned() == []
    assert {r.uuid for r in store.facts()} == {keep.uuid, restored_meanwhile}
    for uuid in shown[:2]:
        with pytest.raises(NotFoundError):
            store.get(uuid)
    assert store.counts_by_theme() == before  # binned facts were never counted
    store.recount()
    assert store.counts_by_theme() == before
    with store.engine.connect() as conn:
        keys = set(conn.scalars(select(Fact.id)))
        assert set(conn.scalars(select(FactRevision.fact_id))) <= keys
        assert set(conn.scalars(select(fact_themes.c.fact_id))) <= keys
        sqlite = conn.dialect.name == "sqlite"
        key = "rowid" if sqlite else "fact_id"  # FTS5 keys its rows by rowid
        indexed = set(conn.scalars(text(f"SELECT {key} FROM fact_search")))
        assert indexed == keys
        if sqlite:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert store.fact_ids(FactQuery(text="Binned", deleted=True)) == []


def test_empty_bin_without_ids_takes_everything_binned(store: Store) -> None:
    live = store.add(_draft("Live."))
    for i in range(3):
        store.delete(store.add(_draft(f"Old {i}.")).uuid)
    assert store.empty_bin() == 3
    assert store.empty_bin() == 0
    assert [r.uuid for r in store.facts()] == [live.uuid]
    assert store.count(FactQuery(deleted=True)) == 0


# ---------------------------------------------------------------------- command line


def _cli(db: str, *argv: str) -> tuple[int, str]:
    from io import StringIO

    out = StringIO()
    status = main(["--db", str(db), *argv], out=out)
    return status, out.getvalue()


@pytest.fixture
def db(store_url: str) -> str:
    """What --db takes for the test's base, on either backend."""
    return store_url


def test_cli_history_and_restore(db: str, store: Store) -> None:
    uuid = _edited(store)
    status, out = _cli(db, "facts", "history", uuid[:12])
    assert status == 0
    assert "version 3 (current)" in out
    assert "marking: [-UNCLASSIFIED-]{+SECRET+}" in out
    assert "themes: +energy" in out
    status, out = _cli(db, "--format", "json", "facts", "history", uuid)
    data = json.loads(out)
    assert [v["version"] for v in data["versions"]] == [3, 2, 1]
    assert data["versions"][0]["changes"][0]["field"] == "marking"
    status, out = _cli(db, "facts", "restore", uuid, "--version", "1")
    assert status == 0, out
    assert store.get(uuid).version == 4 and store.get(uuid).marking == "UNCLASSIFIED"
    status, _ = _cli(db, "facts", "restore", uuid, "--version", "3", "--expect", "3")
    assert status == 3  # the fact is at version 4 now: a conflict
    status, _ = _cli(db, "facts", "restore", uuid, "--version", "77")
    assert status == 2
    assert store.get(uuid).version == 4


def test_cli_bin_empty(db: str, store: Store) -> None:
    keep = store.add(_draft("Kept."))
    for i in range(2):
        store.delete(store.add(_draft(f"Old {i}.")).uuid)
    status, out = _cli(db, "bin")
    assert status == 0 and "Old 0." in out and "Kept." not in out
    status, _ = _cli(db, "bin", "empty")  # no --yes and no terminal to ask: refused
    assert status == 2
    assert len(store.binned()) == 2
    status, out = _cli(db, "bin", "empty", "--yes")
    assert status == 0 and "2" in out
    assert store.binned() == [] and [r.uuid for r in store.facts()] == [keep.uuid]


def test_cli_bin_empty_json_when_empty(db: str, store: Store) -> None:
    status, out = _cli(db, "--format", "json", "bin", "empty", "--yes")
    assert status == 0 and json.loads(out) == {"deleted": 0}


def test_restoring_a_version_from_before_a_rename_keeps_one_event_person_and_org(
    store: Store,
) -> None:
    """Versions name the event, people and organisations as they were called; a rename in
    between must not make a restore create them a second time under the old name."""
    event = store.save_event("Dushanbe summit", country="TJ")
    person = store.save_person("Emomali Rahmon", role="President", country="TJ")
    org = store.save_organisation("Eurasian Development Bank")
    draft = _draft()
    draft.event, draft.people, draft.organisations = (
        "Dushanbe summit",
        ["Emomali Rahmon"],
        ["Eurasian Development Bank"],
    )
    record = store.add(draft)
    d = record.to_draft()
    d.statement = "The minister will visit Dushanbe in June."
    record = store.update(record.uuid, d, record.version)

    store.save_event("Second Central Asia – Russia summit", country="TJ", event_id=event)
    store.save_person("Emomali Rahmon (President)", role="President", country="TJ",
                      person_id=person)  # fmt: skip
    store.save_organisation("EDB", organisation_id=org)
    restored = store.restore_version(record.uuid, 1, record.version)

    assert restored.statement.endswith("in May.")
    assert restored.event == "Second Central Asia – Russia summit"
    assert restored.people == ("Emomali Rahmon (President)",)
    assert restored.organisations == ("EDB",)
    assert [e.name for e in store.events()] == ["Second Central Asia – Russia summit"]
    assert [p.name for p in store.people()] == ["Emomali Rahmon (President)"]
    assert [o.name for o in store.organisations()] == ["EDB"]
    # the former name stays findable, and visible (and removable) as an alias
    rahmon = store.people()[0]
    assert ("Emomali Rahmon", None) in [(a.text, a.language) for a in rahmon.aliases]
    assert store.fact_ids(FactQuery(text="Emomali Rahmon")) == [restored.key]


def test_a_new_event_may_take_a_former_name_and_wins_it(store: Store) -> None:
    first = store.save_event("Dushanbe summit")
    store.save_event("Second summit", event_id=first)
    again = store.save_event("Dushanbe summit")  # a different meeting, named as the first was
    draft = _draft()
    draft.event = "Dushanbe summit"
    assert store.add(draft).event == "Dushanbe summit"
    assert again != first
    draft.event = "Second summit"
    assert store.add(draft).event == "Second summit"
