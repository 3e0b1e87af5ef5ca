"""The same store on PostgreSQL (runs when BRIEFING_TEST_PG_URL names a scratch database)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from briefing.errors import ConflictError
from briefing.ingest.seed import load_seed
from briefing.store import FactQuery, Store
from briefing.store.engine import create_briefing_engine

URL = os.environ.get("BRIEFING_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="set BRIEFING_TEST_PG_URL to a scratch PostgreSQL database"),
]


@pytest.fixture
def pg() -> Iterator[Store]:
    assert URL
    engine = create_briefing_engine(URL)
    with engine.begin() as conn:  # a scratch database: start from nothing every time
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    store = Store.open(URL)
    load_seed(store)
    yield store
    store.close()


def test_seed_search_and_counts_match_sqlite(pg: Store, seeded: Store) -> None:
    for query in ("Rahmon", "Рахмон", "Douchanbe", "таджикистан", '"Nord-Sud"', "CEI"):
        on_pg = {pg.get(k).uuid for k in pg.fact_ids(FactQuery(text=query))}
        on_sqlite = {seeded.get(k).uuid for k in seeded.fact_ids(FactQuery(text=query))}
        assert on_pg == on_sqlite, query
        assert on_pg, query
    assert pg.counts_by_country() == seeded.counts_by_country()
    assert pg.counts_by_theme() == seeded.counts_by_theme()
    assert pg.count(FactQuery(countries=("TJ",), themes=("security",))) == seeded.count(
        FactQuery(countries=("TJ",), themes=("security",))
    )


def test_edit_conflict_and_import_on_postgres(pg: Store) -> None:
    record = pg.facts(FactQuery(countries=("TJ",)))[0]
    draft = record.to_draft()
    draft.statement += " (vérifié)"
    saved = pg.update(record.uuid, draft, record.version)
    assert saved.version == record.version + 1
    with pytest.raises(ConflictError):
        pg.update(record.uuid, draft, record.version)
    report = pg.import_facts(
        [{"statement": f"Fait zorbaïque {i} à Douchanbé", "themes": ["energy"], "countries": ["TJ"]}
         for i in range(3)]
    )  # fmt: skip
    assert len(report.added) == 3
    assert pg.count(FactQuery(text="zorbaique douchanbe")) == 3
