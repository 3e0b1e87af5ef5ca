"""Scoring the importer against facts someone curated by hand from the same document.

Each expected fact is aligned with the candidate whose quote overlaps its quote most (the
expected quote is looked up in the document's text, spaces and quotation marks
normalised). Then, per field:

* countries, themes, people — precision and recall over (fact, value) pairs of aligned
  facts (micro-averaged), and over the document as a whole (every value of every expected
  fact against every value of every candidate);
* figures — an expected figure is found when a candidate proposes the same value with the
  same unit (and the qualifier is reported apart).

The test suite (tests/test_import_eval.py) and ``tools/import_eval.py`` share this code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefing.ingest.extract import Candidate
from briefing.ingest.quotes import normalise


@dataclass(frozen=True)
class Score:
    """Precision and recall from true positives, false positives and false negatives."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was proposed."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _score(expected: set[str], proposed: set[str]) -> Score:
    return Score(len(expected & proposed), len(proposed - expected), len(expected - proposed))


def _add(a: Score, b: Score) -> Score:
    return Score(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)


@dataclass(frozen=True)
class Report:
    """Scores of one document: per field, per fact and over the whole document."""

    facts: int
    aligned: int
    candidates: int
    per_fact: dict[str, Score]
    document: dict[str, Score]
    figures_found: int
    figures_expected: int
    figures_missing: tuple[str, ...]
    qualifiers_right: int

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """(field, level, precision, recall, tp/fp/fn) for a table."""
        out = []
        for level, scores in (("per fact", self.per_fact), ("document", self.document)):
            for name, s in scores.items():
                out.append(
                    (name, level, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.tp}/{s.fp}/{s.fn}")
                )
        return out


def _span(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text`` (comparing normalised forms; offsets approximate
    the original by mapping through a normalised copy built character by character)."""
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    wanted = normalise(quote)
    # Map each normalised character back to its offset in the original.
    norm_chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        n = normalise(ch) if not ch.isspace() else " "
        for c in n or " ":
            norm_chars.append(c)
            origin.append(i)
    joined = "".join(norm_chars)
    at = joined.find(wanted)
    if at < 0:
        return None
    return origin[at], origin[min(at + len(wanted), len(origin) - 1)] + 1


def align(
    text: str, facts: Sequence[dict[str, Any]], candidates: Sequence[Candidate]
) -> list[Candidate | None]:
    """The candidate matching each expected fact's quote best: the largest share of
    their joint span in common (None when none overlaps)."""
    out: list[Candidate | None] = []
    for fact in facts:
        quote = (fact.get("source") or {}).get("quote") or ""
        span = _span(text, quote) if quote else None
        best, score = None, 0.0
        if span:
            for c in candidates:
                overlap = min(span[1], c.end) - max(span[0], c.start)
                union = max(span[1], c.end) - min(span[0], c.start)
                if overlap > 0 and overlap / union > score:
                    best, score = c, overlap / union
        out.append(best)
    return out


def evaluate(text: str, facts: Sequence[dict[str, Any]], candidates: Sequence[Candidate]) -> Report:
    """Compare ``candidates`` read from ``text`` with the expected ``facts`` (interchange
    format: statement, countries, themes, people, figures, source.quote)."""
    fields = ("countries", "themes", "people", "organisations")
    per_fact = {f: Score(0, 0, 0) for f in fields}
    aligned = align(text, facts, candidates)
    for fact, cand in zip(facts, aligned, strict=True):
        for f in fields:
            got = set(getattr(cand, f)) if cand else set()
            per_fact[f] = _add(per_fact[f], _score(set(fact.get(f) or []), got))
    document = {
        f: _score(
            {v for fact in facts for v in fact.get(f) or []},
            {v for c in candidates for v in getattr(c, f)},
        )
        for f in fields
    }
    proposed = [(fig.value, fig.unit, fig.qualifier) for c in candidates for fig in c.figures]
    expected = [
        (float(fig["value"]), fig.get("unit") or "", fig.get("qualifier"))
        for fact in facts
        for fig in fact.get("figures") or []
    ]
    found = [e for e in expected if any(p[0] == e[0] and p[1] == e[1] for p in proposed)]
    missing = tuple(f"{v:g} {u}" for v, u, _ in expected if (v, u, _) not in found)
    qualifiers = sum(1 for e in found if any(p == e for p in proposed))
    return Report(
        facts=len(facts),
        aligned=sum(1 for a in aligned if a is not None),
        candidates=len(candidates),
        per_fact=per_fact,
        document=document,
        figures_found=len(found),
        figures_expected=len(expected),
        figures_missing=missing,
        qualifiers_right=qualifiers,
    )
