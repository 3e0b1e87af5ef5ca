"""The fact list's queries: filters, sort orders, keys, and counts per theme tree.

Every list the GUI, the CLI and the dossier selection show is a ``FactQuery`` turned into
one SELECT of fact keys here. Sort orders are read off the indexes of migrations 0005 and
0010 (one per order and direction, live facts only), so listing 100,000 keys is an index
walk, not a sort.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, ColumnElement, Connection, Select, distinct, func, or_, select
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from briefing.store import facets, tables
from briefing.store.records import FactQuery

if TYPE_CHECKING:
    from briefing.store.search import SearchQuery

# Core tables, not the ORM classes: a command-line listing runs without sqlalchemy.orm
# (store/reader.py). The search and translation modules load on first use for the same
# reason (their stemmers are a start-up cost a plain listing does not need).
Fact = tables.facts.c
Theme = tables.themes.c
Event = tables.events.c
Marking = tables.markings.c
fact_themes = tables.fact_themes
fact_countries = tables.fact_countries

SORT_COLUMNS = {  # "relevance" (searches only) is handled apart
    # seq is the order of entry, which for an imported article is the source's order
    # (locators are free text: "§10" sorts before "§2")
    "date": (Fact.date, Fact.seq),
    "seq": (Fact.seq,),
    "statement": (Fact.statement,),
    "marking": (Fact.marking_code, Fact.seq),
    "confidence": (Fact.confidence, Fact.seq),
    "updated": (Fact.updated_at,),
}


def ordered(columns: Sequence[Any], descending: bool, conn: Connection) -> list[Any]:
    """ORDER BY terms with SQLite's rule for NULLs (first going up, last going down) on
    every backend: PostgreSQL's default is the opposite, and undated facts would move.

    Only nullable columns get the explicit form: PostgreSQL matches an index only when the
    NULLs clause agrees, and on a NOT NULL column it changes nothing but the plan."""
    if conn.dialect.name == "sqlite":  # its default already; the explicit form costs an index
        return [c.desc() if descending else c for c in columns]
    out = []
    for c in columns:
        if not c.nullable:
            out.append(c.desc() if descending else c)
        else:
            out.append(c.desc().nulls_last() if descending else c.asc().nulls_first())
    return out


# Filter columns each order's index carries besides its sort columns (migration 0011): on
# SQLite a filter on one of them is tested on the index entry while the list walks that
# index. Without statistics SQLite otherwise takes the filter's own index (a marking,
# ix_facts_marking_code), reads every match's ~2 kB row for its date and sorts them:
# 110-220 ms of CPU at 100,000 facts for UNCLASSIFIED or a RESTRICTED ceiling, 30-50 ms
# walking. A selective filter pays the walk (SECRET, 2% of facts: 3 → 9 ms), bounded by
# the live facts. ANALYZE does not help: its per-index averages (25,000 facts a marking)
# cannot tell SECRET from UNCLASSIFIED.
ENTRY_FILTERS = {"date": frozenset({"marking_code", "language"})}
# Orders read off a live-facts index (0005, 0010): a first page walks it to its limit.
WALKED_ORDERS = frozenset({"date", "statement", "marking", "confidence"})


def on_entry(conn: Connection, order: str | None, column: Column[Any]) -> ColumnElement[Any]:
    """``column`` as SQLite's ``+column`` (no index is looked up through it) when the
    list's ``order`` has an index carrying it, so that SQLite walks that index and tests
    the entry; ``column`` itself otherwise (``order`` None: not a list but a count or a
    set, best found through the filter's own index) and on PostgreSQL, which plans with
    statistics."""
    if conn.dialect.name == "sqlite" and column.name in ENTRY_FILTERS.get(order or "", ()):
        return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)
    return column


def member(conn: Connection, query: FactQuery, listed: bool) -> ColumnElement[Any]:
    """The key to test a link table's or a search's set of facts with: ``+facts.id`` on
    SQLite for a first page read off an order's index, so the index is walked (each key
    probed in the set, built once) and the walk stops at the limit. Looked up through
    the key, every linked fact's row is read and sorted before the first is returned:
    0.65 s for the first 50 of a theme by date at 1,000,000 facts. A whole list keeps
    the look-ups: at 100,000 facts walking costs as much as sorting (40-55 ms).

    With an event (and not its background), the event's index finds the facts: looked up
    through a theme's keys, SQLite read each of the theme's ~15,000 rows for its event
    (26 → 3 ms of CPU for a theme within an event at 100,000 facts; the builder runs one
    such query a section)."""
    one_event = query.events and not query.no_event
    if (listed and walks(conn, query)) or (one_event and conn.dialect.name == "sqlite"):
        return UnaryExpression(Fact.id, operator=operators.custom_op("+"), type_=Fact.id.type)
    return Fact.id


def walks(conn: Connection, query: FactQuery) -> bool:
    """True when ``query``'s first page is read off its order's index (see member())."""
    walked = bool(query.limit) and query.order in WALKED_ORDERS
    return conn.dialect.name == "sqlite" and walked


def keys(conn: Connection, stmt: Select[Any], params: dict[str, Any] | None = None) -> list[int]:
    """The integer keys ``stmt`` selects, in its order.

    The rows are read straight off the driver's cursor: SQLAlchemy's result rows cost
    ~1 µs each, 100 ms of the 140 ms of CPU that listing 100,000 keys took on SQLite (the
    query itself takes 10). Execution still goes through SQLAlchemy (its statement cache,
    its error translation).
    """
    result = conn.execute(stmt, params or {})
    try:
        return [key for (key,) in result.cursor.fetchall()]
    finally:
        result.close()


def filtered(
    conn: Connection, query: FactQuery, columns: Sequence[Any], listed: bool = False
) -> Select[Any]:
    """SELECT ``columns`` FROM facts WHERE every filter of ``query`` (text search aside);
    ``listed`` when it lists facts in ``query``'s order (filters are then written for
    walking the order's index, see on_entry() and member()), not when it counts them or
    makes a set: walking a count read every live fact's entry (a RESTRICTED ceiling's
    pack counts went from 0.4 to 0.7 s of CPU) where the marking index holds the set."""
    # A link filter, an event, key points or the Bin narrow the list through their own
    # index better: testing the marking on the entries cost "country TJ + RESTRICTED"
    # 17 → 29 ms of CPU (SQLite had crossed the marking index with the country's keys).
    narrowed = query.themes or query.countries or query.events or query.key_only
    order = query.order if listed and not (narrowed or query.deleted or query.text) else None
    stmt: Select[Any] = select(*columns)
    if query.deleted:
        # The Bin through its own small index: asked for deleted_at IS NOT NULL alone,
        # SQLite walked the date index over every fact (0.2 s at 100,000).
        binned = tables.facts.alias("binned")
        stmt = stmt.where(
            Fact.deleted_at.is_not(None),
            Fact.id.in_(select(binned.c.id).where(binned.c.deleted_at.is_not(None))),
        )
    else:
        stmt = stmt.where(Fact.deleted_at.is_(None))
    if query.themes:
        wanted = select(Theme.id).where(Theme.slug.in_(query.themes))
        tree = select(Theme.id).where(or_(Theme.id.in_(wanted), Theme.parent_id.in_(wanted)))
        stmt = stmt.where(
            member(conn, query, listed).in_(
                select(fact_themes.c.fact_id).where(fact_themes.c.theme_id.in_(tree))
            )
        )
    if query.countries:
        codes = [c.upper() for c in query.countries]
        stmt = stmt.where(
            member(conn, query, listed).in_(
                select(fact_countries.c.fact_id).where(fact_countries.c.country_code.in_(codes))
            )
        )
    if query.events:
        chosen = Fact.event_id.in_(
            select(Event.id).where(or_(Event.name.in_(query.events), Event.uuid.in_(query.events)))
        )
        stmt = stmt.where(or_(chosen, Fact.event_id.is_(None)) if query.no_event else chosen)
    elif query.no_event:
        stmt = stmt.where(Fact.event_id.is_(None))
    if query.key_only:
        stmt = stmt.where(Fact.is_key.is_(True))
    if query.markings:
        marking = on_entry(conn, order, Fact.marking_code)
        stmt = stmt.where(marking.in_([m.upper() for m in query.markings]))
    if query.max_marking:
        ceiling = select(Marking.rank).where(Marking.code == query.max_marking.upper())
        stmt = stmt.where(
            on_entry(conn, order, Fact.marking_code).in_(
                select(Marking.code).where(Marking.rank <= ceiling.scalar_subquery())
            )
        )
    if query.untranslated or query.outdated:
        from briefing.store import translations

        stmt = stmt.where(translations.gaps(conn, query, order))
    # How many countries a fact concerns, counted in SQL (loading every fact's row to
    # count them took 10 s at 100,000 facts for a pack by country): the link table's
    # primary key read once in fact order, grouped as it goes, instead of one probe a
    # fact. "At most" keeps facts with no country: it leaves out those with more.
    per_fact = select(fact_countries.c.fact_id).group_by(fact_countries.c.fact_id)
    if query.countries_at_most is not None:
        more = per_fact.having(func.count() > query.countries_at_most)
        stmt = stmt.where(Fact.id.not_in(more))
    if query.countries_at_least is not None and query.countries_at_least > 0:
        enough = per_fact.having(func.count() >= query.countries_at_least)
        stmt = stmt.where(Fact.id.in_(enough))
    return stmt


def kept_filter(conn: Connection, query: FactQuery) -> facets.Kept | None:
    """The facts ``query`` keeps as a filter on the kept sets' markings and events (see
    facets.py) when it filters by markings, a ceiling and events alone; None when it
    filters by anything else (the sets cannot answer). The rules of filtered(): a marking
    named, at or below the ceiling; an event named (by name or id), or none with
    ``no_event``."""
    bare = replace(query, markings=(), max_marking=None, events=(), no_event=False)
    if bare != FactQuery():
        return None
    markings: set[str] | None = None
    if query.markings:
        markings = {m.upper() for m in query.markings}
    if query.max_marking:
        ceiling = select(Marking.rank).where(Marking.code == query.max_marking.upper())
        below = set(
            conn.scalars(select(Marking.code).where(Marking.rank <= ceiling.scalar_subquery()))
        )
        markings = below if markings is None else markings & below
    events: set[int | None] | None = None
    if query.events:
        chosen = or_(Event.name.in_(query.events), Event.uuid.in_(query.events))
        events = set(conn.scalars(select(Event.id).where(chosen)))
    if query.no_event:
        events = (events or set()) | {None}
    return facets.Kept(
        None if markings is None else frozenset(markings),
        None if events is None else frozenset(events),
    )


def theme_tree_counts(conn: Connection, query: FactQuery) -> dict[str, int]:
    """Theme slug → how many facts ``FactQuery(themes=(slug,))`` narrowed by ``query``'s
    other filters lists (the theme's facts and its sub-themes', each once), for every
    theme with facts, in one grouped query. ``query``'s own themes are replaced, as a
    dossier's theme section replaces its scope's; text search is not handled here.

    Counting theme by theme cost one query a theme: 0.2 s for the navigator and 0.3-0.7 s
    for a pack's sections at 100,000 facts; this grouped query 150 ms (no filter) to
    210 ms (a ceiling). Filtered by markings and events alone (the navigator, a pack's
    scope) the kept counts of theme sets answer in a few ms (facets.py).
    """
    scope = replace(query, themes=(), text="", order="date", descending=False, limit=None)
    kept = kept_filter(conn, scope)
    if kept is not None:
        slugs = dict(conn.execute(select(Theme.id, Theme.slug)).all())
        counts = facets.theme_tree_counts(conn, kept)
        return {slugs[k]: n for k, n in counts.items() if k in slugs}
    # A theme's tree: itself and its direct sub-themes (the filter's rule).
    tree = (
        select(Theme.id.label("root"), Theme.id.label("member"))
        .union_all(select(Theme.parent_id, Theme.id).where(Theme.parent_id.is_not(None)))
        .subquery("tree")
    )
    in_scope = fact_themes.c.fact_id.in_(filtered(conn, scope, [Fact.id]))
    stmt = (
        select(Theme.slug, func.count(distinct(fact_themes.c.fact_id)))
        .select_from(tree)
        .join(fact_themes, fact_themes.c.theme_id == tree.c.member)
        .join(tables.themes, Theme.id == tree.c.root)
        .where(in_scope)
        .group_by(Theme.slug)
    )
    return {slug: int(n) for slug, n in conn.execute(stmt)}


def tie_break(query: FactQuery) -> Any:
    """The last ORDER BY term: the key going up, except for statements going down, whose
    equal statements list the key going down (the list is then exactly the ascending one
    reversed, as every other order's already is: its ties fall to ``seq``, reversed too).
    SQLite reads that order straight off the statement index walked backwards; with the
    key going up it sorted every run of equal statements apart, which at 100,000 facts
    (all distinct) doubled the list's CPU, 42 → 84 ms."""
    return Fact.id.desc() if query.order == "statement" and query.descending else Fact.id


def fact_keys(conn: Connection, query: FactQuery, search: SearchQuery | None) -> list[int]:
    """Keys of the facts matching ``query``, in display order (relevance for searches);
    ``search`` is ``query``'s parsed text, None when it holds no words."""
    if search is None:
        stmt = filtered(conn, query, [Fact.id], listed=True)
        order = SORT_COLUMNS.get(query.order, SORT_COLUMNS["date"])
        stmt = stmt.order_by(*ordered(order, query.descending, conn), tie_break(query))
        if query.limit:
            stmt = stmt.limit(query.limit)
        return keys(conn, stmt)
    return _search_keys(conn, query, search)


def _search_keys(conn: Connection, query: FactQuery, search: SearchQuery) -> list[int]:
    from briefing.store import search_run

    plain = query == FactQuery(text=query.text, limit=query.limit, order=query.order)
    relevance = query.order == "relevance"
    if plain and relevance and conn.dialect.name == "sqlite":
        return search_run.ranked_ids(conn, search, query.limit)
    if plain and relevance and query.limit and conn.dialect.name == "postgresql":
        from briefing.store import pg_ranked  # a common word's page: 5 s → 1 ms at 1M facts

        page = pg_ranked.newest_first(conn, search, query.limit)
        if page is not None:
            return page
    matched, params = search_run.matches(conn, search, relevance)
    sub = matched.subquery("m")
    if walks(conn, query):  # a first page walks the order's index, testing each key
        stmt = filtered(conn, query, [Fact.id], listed=True).where(
            member(conn, query, listed=True).in_(select(sub.c.fact_id))
        )
    elif not relevance and _walks_whole(conn, query, search):
        stmt = filtered(conn, query, [Fact.id], listed=True).where(
            _unindexed(Fact.id).in_(select(sub.c.fact_id))
        )
    else:  # a whole list joins: as a membership test it paid building the set (+5 ms)
        stmt = filtered(conn, query, [Fact.id], listed=True).join(sub, sub.c.fact_id == Fact.id)
    if relevance:
        stmt = stmt.order_by(sub.c.tier, sub.c.score, Fact.id)
    else:
        order = SORT_COLUMNS.get(query.order, SORT_COLUMNS["date"])
        stmt = stmt.order_by(*ordered(order, query.descending, conn), tie_break(query))
    if query.limit:
        stmt = stmt.limit(query.limit)
    return keys(conn, stmt, params)


def _unindexed(column: Column[Any]) -> ColumnElement[Any]:
    """SQLite's ``+column``: no index is looked up through it."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


# A search matching more than this share of the live facts lists them, whole, by walking
# the order's index and testing each key against the matches (the set built once): at
# 100,000 facts, for "coopération" (54% of facts) 91 → 66 ms of CPU in SQLite. Joining
# reads each match's ~2 kB row and sorts: the better plan below ~30% ("energy", 26%: 46
# ms joined, 48 walked; a Cyrillic word at 20%: 38 and 44).
WALK_SHARE = 1 / 3


def _walks_whole(conn: Connection, query: FactQuery, search: SearchQuery) -> bool:
    """True for a whole list of a one-word search alone, in an indexed order, on SQLite,
    matching more than WALK_SHARE of the live facts. Counting them costs 0.1-3 ms off the
    index ("energy" 1.7, "coopération" 3-6): phrases and several words, which a common
    word seldom makes, are not counted (a phrase's count cost 3 ms, its list 4)."""
    from briefing.store import search_run

    alone = replace(query, text="", order="date", descending=False, limit=None) == FactQuery()
    one_word = len(search.terms) == 1 and not search.phrases
    if not (alone and one_word and conn.dialect.name == "sqlite"):
        return False
    if query.order not in WALKED_ORDERS:
        return False
    live = facets.read(conn, "all").get("", 0)
    return search_run.count(conn, search) > live * WALK_SHARE


def country_counts(conn: Connection, query: FactQuery) -> dict[str, int]:
    """Country code → how many facts ``query`` lists with that country as its only country
    filter, for every country with facts, in one grouped query. ``query``'s own countries
    are replaced, as a dossier's country section replaces its scope's (its
    ``countries_at_most`` stays); text search is not handled here.

    A pack by country counted section by section cost 0.6 s of CPU at 100,000 facts;
    this grouped query 0.2-0.4 s. Filtered by markings, events and how many countries a
    fact concerns alone, the kept counts of country sets answer in a few ms (facets.py).
    """
    scope = replace(query, countries=(), text="", order="date", descending=False, limit=None)
    bare = replace(scope, countries_at_most=None, countries_at_least=None)
    kept = kept_filter(conn, bare)
    if kept is not None:
        most, least = scope.countries_at_most, scope.countries_at_least
        return facets.country_counts(conn, kept, most, least)
    stmt = (
        select(fact_countries.c.country_code, func.count())
        .where(fact_countries.c.fact_id.in_(filtered(conn, scope, [Fact.id])))
        .group_by(fact_countries.c.country_code)
    )
    return {code: int(n) for code, n in conn.execute(stmt)}
