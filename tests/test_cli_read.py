"""The read-only listings' Core path against the ORM store they replaced.

``briefing facts`` (and events, people, themes, countries) open a Core-only Reader
(``bootstrap.open_reader``) and print the facts table from listing lines, not full
records. These tests hold that path to the output of the old one: the full Store, opened
with the ORM, its ``facts()`` records printed as the listing printed them before.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.cli_ids import short_ids
from briefing.cli_output import Output
from briefing.store import FactQuery, Store
from briefing.store.bundle_shape import bundle_json
from briefing.store.engine import SCHEMA_HEAD, create_briefing_engine, current_revision, migrate
from tests.conftest import sqlite_url

ROOT = Path(__file__).resolve().parents[1]

# Every filter of ``facts`` alone and in the combinations a user types (theme with its
# sub-themes, several countries, a search with a ceiling, translation state).
FILTERS: list[tuple[str, ...]] = [
    (),
    ("--country", "TJ"),
    ("--country", "tj", "--country", "KZ"),
    ("--theme", "energy"),
    ("--theme", "foreign-policy", "--country", "RU"),
    ("--search", "Douchanbe"),
    ("--search", "sommet", "--country", "TJ", "--max-marking", "UNCLASSIFIED"),
    ("--max-marking", "UNCLASSIFIED"),
    ("--max-marking", "SECRET", "--theme", "security"),
    ("--untranslated", "en"),
    ("--untranslated", "ru", "--country", "TJ"),
    ("--outdated", "en"),
    ("--outdated", "ru", "--untranslated", "fr"),
]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def _query(args: tuple[str, ...]) -> FactQuery:
    """The query the command line builds from ``args`` (as ``cli_facts.list_facts``)."""
    values: dict[str, list[str]] = {}
    for option, value in zip(args[::2], args[1::2], strict=True):
        values.setdefault(option, []).append(value)
    text = " ".join(values.get("--search", []))
    return FactQuery(
        themes=tuple(values.get("--theme", [])),
        countries=tuple(values.get("--country", [])),
        text=text,
        order="relevance" if text.strip() else "date",
        untranslated=tuple(values.get("--untranslated", [])),
        outdated=tuple(values.get("--outdated", [])),
        max_marking=(values.get("--max-marking") or [None])[0],
    )


def _old_listing(url: str, args: tuple[str, ...], fmt: str) -> str:
    """What ``facts`` printed before: full records from the ORM-opened Store."""
    store = Store.open(url)
    try:
        records = store.facts(_query(args))
        stream = io.StringIO()
        out = Output(stream, fmt)
        if fmt == "json":
            facts = [r.to_json() for r in records]
            out.json(bundle_json(facts, store.events(), store.people()))
            return stream.getvalue()
        short = short_ids(store.fact_uuids())
        rows = [
            (
                short.get(r.uuid, r.uuid),
                r.date.isoformat() if r.date else "",
                r.marking,
                ",".join(r.countries),
                ",".join(r.themes),
                r.statement,
            )
            for r in records
        ]
        out.table(("ID", "DATE", "MARKING", "COUNTRIES", "THEMES", "STATEMENT"), rows)
        return stream.getvalue()
    finally:
        store.close()


@pytest.fixture
def db(seeded_url: str, backend: str) -> str:
    """The seeded base as --db takes it, a fact's translations made outdated and another's
    English one removed."""
    store = Store.open(seeded_url)
    try:
        edited = next(r for r in store.facts() if "en" in r.translations)
        edited = store.confirm_translation(edited.uuid, "en")  # its English now current
        draft = edited.to_draft()
        draft.statement = edited.statement + " (révisé)"  # its translations go outdated
        store.update(edited.uuid, draft, edited.version)
        other = next(r for r in store.facts() if "en" in r.translations and r.uuid != edited.uuid)
        draft = other.to_draft()
        draft.translations = {k: v for k, v in other.translations.items() if k != "en"}
        store.update(other.uuid, draft, other.version)  # untranslated into English now
    finally:
        store.close()
    return seeded_url.removeprefix("sqlite:///") if backend == "sqlite" else seeded_url


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_every_facts_listing_prints_what_the_orm_path_printed(
    db: str, seeded_url: str, fmt: str
) -> None:
    found: list[int] = []
    for args in FILTERS:
        status, new = run("--db", db, "--format", fmt, "facts", *args)
        assert status == 0, (args, new)
        old = _old_listing(seeded_url, args, fmt)
        assert new == old, args
        if fmt == "json" and args in (("--outdated", "en"), ("--untranslated", "en")):
            found.append(len(json.loads(new)["facts"]))
    if fmt == "json":
        assert found and min(found) >= 1  # the translation filters were tested on something


def test_listings_find_facts(db: str) -> None:
    """The comparison above is not between two empty outputs."""
    _, table = run("--db", db, "facts", "--country", "TJ")
    assert len(table.splitlines()) > 10
    _, searched = run("--db", db, "--format", "json", "facts", "--search", "Douchanbe")
    assert json.loads(searched)["facts"]


def test_reference_listings_print_what_the_orm_path_printed(db: str, seeded_url: str) -> None:
    from briefing import cli_lists

    store = Store.open(seeded_url)
    try:
        for command, extra in (
            ("events", ()),
            ("people", ()),
            ("people", ("--max-marking", "UNCLASSIFIED")),
            ("themes", ()),
            ("countries", ()),
            ("countries", ("--all",)),
        ):
            for fmt in ("table", "json"):
                status, new = run("--db", db, "--format", fmt, command, *extra)
                assert status == 0
                args = argparse.Namespace(
                    max_marking=extra[1] if extra[:1] == ("--max-marking",) else None,
                    all=extra == ("--all",),
                )
                stream = io.StringIO()
                getattr(cli_lists, f"run_{command}")(store, args, Output(stream, fmt))
                assert new == stream.getvalue(), (command, extra, fmt)
    finally:
        store.close()


def test_a_listing_starts_without_the_orm(seeded_path: Path) -> None:
    """Listing facts on a ready base imports neither the ORM, Alembic nor Babel."""
    argv = ["--db", str(seeded_path), "facts", "--country", "TJ"]
    code = (
        "import sys, io\n"
        "from briefing.cli import main\n"
        f"status = main({argv!r}, io.StringIO())\n"
        "loaded = [m for m in ('sqlalchemy.orm', 'alembic', 'babel', 'briefing.model',"
        " 'sqlalchemy.dialects.postgresql', 'briefing.store.store') if m in sys.modules]\n"
        "print(status, loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "0 []", done.stderr


def test_a_base_below_head_is_migrated_and_seeded_by_a_listing(
    tmp_path: Path, seeded_path: Path
) -> None:
    """A listing on an old, empty base goes the full way: Alembic upgrades it, the seed
    fills it, then it lists what a seeded base lists."""
    old = tmp_path / "old.db"
    engine = create_briefing_engine(sqlite_url(old))
    migrate(engine, "0008")
    engine.dispose()
    status, listed = run("--db", str(old), "facts", "--country", "TJ")
    assert status == 0
    engine = create_briefing_engine(sqlite_url(old))
    try:
        assert current_revision(engine) == SCHEMA_HEAD
    finally:
        engine.dispose()
    _, expected = run("--db", str(seeded_path), "facts", "--country", "TJ")
    assert [line.split()[1:] for line in listed.splitlines()] == [
        line.split()[1:] for line in expected.splitlines()
    ]  # the same facts (their ids are new)


def test_the_command_list_matches_the_tree() -> None:
    """``cli_parser.COMMANDS`` decides which command lines parse with one command's tree."""
    from briefing.cli_parser import COMMANDS, build_parser

    (sub,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert tuple(sub.choices) == COMMANDS


@pytest.mark.parametrize(
    "argv",
    [
        ["facts", "--country", "TJ"],
        ["--db", "x.db", "facts", "--theme", "energy", "--format", "json"],
        ["--db=x.db", "-q", "facts", "show", "abcd"],
        ["--format", "json", "events", "--max-marking", "SECRET"],
        ["themes", "--db", "x.db"],
        ["countries", "--all"],
        ["export", "pdf", "--by", "theme", "-o", "a.pdf"],
        ["bundle", "export", "b.json", "--country", "TJ"],
    ],
)
def test_one_commands_tree_parses_as_the_full_tree(argv: list[str]) -> None:
    from briefing.cli_parser import GLOBAL_DEFAULTS, build_parser, command_named, parse

    named = ("facts", "events", "themes", "countries", "export", "bundle")
    assert command_named(argv) == next(a for a in argv if a in named)
    full = build_parser().parse_args(argv)
    for name, default in GLOBAL_DEFAULTS.items():
        if not hasattr(full, name):
            setattr(full, name, default)
    assert vars(parse(argv)) == vars(full)


@pytest.mark.parametrize(
    "argv", [[], ["--help"], ["--version"], ["--d", "themes", "facts"], ["facst"], ["-x", "facts"]]
)
def test_unplain_command_lines_get_the_full_tree(argv: list[str]) -> None:
    from briefing.cli_parser import COMMANDS, command_named

    assert command_named(argv) not in COMMANDS
