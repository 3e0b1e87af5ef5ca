"""Issue 9's "What broke" list, re-tested from a fresh seeded base, one row per input.

Every bad input must be answered with exit status 2 (bad input) or 1 (the environment),
one line on stderr that names the field or the cause, no traceback, no "internal error",
and nothing written to the database. The leak, the ceiling and the file-system manners
are checked by reading the outputs back.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

import pytest

from briefing.cli import main

ROOT = Path(__file__).resolve().parents[1]
FACT = {"statement": "A fact.", "themes": ["security"], "countries": ["TJ"]}


def cli(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue(), capsys.readouterr().err


def digest(db: Path) -> str:
    """Everything the database holds, as one hash (any write changes it)."""
    with sqlite3.connect(db) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


def bundle(**fields: object) -> str:
    return json.dumps({"format": "briefing-facts/2", "facts": [{**FACT, **fields}]})


# (row id, the bundle's JSON text, what the one-line error must name)
BAD_BUNDLES = [
    ("marking as object", bundle(marking={"code": "SECRET"}), "marking: must be text"),
    ("marking as number", bundle(marking=30), "marking: must be text"),
    ("marking as boolean", bundle(marking=True), "marking: must be text"),
    ("marking empty", bundle(marking=""), "marking: unknown marking ''"),
    ("people as text", bundle(people="Jane Doe"), "people: must be a list of texts"),
    ("event as list", bundle(event=["Summit"]), "event: must be text"),
    ("source as list", bundle(source=["Report"]), "source: must be an object"),
    (
        "figure 1e25",
        bundle(figures=[{"label": "GDP", "value": 1e25, "unit": "USD"}]),
        "figures[0].value",
    ),
    (
        "309-digit integer",
        '{"facts": [{"statement": "A.", "themes": ["security"], "figures": '
        '[{"label": "x", "unit": "", "value": ' + "9" * 309 + "}]}]}",
        "figures[0].value",
    ),
    ("4,300-digit locator", bundle(source={"title": "T", "locator": "1" * 4300}), "locator"),
    ("10k-character source title", bundle(source={"title": "t" * 10_000}), "source.title"),
    ("50 MB quote", bundle(source={"title": "T", "quote": "q" * 50_000_000}), "source.quote"),
    (
        "lone surrogate",
        '{"facts": [{"statement": "a\\ud800b", "themes": ["security"]}]}',
        "statement: contains a character that cannot be printed (U+D800)",
    ),
    ("escape sequence", bundle(statement="\x1b[2J wiped"), "statement: contains a character"),
    ("50,000-deep JSON", "[" * 50_000 + "]" * 50_000, "nested too deeply"),
    ("not JSON", "{facts: [}", "is not valid JSON"),
    ("invalid UTF-8 file", b"\xff\xfe{}".decode("latin-1"), "not UTF-8"),
]


@pytest.fixture
def db(seeded_path: Path) -> Path:
    return seeded_path


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in BAD_BUNDLES],
                         ids=[r[0] for r in BAD_BUNDLES])  # fmt: skip
def test_bad_bundle_is_one_line_naming_the_field_and_writes_nothing(
    db: Path, tmp_path: Path, text: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bundle.json"
    if expected == "not UTF-8":
        path.write_bytes(text.encode("latin-1"))
    else:
        path.write_text(text, encoding="utf-8")
    before = digest(db)
    status, _, err = cli("--db", str(db), "facts", "import", str(path), capsys=capsys)
    assert status == 2
    assert err.count("\n") == 1 and expected in err, err
    assert "internal error" not in err and "Traceback" not in err
    assert digest(db) == before


BAD_ADDS = [
    (["--statement", "x", "--locator", "1" * 4300, "--source-title", "T"], "source.locator"),
    (["--statement", "x", "--source-title", "t" * 10_000], "source.title"),
    (["--statement", "a\x07b"], "statement: contains a character"),
    (["--statement", "x", "--marking", ""], "marking"),
    (["--statement", "x", "--marking", "TOP"], "marking"),
    (["--statement", "x", "--date", "2025-02-30"], "date"),
    (["--statement", "x", "--speaker", "person:" + "P" * 300], "speaker"),
]


@pytest.mark.parametrize(("extra", "expected"), BAD_ADDS, ids=[e for _, e in BAD_ADDS])
def test_bad_add_is_one_line_naming_the_field_and_writes_nothing(
    db: Path, extra: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(db)
    args = ["--db", str(db), "facts", "add", "--theme", "security", "--country", "TJ", *extra]
    status, _, err = cli(*args, capsys=capsys)
    assert status == 2 and err.count("\n") == 1 and expected in err, err
    assert digest(db) == before


@pytest.mark.parametrize("command", [["facts"], ["export", "-o", "x.pdf"]])
def test_empty_ceiling_is_refused(
    db: Path,
    tmp_path: Path,
    command: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _, err = cli("--db", str(db), *command, "--max-marking", "", capsys=capsys)
    assert status == 2 and err.count("\n") == 1 and "--max-marking" in err
    assert not (tmp_path / "x.pdf").exists()


def _secret_event(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    status, out, _ = cli("--db", str(db), "facts", "add", "--statement", "NIGHTJAR is on.",
                         "--theme", "security", "--country", "TJ", "--marking", "SECRET",
                         "--event", "Operation NIGHTJAR", "--person", "Agent Kestrel",
                         capsys=capsys)  # fmt: skip
    assert status == 0
    return out.strip()


def test_nightjar_does_not_leak_below_its_marking(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    _secret_event(db, capsys)
    for fmt, extra in [("pdf", []), ("docx", []), ("pdf", ["--event", "Operation NIGHTJAR"]),
                       ("docx", ["--event", "Operation NIGHTJAR"])]:  # fmt: skip
        out = tmp_path / f"brief.{fmt}"
        args = ["--db", str(db), "export", "-o", str(out), "--max-marking", "UNCLASSIFIED"]
        assert cli(*args, *extra, capsys=capsys)[0] == 0
        if fmt == "pdf":
            reader = PdfReader(out)
            seen = [page.extract_text() for page in reader.pages]
            seen += [str(v) for v in (reader.metadata or {}).values()]
            seen += [str(item) for item in reader.outline]
            text = "\n".join(seen)
            info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True)
            text += info.stdout
        else:
            with zipfile.ZipFile(out) as z:
                text = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        for token in ("NIGHTJAR", "Kestrel"):
            assert token not in text, (fmt, extra, token)


def test_listing_and_bundle_take_the_ceiling(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uuid = _secret_event(db, capsys)
    status, out, _ = cli("--db", str(db), "--format", "json", "facts", "--max-marking",
                         "UNCLASSIFIED", capsys=capsys)  # fmt: skip
    assert status == 0
    assert "NIGHTJAR" not in out and "Kestrel" not in out and uuid not in out
    assert json.loads(out)["facts"]
    status, out, _ = cli("--db", str(db), "facts", "--max-marking", "secret", capsys=capsys)
    assert status == 0 and "NIGHTJAR" in out
    for listing, token in (("events", "NIGHTJAR"), ("people", "Kestrel")):
        base = ("--db", str(db), "--format", "json", listing)
        status, out, _ = cli(*base, "--max-marking", "UNCLASSIFIED", capsys=capsys)
        assert status == 0 and token not in out and json.loads(out)
        assert token in cli(*base, "--max-marking", "SECRET", capsys=capsys)[1]
        assert token in cli(*base, capsys=capsys)[1]


def test_terminal_escapes_are_made_visible(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "b.json"
    path.write_text(bundle(statement="Right\u202eto-left and C1 \x9b2J here."), encoding="utf-8")
    assert cli("--db", str(db), "facts", "import", str(path), capsys=capsys)[0] == 0
    status, out, _ = cli("--db", str(db), "facts", "--search", "C1", capsys=capsys)
    assert status == 0
    assert "\u202e" not in out and "\x9b" not in out
    assert "\\u202e" in out and "\\x9b" in out


def _run(*argv: str | bytes) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "briefing", *argv], capture_output=True,
                          check=False, env=env, cwd=ROOT)  # fmt: skip


def _one_line(done: subprocess.CompletedProcess[bytes], status: int, expected: str) -> None:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == status and err.count("\n") == 1 and expected in err, err
    assert "Traceback" not in err and "internal error" not in err


def test_invalid_utf8_argument(db: Path) -> None:
    _one_line(_run("--db", str(db), "facts", "--search", b"caf\xe9"), 2, "not valid UTF-8")


def test_corrupt_database_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(os.urandom(20_000))
    _one_line(_run("--db", str(bad), "facts"), 1, "not a database file")


def test_missing_driver() -> None:
    _one_line(_run("--db", "postgresql+pg8000://u@localhost/x", "facts"), 1, "not installed")


@contextmanager
def tmpfs(where: Path, size: str, read_only: bool = False) -> Iterator[Path]:
    """A small tmpfs at ``where`` (root only): a full disk or a read-only one."""
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_full_disk_keeps_the_old_file_and_leaves_no_temp(db: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "64k") as disk:
        for fmt in ("pdf", "docx"):
            target = disk / f"brief.{fmt}"
            target.write_bytes(b"old")
            done = _run("--db", str(db), "export", "-o", str(target))
            _one_line(done, 1, "the disk is full")
            assert target.read_bytes() == b"old"
            assert sorted(p.name for p in disk.iterdir()) == sorted(
                p.name for p in disk.iterdir() if not p.name.startswith(".~")
            )


def test_read_only_database(db: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "8m") as disk:
        copy = disk / "ro.db"
        copy.write_bytes(db.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        done = _run("--db", str(copy), "facts", "add", "--statement", "x", "--theme",
                    "security", "--country", "TJ")  # fmt: skip
        _one_line(done, 1, "cannot be opened")


def test_device_mode_and_symlink(db: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        device = tmp_path / "dev.pdf"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        _one_line(_run("--db", str(db), "export", "-o", str(device)), 1, "device")
        assert stat.S_ISCHR(device.stat().st_mode)
    private = tmp_path / "private.pdf"
    private.write_bytes(b"old")
    private.chmod(0o600)
    assert _run("--db", str(db), "export", "-o", str(private)).returncode == 0
    assert stat.S_IMODE(private.stat().st_mode) == 0o600 and private.read_bytes() != b"old"
    real = tmp_path / "real.docx"
    real.write_bytes(b"old")
    link = tmp_path / "link.docx"
    link.symlink_to(real.name)
    assert _run("--db", str(db), "export", "-o", str(link)).returncode == 0
    assert link.is_symlink() and zipfile.is_zipfile(real)


def test_four_parallel_writers_lose_nothing(tmp_path: Path) -> None:
    from tools.parallel_writers import run

    result = run(tmp_path / "shared.db", processes=4, adds=25)
    assert result.failed == 0 and result.lost == 0 and result.stored == 100


def test_a_fact_at_every_limit_prints_in_both_formats(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Accepted, then unprintable: whatever the door lets in at its limits, both print."""
    words = " ".join(["Longwordwithoutbreaks" * 20] * 40)
    fact = {
        **FACT,
        "statement": "Limits. " + "x" * 19_000,
        "event": "E" * 300,
        "source": {"title": "T" * 400, "quote": (words * 30)[:20_000], "locator": "9" * 200},
        "figures": [
            {
                "label": "L" * 300,
                "value": 999_999_999_999_999,
                "unit": "U" * 40,
                "qualifier": "Q" * 40,
            }
        ],
    }
    path = tmp_path / "limits.json"
    path.write_text(json.dumps({"format": "briefing-facts/2", "facts": [fact]}), encoding="utf-8")
    assert cli("--db", str(db), "facts", "import", str(path), capsys=capsys)[0] == 0
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"limits.{fmt}"
        status, _, err = cli("--db", str(db), "export", "-o", str(out), "--title", "T" * 500,
                             "--subtitle", "S" * 500, capsys=capsys)  # fmt: skip
        assert status == 0, err
        if fmt == "docx":
            import docx

            document = docx.Document(str(out))
            assert len(document.core_properties.title) <= 255
            text = "\n".join(p.text for p in document.paragraphs)
        else:
            from pypdf import PdfReader

            text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
        assert "Limits." in text
