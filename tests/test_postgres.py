"""The same store on PostgreSQL (runs when BRIEFING_TEST_PG_URL names a scratch database)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from briefing.dossier.assemble import assemble
from briefing.dossier.document import WhoSection
from briefing.dossier.export import write_dossier
from briefing.dossier.layouts import by_theme
from briefing.dossier.spec import DossierSpec
from briefing.errors import ConflictError
from briefing.ingest.seed import load_seed
from briefing.store import FactQuery, Store
from briefing.store.engine import create_briefing_engine
from briefing.store.search import SearchQuery

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
    inflected = ("Таджикистане", "саммита", "investments", "coopérer", "États", "nationaux")
    for query in ("Rahmon", "Рахмон", "Douchanbe", "таджикистан", '"Nord-Sud"', "CEI", *inflected):
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


def test_packs_assemble_and_export_on_postgres(pg: Store, seeded: Store, tmp_path: Path) -> None:
    """Who's who, key points, speakers and the event scope: the same pack on both backends."""
    event = "Second Central Asia – Russia summit"
    spec = DossierSpec(event=event, language="fr", max_marking="UNCLASSIFIED")
    on_pg = assemble(by_theme(pg, spec), pg)
    on_sqlite = assemble(by_theme(seeded, spec), seeded)
    assert [f.uuid for s in on_pg.fact_sections() for f in s.facts] == [
        f.uuid for s in on_sqlite.fact_sections() for f in s.facts
    ]
    who_pg = next(s for s in on_pg.sections if isinstance(s, WhoSection))
    who_sqlite = next(s for s in on_sqlite.sections if isinstance(s, WhoSection))
    assert who_pg == who_sqlite and who_pg.people  # SELECT DISTINCT over json failed here
    pack = pg.load_spec("Dushanbe summit — minister's pack (RU)")
    for fmt in ("pdf", "docx"):
        dossier = assemble(DossierSpec.from_json(pack), pg)
        assert write_dossier(dossier, tmp_path / f"pack.{fmt}", fmt).stat().st_size > 10_000


def _typed_matches(store: Store, text_: str) -> set[str]:
    """Facts the words match as typed (the query before inflected forms are added)."""
    search = SearchQuery.parse(text_)
    if store.is_sqlite:
        sql, q = "SELECT rowid FROM fact_search WHERE fact_search MATCH :q", search.fts5()
    else:
        sql = (
            "SELECT fact_id FROM fact_search "
            "WHERE to_tsvector('simple', body) @@ to_tsquery('simple', :q)"
        )
        q = search.tsquery()
    with store.engine.connect() as conn:
        keys = list(conn.scalars(text(sql), {"q": q}))
    return {store.get(k).uuid for k in keys}


def test_inflected_matches_rank_after_typed_ones_as_on_sqlite(pg: Store, seeded: Store) -> None:
    from tests.test_search_inflection import WORDS

    for families in WORDS.values():
        for base, forms in families.items():
            for word in (base, *forms):
                query = FactQuery(text=word, order="relevance")
                tiers = []
                for store in (pg, seeded):
                    typed = _typed_matches(store, word)
                    ranked = [store.get(k).uuid for k in store.fact_ids(query)]
                    flags = [u not in typed for u in ranked]
                    assert flags == sorted(flags), word  # every typed match first
                    assert typed <= set(ranked), word
                    tiers.append(set(ranked))
                # The typed tier itself may differ: PostgreSQL's body folds й to и, so
                # "России" as typed also finds "российский" there (as before stems).
                assert tiers[0] == tiers[1], word
                assert pg.count(FactQuery(text=word)) == seeded.count(FactQuery(text=word))


def test_translation_filters_as_on_sqlite(pg: Store, seeded: Store) -> None:
    for store in (pg, seeded):
        record = next(r for r in store.facts() if r.uuid.startswith("5") and r.translations)
        draft = record.to_draft()
        draft.statement += " (revu)"
        store.update(record.uuid, draft, record.version)
    for query in (
        FactQuery(untranslated=("ru",)),
        FactQuery(outdated=("en", "ru")),
        FactQuery(untranslated=("en",), outdated=("en",), themes=("security",)),
    ):
        assert {r.uuid for r in pg.facts(query)} == {r.uuid for r in seeded.facts(query)}
        assert pg.count(query) == seeded.count(query)
