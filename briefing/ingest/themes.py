"""Which themes a clause is about, from a keyword lexicon kept as data.

``resources/lexicon/themes.json`` lists keywords per theme slug in French, English and
Russian; a theme of the base that the file does not list is found by its own names. A
sub-theme found suggests its parent too, as the curated facts file them (a fact on
counter-terrorism is also a security fact).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from briefing.ingest.gazetteer import Found, _kind, load_lexicon, user_lexicon_dir
from briefing.ingest.match import TermIndex, Token
from briefing.store.entities import ThemeRecord


def theme_keywords() -> dict[str, dict[str, list[str]]]:
    """The lexicon: slug → language → keywords."""
    themes: dict[str, dict[str, list[str]]] = load_lexicon("themes")["themes"]  # type: ignore[assignment]
    return dict(themes)


def save_theme_keywords(keywords: dict[str, dict[str, list[str]]]) -> Path:
    """Keep edited keywords as the user's lexicon (written whole, then swapped in)."""
    data = dict(load_lexicon("themes"))
    data["themes"] = {
        slug: {lang: [w.strip() for w in words if w.strip()] for lang, words in langs.items()}
        for slug, langs in keywords.items()
    }
    folder = user_lexicon_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "themes.json"
    partial = path.with_suffix(".json.part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, path)
    load_lexicon.cache_clear()
    return path


class ThemeFinder:
    """Themes by keyword, for the themes of one base."""

    def __init__(
        self, themes: Sequence[ThemeRecord], keywords: dict[str, dict[str, list[str]]] | None
    ) -> None:
        self._parent = {t.slug: t.parent for t in themes}
        self._index: TermIndex[str] = TermIndex()
        words = theme_keywords() if keywords is None else keywords
        for t in themes:
            listed = words.get(t.slug)
            terms = (
                [w for ws in listed.values() for w in ws]
                if listed
                else [n for n in (t.name_en, t.name_fr, t.name_ru) if n]
            )
            for w in terms:
                self._index.add(w, t.slug, _kind(w, "word"))

    def themes_in(self, toks: list[Token], text: str) -> list[Found]:
        """Themes whose keywords are in the tokens, parents after their children."""
        found = [
            Found(m.value, m.words, m.start, m.end)
            for m in self._index.find(toks, text, overlapping=True)
        ]
        for f in list(found):
            parent = self._parent.get(f.value)
            if parent:
                found.append(Found(parent, f"{f.words} (→ {parent})", f.start, f.end))
        return found
