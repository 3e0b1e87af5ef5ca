"""The wheel is a working installation: built, installed in a new virtual environment and
run from outside the clone, it creates, lists, exports and opens its window (issue 10).

The new environment sees the dependencies of the one running the tests through a ``.pth``
file (no network, no second copy of PySide6) but not the clone's own ``briefing``: every
file Briefing reads must come out of the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.errors import UserFacingError
from briefing.store import Store, engine

ROOT = Path(__file__).resolve().parents[1]
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""

# Runs the real desktop entry point (what ``briefing-gui`` calls) and closes the main
# window as soon as it is on screen; prints what it closed.
GUI_SMOKE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from briefing.app import main
from briefing.gui.application import create_app

app = create_app()

def close_main_window():
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    main_windows = [w for w in shown if type(w).__name__ == "MainWindow"]
    if not main_windows:
        QTimer.singleShot(50, close_main_window)
        return
    for w in main_windows:
        print("closing", type(w).__name__, w.windowTitle(), flush=True)
        w.close()

QTimer.singleShot(0, close_main_window)
sys.exit(main([]))
"""


@dataclass(frozen=True)
class Installed:
    """A wheel and the virtual environment it was installed in."""

    wheel: Path
    source: Path  # the copy of the clone the wheel was built from
    venv: Path

    def script(self, name: str) -> Path:
        return self.venv / BIN / f"{name}{EXE}"


def _copy_clone(dest: Path) -> None:
    """The files ``pip install .`` would see: tracked and untracked, minus ignored ones.

    Building from a copy keeps ``build/`` and ``*.egg-info`` out of the clone and stale
    ``build/lib`` files out of the wheel.
    """
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):  # not a git clone: copy, minus clutter
        shutil.copytree(
            ROOT,
            dest,
            ignore=shutil.ignore_patterns(
                ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache"
            ),
        )
        return
    # A virtual environment kept in the clone (.venv, as the README makes) is not source.
    venvs = {p.name for p in ROOT.iterdir() if (p / "pyvenv.cfg").is_file()}
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if name.split("/", 1)[0] in venvs:
            continue
        if source.is_file():  # a tracked file being deleted is not in the build either
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


def _run(
    cmd: list[str | Path], cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``cmd``; fail the test with its output unless it exits 0."""
    result = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, (
        f"{cmd} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    )
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    source, dist, venv = base / "src", base / "dist", base / "venv"
    _copy_clone(source)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, source])
    (wheel,) = dist.glob("briefing-*.whl")

    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / BIN / f"python{EXE}"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel])
    # The dependencies of this interpreter, by plain path lines: .pth files found there
    # (such as the editable install's finder for the clone) are not processed.
    own = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    deps = dict.fromkeys(sysconfig.get_path(k) for k in ("purelib", "platlib"))
    Path(own.stdout.strip(), "zz_test_dependencies.pth").write_text(
        "".join(f"{d}\n" for d in deps), encoding="utf-8"
    )
    return Installed(wheel=wheel, source=source, venv=venv)


@pytest.fixture
def outside(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working directory away from the clone and an environment for the installed app."""
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BRIEFING_"))}
    env.update(BRIEFING_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    return work, env


@pytest.mark.wheel
def test_wheel_holds_code_migrations_fonts_seed_and_translations(installed: Installed) -> None:
    src = installed.source
    expected = {p.relative_to(src).as_posix() for p in src.glob("briefing/**/*.py")}
    expected |= {p.relative_to(src).as_posix() for p in src.glob("briefing/gui/translations/*.qm")}
    expected |= {f"briefing/_migrations/{p.name}" for p in src.glob("db/*.py")}
    expected |= {f"briefing/_migrations/{p.name}" for p in src.glob("db/*.mako")}
    expected |= {f"briefing/_migrations/versions/{p.name}" for p in src.glob("db/versions/*.py")}
    for folder in ("fonts", "seed"):
        expected |= {
            f"briefing/_resources/{p.relative_to(src / 'resources').as_posix()}"
            for p in (src / "resources" / folder).rglob("*")
            if p.is_file()
        }
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    assert expected - names == set(), "missing from the wheel (package list in pyproject?)"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert any(n.startswith("briefing/_migrations/versions/0001_") for n in names)
    assert "briefing/_resources/fonts/NotoSerif-Regular.ttf" in names


@pytest.mark.wheel
def test_installed_wheel_runs_outside_the_clone(
    installed: Installed, outside: tuple[Path, dict[str, str]]
) -> None:
    work, env = outside
    python = installed.script("python")
    probe = _run(
        [
            python,
            "-c",
            "import briefing, briefing.paths as p\n"
            "for f in (briefing.__file__, p.migrations_dir(), p.fonts_dir(), p.seed_dir(),"
            " p.translations_dir()): print(f)",
        ],
        cwd=work,
        env=env,
    )
    for line in probe.stdout.splitlines():
        assert Path(line).is_relative_to(installed.venv), probe.stdout  # not the clone's

    _run([installed.script("briefing"), "init"], cwd=work, env=env)
    database = Path(env["BRIEFING_HOME"], "data", "briefing.sqlite3")
    assert database.is_file()
    facts = _run([installed.script("briefing"), "facts", "--country", "TJ"], cwd=work, env=env)
    assert len(facts.stdout.splitlines()) > 5, facts.stdout
    _run([installed.script("briefing"), "export", "pdf", "-o", "out.pdf"], cwd=work, env=env)
    assert len(PdfReader(work / "out.pdf").pages) > 1

    assert installed.script("briefing-gui").is_file()
    gui = _run([python, "-c", GUI_SMOKE], cwd=work, env=env)
    assert "closing MainWindow" in gui.stdout, gui.stdout + gui.stderr
    cli = _run([python, "-m", "briefing", "--help"], cwd=work, env=env)
    assert "init" in cli.stdout


def test_failed_first_open_leaves_no_empty_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 10: each failed try used to leave an empty 4 KB file that later looked valid."""
    monkeypatch.setattr(engine, "MIGRATIONS", tmp_path / "no-migrations")
    path = tmp_path / "new.sqlite3"
    with pytest.raises(Exception, match="no-migrations"):
        Store.open(f"sqlite:///{path}")
    assert sorted(p.name for p in tmp_path.iterdir()) == []

    kept = tmp_path / "kept.sqlite3"
    kept.touch()  # the user's own (empty) file is not ours to delete
    with pytest.raises(Exception, match="no-migrations"):
        Store.open(f"sqlite:///{kept}")
    assert kept.exists()


def test_broken_database_is_refused_without_touching_it(tmp_path: Path) -> None:
    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(UserFacingError):
        Store.open(f"sqlite:///{path}")
    assert path.read_bytes() == b"this is not SQLite" * 100
