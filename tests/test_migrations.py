"""Schema migrations: from nothing, from the previous revision, and refusing the unknown."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from briefing.errors import SchemaTooNewError, UserFacingError
from briefing.model import Base
from briefing.store import FactQuery, Store
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
    migrate(engine, "0002")
    assert current_revision(engine) == "0002"
    made = _facts_written_at_0002(engine)
    engine.dispose()

    upgraded = Store.open(url(path))
    assert not upgraded.created
    assert current_revision(upgraded.engine) == head_revision()
    assert [r.uuid for r in upgraded.facts()] == made
    assert upgraded.count() == 5  # counts were filled from the existing facts
    assert upgraded.counts_by_country() == {"TJ": 5, "RU": 2}
    assert upgraded.counts_by_theme() == {"security": 5}
    # 0012 filled the kept sets the grouped counts are summed from
    assert upgraded.theme_tree_counts() == {"security": 5}
    assert upgraded.country_counts() == {"TJ": 5, "RU": 2}
    assert upgraded.country_counts(FactQuery(countries_at_most=1)) == {"TJ": 3}
    with upgraded.engine.connect() as conn:
        kept = set(conn.exec_driver_sql("SELECT facet, key, n FROM fact_counts"))
    upgraded.recount()  # the migration filled what the writers keep
    with upgraded.engine.connect() as conn:
        assert set(conn.exec_driver_sql("SELECT facet, key, n FROM fact_counts")) == kept
    person = upgraded.people()[0]
    assert (person.name, person.role_translations) == ("Emomali Rahmon", {})
    assert upgraded.fact_ids(FactQuery(text="Рахмон")) == upgraded.fact_ids()[:1]
    assert (tmp_path / "old.db.bak-0002").exists()
    with sqlite3.connect(tmp_path / "old.db.bak-0002") as backup:
        assert backup.execute("select count(*) from facts").fetchone() == (5,)
    upgraded.close()


def test_upgrade_keeps_the_links_of_rebuilt_tables(tmp_path: Path) -> None:
    """Batch mode rebuilds facts and people by dropping them; with foreign keys on, the drop
    deleted (ON DELETE CASCADE) every fact's themes, countries and people."""
    path = tmp_path / "old.db"
    engine = create_briefing_engine(url(path))
    migrate(engine, "0002")
    _facts_written_at_0002(engine)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        before = {
            t: conn.execute(f"select * from {t} order by 1, 2").fetchall()
            for t in ("fact_themes", "fact_countries", "fact_people")
        }
    conn.close()
    upgraded = Store.open(url(path))
    with upgraded.engine.connect() as check:  # pooled connections have foreign keys on again
        assert check.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        after = {
            t: [tuple(r) for r in check.exec_driver_sql(f"select * from {t} order by 1, 2")]
            for t in before
        }
    assert after == before
    assert sum(len(rows) for rows in after.values()) == 5 + 7 + 1
    upgraded.close()


def _facts_written_at_0002(engine: Engine) -> list[str]:
    """Rows as the 0002 schema holds them, written with plain SQL (today's ORM is newer)."""
    statements = [
        "insert into markings values ('UNCLASSIFIED', 0, 'U')",
        "insert into countries values ('TJ', 'Tajikistan', 'Tadjikistan', 'Таджикистан'), "
        "('RU', 'Russia', 'Russie', 'Россия')",
        "insert into themes (id, slug, name_en, name_fr, name_ru, position) "
        "values (1, 'security', 'Security', 'Sécurité', '', 1)",
        "insert into people (id, uuid, name, role, country_code) "
        "values (1, 'p1', 'Emomali Rahmon', 'President', 'TJ')",
        "insert into person_aliases (person_id, text) values (1, 'Рахмон')",
        "insert into fact_people values (1, 1)",
        "insert into fact_search(rowid, body) values (1, 'Fait 1 Emomali Rahmon Рахмон')",
    ]
    uuids = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(1, 6)]
    with engine.begin() as conn:
        for sql in statements[:5]:
            conn.execute(text(sql))
        for i, uuid in enumerate(uuids, start=1):
            conn.execute(
                text(
                    "insert into facts (id, uuid, statement, language, marking_code, "
                    "confidence, seq, created_at, updated_at, version) values "
                    "(:i, :u, :s, 'fr', 'UNCLASSIFIED', 'confirmed', :i, "
                    "'2025-10-09 10:00:00', '2025-10-09 10:00:00', 1)"
                ),
                {"i": i, "u": uuid, "s": f"Fait {i} à Douchanbé"},
            )
            conn.execute(text("insert into fact_themes values (:i, 1)"), {"i": i})
            conn.execute(text("insert into fact_countries values (:i, 'TJ')"), {"i": i})
            if i <= 2:
                conn.execute(text("insert into fact_countries values (:i, 'RU')"), {"i": i})
        for sql in statements[5:]:
            conn.execute(text(sql))
    return uuids


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
    with store.engine.connect() as conn, pytest.raises(Exception, match=r"(?i)foreign key"):
        conn.execute(text("insert into fact_themes (fact_id, theme_id) values (999, 999)"))


def test_schema_head_constant_matches_the_scripts() -> None:
    from briefing.store.engine import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_0012_fills_the_kept_sets_every_writer_keeps(tmp_path: Path) -> None:
    """A base written before 0012 (here: its sets removed, its revision set back) gets
    the same theme and country sets, every fact's and each event's, as the writers keep."""
    path = tmp_path / "sets.db"
    store = Store.open(url(path))
    store.save_theme("security", "Security")
    store.save_theme("energy", "Energy")
    store.save_event("Forum X")
    store.import_facts(
        [
            {"statement": "a", "themes": ["energy", "security"], "countries": ["TJ", "KZ"]},
            {"statement": "b", "themes": ["energy"], "countries": ["TJ"], "event": "Forum X"},
            {"statement": "c", "themes": ["energy"], "marking": "SECRET", "event": "Forum X"},
            {"statement": "d", "themes": ["security"], "countries": ["RU"], "event": "Forum Y"},
        ]
    )
    store.delete(store.fact_ids(FactQuery(text="d"))[0])
    query = "SELECT facet, key, n FROM fact_counts WHERE n > 0"
    with store.engine.begin() as conn:
        kept = set(conn.exec_driver_sql(query))
        conn.exec_driver_sql("DELETE FROM fact_counts WHERE facet LIKE '%set' OR facet LIKE '_s:%'")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0011'")
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN former_names")  # 0013 adds it
        conn.exec_driver_sql("DROP INDEX ix_facts_speaker_person_id")  # 0014 adds it
    store.close()
    assert {f for f, _, _ in kept} >= {"theme_set", "cs:", "ts:1"}

    upgraded = Store.open(url(path))
    with upgraded.engine.connect() as conn:
        assert set(conn.exec_driver_sql(query)) == kept
    upgraded.close()


def test_0014_indexes_the_speaker_of_a_base_at_0013(tmp_path: Path) -> None:
    """who's who asks which facts each person states: a base from 0013 gets the index."""
    path = tmp_path / "speaker.db"
    engine = create_briefing_engine(url(path))
    migrate(engine, "0013")
    with engine.connect() as conn:
        before = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(facts)")}
    engine.dispose()
    assert "ix_facts_speaker_person_id" not in before

    store = Store.open(url(path))
    with store.engine.connect() as conn:
        after = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(facts)")}
        plan = " ".join(
            str(r[3])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM facts WHERE speaker_person_id = 1"
            )
        )
    store.close()
    assert "ix_facts_speaker_person_id" in after
    assert "ix_facts_speaker_person_id" in plan
