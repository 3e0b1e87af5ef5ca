"""The command line's conventions (issue 10): global options anywhere, only init creates
a base, --version, help for every option, exit codes, short ids, formats, terminal-safe
output, shell completion."""

from __future__ import annotations

import argparse
import io
import itertools
import json
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

import briefing.store.tables
from briefing.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


@pytest.fixture
def db(seeded_url: str, backend: str) -> str:
    """The seeded base as --db takes it: a file path on SQLite, the URL on PostgreSQL."""
    return seeded_url.removeprefix("sqlite:///") if backend == "sqlite" else seeded_url


# ---------------------------------------------------------------- 1. global options anywhere


def test_global_options_before_or_after_the_command(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = run("--db", db, "--format", "json", "facts", "--country", "TJ")
    after = run("facts", "--country", "TJ", "--db", db, "--format", "json")
    assert before[0] == after[0] == 0
    assert json.loads(before[1]) == json.loads(after[1])
    # in a nested action too, before or after its own options
    status, new_id = run("facts", "add", "--db", db, "--statement", "Placed after", "--theme",
                         "energy", "--country", "TJ", "--quiet")  # fmt: skip
    assert status == 0
    assert run("facts", "--db", db, "show", new_id.strip())[0] == 0
    status, shown = run("facts", "show", new_id.strip()[:13], "--format", "json", "--db", db)
    assert status == 0 and json.loads(shown)["facts"][0]["id"] == new_id.strip()
    # --quiet anywhere silences the confirmation, not the data
    spec = tmp_path / "spec.json"
    name = "Dushanbe summit — minister's pack (EN)"
    assert run("--db", db, "specs", "export", name, "-o", str(spec))[1].startswith("wrote")
    assert run("--db", db, "specs", "export", name, "-o", str(spec), "-q")[1] == ""
    assert run("--quiet", "--db", db, "specs", "export", name)[1].startswith("{")
    # a global option's value given twice: the later one wins
    status, _ = run("--db", str(tmp_path / "missing.db"), "events", "--db", db)
    assert status == 0
    capsys.readouterr()


def test_main_py_with_db_equals_and_a_command_is_the_cli(db: str) -> None:
    from briefing.__main__ import opens_gui

    assert opens_gui([])
    assert opens_gui(["--db", db])
    assert opens_gui([f"--db={db}"])
    assert not opens_gui([f"--db={db}", "facts"])
    assert not opens_gui(["--db", db, "facts"])
    assert not opens_gui(["facts", "--db", db])
    assert not opens_gui(["--version"])
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), f"--db={db}", "events"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Second Central Asia – Russia summit" in done.stdout


# ------------------------------------------------------- 2. only init creates a database


def test_reading_a_missing_database_is_an_error_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typo = tmp_path / "brefing.sqlite3"
    for command in (["facts"], ["events"], ["specs"], ["export", "-o", str(tmp_path / "x.pdf")]):
        assert run("--db", str(typo), *command)[0] == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert str(typo) in err and "init" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no file, no -wal, no -shm
    # the default database (and $BRIEFING_DB) too: 'briefing init' is how to create it
    assert run("themes")[0] == 2
    assert "briefing init" in capsys.readouterr().err
    monkeypatch.setenv("BRIEFING_DB", str(typo))
    assert run("people")[0] == 2
    assert str(typo) in capsys.readouterr().err
    # init creates it, and then it reads
    assert run("--db", str(typo), "init", "--no-seed")[0] == 0
    assert typo.is_file()
    assert run("--db", str(typo), "facts")[0] == 0


def test_only_sqlite_files_are_checked_for_existence() -> None:
    from briefing.bootstrap import missing_sqlite_file

    assert missing_sqlite_file("postgresql+psycopg2://u@localhost/none") is None
    assert missing_sqlite_file("sqlite://") is None
    assert missing_sqlite_file("sqlite:///:memory:") is None
    assert missing_sqlite_file(f"sqlite:///{ROOT / 'no-such.db'}") == ROOT / "no-such.db"
    assert missing_sqlite_file(f"sqlite:///{ROOT / 'pyproject.toml'}") is None


def test_the_gui_still_creates_its_database(tmp_path: Path) -> None:
    from briefing.bootstrap import open_store

    path = tmp_path / "first-start.sqlite3"
    store = open_store(str(path))  # the GUI's call: create=True by default
    try:
        assert store.count() > 0
    finally:
        store.close()


# ----------------------------------------------------------------------------- 3. --version


def test_version_from_the_clone_or_the_installed_metadata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tomllib
    from importlib import metadata

    from briefing import cli_parser

    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert run("--version") == (0, f"briefing {version}\n")
    done = subprocess.run([sys.executable, "-m", "briefing", "--version"], cwd=ROOT,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert (done.returncode, done.stdout) == (0, f"briefing {version}\n")
    # installed (no pyproject.toml beside the package): the package metadata says it
    monkeypatch.setattr(cli_parser, "__file__", "/nowhere/site-packages/briefing/cli_parser.py")
    # cli_parser imports importlib.metadata only for --version (30 ms of start-up)
    monkeypatch.setattr(metadata, "version", lambda name: "9.8.7")
    assert run("--version")[1] == "briefing 9.8.7\n"


# ---------------------------------------------------------------- 4. help for every option


def _parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    from briefing.cli_parser import build_parser

    found = []
    todo: list[tuple[str, argparse.ArgumentParser]] = [("briefing", build_parser())]
    while todo:
        name, parser = todo.pop()
        found.append((name, parser))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo.extend((f"{name} {n}", p) for n, p in action.choices.items())
    return found


def test_every_option_has_help_and_lists_its_allowed_values() -> None:
    from briefing.cli_parser import CONFIDENCE, LANGUAGES, MARKINGS
    from briefing.dossier import spec
    from briefing.store import records

    parsers = _parsers()
    assert len(parsers) >= 14
    for name, parser in parsers:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)
            if action.choices:  # argparse prints them; the help must not say otherwise
                assert "{" + ",".join(action.choices) + "}" in parser.format_help(), name
    # the allowed values --help shows are the ones the store and the printer accept
    assert [code for code, _, _ in records.DEFAULT_MARKINGS] == list(MARKINGS)
    assert records.CONFIDENCE_LEVELS == CONFIDENCE
    assert spec.LANGUAGES == LANGUAGES
    _, text = run("export", "--help")
    assert "--max-marking {UNCLASSIFIED,RESTRICTED,CONFIDENTIAL,SECRET}" in text
    assert "--language {en,fr,ru}" in text and "--page-size {A4,Letter}" in text
    assert "--marking {UNCLASSIFIED,RESTRICTED,CONFIDENTIAL,SECRET}" in run("facts", "add", "-h")[1]
    assert "--format {table,json}" in run("people", "--help")[1]


# ------------------------------------------------------------------------- 5. exit codes


def test_exit_codes_are_documented_and_consistent(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import briefing.cli

    for doc in (run("--help")[1], briefing.cli.__doc__ or ""):
        for code in ("0", "1", "2", "3"):
            assert re.search(rf"^\s*\W*{code}\W", doc, re.MULTILINE), (code, doc)
    pdf = str(tmp_path / "x.pdf")
    bad_input = [
        ("export", "-o", pdf, "--spec", "no such spec"),
        ("export", "-o", pdf, "--country", "XX"),
        ("export", "-o", pdf, "--event", "No such summit"),
        ("export", "-o", pdf, "--max-marking", "COSMIC"),
        ("specs", "export", "no such spec"),
        ("facts", "--country", "XX"),
        ("facts", "show", "ffffffff"),
        ("facts", "--no-such-option"),
        ("no-such-command",),
    ]
    for argv in bad_input:
        assert run("--db", db, *argv)[0] == 2, argv
        assert capsys.readouterr().err.count("\n") == 1, argv
    assert not Path(pdf).exists()
    assert run("--db", db, "export", "-o", str(tmp_path / "no" / "dir" / "x.pdf"))[0] == 1
    assert run("--db", db, "events")[0] == 0


@pytest.mark.sqlite_only
def test_a_locked_database_exits_3(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from briefing.store import engine

    original = engine._sqlite_pragmas

    def impatient(conn: object, record: object) -> None:
        original(conn, record)
        conn.execute("PRAGMA busy_timeout=200")  # type: ignore[attr-defined]

    monkeypatch.setattr(engine, "_sqlite_pragmas", impatient)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200, raising=False)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program is writing
        status, _ = run("--db", db, "facts", "add", "--statement", "Waits", "--theme", "energy",
                        "--country", "TJ")  # fmt: skip
    finally:
        holder.close()
    assert status == 3
    assert "busy" in capsys.readouterr().err


# ----------------------------------------------------------------------- 6. short ids


def test_short_ids_tell_facts_added_in_a_row_apart(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A UUIDv7's first eight digits change every 65.536 s; on a loaded machine six adds could
    # straddle that boundary, so the ids' clock starts just after one and ticks 7 ms a call.
    start_ms = time.time_ns() // 1_000_000 // 65_536 * 65_536 + 1_000
    clock = itertools.count(start_ms * 1_000_000, 7_000_000)
    monkeypatch.setattr(briefing.store.tables, "time", SimpleNamespace(time_ns=lambda: next(clock)))
    added = []
    for i in range(6):
        status, out = run("--db", db, "facts", "add", "--statement", f"Row fact number {i}",
                          "--theme", "migration", "--country", "KG")  # fmt: skip
        assert status == 0
        added.append(out.strip())
    assert len({a[:8] for a in added}) == 1  # UUIDv7: the same time prefix
    _, table = run("--db", db, "facts", "--search", "Row fact number")
    shown = [line.split()[0] for line in table.splitlines()[1:]]
    assert len(shown) == 6 and len(set(shown)) == 6
    assert all(len(s) > 8 and not s.endswith("-") for s in shown)
    assert sorted(next(a for a in added if a.startswith(s)) for s in shown) == sorted(added)
    # seed facts keep eight characters: their ids differ early
    _, seed_table = run("--db", db, "facts", "--country", "TJ")
    assert {len(line.split()[0]) for line in seed_table.splitlines()[1:]} == {8}
    # each short id is accepted where an id is, hyphens or not
    for short, full in ((s, next(a for a in added if a.startswith(s))) for s in shown):
        _, detail = run("--db", db, "facts", "show", short)
        assert detail.splitlines()[0].split() == ["id", full]
        assert run("--db", db, "facts", "show", full.replace("-", "")[:14])[0] == 0
    capsys.readouterr()
    # a prefix several facts share is an error listing them
    assert run("--db", db, "facts", "show", added[0][:8])[0] == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "matches 6 facts" in err
    assert all(s in err for s in shown)


def test_short_id_rules() -> None:
    from briefing.cli_ids import short_ids

    ids = ["01a23493-aaaa", "01a23493-abbb", "590642ec-471d", "5906ffff-0000"]
    assert short_ids(ids) == {
        "01a23493-aaaa": "01a23493-aa",
        "01a23493-abbb": "01a23493-ab",
        "590642ec-471d": "590642ec",
        "5906ffff-0000": "5906ffff",
    }
    assert short_ids(["01a23493-a", "01a23493-b", "01a23493"]) == {
        "01a23493": "01a23493",
        "01a23493-a": "01a23493-a",
        "01a23493-b": "01a23493-b",
    }


def test_event_and_spec_ids_accept_prefixes(db: str, tmp_path: Path) -> None:
    _, table = run("--db", db, "events")
    event_id = table.splitlines()[1].split()[0]
    assert len(event_id) == 8
    status, new_id = run("--db", db, "facts", "add", "--statement", "Side meeting held.",
                         "--theme", "energy", "--country", "TJ", "--event", event_id)  # fmt: skip
    assert status == 0
    fact = json.loads(run("--db", db, "--format", "json", "facts", "show", new_id.strip())[1])
    assert fact["facts"][0]["event"] == "Second Central Asia – Russia summit"
    spec = {"name": "Picked", "sections": [{"kind": "facts", "facts": [new_id.strip()[:13]]}]}
    path = tmp_path / "picked.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    assert run("--db", db, "specs", "import", str(path))[0] == 0
    saved = json.loads(run("--db", db, "specs", "export", "Picked")[1])
    assert saved["sections"][0]["facts"] == [new_id.strip()]
    assert run("--db", db, "export", "-o", str(tmp_path / "e.pdf"), "--event", event_id,
               "--spec", "Picked")[0] == 0  # fmt: skip


# ------------------------------------------------------- 7. the extension decides the format


def test_output_format_follows_the_file_extension(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mismatched = tmp_path / "x.docx"
    assert run("--db", db, "export", "pdf", "-o", str(mismatched))[0] == 2
    assert "x.docx" in capsys.readouterr().err and not mismatched.exists()
    assert run("--db", db, "export", "docx", "-o", str(tmp_path / "x.pdf"))[0] == 2
    assert run("--db", db, "export", "-o", str(tmp_path / "x.txt"))[0] == 2
    assert ".pdf or .docx" in capsys.readouterr().err.splitlines()[-1]
    assert run("--db", db, "export", "-o", str(tmp_path / "inferred.DOCX"))[0] == 0
    assert (tmp_path / "inferred.DOCX").read_bytes()[:2] == b"PK"  # a Word (zip) file
    status, out = run("--db", db, "--format", "json", "export", "-o", str(tmp_path / "p.pdf"))
    assert status == 0 and json.loads(out)["format"] == "pdf"
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"


# --------------------------------------------------------------- 8. --format json everywhere


def test_json_wherever_output_is_a_list(db: str) -> None:
    lists = {}
    for command in ("events", "people", "themes", "countries", "specs"):
        status, out = run("--format", "json", "--db", db, command)
        assert status == 0, command
        lists[command] = json.loads(out)
        assert isinstance(lists[command], list) and lists[command], command
    assert {"id", "name", "kind", "place"} <= set(lists["events"][0])
    assert {"name", "updated_at", "spec"} <= set(lists["specs"][0])
    bundle = json.loads(run("--db", db, "facts", "--format", "json")[1])
    assert isinstance(bundle["facts"], list) and len(bundle["facts"]) == 58
    status, out = run("--db", db, "facts", "add", "--statement", "As JSON", "--theme", "energy",
                      "--country", "TJ", "--format", "json")  # fmt: skip
    assert status == 0 and set(json.loads(out)) == {"id"}


# ------------------------------------------------------------- 9. terminal-safe output


@pytest.mark.sqlite_only
def test_control_characters_print_as_visible_escapes(db: str) -> None:
    import sqlite3

    # as an older Briefing (or another program writing the base) could have stored them
    with sqlite3.connect(db) as conn:
        uuid = conn.execute("select uuid from facts order by id limit 1").fetchone()[0]
        conn.execute("update facts set statement = ? where uuid = ?",
                     ("Red \x1b[31malert\x1b[0m\x07 \u202eevil\u202c", uuid))  # fmt: skip
        conn.execute("update events set place = ?", ("Dusha\x1b]0;pwned\x07nbe",))
    _, table = run("--db", db, "facts")
    assert "\x1b" not in table and "\x07" not in table and "\u202e" not in table
    assert "Red \\x1b[31malert\\x1b[0m\\x07 \\u202eevil\\u202c" in table
    _, detail = run("--db", db, "facts", "show", uuid)
    assert "\x1b" not in detail and "\\x1b[31malert" in detail
    _, events = run("--db", db, "events")
    assert "\x1b" not in events and "Dusha\\x1b]0;pwned\\x07nbe" in events
    _, as_json = run("--db", db, "facts", "show", uuid, "--format", "json")
    assert "\x1b" not in as_json and "\\u001b[31m" in as_json
    assert json.loads(as_json)["facts"][0]["statement"].startswith("Red \x1b[31m")


@pytest.mark.parametrize(
    "argument", [b"caf\xe9".decode("utf-8", "surrogateescape"), "lone \ud800 surrogate"]
)
def test_arguments_that_are_not_utf8_are_a_one_line_usage_error(
    db: str, argument: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--db", db, "facts", "--search", argument)[0] == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not valid UTF-8" in err and "internal error" not in err


def test_invalid_utf8_bytes_from_the_shell(db: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "--db", db, "facts", "--search", b"\xff\xfe"],
        capture_output=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count(b"\n") == 1 and b"not valid UTF-8" in done.stderr


# ------------------------------------------------------------------ 10. shell completion


def _complete_bash(script: str, words: list[str]) -> list[str]:
    program = (
        f"{script}\nCOMP_WORDS=({' '.join(shlex.quote(w) for w in words)})\n"
        f"COMP_CWORD={len(words) - 1}\n_briefing\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n"
    )
    done = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, text=True,
                          check=True)  # fmt: skip
    return done.stdout.split()


def test_bash_completion_follows_the_parser() -> None:
    status, script = run("completion", "bash")
    assert status == 0
    assert "complete -o default -F _briefing briefing" in script
    commands = ["init", "facts", "events", "people", "themes", "countries", "export", "bin",
                "specs", "import", "bundle", "backup", "restore", "completion"]  # fmt: skip
    assert _complete_bash(script, ["briefing", ""]) == commands
    assert _complete_bash(script, ["briefing", "ex"]) == ["export"]
    assert _complete_bash(script, ["briefing", "facts", ""]) == [
        "show", "add", "import", "check", "confirm-translation", "history", "restore"
    ]  # fmt: skip
    assert _complete_bash(script, ["briefing", "--db", "x.db", "facts", "--for"]) == ["--format"]
    assert _complete_bash(script, ["briefing", "facts", "--format", ""]) == ["table", "json"]
    assert _complete_bash(script, ["briefing", "export", "--max-marking", "C"]) == ["CONFIDENTIAL"]
    assert _complete_bash(script, ["briefing", "export", "--db", "x", ""]) == ["pdf", "docx"]
    assert "--save-spec" in _complete_bash(script, ["briefing", "export", "pdf", "--s"])
    assert "--statement" in _complete_bash(script, ["briefing", "facts", "add", "--st"])
    assert _complete_bash(script, ["briefing", "export", "-o", ""]) == []  # the shell's files


def test_zsh_completion_script() -> None:
    status, script = run("completion", "zsh")
    assert status == 0
    assert script.startswith("#compdef briefing\n")
    _, bash = run("completion", "bash")
    tables = script[script.index("__briefing_sub()") : script.index("_briefing() {")]
    assert tables in bash  # one command tree for both shells
    zsh = shutil.which("zsh")
    if zsh is None:
        pytest.skip("zsh not installed: the script was checked against the bash one only")
    stubs = (
        "compadd() { shift; print -r -- $* }\n_files() { print '<files>' }\n"
        "_message() { print '<text>' }\ncompdef() { print compdef $* }\n"
    )
    checks = (
        "words=(briefing ''); CURRENT=2; _briefing\n"
        "words=(briefing facts --format ''); CURRENT=4; _briefing\n"
        "words=(briefing export -o ''); CURRENT=4; _briefing\n"
        "words=(briefing facts import ''); CURRENT=4; _briefing\n"
    )
    done = subprocess.run([zsh, "-f", "-c", stubs + script + checks], capture_output=True,
                          text=True, check=True)  # fmt: skip
    assert done.stdout.splitlines() == [
        "compdef _briefing briefing",
        "init facts events people themes countries export specs completion",
        "table json",
        "<files>",
        "",
        "<files>",
    ]
