"""Reference lists for pickers and labels, read from the store once per change.

Plain tuples only: the ORM objects the store returns are read here, on the GUI thread,
and nothing else in the GUI keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.store.search import fold

if TYPE_CHECKING:
    from briefing.store import Store


@dataclass(frozen=True)
class ThemeItem:
    """A theme as pickers show it: slug, name in the interface language, depth in the tree."""

    slug: str
    label: str
    depth: int
    parent: str | None
    names: tuple[str, str, str] = ("", "", "")


@dataclass(frozen=True)
class CountryItem:
    """A country: ISO code and name in the interface language."""

    code: str
    label: str


@dataclass
class RefData:
    """Everything the form and the navigator need to name things."""

    language: str
    themes: list[ThemeItem] = field(default_factory=list)
    countries: list[CountryItem] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    markings: list[str] = field(default_factory=list)
    event_labels: dict[str, str] = field(default_factory=dict)
    person_labels: dict[str, str] = field(default_factory=dict)
    document_labels: dict[str, str] = field(default_factory=dict)
    _country_names: dict[str, str] = field(default_factory=dict, repr=False)
    _theme_names: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, store: Store, language: str) -> RefData:
        """Read every list from ``store`` (a few hundred rows, milliseconds)."""
        ref = cls(language)
        ref.reload(store)
        return ref

    def reload(self, store: Store) -> None:
        """Refresh every list in place."""
        themes = store.themes()
        by_id = {t.id: t for t in themes}
        children: dict[int | None, list[int]] = {}
        for t in themes:
            parent = t.parent_id if t.parent_id in by_id else None
            children.setdefault(parent, []).append(t.id)
        ordered: list[ThemeItem] = []

        def walk(parent: int | None, depth: int) -> None:
            for tid in children.get(parent, []):
                t = by_id[tid]
                ordered.append(
                    ThemeItem(
                        t.slug,
                        t.name(self.language),
                        depth,
                        by_id[t.parent_id].slug if t.parent_id in by_id else None,
                        (t.name_en, t.name_fr or "", t.name_ru or ""),
                    )
                )
                walk(tid, depth + 1)

        walk(None, 0)
        self.themes = ordered
        countries = [CountryItem(c.code, c.name(self.language)) for c in store.countries()]
        countries.sort(key=lambda c: fold(c.label))
        self.countries = countries
        events = store.events()
        self.events = [e.name for e in events]
        self.event_labels = {e.name: (e.names or {}).get(self.language) or e.name for e in events}
        people = store.people()
        self.people = [p.name for p in people]
        # how the interface's language writes each person (Владимир Путин), keyed by name
        self.person_labels = {p.name: p.name_in(self.language) for p in people}
        self.organisations = [o.name for o in store.organisations()]
        documents = store.documents()
        self.documents = [d.title for d in documents]
        self.document_labels = {d.title: d.title_in(self.language) for d in documents}
        self.sources = [s.title for s in store.sources()]
        self.markings = [code for code, _rank in store.markings()]
        self._country_names = {c.code: c.label for c in countries}
        self._theme_names = {t.slug: t.label for t in ordered}

    def country_name(self, code: str) -> str:
        """The name of ``code`` in the interface language (the code if unknown)."""
        return self._country_names.get(code, code)

    def theme_name(self, slug: str) -> str:
        """The name of theme ``slug`` in the interface language (the slug if unknown)."""
        return self._theme_names.get(slug, slug)
