"""Database files: created private, never modified unless recognised, upgraded all or
nothing, and every problem the user can fix reported in one line (not "internal error")."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from briefing.errors import DatabaseBusyError, SchemaTooNewError, UserFacingError
from briefing.store import Store
from briefing.store import engine as engine_module
from briefing.store.engine import BUSY_MESSAGE, create_briefing_engine, current_revision, migrate

ROOT = Path(__file__).resolve().parent.parent


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """What must not change: the bytes, the modification time and the folder's files."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def journal_mode_byte(path: Path) -> int:
    """The file-format write version in the header: 1 rollback journal, 2 WAL."""
    return path.read_bytes()[18]


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask, so that only Briefing's own choice of mode counts."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


# ------------------------------------------------------------------ permissions


@pytest.mark.usefixtures("open_umask")
def test_new_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "briefing.sqlite3"
    store = Store.open(url(path))
    store.save_theme("security", "Security", "Sécurité", "")
    for name in ("briefing.sqlite3", "briefing.sqlite3-wal", "briefing.sqlite3-shm"):
        assert stat.S_IMODE((tmp_path / "data" / name).stat().st_mode) == 0o600, name
    store.close()


@pytest.mark.usefixtures("open_umask")
def test_existing_database_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    Store.open(url(path)).close()
    path.chmod(0o640)
    Store.open(url(path)).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.usefixtures("open_umask")
def test_backup_before_upgrade_is_as_private_as_the_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_briefing_engine(url(path))
    migrate(engine, "0005")
    engine.dispose()
    Store.open(url(path)).close()
    assert stat.S_IMODE((tmp_path / "old.db.bak-0005").stat().st_mode) == 0o600


# ------------------------------------------------------------------ files not ours


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (id integer primary key, body text)")
        conn.execute("insert into notes (body) values ('mine')")
    conn.close()
    before = snapshot(path)
    with pytest.raises(UserFacingError, match="no Briefing schema version"):
        Store.open(url(path))
    assert snapshot(path) == before  # no -wal/-shm, not switched to WAL, not rewritten
    assert journal_mode_byte(path) == 1


def test_newer_briefing_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(url(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = '9999'")
    conn.execute("pragma journal_mode=delete")  # as another tool might have left it
    conn.close()
    before = snapshot(path)
    with pytest.raises(SchemaTooNewError, match="newer Briefing"):
        Store.open(url(path))
    assert snapshot(path) == before
    assert journal_mode_byte(path) == 1


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "letter.db"
    path.write_bytes(b"Dear colleague,\n" * 500)
    before = snapshot(path)
    with pytest.raises(UserFacingError) as caught:
        Store.open(url(path))
    assert str(caught.value) == f"cannot open {path}: it is not a database file (or it is damaged)"
    assert snapshot(path) == before


def test_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    Store.open(url(path)).close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the second page: a table's b-tree
    path.write_bytes(bytes(data))
    with pytest.raises(UserFacingError, match=r"is damaged; restore it from a backup$"):
        Store.open(url(path))


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="it is a folder"):
        Store.open(url(tmp_path))


# ------------------------------------------------------------------ drivers and URLs


def test_unknown_driver(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as caught:
        Store.open("postgresql+nosuchdriver://briefing:s3cret@db.example/briefing")
    message = str(caught.value)
    assert "postgresql+nosuchdriver" in message
    assert "s3cret" not in message and "\n" not in message


def test_driver_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg2", None)  # import psycopg2 now fails
    with pytest.raises(UserFacingError) as caught:
        Store.open("postgresql+psycopg2://briefing:s3cret@db.example/briefing")
    message = str(caught.value)
    assert "the database driver 'psycopg2' is not installed" in message
    assert "s3cret" not in message


def test_address_that_is_no_url() -> None:
    with pytest.raises(UserFacingError, match="cannot understand the database address"):
        create_briefing_engine("db.example:5432 briefing")


# ------------------------------------------------------------------ failed upgrades


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        lines = list(conn.iterdump())
    conn.close()
    return lines


def at_0005_with_links(path: Path) -> None:
    """A database at 0005 holding a fact with a theme, a country and a person."""
    engine = create_briefing_engine(url(path))
    migrate(engine, "0005")
    with engine.begin() as conn:
        for sql in (
            "insert into markings values ('UNCLASSIFIED', 0, 'U')",
            "insert into countries values ('TJ', 'Tajikistan', 'Tadjikistan', 'Таджикистан')",
            "insert into themes (id, slug, name_en, name_fr, name_ru, position) "
            "values (1, 'security', 'Security', 'Sécurité', '', 1)",
            "insert into people (id, uuid, name, role, country_code, role_translations) "
            "values (1, 'p1', 'Emomali Rahmon', 'President', 'TJ', '{}')",
            "insert into facts (id, uuid, statement, language, marking_code, confidence, seq, "
            "created_at, updated_at, version) values (1, 'f1', 'Fait', 'fr', 'UNCLASSIFIED', "
            "'confirmed', 1, '2025-10-09 10:00:00', '2025-10-09 10:00:00', 1)",
            "insert into fact_themes values (1, 1)",
            "insert into fact_countries values (1, 'TJ')",
            "insert into fact_people values (1, 1)",
        ):
            conn.exec_driver_sql(sql)
    engine.dispose()


def test_failed_migration_leaves_schema_and_rows_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    at_0005_with_links(path)
    with sqlite3.connect(path) as conn:  # 0006 creates app_state: make it fail half-way
        conn.execute("create table app_state (key text primary key, value text)")
    conn.close()
    before = dump(path)

    with pytest.raises(UserFacingError) as caught:
        Store.open(url(path))
    message = str(caught.value)
    assert message.startswith("could not upgrade the database from schema 0005 to head (")
    assert "app_state" in message and message.endswith("it was left as it was")

    # 0006 had already rebuilt facts and people (batch mode) when it failed: all undone
    assert dump(path) == before
    engine = create_briefing_engine(url(path))
    assert current_revision(engine) == "0005"
    engine.dispose()
    assert (tmp_path / "old.db.bak-0005").exists()


# ------------------------------------------------------------------ locks


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up on a held lock after 50 ms instead of 5 s (nothing here measures time)."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)


def hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


@pytest.mark.usefixtures("short_busy_timeout")
def test_busy_timeout_is_set_on_every_connection(tmp_path: Path) -> None:
    store = Store.open(url(tmp_path / "b.db"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 50
    store.close()


def test_default_busy_timeout_is_set(tmp_path: Path) -> None:
    store = Store.open(url(tmp_path / "b.db"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    store.close()


@pytest.mark.usefixtures("short_busy_timeout")
def test_writer_that_cannot_get_the_lock_is_told_the_database_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    store = Store.open(url(path))
    other = hold_write_lock(path)
    try:
        with pytest.raises(DatabaseBusyError) as caught:
            store.save_theme("security", "Security", "Sécurité", "")
        assert str(caught.value) == BUSY_MESSAGE
        assert store.themes() == []  # reading is not blocked (WAL), and nothing was written
    finally:
        other.rollback()
        other.close()
    store.save_theme("security", "Security", "Sécurité", "")  # once free, the same write works
    assert [t.slug for t in store.themes()] == ["security"]
    store.close()


@pytest.mark.usefixtures("short_busy_timeout")
def test_upgrade_waiting_for_a_lock_is_busy_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    at_0005_with_links(path)
    before = dump(path)
    other = hold_write_lock(path)
    try:
        with pytest.raises(DatabaseBusyError, match="database is busy"):
            Store.open(url(path))
    finally:
        other.rollback()
        other.close()
    assert dump(path) == before
    Store.open(url(path)).close()  # and it upgrades once the lock is free


def test_two_first_opens_of_one_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both see an empty file; the second, waiting for the write lock while the first builds
    the schema, finds it built once it has the lock and does nothing."""
    path = tmp_path / "new.db"
    first, second = create_briefing_engine(url(path)), create_briefing_engine(url(path))
    real_use_wal = engine_module._use_wal
    created_by_first: list[bool] = []

    def first_builds_meanwhile(engine: Engine) -> None:
        real_use_wal(engine)
        if engine is second:  # the second has checked the file and is about to lock it
            created_by_first.append(migrate(first))

    monkeypatch.setattr(engine_module, "_use_wal", first_builds_meanwhile)
    assert migrate(second) is False
    assert created_by_first == [True]
    assert current_revision(second) == current_revision(first) == engine_module.SCHEMA_HEAD
    first.dispose()
    second.dispose()


# ------------------------------------------------------------------ read-only files


def unprivileged() -> None:  # pragma: no cover - runs in the child process
    """Drop root's permission overrides (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH,
    CAP_FOWNER) so that file modes apply to the child even when the tests run as root."""
    if os.geteuid() != 0:
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


OPEN_AND_WRITE = textwrap.dedent(
    """
    import sys
    from briefing.errors import UserFacingError
    from briefing.store import Store
    try:
        store = Store.open("sqlite:///" + sys.argv[1])
        print("opened")
        store.save_theme("security", "Security", "Sécurité", "")
        print("written")
    except UserFacingError as exc:
        print(f"error: {exc}")
    """
)


def open_and_write_as_a_user(path: Path) -> list[str]:
    """Open ``path`` and add a theme in a child process whose file modes are enforced."""
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_WRITE, str(path)],
        preexec_fn=unprivileged,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    return done.stdout.splitlines()


needs_linux = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="drops capabilities with prctl (Linux)"
)


@needs_linux
def test_read_only_database_file(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    Store.open(url(path)).close()
    path.chmod(0o400)
    before = dump(path)
    assert open_and_write_as_a_user(path) == [
        "opened",  # reading still works
        f"error: cannot write to the database {path}: the file or its folder is read-only",
    ]
    assert dump(path) == before


@needs_linux
def test_read_only_folder_with_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    Store.open(url(folder / "b.db")).close()
    folder.chmod(0o555)
    try:
        assert open_and_write_as_a_user(folder / "b.db") == [
            f"error: cannot write to the database {folder / 'b.db'}: "
            "the file or its folder is read-only"
        ]
    finally:
        folder.chmod(0o755)


@needs_linux
def test_read_only_folder_for_a_new_database(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert open_and_write_as_a_user(folder / "new.db") == [
            f"error: cannot create the database {folder / 'new.db'}: permission denied"
        ]
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
