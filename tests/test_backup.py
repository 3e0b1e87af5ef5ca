"""Backups of a SQLite base while it is in use, restoring one, and the rolling backups."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from briefing.bootstrap import open_store
from briefing.errors import SchemaTooNewError, UserFacingError
from briefing.store import FactDraft, FactQuery, Store
from briefing.store import backup as backups
from briefing.store.engine import known_revisions
from tests.conftest import sqlite_url


def test_backup_while_another_writer_holds_a_transaction(seeded_path: Path, tmp_path: Path) -> None:
    url = sqlite_url(seeded_path)
    store = Store.open(url)
    before = store.count()
    writer = sqlite3.connect(seeded_path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE facts SET statement = 'uncommitted' WHERE id = 1")
    try:
        copy = backups.backup(url, tmp_path / "copy.sqlite3")
    finally:
        writer.rollback()
        writer.close()
    assert not Path(f"{copy}-wal").exists()
    restored = Store.open(sqlite_url(copy))
    try:
        assert restored.count() == before
        assert "uncommitted" not in {r.statement for r in restored.facts()}
    finally:
        restored.close()
        store.close()


def test_restore_replaces_the_base_under_an_open_store(seeded_path: Path, tmp_path: Path) -> None:
    url = sqlite_url(seeded_path)
    window = Store.open(url)  # another Briefing with the base open
    saved = backups.backup(url, tmp_path / "monday.sqlite3")
    window.add(FactDraft("Added after the backup.", ["security"]))
    count = window.count()
    kept = backups.restore(url, saved, known_revisions())
    try:
        assert window.count() == count - 1  # the open store reads the restored base
        assert not window.facts(FactQuery(text="Added after the backup"))
        window.add(FactDraft("Written after the restore.", ["security"]))
        assert window.count() == count
    finally:
        window.close()
    old = Store.open(sqlite_url(kept))
    try:
        assert old.count() == count  # the replaced base, kept beside it
    finally:
        old.close()


def test_restore_refuses_what_is_not_a_briefing_base(seeded_path: Path, tmp_path: Path) -> None:
    url = sqlite_url(seeded_path)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database " * 100, encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    newer = backups.backup(url, tmp_path / "newer.sqlite3")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = seeded_path.read_bytes()
    with pytest.raises(UserFacingError, match="not a database file"):
        backups.restore(url, text_file, known_revisions())
    with pytest.raises(UserFacingError, match="not a Briefing database"):
        backups.restore(url, other, known_revisions())
    with pytest.raises(SchemaTooNewError, match="newer Briefing"):
        backups.restore(url, newer, known_revisions())
    with pytest.raises(UserFacingError, match="no such file"):
        backups.restore(url, tmp_path / "missing.sqlite3", known_revisions())
    assert seeded_path.read_bytes() == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_postgresql_bases_get_the_server_tools_advice(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="pg_dump"):
        backups.backup("postgresql+psycopg2://someone@db.example/briefing", tmp_path / "x")


def _wait_for_rolling_backups() -> None:
    for thread in threading.enumerate():
        if thread.name == "briefing-rolling-backup":
            thread.join()


def test_rolling_backups_on_start_keep_the_last_few(seeded_path: Path, tmp_path: Path) -> None:
    folder = Path(os.environ["BRIEFING_HOME"]) / "data" / "backups"
    open_store(str(seeded_path)).close()
    _wait_for_rolling_backups()
    (first,) = folder.glob("*.sqlite3")
    open_store(str(seeded_path)).close()  # unchanged since: no second copy
    _wait_for_rolling_backups()
    assert list(folder.glob("*.sqlite3")) == [first]
    url = sqlite_url(seeded_path)
    start = time.time()
    made = []
    for hour in range(1, 8):
        now = start + hour * 3600
        os.utime(seeded_path, (now - 5, now - 5))  # the base changed since the newest copy
        made.append(backups.rolling_backup(url, folder, now=dt.datetime.fromtimestamp(now, dt.UTC)))
        if made[-1] is not None:  # a second early: float mtimes round, an hour is an hour
            os.utime(made[-1], (now - 1, now - 1))
    assert all(made)
    kept = sorted(folder.glob("*.sqlite3"))
    assert kept == sorted(p for p in made if p)[-backups.KEEP :]
    soon = dt.datetime.fromtimestamp(start + 7 * 3600 + 300, dt.UTC)
    os.utime(seeded_path, (start + 7 * 3600 + 200,) * 2)
    assert backups.rolling_backup(url, folder, now=soon) is None  # changed, but too soon
