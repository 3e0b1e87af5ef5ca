"""Running a parsed search on the index: which facts match, and in which order.

Matches of the words as typed come first, then those only an inflected form finds (see
``inflection``). SQLite (FTS5) and PostgreSQL (GIN over the stored column ``tsv``, that is
to_tsvector('simple', body), migration 0009) get the same prefixes, so both answer alike;
only relevance scores differ (bm25 / ts_rank).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Float, Integer, TextualSelect, column, text

from briefing.store.search import SearchQuery

RANK_LIMIT = 10_000
# Matches only an inflected form finds come after the typed form's; ranking them is worth
# less and a short stem can match many: bm25 orders them up to here, newest first beyond.
RANK_LIMIT_INFLECTED = 2_000


def fts5_count(conn: Connection, match: str) -> int:
    """How many index rows an FTS5 query matches."""
    stmt = text("SELECT count(*) FROM fact_search WHERE fact_search MATCH :q")
    return int(conn.scalar(stmt, {"q": match}) or 0)


def count(conn: Connection, search: SearchQuery) -> int:
    """How many live facts ``search`` finds (SQLite; the widened query holds the typed)."""
    return fts5_count(conn, search.fts5_widened())


def _fts5_score(conn: Connection, match: str, most: int) -> str:
    """bm25 costs ~2 µs a match; counting costs ~0.05. Past ``most`` matches a term
    is in a tenth of the base and relevance says little: newest facts first."""
    return "rank" if fts5_count(conn, match) <= most else "-rowid"


def _fts5_ranked(conn: Connection, match: str, limit: int | None, most: int) -> list[int]:
    score = _fts5_score(conn, match, most)
    rows = conn.execute(
        text(
            f"SELECT rowid FROM fact_search WHERE fact_search MATCH :q ORDER BY {score}"
            + (f" LIMIT {int(limit)}" if limit else "")
        ),
        {"q": match},
    )
    return [r[0] for r in rows]


def ranked_ids(conn: Connection, search: SearchQuery, limit: int | None) -> list[int]:
    """SQLite, no other filter, by relevance: the typed form's matches, then (when they
    do not fill ``limit``) the inflected forms' own, each tier ranked apart."""
    ids = _fts5_ranked(conn, search.fts5(), limit, RANK_LIMIT)
    if search.widened and not (limit and len(ids) >= limit):
        # With no typed match the widened query alone is cheaper than its NOT.
        rest = search.fts5_inflected() if ids else search.fts5_widened()
        ids += _fts5_ranked(conn, rest, limit and limit - len(ids), RANK_LIMIT_INFLECTED)
    return ids


def matches(
    conn: Connection, search: SearchQuery, relevance: bool
) -> tuple[TextualSelect, dict[str, Any]]:
    """A query of (fact_id, tier, score) rows for the facts ``search`` finds, to join with
    the other filters: tier 0 for matches of the typed form, 1 for inflected-only ones;
    order by (tier, score) for relevance. Returns it with its parameters."""
    if conn.dialect.name == "sqlite":
        # One MATCH of the widened query; the tier only matters for relevance. A UNION
        # of the two tiers evaluated the typed query twice (in its NOT) and made a
        # filtered search 2-3x slower at 100,000 facts.
        params = {"q": search.fts5_widened() if search.widened else search.fts5()}
        tier = score = "0"
        if relevance:
            score = _fts5_score(conn, params["q"], RANK_LIMIT)
            if search.widened:
                params["typed"] = search.fts5()
                tier = (
                    "CASE WHEN rowid IN (SELECT rowid FROM fact_search "
                    "WHERE fact_search MATCH :typed) THEN 0 ELSE 1 END"
                )
        matched = text(
            f"SELECT rowid AS fact_id, {tier} AS tier, {score} AS score "
            "FROM fact_search WHERE fact_search MATCH :q"
        )
    else:
        params = {"q": search.tsquery(), "w": search.tsquery_inflected()}
        # The stored vector: recomputing to_tsvector(body) for the tier test and ts_rank
        # of every match made a ranked top 50 take 245-556 ms at 100,000 facts.
        vector = "tsv"
        where = f"WHERE {vector} @@ to_tsquery('simple', :w)"
        # SQLite's rule: past RANK_LIMIT matches relevance says little, newest facts first
        # Counting stops past the limit: a common word's 58,000 matches cost 290 ms to
        # count at 100,000 facts, and only "more than RANK_LIMIT" matters here.
        capped = f"SELECT count(*) FROM (SELECT 1 FROM fact_search {where} LIMIT :cap) AS c"
        ranked = (
            relevance
            and (conn.scalar(text(capped), {**params, "cap": RANK_LIMIT + 1}) or 0) <= RANK_LIMIT
        )
        score = f"-ts_rank({vector}, to_tsquery('simple', :w))" if ranked else "-fact_id"
        # Without inflected forms every match is of the typed form: no second test a row
        tier = f"CASE WHEN {vector} @@ to_tsquery('simple', :q) THEN 0 ELSE 1 END"
        matched = text(
            f"SELECT fact_id, {tier if search.widened else '0'} AS tier, {score} AS score "
            f"FROM fact_search {where}"
        )
    rows = matched.columns(
        column("fact_id", Integer), column("tier", Integer), column("score", Float)
    )
    return rows, params
