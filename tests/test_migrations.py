"""Schema migrations: from nothing, from the previous revision, and refusing the unknown."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from briefing.errors import SchemaTooNewError, UserFacingError
from briefing.model import Base
from briefing.store import FactDraft, Store
from briefing.store.engine import create_briefing_engine, current_revision, head_revision, migrate


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_empty_database_reaches_head_matching_the_model(tmp_path: Path) -> None:
    store = Store.open(url(tmp_path / "new.db"))
    assert store.created
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            # the search index is created by hand (FTS5 / GIN), not part of the ORM model
            opts={"include_name": lambda name, kind, _p: not str(name).startswith("fact_search")},
        )
        diffs = compare_metadata(ctx, Base.metadata)
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    assert diffs == [], diffs
    assert journal == "wal" and fks == 1
    store.close()


def test_upgrade_from_previous_revision_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_briefing_engine(url(path))
    migrate(engine, "0001")
    assert current_revision(engine) == "0001"
    old = Store(engine)
    from briefing.store.reference import ensure_reference_data

    with old.session() as s:
        ensure_reference_data(s)
    old.save_theme("security", "Security")
    made = [
        old.add(
            FactDraft(statement=f"Fact {i} in Douchanbé", themes=["security"], countries=["TJ"])
        )
        for i in range(5)
    ]
    engine.dispose()

    upgraded = Store.open(url(path))
    assert not upgraded.created
    assert current_revision(upgraded.engine) == head_revision()
    assert [r.uuid for r in upgraded.facts()] == [m.uuid for m in made]
    assert upgraded.count() == 5
    upgraded.save_spec("brief", {"title": "x"})  # the new table works
    assert (tmp_path / "old.db.bak-0001").exists()
    with sqlite3.connect(tmp_path / "old.db.bak-0001") as backup:
        assert backup.execute("select count(*) from facts").fetchone() == (5,)
    upgraded.close()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(url(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer Briefing"):
        Store.open(url(path))
    with sqlite3.connect(path) as conn:
        assert conn.execute("select version_num from alembic_version").fetchone() == ("9999",)
    assert len(path.read_bytes()) == len(before)


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (id integer primary key, body text)")
    with pytest.raises(UserFacingError, match="no Briefing schema"):
        Store.open(url(path))


def test_foreign_keys_are_enforced(store: Store) -> None:
    with store.engine.connect() as conn, pytest.raises(Exception, match="FOREIGN KEY"):
        conn.execute(text("insert into fact_themes (fact_id, theme_id) values (999, 999)"))
