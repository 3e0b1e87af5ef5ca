"""PostgreSQL: the first page of a plain search whose word is common, newest facts first.

Past ``RANK_LIMIT`` matches the search orders by (typed form first, newest first), not by
relevance (``search_run.matches``). Asked as one query, PostgreSQL read every match: at
1,000,000 facts "cooperation" (577,000 matches) took 5.2 s for its top 50, the tier
test and the vector carried through a hash join and a sort. Here each tier is its own
query reading the newest index rows until the page is full (a word in 2% of the facts
fills it within ~2,500 rows), or, for a rarer form, the GIN index's few matches sorted.
The order is the same one, tier by tier.

Kept apart from ``search_run`` (same rules, the same parameters) only as a PostgreSQL
path for a page of a search with no other filter; fewer matches take the general query,
which ranks them with ts_rank off the GIN index.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from briefing.store import search_run
from briefing.store.search import SearchQuery

_CAPPED = (
    "SELECT count(*) FROM (SELECT 1 FROM fact_search "
    "WHERE tsv @@ to_tsquery('simple', :w) LIMIT :cap) AS c"
)
TYPED = "s.tsv @@ to_tsquery('simple', :q)"
INFLECTED_ONLY = f"s.tsv @@ to_tsquery('simple', :w) AND NOT {TYPED}"
# Index rows read newest first before asking the GIN index instead (~30 ms of reading).
DEPTH = 5_000


def newest_first(conn: Connection, search: SearchQuery, limit: int) -> list[int] | None:
    """Keys of the first ``limit`` live facts ``search`` finds, in the order a relevance
    search gives past RANK_LIMIT matches; None when the matches are few enough to be
    ranked (the caller's general query then)."""
    params = {"q": search.tsquery(), "w": search.tsquery_inflected()}
    most = search_run.RANK_LIMIT  # read when asked: tests lower it
    if (conn.scalar(text(_CAPPED), {**params, "cap": most + 1}) or 0) <= most:
        return None
    ids = _walk(conn, TYPED, params, limit)
    if search.widened and len(ids) < limit:
        ids += _walk(conn, INFLECTED_ONLY, params, limit - len(ids))
    return ids


def _walk(conn: Connection, match: str, params: dict[str, str], limit: int) -> list[int]:
    """The newest ``limit`` live facts of one tier: first among the newest DEPTH index rows
    (they hold the page whenever the word is in more than ~1% of the facts), else off the
    GIN index and sorted. A backward walk alone read all 1,000,000 rows (3.1 s) for a typed
    form nothing matched: PostgreSQL guesses a prefix's matches (2,717 for none)."""
    found = [
        int(k)
        for k in conn.scalars(
            text(
                "SELECT s.fact_id FROM (SELECT fact_id, tsv FROM fact_search "
                "ORDER BY fact_id DESC LIMIT :depth) AS s JOIN facts f ON f.id = s.fact_id "
                f"WHERE f.deleted_at IS NULL AND {match} ORDER BY s.fact_id DESC LIMIT :n"
            ),
            {**params, "depth": DEPTH, "n": limit},
        )
    ]
    if len(found) == limit:  # the newest matches of all: every other one is older
        return found
    # "+ 0": ordered by an expression, not walking the key's index: the GIN index's matches
    # (under ~1% of the facts here) are sorted instead.
    stmt = text(
        "SELECT f.id FROM fact_search s JOIN facts f ON f.id = s.fact_id "
        f"WHERE f.deleted_at IS NULL AND {match} ORDER BY s.fact_id + 0 DESC LIMIT :n"
    )
    return [int(k) for k in conn.scalars(stmt, {**params, "n": limit})]
