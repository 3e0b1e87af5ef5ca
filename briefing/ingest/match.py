"""Finding known terms in a text: words folded for case and accents, Russian lemmatised.

Every lexicon (countries, people, organisations, themes) is a ``TermIndex``: terms of one
or more words mapped to what they stand for. A text is cut into word tokens that keep
their offsets, and the longest known term starting at each token wins, so "Kyrgyz
Republic" is one match, not "Kyrgyz" then "Republic". Russian words are compared by their
dictionary form (pymorphy3: "Узбекистана" and "Узбекистан" are one key), French and
English words by their letters without accents or case ("Ouzbékistan" = "ouzbekistan").

Three kinds of terms:
* a name matches only a capitalised word in the text ("Jordan", never "jordan");
* an acronym matches only as written ("UN", never the French article "un");
* a word matches in any case ("tadjik", "nucléaire"); a trailing ``*`` matches any
  ending ("terroris*": terrorisme, terrorism, terroriste).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def _morph() -> object:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def fold(word: str) -> str:
    """Lower case without accents ("Ouzbékistan" → "ouzbekistan", "Мирзиёев" → "мирзиеев")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The comparison key of one word: its folded dictionary form in Russian, else folded."""
    if _CYRILLIC.search(word):
        parsed = _morph().parse(word)  # type: ignore[attr-defined]
        if parsed:
            return fold(parsed[0].normal_form)
    return fold(word)


@dataclass(frozen=True)
class Token:
    """A word of the text: where it is, as written, and its comparison key."""

    start: int
    end: int
    text: str
    key: str

    @property
    def capitalised(self) -> bool:
        """True when written with an initial capital."""
        return self.text[:1].isupper()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The word tokens of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), key(m.group()))
        for m in _WORD.finditer(text, start, stop)
    ]


@dataclass(frozen=True)
class Term(Generic[T]):
    """One way of writing something: its words' keys and what it stands for."""

    keys: tuple[str, ...]
    value: T
    written: str
    kind: str = "word"  # word | name | acronym
    prefix: bool = False  # the last word may go on (a trailing * in the lexicon)


@dataclass(frozen=True)
class Match(Generic[T]):
    """A term found in the text: offsets and the words as they stand there."""

    start: int
    end: int
    words: str
    value: T
    first: int  # index of the first token
    last: int  # index of the last token


class TermIndex(Generic[T]):
    """Terms by their first word, longest first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[Term[T]]] = {}
        self._prefixes: list[Term[T]] = []

    def add(self, written: str, value: T, kind: str = "word") -> None:
        """Add ``written`` (one or more words; a trailing ``*`` for any ending)."""
        prefix = written.endswith("*")
        words = [m.group() for m in _WORD.finditer(written.rstrip("*"))]
        if not words:
            return
        if kind == "acronym":
            keys = tuple(words)
        elif prefix:
            keys = (*(key(w) for w in words[:-1]), fold(words[-1]))
        else:
            keys = tuple(key(w) for w in words)
        term = Term(keys, value, written, kind, prefix)
        if prefix and len(keys) == 1:
            self._prefixes.append(term)
            return
        bucket = self._by_first.setdefault(keys[0], [])
        if all(t.keys != term.keys or t.value != value for t in bucket):
            bucket.append(term)
            bucket.sort(key=lambda t: -len(t.keys))

    def add_all(self, pairs: Iterable[tuple[str, T]], kind: str = "word") -> None:
        """Add several (written, value) pairs of one kind."""
        for written, value in pairs:
            self.add(written, value, kind)

    def _fits(self, term: Term[T], toks: list[Token], i: int) -> bool:
        if i + len(term.keys) > len(toks):
            return False
        for j, k in enumerate(term.keys):
            tok = toks[i + j]
            last = j == len(term.keys) - 1
            if term.kind == "acronym":
                if tok.text != k:
                    return False
            elif last and term.prefix:
                if not (tok.key.startswith(k) or fold(tok.text).startswith(k)):
                    return False
            elif tok.key != k:
                return False
        return term.kind != "name" or toks[i].capitalised

    def find(self, toks: list[Token], text: str, overlapping: bool = False) -> Iterator[Match[T]]:
        """Every longest match, left to right; matched words are not matched again.

        With ``overlapping``, every term found at every word (keywords: "centrales
        hydroélectriques" is energy and its second word alone is hydropower).
        """
        i = 0
        while i < len(toks):
            candidates = [
                t for t in self._by_first.get(toks[i].key, []) if self._fits(t, toks, i)
            ] + [t for t in self._by_first.get(toks[i].text, []) if self._fits(t, toks, i)]
            candidates += [t for t in self._prefixes if self._fits(t, toks, i)]
            if not candidates:
                i += 1
                continue
            longest = max(len(t.keys) for t in candidates)
            for term in candidates:
                if overlapping or len(term.keys) == longest:
                    last = i + len(term.keys) - 1
                    start, end = toks[i].start, toks[last].end
                    yield Match(start, end, text[start:end], term.value, i, last)
            i = i + 1 if overlapping else i + longest
