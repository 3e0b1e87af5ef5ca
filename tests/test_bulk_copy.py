"""Bulk imports write PostgreSQL's big tables with COPY: values arrive unchanged, and the
rows join the import's one transaction (a failure later leaves nothing behind)."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from briefing.store import FactQuery, Store, facets, pg_copy
from briefing.store.tables import fact_themes

# Every character COPY's text format gives a meaning to, and its NULL marker as text.
AWKWARD = "tab\there, line\nbreak, return\rhere, back\\slash, \\N, \\t literal, «ёлка» ü"


def _facts(n: int) -> list[dict[str, object]]:
    return [
        {
            "statement": f"Zephyrine {i}: {AWKWARD}",
            "language": "fr",
            "translations": {"en": f"Zephyrine {i} in English: {AWKWARD}"},
            "date": f"2024-03-{i % 28 + 1:02d}",
            "themes": ["energy", "security"],
            "countries": ["TJ", "KZ"],
            "people": [f"Person {i % 3}\twith a tab"],
            "key": i % 2 == 0,
            "source": {"title": f"Wire \\ {i % 4}", "quote": AWKWARD, "locator": "§1"},
            "figures": [
                {
                    "label": f'Turnover "{i}" \\ \t end',
                    "translations": {"ru": 'Оборот "кв."\\'},
                    "value": [0.1, 123456789012.345, -3.5, 7e-9][i % 4],
                    "unit": "USD",
                }
            ],
            "marking": "UNCLASSIFIED",
        }
        for i in range(n)
    ]


@pytest.fixture
def copy_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every PostgreSQL bulk write goes through COPY, however few its rows, in streams of
    three rows (so a table's rows take several COPYs)."""
    monkeypatch.setattr(pg_copy, "MIN_ROWS", 1)
    monkeypatch.setattr(pg_copy, "CHUNK", 3)


@pytest.mark.usefixtures("copy_everything")
def test_copied_rows_read_back_as_written(store: Store) -> None:
    given = _facts(8)
    report = store.import_facts(given)
    records = {r.uuid: r for r in store.facts()}
    assert len(records) == 8
    for uuid, obj in zip(report.added, given, strict=True):
        r = records[uuid]
        assert r.statement == obj["statement"]
        assert r.translations == obj["translations"]
        assert r.date == dt.date.fromisoformat(str(obj["date"]))
        assert r.is_key is obj["key"]
        assert set(r.themes) == {"energy", "security"} and set(r.countries) == {"TJ", "KZ"}
        assert r.people == tuple(obj["people"])  # type: ignore[arg-type]
        assert r.source.quote == AWKWARD and r.source.title == obj["source"]["title"]  # type: ignore[index]
        (figure,) = r.figures
        want = obj["figures"][0]  # type: ignore[index]
        assert figure.label == want["label"] and figure.translations == want["translations"]
        assert math.isclose(figure.value, want["value"], rel_tol=0, abs_tol=0)
        assert r.created_at.tzinfo is not None
    # the search index got the same texts: a word next to a tab, and one after "\N"
    assert store.count(FactQuery(text="zephyrine")) == 8
    assert store.count(FactQuery(text="literal")) == 8
    assert store.counts_by_theme()["energy"] == 8


@pytest.mark.usefixtures("copy_everything")
def test_a_failure_after_the_copies_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:  # the import's last step, after every COPY
        raise RuntimeError("disk gone")

    monkeypatch.setattr(facets, "apply", broken)
    with pytest.raises(RuntimeError, match="disk gone"):
        store.import_facts(_facts(5))
    assert store.count() == 0
    with store.engine.connect() as conn:
        for table in ("facts", "fact_themes", "fact_translations", "figures", "fact_search"):
            assert conn.scalar(text(f"SELECT count(*) FROM {table}")) == 0, table


@pytest.mark.postgres
def test_a_refused_copy_raises_sqlalchemys_error(store: Store, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("COPY is PostgreSQL's")
    with pytest.raises(IntegrityError), store.engine.begin() as conn:  # no fact 999999
        pg_copy.copy_rows(conn, fact_themes, ("fact_id", "theme_id"), [(999_999, 1)])
    with store.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM fact_themes")) == 0
