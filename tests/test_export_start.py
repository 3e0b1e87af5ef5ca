"""The export command's start-up and check shortcuts, each against its general path."""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from briefing.batch import collector_paused, heap_frozen
from briefing.dossier import render_docx, render_pdf
from briefing.dossier.assemble import _Assembler, assemble
from briefing.dossier.document import FactSection
from briefing.dossier.export import write_dossier
from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.placement import _order_key
from briefing.dossier.spec import DossierSpec
from briefing.store import Store, load
from briefing.store.records import Speaker
from tests.sample_dossier import sample_dossier


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_render_runs_with_the_heap_frozen_and_thaws_it(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Everything alive before the render is out of the collector's passes while it runs,
    and the collector's again afterwards (nothing kept frozen), failure or not."""
    seen: list[int] = []

    def fake(dossier: Any, out: Any, progress: Any = None) -> None:
        seen.append(gc.get_freeze_count())
        out.write(b"x")

    module, name = (render_pdf, "render_pdf") if fmt == "pdf" else (render_docx, "render_docx")
    monkeypatch.setattr(module, name, fake)
    before = gc.get_freeze_count()
    write_dossier(sample_dossier(), tmp_path / f"a.{fmt}", fmt)  # type: ignore[arg-type]
    assert seen and seen[0] > before
    assert gc.get_freeze_count() == before

    def broken(dossier: Any, out: Any, progress: Any = None) -> None:
        raise RuntimeError("render failed")

    monkeypatch.setattr(module, name, broken)
    with pytest.raises(RuntimeError):
        write_dossier(sample_dossier(), tmp_path / f"b.{fmt}", fmt)  # type: ignore[arg-type]
    assert gc.get_freeze_count() == before


def test_quoted_facts_of_some_ids_are_those_of_all(seeded: Store) -> None:
    """The ids travel as one parameter (a JSON array on SQLite): the facts found are
    exactly those the unnarrowed read finds, in its order, unknown ids passed over."""
    every, texts = seeded.quoted_facts()
    assert len(every) > 2 and texts
    some = [f.uuid for f in every[::2]]
    picked, picked_texts = seeded.quoted_facts([*reversed(some), "no-such-fact", some[0]])
    assert picked == [f for f in every if f.uuid in set(some)]
    assert picked_texts == {f.source: texts[f.source] for f in picked}
    assert seeded.quoted_facts([]) == ([], {})


def test_a_command_leaves_the_heap_frozen_for_the_interpreter_exit(tmp_path: Path) -> None:
    """A command run in a process registers ``gc.freeze`` to run at exit, after the
    handlers registered before it (atexit runs last in, first out): the interpreter's
    final collections skip what the command left alive. Once, however many commands."""
    script = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen at exit', gc.get_freeze_count() > 0))\n"
        "from briefing.cli import main\n"
        "main(['--db', sys.argv[1], 'themes']); main(['--db', sys.argv[1], 'themes'])\n"
        "print('frozen before exit', gc.get_freeze_count() > 0)\n"
    )
    db = tmp_path / "none.sqlite3"
    done = subprocess.run(
        [sys.executable, "-c", script, str(db)], capture_output=True, text=True, check=True
    )
    assert "frozen before exit False" in done.stdout
    assert "frozen at exit True" in done.stdout


def test_each_section_prints_in_the_order_of_its_records_keys(seeded: Store) -> None:
    """Placing computes each fact's order key once (a fact in two sections reuses it):
    every section still prints its facts in the order of their own keys."""
    spec = by_theme(seeded, DossierSpec(include_background=True, date=dt.date(2026, 1, 1)))
    dossier = assemble(spec, seeded)
    records = {r.uuid: r for r in seeded.records(seeded.fact_ids())}
    held = [
        [_order_key(records[f.uuid]) for f in s.facts]
        for _, s in dossier.walk()
        if isinstance(s, FactSection)
    ]
    assert sum(len(keys) >= 2 for keys in held) >= 3  # sections with an order to keep
    assert all(keys == sorted(keys) for keys in held)


def test_placing_takes_each_facts_own_order_key(seeded: Store) -> None:
    spec = by_theme(seeded, DossierSpec(include_background=True, date=dt.date(2026, 1, 1)))
    assembler = _Assembler(seeded, spec)
    assembler.place()
    records = list(assembler.cache.values())
    assert len(records) > 10 and assembler.order_keys.keys() <= assembler.cache.keys()
    assert len({_order_key(r) for r in records}) > 10  # keys that tell facts apart
    assert all(assembler.order_of(r) == _order_key(r) for r in records)


def _generation(obj: object) -> int | None:
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation
    return None


def test_what_a_paused_batch_built_resumes_in_the_oldest_generation() -> None:
    """The collector resumes without walking the batch young to old; thawing never undoes
    a freeze someone else holds."""
    if not gc.isenabled():
        pytest.skip("the collector is off in this process")
    with collector_paused():
        built = [[n] for n in range(1000)]
        assert _generation(built[0]) == 0
    assert _generation(built[0]) == 2 and _generation(built) == 2
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with heap_frozen():
        frozen = gc.get_freeze_count()
        with collector_paused():
            more = [[n] for n in range(10)]
        assert gc.get_freeze_count() == frozen  # left frozen for the render
        assert _generation(more[0]) == 0


def test_who_names_the_people_the_store_names_speakers_too(
    seeded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``named_people`` answers from the records placing read: the same set as the store's
    ``people_named``, a person who only speaks in a fact included."""
    spec = DossierSpec(include_background=True, date=dt.date(2026, 1, 1))
    seeded.save_person("Ada Speaker", "Envoy", "TJ")
    assert "Ada Speaker" not in seeded.people_named()
    record = seeded.facts()[0]
    draft = record.to_draft()
    draft.speaker = Speaker("person", "Ada Speaker")
    seeded.update(record.uuid, draft, record.version)
    for layout in (by_theme, by_country):
        assembler = _Assembler(seeded, layout(seeded, spec))
        assembler.place()
        assert assembler.placed_whole
        with monkeypatch.context() as patched:  # answered without asking the store
            patched.setattr(type(seeded), "people_named", None)
            names = assembler.named_people()
        assert "Ada Speaker" in names
        assert names == seeded.people_named(assembler.scope.query)


@pytest.mark.parametrize("dense", [0.0, 0.75, 2.0])
def test_records_read_by_key_range_are_those_read_by_key(
    seeded: Store, dense: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load of keys filling their span reads the span (unwanted rows dropped): the
    records are those the general path (SQLAlchemy's statements, keys as a set) reads,
    for every key set: all, a run, every other key, a few, duplicates."""
    if seeded.engine.dialect.name != "sqlite":
        pytest.skip("the range read is SQLite's")
    keys = sorted(seeded.fact_ids())
    assert len(keys) > 20
    sets = [keys, keys[3:15], keys[::2], [keys[5], keys[1], keys[-1]], [keys[2], keys[2]]]
    monkeypatch.setattr(load, "DENSE", dense)
    fast = [seeded.records(s) for s in sets]
    with seeded.engine.connect() as conn:
        assert [set(load.load_records(conn, s)) for s in sets] == [set(s) for s in sets]
    general = load._queries
    monkeypatch.setattr(load, "_queries", lambda dialect: replace(general(dialect), sql={}))
    assert fast == [seeded.records(s) for s in sets]
    assert [len(r) for r in fast] == [len(keys), 12, len(keys[::2]), 3, 2]


def test_the_written_out_sqlite_statements_are_what_sqlalchemy_compiles() -> None:
    """``load.SQLITE_SQL`` spares each process compiling the eight statements: it must
    stay exactly their compiled text, each testing the keys once (its range variant
    replaces that test)."""
    queries = load._queries("sqlite")
    assert load.sqlite_sql(queries) == load.SQLITE_SQL
    for name, sql in load.SQLITE_SQL.items():
        assert sql.count(load._IN_KEYS) == 1
        assert queries.sql[name] == sql
        assert queries.sql[name + load._RANGE].count("BETWEEN ? AND ?") == 1
