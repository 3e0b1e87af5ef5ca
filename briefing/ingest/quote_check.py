"""Which facts quote their stored source in words it no longer holds, or at another place.

One check for every caller: ``briefing facts check`` (all facts), the fact form (the one
fact it loads) and an export (the facts the dossier prints). The store hands over each
fact's quote, locator and its source's stored text (``Reader.quoted_facts``: two queries
whatever the number of facts); ``quotes.SourceText`` reads each text once and checks
every quote against it. Facts whose source has no stored text are not checked: there is
nothing to hold them to. Qt-free and SQL-free here; results are frozen values.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from briefing.ingest.quotes import QuoteCheck, SourceText

if TYPE_CHECKING:
    from briefing.store.entity_reader import QuotedFact
    from briefing.store.reader import Reader

__all__ = [
    "KIND_OF",
    "ProblemKind",
    "QuoteProblem",
    "check_facts",
    "quote_problem",
    "quote_problems",
    "warning_line",
]

ProblemKind = Literal["quote-not-found", "locator-elsewhere"]
# QuoteCheck.status -> the problem it is; "ok" and "unchecked" are none
KIND_OF: dict[str, ProblemKind] = {"missing": "quote-not-found", "elsewhere": "locator-elsewhere"}


@dataclass(frozen=True)
class QuoteProblem:
    """A fact whose quote is not (or not where its locator says) in its source's text.

    ``found_at`` is the locator of the paragraph that does hold the quote ("§4"), or None
    when the quote is nowhere (or only across paragraphs); ``message`` says it in English
    for the CLI and logs (the GUI words it from ``kind`` in the interface language).
    """

    fact: str
    kind: ProblemKind
    source: str
    quote: str | None
    locator: str | None
    found_at: str | None
    message: str


def check_facts(
    store: Reader, uuids: Collection[str] | None = None
) -> list[tuple[QuotedFact, QuoteCheck]]:
    """Each live fact with a stored source text (of ``uuids``, in their order, when
    given), with the check of its quote and locator; ``unchecked`` and ``ok`` included."""
    facts, texts = store.quoted_facts(uuids)
    if uuids is not None:
        order = {u: i for i, u in enumerate(uuids)}
        facts.sort(key=lambda f: order[f.uuid])
    prepared: dict[str, SourceText] = {}
    results = []
    for f in facts:
        text = prepared.get(f.source)
        if text is None:
            text = prepared[f.source] = SourceText(texts.get(f.source, ""))
        results.append((f, text.check(f.quote, f.locator)))
    return results


def quote_problems(store: Reader, uuids: Collection[str] | None = None) -> tuple[QuoteProblem, ...]:
    """The facts (all, or those of ``uuids`` in their order) whose quote no longer matches
    its stored source or whose locator points elsewhere."""
    return tuple(
        QuoteProblem(f.uuid, KIND_OF[c.status], f.source, f.quote, f.locator, c.found_at, c.message)
        for f, c in check_facts(store, uuids)
        if c.status in KIND_OF
    )


def quote_problem(store: Reader, uuid: str) -> QuoteProblem | None:
    """The problem with one fact's quote, or None (it matches, or cannot be checked)."""
    found = quote_problems(store, (uuid,))
    return found[0] if found else None


def warning_line(problems: Iterable[QuoteProblem], limit: int = 5) -> str:
    """One line naming the facts, e.g. ``2 facts' quotes or locators no longer match their
    sources (see 'briefing facts check'): 0f3c9a1e quote not found in its source, 1b2c3d4e
    locator §5 but the quote is in §1``."""
    items = list(problems)
    if not items:
        return ""

    def one(p: QuoteProblem) -> str:
        if p.kind == "quote-not-found":
            return f"{p.fact[:8]} quote not found in its source"
        where = f"the quote is in {p.found_at}" if p.found_at else "the quote spans paragraphs"
        return f"{p.fact[:8]} locator {p.locator} but {where}"

    shown = ", ".join(one(p) for p in items[:limit])
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    if len(items) == 1:
        count = "1 fact's quote or locator no longer matches its source"
    else:
        count = f"{len(items)} facts' quotes or locators no longer match their sources"
    return f"{count} (see 'briefing facts check'): {shown}{more}"
