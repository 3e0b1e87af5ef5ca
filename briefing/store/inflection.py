"""Inflected forms of a search word: the prefix that its other forms share.

A Russian reader types "Таджикистане" (in Tajikistan) where the base holds "Таджикистан",
"Таджикистана", ...; an English one types "investments" where it says "investment". The
index keeps the words as written (no schema change, no stemmed copy of each body): the
query is widened instead. Each word is reduced by the Snowball stemmers (PyStemmer) of the
languages its script can be, and the part the stem shares with the word is matched as a
prefix, which finds every form the stemmer would reduce to that stem and keeps the
database's own prefix search (FTS5, PostgreSQL ``:*``) doing the work, on both databases
alike. The store ranks matches of the word as typed first.

Snowball stems are mostly a prefix of the word; where a rule rewrites the ending
(English "countries" → "countri", French "nationaux" → "national"), the shared part
("countr", "nationa") still covers the forms, and English's y → i gets the "y" form too
("studies" → "studi" or "study"). A stem that would be too short to mean anything is
dropped (French's stemmer makes "summ" of the English "summit"; "summ" would find
"summer"), unless it only drops a plural's s or x ("états" → "état"): the word is then
matched as typed.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints

# Shortest prefix kept, by script: Russian endings are long and its stems short
# ("росс" for России/Россия); a four-letter Latin prefix finds unrelated words too often.
MIN_CYRILLIC = 4
MIN_LATIN = 5
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]+")
_LANGUAGES = {"cyrillic": ("russian",), "latin": ("english", "french")}
_local = threading.local()  # PyStemmer objects keep a cache: one set per thread


def _stemmer(language: str) -> Stemmer.Stemmer:
    stemmers: dict[str, Stemmer.Stemmer] | None = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = Stemmer.Stemmer(language)
    return stemmers[language]


def _base(letter: str) -> str:
    """A letter without its accent ("é" → "e")."""
    return unicodedata.normalize("NFD", letter)[0]


def _shared(word: str, stem: str) -> str:
    """The start of ``word`` that ``stem`` shares, accents aside (French's stemmer writes
    "cooper" for "coopérer": the prefix searched is "coopér", which the index folds)."""
    n = 0
    for x, y in zip(word, stem, strict=False):
        if x != y and _base(x) != _base(y):
            break
        n += 1
    return word[:n]


def _stems(word: str, script: str) -> set[str]:
    """The stems of ``word`` by each stemmer of its script.

    Latin words are also stemmed twice, by either stemmer after either: Snowball strips one
    layer of suffix at a time and the two languages strip different layers, so
    "settlements" → "settlement" (English) → "settl" (French) meets the stem of its base
    "settlement". Russian's stemmer takes every ending in one pass; a second pass would cut
    into the stem ("развитие" → "развит" → "разв", which would find "разведка").
    """
    stemmers = [_stemmer(language) for language in _LANGUAGES[script]]
    once = {s.stemWord(word) for s in stemmers}
    if script != "latin":
        return once
    return once | {s.stemWord(stem) for stem in once for s in stemmers}


@lru_cache(maxsize=4096)
def prefixes(word: str) -> tuple[str, ...]:
    """The prefixes that find the inflected forms of ``word`` (lower-case, as typed);
    ``(word,)`` when it has no shorter form worth searching.

    "таджикистане" → ("таджикистан",); "investments" → ("invest",); "coopérer" →
    ("coopér",); "studies" → ("studi", "study"); "summit" → ("summit",).
    """
    if _CYRILLIC.search(word):
        script, shortest = "cyrillic", MIN_CYRILLIC
    elif _LATIN.fullmatch(word):
        script, shortest = "latin", MIN_LATIN
    else:
        return (word,)
    found = {word}
    for stem in _stems(word, script):
        common = _shared(word, stem)
        # A plural's last letter alone ("états" → "état") is safe to drop at any length.
        plural = common == word[:-1] and word[-1] in "sx" and len(common) >= 3
        if len(common) >= shortest or plural:
            found.add(common)
        if word.endswith(("ies", "ied")) and stem.endswith("i") and len(stem) >= shortest:
            found.add(stem[:-1] + "y")  # English "studies" → "studi": "study" is not under it
    # A prefix under another one adds nothing: keep the shortest of each family.
    kept = sorted(found, key=len)
    out: list[str] = []
    for p in kept:
        if not any(p.startswith(q) for q in out):
            out.append(p)
    return tuple(sorted(out))
