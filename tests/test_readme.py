"""The README's command-line examples run as written and show what the README says.

The fenced block after "Examples" in the "Command line" section is read from README.md;
each command in it runs in a fresh temporary folder (the working directory and
``BRIEFING_HOME``), ``briefing`` meaning ``python -m briefing`` of this clone, in order —
the first one, ``briefing init``, creates and seeds the database the others read. Each
command has a check below of what its comment promises; a command added to the README
without one fails the test, so the examples and their descriptions cannot drift apart.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EN_PACK = "Dushanbe summit — minister's pack (EN)"


@dataclass(frozen=True)
class Example:
    """One command of the examples block, and the comment that says what it prints."""

    command: str
    comment: str

    @property
    def argv(self) -> list[str]:
        words = shlex.split(self.command)
        assert words[0] == "briefing", self.command
        return [sys.executable, "-m", "briefing", *words[1:]]


def section(title: str) -> str:
    """The text of the README's ``## title`` section."""
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else len(README)]


def examples() -> list[Example]:
    """The commands of the fenced block after "Examples" (a comment may run on below)."""
    text = section("Command line")
    after = text[text.index("\nExamples") :]
    block = re.search(r"```sh\n(.*?)```", after, re.DOTALL)
    assert block is not None, "no ```sh block after 'Examples'"
    found: list[Example] = []
    for line in block.group(1).splitlines():
        command, _, comment = line.partition("#")
        if command.strip():
            found.append(Example(command.strip(), comment.strip()))
        elif comment.strip() and found:  # the comment goes on under the command
            found[-1] = Example(found[-1].command, f"{found[-1].comment} {comment.strip()}")
    return found


def rows(stdout: str) -> list[str]:
    """The data rows of a table (the header left out)."""
    lines = stdout.splitlines()
    assert lines and lines[0].split()[0] in ("ID", "NAME", "SLUG", "CODE", "UPDATED")
    return lines[1:]


Check = Callable[[str, Path], None]


def _init(out: str, folder: Path) -> None:
    assert "database ready: sqlite:///" in out
    assert "58 facts" in out.splitlines()
    assert (folder / "home" / "data" / "briefing.sqlite3").is_file()


def _events(out: str, folder: Path) -> None:
    (row,) = rows(out)
    assert row.split()[1:5] == ["2025-10-09", "summit", "TJ", "Dushanbe"]


def _tajikistan(out: str, folder: Path) -> None:
    found = rows(out)
    assert len(found) == 50
    assert all("TJ" in row.split()[3].split(",") for row in found)


def _afghanistan(out: str, folder: Path) -> None:
    found = rows(out)
    assert len(found) == 3
    assert all("Afghanistan" in row and "afghanistan" in row.split()[4] for row in found)


def _show(out: str, folder: Path) -> None:
    lines = out.splitlines()
    assert lines[0].split() == ["id", "994944b0-2817-5fce-bee7-327ceb4ac06b"]
    fields = {line.split("  ")[0].strip(): line for line in lines if not line.startswith(" ")}
    assert "Vladimir Putin" in fields["said by"]
    assert "Afghanistan" in fields["quote"] and "§12" in fields["source"]


def _presidents(out: str, folder: Path) -> None:
    people = json.loads(out)
    assert isinstance(people, list) and len(people) == 6
    assert all("President" in p["role"] for p in people)


def _pdf(out: str, folder: Path) -> None:
    assert out.startswith("wrote pack-fr.pdf (16 sections, ")
    assert (folder / "pack-fr.pdf").read_bytes()[:5] == b"%PDF-"


def _docx(out: str, folder: Path) -> None:
    assert out.startswith("wrote kz.docx (")
    with zipfile.ZipFile(folder / "kz.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Kazakhstan" in body


def _spec(out: str, folder: Path) -> None:
    assert out == "wrote pack.json\n"
    spec = json.loads((folder / "pack.json").read_text(encoding="utf-8"))
    assert spec["name"] == EN_PACK and spec["sections"]


CHECKS: dict[str, Check] = {
    "briefing init": _init,
    "briefing events": _events,
    "briefing facts --country TJ": _tajikistan,
    'briefing facts --search "афганистан"': _afghanistan,
    "briefing facts show 994944b0": _show,
    "briefing people --format json": _presidents,
    'briefing export -o pack-fr.pdf --spec "Dushanbe summit — minister\'s pack (FR)"': _pdf,
    "briefing export docx -o kz.docx --by country --country KZ --language fr "
    "--max-marking RESTRICTED": _docx,
    f'briefing specs export "{EN_PACK}" -o pack.json': _spec,
}


def test_every_example_has_a_check_and_a_description() -> None:
    found = examples()
    assert [e.command for e in found] == list(CHECKS)
    assert all(e.comment for e in found), [e.command for e in found if not e.comment]


@pytest.mark.export
def test_readme_examples_run_as_written(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "BRIEFING_DB"}
    env.update(
        BRIEFING_HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT),  # ``python -m briefing`` is this clone's
        QT_QPA_PLATFORM="offscreen",
    )
    for example in examples():
        done = subprocess.run(
            example.argv, cwd=tmp_path, env=env, capture_output=True, text=True,
            check=False, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, (example.command, done.stderr)
        assert done.stderr == "", (example.command, done.stderr)
        CHECKS[example.command](done.stdout, tmp_path)
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {"home", "pack-fr.pdf", "kz.docx", "pack.json"}  # written where you are


def test_readme_tells_where_logs_and_data_are_and_how_to_uninstall() -> None:
    from briefing.gui.errors import log_file
    from briefing.settings import AppPaths

    where = section("Where data lives")
    log = log_file(AppPaths(Path("config"), Path("data"), Path("cache")))
    assert f"`{log.relative_to('data').as_posix()}`" in where
    assert "-wal" in where and "-shm" in where and "write-ahead log" in where
    assert "### Uninstall" in where
    assert "~/.local/share/Briefing" in where and "%LOCALAPPDATA%\\Briefing" in where


def test_readme_documents_the_exit_statuses() -> None:
    from briefing import cli

    text = section("Command line")
    for status in (cli.EXIT_OK, cli.EXIT_FAILURE, cli.EXIT_USAGE, cli.EXIT_BUSY):
        assert re.search(rf"^\| {status} \| \w", text, re.MULTILINE), status
    assert "briefing completion bash" in text and "briefing --version" in text
