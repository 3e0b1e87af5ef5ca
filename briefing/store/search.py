"""Full-text search: one folded text body per fact, indexed by FTS5 or PostgreSQL GIN.

The body holds the statement and its translations, the quote, and the names of everything
the fact links to, aliases included, so "Rahmon" finds a fact linked to a person whose
Cyrillic alias is "Рахмон". Text is folded in Python (case, accents, ё/й, apostrophes)
before it reaches either database, so SQLite and PostgreSQL match the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing.store.inflection import prefixes

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]+)"')
# English possessives: the index splits "president's" into "president" and "s", so a
# typed "president's" would require a lone "s" and miss "the president".
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
# Combining diacritical marks are dropped after decomposition (é → e, й → и, ё → е).
_MARKS = re.compile("[\u0300-\u036f]+")


def fold(text: str) -> str:
    """Lower-case and strip accents for matching.

    "Douchanbé" → "douchanbe", "ТАДЖИКИСТАН" → "таджикистан", "Tokaïev" → "tokaiev".
    Cyrillic й and ё fold to и and е, as Russian readers often type them.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed))


def light_fold(text: str) -> str:
    """What SQLite's FTS5 (unicode61, remove_diacritics 2) does not fold by itself: ё → е.

    FTS5 folds case in every script and strips Latin diacritics in C, so on SQLite the
    index holds the text as written and Python only maps ё to е, as Russian is often typed.
    """
    return text.replace("ё", "е").replace("Ё", "Е")


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return _WORD.findall(fold(text))


def index_body(parts: Iterable[str | None], dialect: str = "sqlite") -> str:
    """The searchable body of a fact: its non-empty parts, one per line.

    Word splitting is left to the index (FTS5's unicode61 tokenizer, PostgreSQL's 'simple'
    configuration). PostgreSQL gets fully folded text; SQLite folds case and accents itself.
    """
    text = "\n".join(filter(None, parts))
    return light_fold(text) if dialect == "sqlite" else fold(text)


@dataclass(frozen=True)
class SearchQuery:
    """A parsed user query: words that must all match (as prefixes) and exact phrases."""

    terms: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        """Split ``text`` into quoted phrases and loose words (case-folded, ё → е)."""
        text = _POSSESSIVE.sub("", light_fold(text.casefold()))
        phrases = tuple(tuple(w) for w in (_WORD.findall(m) for m in _PHRASE.findall(text)) if w)
        rest = _PHRASE.sub(" ", text)
        return cls(tuple(_WORD.findall(rest)), phrases)

    @property
    def empty(self) -> bool:
        """True when nothing searchable was typed."""
        return not self.terms and not self.phrases

    @property
    def widened(self) -> bool:
        """True when some word has inflected forms its typed form would not find."""
        return any(prefixes(t) != (t,) for t in self.terms)

    def fts5(self) -> str:
        """The query in FTS5 syntax: prefix terms and phrases, all required."""
        parts: list[str] = []
        for term in self.terms:
            parts.append(f'"{term}"*' if len(term) >= 3 else f'"{term}"')
        for phrase in self.phrases:
            parts.append('"' + " ".join(phrase) + '"')
        return " AND ".join(parts)

    def fts5_widened(self) -> str:
        """FTS5: every match, inflected forms included (a superset of ``fts5``: each word's
        prefixes include one of the word as typed)."""
        parts: list[str] = []
        for term in self.terms:
            forms = [f'"{p}"*' for p in prefixes(term)] if len(term) >= 3 else [f'"{term}"']
            parts.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
        for phrase in self.phrases:
            parts.append('"' + " ".join(phrase) + '"')
        return " AND ".join(parts)

    def fts5_inflected(self) -> str:
        """FTS5: the matches only an inflected form of a word finds (the typed forms'
        matches excluded, so the store can rank those first)."""
        return f"({self.fts5_widened()}) NOT ({self.fts5()})"

    def tsquery(self) -> str:
        """The query in PostgreSQL to_tsquery('simple', ...) syntax."""
        return self._tsquery(inflected=False)

    def tsquery_inflected(self) -> str:
        """to_tsquery('simple', ...): every match, inflected forms included (the store
        tells the typed forms' matches apart with ``tsquery``)."""
        return self._tsquery(inflected=True)

    def _tsquery(self, inflected: bool) -> str:
        parts: list[str] = []
        for term in self.terms:
            if len(term) < 3:
                parts.append(_ts_quote(fold(term)))
                continue
            forms = prefixes(term) if inflected else (term,)
            quoted = [f"{_ts_quote(fold(p))}:*" for p in forms]
            parts.append(quoted[0] if len(quoted) == 1 else "(" + " | ".join(quoted) + ")")
        for phrase in self.phrases:
            parts.append("(" + " <-> ".join(_ts_quote(fold(w)) for w in phrase) + ")")
        return " & ".join(parts)


def _ts_quote(word: str) -> str:
    return "'" + word.replace("'", "''").replace("\\", "\\\\") + "'"


def fact_search_parts(
    statement: str,
    translations: Sequence[str],
    quote: str | None,
    names: Sequence[str],
) -> list[str | None]:
    """What goes into a fact's search body, in one place for every writer."""
    return [statement, *translations, quote, *names]
