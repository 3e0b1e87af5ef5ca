"""Who and where a text names: countries, people and organisations, from data only.

Countries come from their CLDR names (the base's countries table, filled from Babel) plus
``resources/lexicon/countries.json`` (other names, adjectives and demonyms, capitals);
people from the base's people with every name form and alias, in every script, plus role
words ("President of Kazakhstan" names the base's head of state of Kazakhstan); and
organisations from the base with their aliases and acronyms (CEI / CIS / СНГ). A region
("Asie centrale") is matched as a region so no country is read into it; a country is only
suggested when its name, adjective or capital is in the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing.ingest.match import Match, TermIndex, Token
from briefing.paths import resource_dir
from briefing.store.entities import CountryRecord, OrganisationRecord, PersonRecord

_ROLE_REACH = 5  # words between a role word and the country it belongs to


def lexicon_dir() -> Path:
    """The editable data the importer reads (``resources/lexicon``)."""
    return resource_dir() / "lexicon"


def user_lexicon_dir() -> Path:
    """Where the user's own lexicons go (the data directory): they replace Briefing's."""
    from briefing.settings import AppPaths

    return AppPaths.default().data / "lexicon"


@cache
def load_lexicon(name: str) -> dict[str, object]:
    """One lexicon, parsed: the user's copy when there is one, else Briefing's.

    Cached: call ``load_lexicon.cache_clear()`` after writing a user copy.
    """
    path = user_lexicon_dir() / f"{name}.json"
    if not path.is_file():
        path = lexicon_dir() / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data)


def _is_acronym(written: str) -> bool:
    letters = re.sub(r"[^\w]", "", written)
    return 1 < len(letters) <= 6 and letters.isupper()


def _french_forms(word: str) -> list[str]:
    """An adjective's feminine and plural forms: tadjik → tadjike, tadjiks, tadjikes."""
    if " " in word or word.endswith(("e", "s", "x", "o")):
        return [word, word + "s"] if word.endswith("e") else [word]
    stem = word + "n" if word.endswith(("ien", "éen")) else word
    return [word, word + "s", stem + "e", stem + "es"]


@dataclass(frozen=True)
class Found:
    """A suggestion and the words that produced it."""

    value: str
    words: str
    start: int
    end: int


@dataclass(frozen=True)
class _Country:
    code: str


@dataclass(frozen=True)
class _Region:
    name: str


class Gazetteer:
    """The lexicons of one base, built once per import."""

    def __init__(
        self,
        countries: Sequence[CountryRecord],
        people: Sequence[PersonRecord],
        organisations: Sequence[OrganisationRecord],
    ) -> None:
        self.people = {p.name: p for p in people}
        self.countries: TermIndex[_Country | _Region] = TermIndex()
        self.persons: TermIndex[str] = TermIndex()
        self.organisations: TermIndex[str] = TermIndex()
        self.roles: TermIndex[str] = TermIndex()
        self._build_countries(countries)
        self._build_people(people)
        for org in organisations:
            for written in (org.name, *(a.text for a in org.aliases)):
                self.organisations.add(written, org.name, _kind(written))
        roles = load_lexicon("roles")
        for rank, by_language in roles.items():
            if isinstance(by_language, dict):
                for words in by_language.values():
                    self.roles.add_all(((w, rank) for w in words), "word")

    def _build_countries(self, countries: Sequence[CountryRecord]) -> None:
        data = load_lexicon("countries")
        skip = set(data["cldr_skip"]["names"])  # type: ignore[index]
        for c in countries:
            for name in {c.name_en, c.name_fr, c.name_ru}:
                # "Congo (RDC)": the part before a bracket is how texts write it
                plain = name.split(" (")[0]
                if plain not in skip:
                    self.countries.add(plain, _Country(c.code), _kind(plain, "name"))
        for code, by_language in data["names"].items():  # type: ignore[attr-defined]
            for words in by_language.values():
                for w in words:
                    self.countries.add(w, _Country(code), _kind(w, "name"))
        for code, by_language in data["words"].items():  # type: ignore[attr-defined]
            for language, words in by_language.items():
                for w in words:
                    forms = _french_forms(w) if language == "fr" else [w]
                    self.countries.add_all(((f, _Country(code)) for f in forms), "word")
        for code, places in data["capitals"].items():  # type: ignore[attr-defined]
            self.countries.add_all(((p, _Country(code)) for p in places), "name")
        for region in data["not_countries"]["terms"]:  # type: ignore[index]
            self.countries.add(region, _Region(region), "word")

    def _build_people(self, people: Sequence[PersonRecord]) -> None:
        for p in people:
            forms = {p.name, *p.names.values(), *(a.text for a in p.aliases)}
            for written in forms:
                self.persons.add(written, p.name, "name")
                # The surname alone ("Mirziyoyev", "Мирзиёева") is how articles go on
                # after the first mention.
                surname = written.split()[-1] if " " in written else ""
                if len(surname) >= 4:
                    self.persons.add(surname, p.name, "name")

    # ------------------------------------------------------------------ finding

    def countries_in(self, toks: list[Token], text: str) -> list[Found]:
        """Countries named in the tokens (regions are matched and dropped)."""
        return [
            Found(m.value.code, m.words, m.start, m.end)
            for m in self.countries.find(toks, text)
            if isinstance(m.value, _Country)
        ]

    def organisations_in(self, toks: list[Token], text: str) -> list[Found]:
        """Organisations named by their name, another name or an acronym."""
        return [
            Found(m.value, m.words, m.start, m.end) for m in self.organisations.find(toks, text)
        ]

    def people_in(self, toks: list[Token], text: str) -> list[Found]:
        """People named, and people designated by a role and a country."""
        found = [Found(m.value, m.words, m.start, m.end) for m in self.persons.find(toks, text)]
        country_matches = [
            m for m in self.countries.find(toks, text) if isinstance(m.value, _Country)
        ]
        for role in self.roles.find(toks, text):
            after = [m for m in country_matches if 0 < m.first - role.last <= _ROLE_REACH]
            if not after:
                continue
            place: Match[_Country | _Region] = after[0]
            code = place.value.code  # type: ignore[union-attr]
            for person in self.people.values():
                if person.country_code == code and person.kind == role.value:
                    words = text[role.start : place.end]
                    found.append(Found(person.name, words, role.start, place.end))
        return found

    def country_of(self, person: str) -> str | None:
        """The country a person of the base belongs to."""
        record = self.people.get(person)
        return record.country_code if record else None


def _kind(written: str, default: str = "name") -> str:
    return "acronym" if _is_acronym(written) else default
