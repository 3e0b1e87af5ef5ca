"""The CLI end to end: commands, JSON round trip, all-or-nothing import, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import FactQuery, Store

ROOT = Path(__file__).resolve().parents[1]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


@pytest.fixture
def db(seeded_url: str, backend: str) -> str:
    """The seeded base as --db takes it: a file path on SQLite, the URL on PostgreSQL."""
    return seeded_url.removeprefix("sqlite:///") if backend == "sqlite" else seeded_url


def test_tajik_facts_as_json_with_quotes(db: str) -> None:
    status, out = run("--db", db, "facts", "--country", "TJ", "--format", "json")
    assert status == 0
    facts = json.loads(out)["facts"]
    assert len(facts) >= 10
    for fact in facts:
        assert "TJ" in fact["countries"]
        assert fact["source"]["quote"]
        assert fact["source"]["locator"].startswith("§")
        assert set(fact) >= {
            "id", "statement", "language", "translations", "date", "themes", "countries",
            "people", "organisations", "marking", "source", "figures",
        }  # fmt: skip


def test_filters_combine(db: str) -> None:
    _, out = run("--db", db, "facts", "--theme", "energy", "--country", "RU", "--format", "json")
    facts = json.loads(out)["facts"]
    assert facts
    assert all("RU" in f["countries"] for f in facts)
    _, searched = run("--db", db, "facts", "--search", "Douchanbe", "--format", "json")
    assert any("Douchanbé" in f["statement"] for f in json.loads(searched)["facts"])


def test_table_output(db: str) -> None:
    status, out = run("--db", db, "facts", "--country", "tj")
    lines = out.splitlines()
    assert status == 0
    assert lines[0].split()[:3] == ["ID", "DATE", "MARKING"]
    assert len(lines) > 10


def test_add_prints_id_and_fact_is_listed(db: str) -> None:
    status, out = run(
        "--db", db, "facts", "add", "--statement", "Le **Tadjikistan** accueillera un forum.",
        "--theme", "energy", "--country", "TJ", "--date", "2026-03-01", "--language", "fr",
        "--source-title", "Note", "--quote", "forum", "--locator", "p. 2",
    )  # fmt: skip
    assert status == 0
    new_id = out.strip()
    _, listed = run("--db", db, "facts", "--search", "forum", "--format", "json")
    (fact,) = [f for f in json.loads(listed)["facts"] if f["id"] == new_id]
    assert fact["date"] == "2026-03-01"
    assert fact["source"] == {"title": "Note", "quote": "forum", "locator": "p. 2"}


def test_bad_input_exits_2_with_one_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("--db", db, "facts", "add", "--statement", "x", "--theme", "nope",
                    "--country", "TJ")  # fmt: skip
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert "themes" in err and "nope" in err
    status, _ = run("--db", db, "facts", "add", "--statement", "x", "--theme", "energy",
                    "--country", "TJ", "--date", "2025-02-31")  # fmt: skip
    assert status == 2
    assert "date" in capsys.readouterr().err
    status, _ = run("--db", db, "facts", "--country", "XX")
    assert status == 2
    assert "XX" in capsys.readouterr().err
    status, _ = run("--db", db, "nonsense")
    assert status == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_json_round_trip_into_a_fresh_database(db: str, tmp_path: Path) -> None:
    _, exported = run("--db", db, "facts", "--format", "json")
    path = tmp_path / "bundle.json"
    path.write_text(exported, encoding="utf-8")
    other = str(tmp_path / "other.db")
    assert run("--db", other, "init", "--no-seed")[0] == 0
    status, out = run("--db", other, "facts", "import", str(path))
    assert status == 0
    bundle = json.loads(exported)
    original = bundle["facts"]
    assert f"imported {len(original)} facts" in out
    _, again = run("--db", other, "facts", "--format", "json")
    volatile = {"created_at", "updated_at"}
    again_bundle = json.loads(again)
    strip = [{k: v for k, v in f.items() if k not in volatile} for f in again_bundle["facts"]]
    assert strip == [{k: v for k, v in f.items() if k not in volatile} for f in original]
    # the events and people the facts name travel with their details
    assert again_bundle["events"] == bundle["events"]
    assert again_bundle["people"] == bundle["people"]


def test_import_existing_ids_are_skipped(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, exported = run("--db", db, "facts", "--country", "TJ", "--format", "json")
    facts = json.loads(exported)["facts"]
    new = {"statement": "Brand new fact", "themes": ["energy"], "countries": ["UZ"]}
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([*facts[:2], new]), encoding="utf-8")
    status, out = run("--db", db, "facts", "import", str(path))
    assert status == 0
    assert "imported 1 facts, skipped 2" in out
    assert capsys.readouterr().err.count("already present") == 2


def test_import_with_one_bad_record_imports_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = json.loads(run("--db", db, "facts", "--format", "json")[1])["facts"]
    records = [
        {"statement": "Good one", "themes": ["energy"], "countries": ["UZ"]},
        {"statement": "Good two", "themes": ["energy"], "countries": ["KZ"]},
        {"statement": "Bad", "themes": ["energy"], "countries": ["KZ"],
         "figures": [{"label": "Trade", "value": "lots", "unit": "USD"}]},
    ]  # fmt: skip
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    status, _ = run("--db", db, "facts", "import", str(path))
    err = capsys.readouterr().err
    assert status == 2
    assert "record 2" in err and "figures[0].value" in err
    after = json.loads(run("--db", db, "facts", "--format", "json")[1])["facts"]
    assert len(after) == len(before)


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not valid JSON"), ('{"a": 1}', "facts: must be a list"), ("[1]", "record 0")],
)
def test_import_rejects_malformed_files(db: str, tmp_path: Path, content: str, message: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = tmp_path / "f.json"
    path.write_text(content, encoding="utf-8")
    assert run("--db", db, "facts", "import", str(path))[0] == 2
    assert message in capsys.readouterr().err


def test_people_themes_countries(db: str) -> None:
    people = json.loads(run("--db", db, "people", "--format", "json")[1])
    assert {p["country"] for p in people} >= {"KZ", "KG", "RU", "TJ", "TM", "UZ"}
    themes = json.loads(run("--db", db, "themes", "--format", "json")[1])
    assert {t["slug"] for t in themes} >= {"security", "migration"}
    countries = json.loads(run("--db", db, "countries", "--format", "json")[1])
    tj = next(c for c in countries if c["code"] == "TJ")
    assert tj["name"] == {"en": "Tajikistan", "fr": "Tadjikistan", "ru": "Таджикистан"}
    assert "Таджикистан" in run("--db", db, "countries")[1]


def test_newer_database_fails_with_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    path = tmp_path / "n.db"
    assert run("--db", str(path), "init", "--no-seed")[0] == 0
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = 'ffff'")
    assert run("--db", str(path), "facts")[0] == 1
    assert "newer Briefing" in capsys.readouterr().err


def test_console_entry_points_and_env_db(tmp_path: Path) -> None:
    env_db = tmp_path / "env.db"
    env = {"BRIEFING_DB": str(env_db), "BRIEFING_HOME": str(tmp_path / "home"), "PATH": ""}
    main_py = [sys.executable, str(ROOT / "main.py")]
    assert (
        subprocess.run([*main_py, "init"], env=env, capture_output=True, check=False).returncode
        == 0
    )
    done = subprocess.run(
        [*main_py, "facts", "--country", "TJ", "--format", "json"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["facts"]) >= 10  # init seeded the $BRIEFING_DB file
    bad = subprocess.run(
        [sys.executable, "-m", "briefing", "facts", "--theme", "x"],
        capture_output=True, text=True, env=env, check=False, cwd=ROOT,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1


def test_theme_and_country_counts_respect_a_ceiling(db: str, seeded: Store) -> None:
    """A count under --max-marking never counts (so never reveals) a fact above it."""
    fact = next(f for f in seeded.facts(FactQuery(countries=("IL",))))
    draft = fact.to_draft()
    draft.marking = "SECRET"
    seeded.update(fact.uuid, draft, fact.version)

    def counts(command: str, *extra: str) -> dict[str, int]:
        status, out = run("--db", db, "--format", "json", command, *extra)
        assert status == 0
        key = "slug" if command == "themes" else "code"
        return {row[key]: row["facts"] for row in json.loads(out)}

    everything, below = counts("themes"), counts("themes", "--max-marking", "CONFIDENTIAL")
    for slug in fact.themes:
        assert below[slug] == everything[slug] - 1
    assert sum(everything.values()) - sum(below.values()) == len(fact.themes)
    assert counts("countries", "--max-marking", "SECRET")["IL"] == 1
    assert "IL" not in counts("countries", "--max-marking", "CONFIDENTIAL")  # its only fact
    assert counts("countries")["IL"] == 1
