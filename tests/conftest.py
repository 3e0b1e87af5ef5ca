"""Shared fixtures: temporary databases (fresh or seeded), data dirs pointed at tmp."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.ingest.seed import load_seed
from briefing.store import Store


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's real data or config."""
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BRIEFING_DB", raising=False)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated database with a small taxonomy (no seed)."""
    s = Store.open(sqlite_url(tmp_path / "empty.db"))
    s.save_theme("security", "Security", "Sécurité", "Безопасность")
    s.save_theme("counter-terrorism", "Counter-terrorism", "Antiterrorisme", "", parent="security")
    s.save_theme("energy", "Energy", "Énergie", "Энергетика")
    yield s
    s.close()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The summit seed loaded once per test session; tests get copies."""
    path = tmp_path_factory.mktemp("seed") / "seeded.db"
    s = Store.open(sqlite_url(path))
    load_seed(s)
    s.close()
    return path


@pytest.fixture
def seeded_path(seeded_template: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded database file."""
    target = tmp_path / "seeded.db"
    shutil.copy(seeded_template, target)
    return target


@pytest.fixture
def seeded(seeded_path: Path) -> Iterator[Store]:
    """A store holding the Dushanbe summit seed."""
    s = Store.open(sqlite_url(seeded_path))
    yield s
    s.close()
