"""Shared fixtures: temporary databases (fresh or seeded), data dirs pointed at tmp.

``store`` and ``seeded`` run each test on both backends: SQLite, and PostgreSQL when
BRIEFING_TEST_PG_URL names a scratch database (skipped otherwise). On PostgreSQL every
test starts from an empty public schema. A test about SQLite's own file is marked
``sqlite_only`` and skipped on PostgreSQL.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from briefing.ingest.seed import load_seed
from briefing.store import Store
from briefing.store.engine import create_briefing_engine

if TYPE_CHECKING:
    from lxml import etree

    from briefing.dossier.document import Dossier
    from briefing.dossier.render_docx import DocxResult

PG_URL = os.environ.get("BRIEFING_TEST_PG_URL")
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="set BRIEFING_TEST_PG_URL to run on PostgreSQL"),
        ],
    ),
]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's real data or config."""
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BRIEFING_DB", raising=False)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def empty_postgres() -> str:
    """The scratch PostgreSQL database, emptied (its public schema dropped and made again)."""
    assert PG_URL
    engine = create_briefing_engine(PG_URL)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    return PG_URL


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Which database a test's store lives in: "sqlite" or "postgresql"."""
    if request.param == "postgresql" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about SQLite's own file")
    return str(request.param)


@pytest.fixture
def store_url(backend: str, tmp_path: Path) -> str:
    """The URL of an empty database on ``backend`` (nothing migrated yet)."""
    return sqlite_url(tmp_path / "empty.db") if backend == "sqlite" else empty_postgres()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An empty, migrated database with a small taxonomy (no seed), on each backend."""
    s = Store.open(store_url)
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
def seeded_url(backend: str, request: pytest.FixtureRequest) -> str:
    """The URL of a database holding the seed, on each backend (a private copy on SQLite)."""
    if backend == "sqlite":
        return sqlite_url(request.getfixturevalue("seeded_path"))
    url = empty_postgres()
    s = Store.open(url)
    try:
        load_seed(s)
    finally:
        s.close()
    return url


@pytest.fixture
def seeded(seeded_url: str) -> Iterator[Store]:
    """A store holding the Dushanbe summit seed, on each backend."""
    s = Store.open(seeded_url)
    yield s
    s.close()


# The sample dossier rendered to DOCX once per test module, for the DOCX renderer's tests
# (tests/test_render_docx_*.py). python-docx, lxml, the renderer and the sample are imported
# inside: every pytest run loads this file, and they cost about half a second to import.


@pytest.fixture(scope="module")
def en() -> tuple[Dossier, bytes, DocxResult]:
    from tests.docx_readback import render
    from tests.sample_dossier import sample_dossier

    d = sample_dossier()
    data, result = render(d)
    return d, data, result


@pytest.fixture(scope="module")
def en_doc(en: tuple[Dossier, bytes, DocxResult]) -> Any:
    import docx

    return docx.Document(io.BytesIO(en[1]))


@pytest.fixture(scope="module")
def en_body(en: tuple[Dossier, bytes, DocxResult]) -> etree._Element:
    from tests.docx_readback import part

    return part(en[1], "word/document.xml")
