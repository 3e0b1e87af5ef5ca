"""Exports on the Core-only Reader against the ORM Store they used to run on.

``briefing export`` (without ``--save-spec``) opens a Reader (``bootstrap.open_reader``), and
the GUI's export and preview children open one with ``export_process.open_for_export``:
documents, sources, country notes, an event by name, saved specs and quoted facts are Core
reads (``store/entity_reader.py``). These tests hold that path to the Store's: the same
command run on a Store writes the same pages and paragraphs, in every language and layout,
and the Reader path never imports the ORM, the mapped classes or Alembic.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefing.bootstrap import core_reader
from briefing.cli import main
from briefing.cli_export import run_export
from briefing.cli_output import Output
from briefing.cli_parser import parse
from briefing.dossier.layouts import skeleton
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.gui.export_process import open_for_export
from briefing.store import Store
from briefing.store.reader import Reader
from tests.conftest import sqlite_url

ROOT = Path(__file__).resolve().parents[1]
ORM_MODULES = ("sqlalchemy.orm", "briefing.model", "alembic", "briefing.store.store")


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _docx_text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return [p.text for p in document.paragraphs] + cells


def _text(path: Path) -> list[str]:
    return _pdf_text(path) if path.suffix == ".pdf" else _docx_text(path)


def _on_store(db: Path, argv: list[str]) -> None:
    """``briefing`` ``argv`` run on the full (ORM) Store, as every export ran before."""
    args = parse(["--db", str(db), *argv])
    store = Store.open(sqlite_url(db))
    try:
        assert run_export(store, args, Output(io.StringIO(), "text", True)) == 0
    finally:
        store.close()


@pytest.fixture
def db(seeded_path: Path) -> Path:
    """The seed with what only an export reads: a country note, a saved spec, a source
    with a stored text that one fact no longer quotes."""
    store = Store.open(sqlite_url(seeded_path))
    try:
        store.save_country_note(
            "TJ",
            {"en": "Host **country**.", "fr": "Pays *hôte*.", "ru": "Принимающая страна."},
            "UNCLASSIFIED",
        )
        fact = next(f for f in store.facts() if f.source.title and f.source.quote)
        source = next(s for s in store.sources() if s.title == fact.source.title)
        store.save_source(
            source.title, full_text="A text that holds none of the quotes.", source_id=source.id
        )
        event = store.events()[0]
        spec = DossierSpec(event=event.uuid)
        sections = [*skeleton(spec), SectionSpec("country", "TJ"), SectionSpec("figures")]
        store.save_spec("tj", spec.with_sections(sections).to_json())
    finally:
        store.close()
    return seeded_path


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
@pytest.mark.parametrize("by", ["theme", "country"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_export_on_the_reader_prints_what_the_store_printed(
    db: Path, tmp_path: Path, language: str, by: str, fmt: str
) -> None:
    argv = ["export", fmt, "--by", by, "--language", language, "--max-marking", "SECRET"]
    new, old = tmp_path / f"reader.{fmt}", tmp_path / f"store.{fmt}"
    assert main(["--db", str(db), "-q", *argv, "-o", str(new)], io.StringIO()) == 0
    _on_store(db, [*argv, "-o", str(old)])
    printed = _text(new)
    assert printed == _text(old)
    assert any("Host" in t or "hôte" in t or "Принимающая" in t for t in printed) == (
        by == "country"
    )


def test_a_saved_spec_and_its_event_export_as_on_the_store(db: Path, tmp_path: Path) -> None:
    event = Store.open(sqlite_url(db))
    try:
        name = event.events()[0].names.get("fr") or event.events()[0].name
    finally:
        event.close()
    argv = ["export", "pdf", "--spec", "tj", "--event", name.upper(), "--language", "fr"]
    new, old = tmp_path / "reader.pdf", tmp_path / "store.pdf"
    out = io.StringIO()
    assert main(["--db", str(db), "--format", "json", *argv, "-o", str(new)], out) == 0
    _on_store(db, [*argv, "-o", str(old)])
    assert _pdf_text(new) == _pdf_text(old)
    assert '"quote-not-found"' in out.getvalue()  # the quote check ran on the Reader


def test_a_misspelt_spec_or_event_is_bad_input_on_the_reader(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "export", "--spec", "nope", "-o", str(out)]) == 2
    assert main(["--db", str(db), "export", "--event", "Atlantis", "-o", str(out)]) == 2
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_export_starts_without_the_orm(db: Path, tmp_path: Path, fmt: str) -> None:
    """A whole export (spec, event, assembly, quote check, rendering) and a spec listing
    import neither the ORM, the mapped classes nor Alembic."""
    exports = [
        ["--db", str(db), "export", fmt, "--by", "country", "-o", str(tmp_path / f"a.{fmt}")],
        ["--db", str(db), "export", "--spec", "tj", "-o", str(tmp_path / f"b.{fmt}")],
        ["--db", str(db), "specs"],
    ]
    code = (
        "import sys, io\n"
        "from briefing.cli import main\n"
        f"status = [main(argv, io.StringIO()) for argv in {exports!r}]\n"
        f"print(status, [m for m in {ORM_MODULES!r} if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[0, 0, 0] []", done.stderr
    assert (tmp_path / f"a.{fmt}").stat().st_size > 0


def test_saving_a_spec_from_an_export_still_writes(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    argv = ["--db", str(db), "export", "--by", "theme", "--save-spec", "mine", "-o", str(out)]
    assert main(argv, io.StringIO()) == 0
    text = io.StringIO()
    assert main(["--db", str(db), "specs"], text) == 0
    assert "mine" in text.getvalue()


def test_the_export_children_open_a_reader_on_a_ready_base(db: Path, tmp_path: Path) -> None:
    """A ready base is read through Core; an empty one still goes through Store.open."""
    reader = open_for_export(sqlite_url(db))
    try:
        assert type(reader) is Reader
    finally:
        reader.close()
    blank = sqlite_url(tmp_path / "blank.db")
    assert core_reader(blank) is None
    store = open_for_export(blank)
    try:
        assert isinstance(store, Store)
    finally:
        store.close()


def test_the_gui_export_child_runs_without_the_orm(db: Path, tmp_path: Path) -> None:
    """The child process the GUI starts for an export (its whole life, run here in a
    fresh interpreter) writes the file and imports no ORM."""
    code = (
        "import sys\n"
        "from multiprocessing import Pipe\n"
        "from briefing.gui.export_process import _child\n"
        "ours, theirs = Pipe(duplex=False)\n"
        f"_child({sqlite_url(db)!r}, {{'sections': [{{'kind': 'country', 'key': 'TJ'}}]}},"
        f" {str(tmp_path / 'c.pdf')!r}, 'pdf', theirs)\n"
        "kinds = []\n"
        "while ours.poll():\n"
        "    try:\n"
        "        kinds.append(ours.recv()[0])\n"
        "    except EOFError:\n"  # the child closed its end: every message is read
        "        break\n"
        f"print(kinds[-1], [m for m in {ORM_MODULES!r} if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "done []", done.stdout + done.stderr
    assert (tmp_path / "c.pdf").stat().st_size > 0
