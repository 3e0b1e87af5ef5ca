"""Migration 0009 on PostgreSQL: the stored search vector (runs with BRIEFING_TEST_PG_URL)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import Connection, text

from briefing.ingest.seed import load_seed
from briefing.store import FactQuery, Store, index
from briefing.store.engine import _alembic_config, create_briefing_engine, migrate

URL = os.environ.get("BRIEFING_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="set BRIEFING_TEST_PG_URL to a scratch PostgreSQL database"),
]
QUERIES = ("Rahmon", "Рахмон", "Douchanbe", '"Nord-Sud"', "Таджикистане", "investments")


@pytest.fixture
def pg() -> Iterator[Store]:
    assert URL
    engine = create_briefing_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    store = Store.open(URL)
    load_seed(store)
    yield store
    store.close()


def _search_indexes(conn: Connection) -> set[str]:
    rows = conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'fact_search'"))
    return {r[0] for r in rows}


def _answers(store: Store) -> list[list[int]]:
    return [store.fact_ids(FactQuery(text=q, order="relevance")) for q in QUERIES]


def test_upgrade_from_0008_fills_the_vector_and_answers_alike(pg: Store) -> None:
    before = _answers(pg)
    assert all(before)
    config = _alembic_config(pg.engine)
    with pg.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    with pg.engine.connect() as conn:
        assert _search_indexes(conn) == {"pk_fact_search", "ix_fact_search_body"}
        columns = conn.scalars(
            text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'fact_search'"
            )
        )
        assert set(columns) == {"fact_id", "body"}
    assert not migrate(pg.engine)  # the way an older base is opened: upgraded, not created
    with pg.engine.connect() as conn:
        assert _search_indexes(conn) == {"pk_fact_search", "ix_fact_search_tsv"}
        empty = conn.scalar(text("SELECT count(*) FROM fact_search WHERE tsv IS NULL"))
        assert empty == 0  # rows written before the migration got their vector
    assert _answers(pg) == before


def test_rebuild_and_reindex_keep_the_index_and_the_answers(pg: Store) -> None:
    before = _answers(pg)
    with pg.engine.begin() as conn:
        assert index.rebuild(conn) == pg.count()
        assert _search_indexes(conn) == {"pk_fact_search", "ix_fact_search_tsv"}
    assert _answers(pg) == before
    ids = pg.fact_ids()
    with pg.engine.begin() as conn:
        index.reindex(conn, ids[:10])
        assert conn.scalar(text("SELECT count(*) FROM fact_search")) == len(ids)
    assert _answers(pg) == before
