"""What a dossier section holds, read from the store the way ``assemble`` chooses facts.

Plain functions over the Store (no widgets), so the builder runs them in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from briefing.dossier.spec import SectionSpec
from briefing.errors import BriefingError
from briefing.store import FactQuery, Store

MAX_LISTED = 1000
FACT_KINDS = ("theme", "country", "shared", "facts")


def section_query(spec: SectionSpec, scope: FactQuery) -> FactQuery | None:
    """The store query behind a theme, country or shared section (as ``assemble`` does)."""
    scope = replace(scope, order="date")
    if spec.kind == "theme":
        return replace(scope, themes=(spec.key or "",))
    if spec.kind == "country":
        return replace(scope, countries=((spec.key or "").upper(),))
    if spec.kind == "shared":
        return scope
    return None


def section_facts(
    store: Store, spec: SectionSpec, scope: FactQuery, language: str, limit: int = MAX_LISTED
) -> tuple[list[tuple[str, str]], int]:
    """The facts a section prints before exclusions: (uuid, statement) of at most ``limit``
    of them, and how many there are in all. Store calls only: runs in a worker."""
    query = section_query(spec, scope)
    if query is not None:
        keys = store.fact_ids(query)
        wanted: Callable[[int], bool] | None = None
        if spec.kind == "country" and spec.max_countries is not None:
            most = spec.max_countries
            wanted = lambda n: n <= most  # noqa: E731
        elif spec.kind == "shared":
            least = spec.min_countries or 3
            wanted = lambda n: n >= least  # noqa: E731
        if wanted is None:
            rows = store.rows(keys[:limit], language) if limit else []
            return [(r.uuid, r.statement) for r in rows], len(keys)
        out: list[tuple[str, str]] = []
        total = 0
        for start in range(0, len(keys), 2000):
            for r in store.rows(keys[start : start + 2000], language):
                if wanted(len(r.countries.split())):
                    total += 1
                    if len(out) < limit:
                        out.append((r.uuid, r.statement))
        return out, total
    if spec.kind == "facts":
        picked: list[tuple[str, str]] = []
        for uuid in spec.facts[:limit]:
            try:
                record = store.get(uuid)
            except BriefingError:
                picked.append((uuid, ""))
                continue
            picked.append((uuid, record.text_in(language)[0]))
        return picked, len(spec.facts)
    return [], 0


def section_total(store: Store, spec: SectionSpec, scope: FactQuery) -> int | None:
    """How many facts a section holds before exclusions (None: not a list of facts)."""
    if spec.kind == "facts":
        return len(spec.facts)
    query = section_query(spec, scope)
    if query is None:
        return None
    if spec.kind == "theme" or (spec.kind == "country" and spec.max_countries is None):
        return store.count(query)
    return section_facts(store, spec, scope, "en", 0)[1]
