"""Reference data (countries from CLDR, the marking scheme) and name resolution."""

from __future__ import annotations

from dataclasses import dataclass, field

from babel import Locale
from sqlalchemy import Connection, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from briefing.model import (
    Country,
    Document,
    Event,
    Marking,
    Organisation,
    OrganisationAlias,
    Person,
    PersonAlias,
    Source,
    Theme,
)
from briefing.store.records import DEFAULT_MARKINGS, parse_date
from briefing.store.search import fold

__all__ = ["ReferenceIndex", "cldr_countries", "ensure_reference_data", "parse_date"]

# CLDR territory codes that are not countries (EU, UN, test/unknown regions).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


def cldr_countries() -> list[tuple[str, str, str, str]]:
    """(code, English, French, Russian) for every ISO 3166 alpha-2 territory CLDR names."""
    en, fr, ru = (Locale.parse(x).territories for x in ("en", "fr", "ru"))
    codes = sorted(
        c
        for c in map(str, en)
        if len(c) == 2 and c.isalpha() and c.isupper() and c not in _NOT_COUNTRIES
    )
    return [(c, en[c], fr.get(c, en[c]), ru.get(c, en[c])) for c in codes]


def ensure_reference_data(session: Session) -> None:
    """Fill markings and countries on a new database (idempotent).

    Rows another process inserted meanwhile are skipped (ON CONFLICT DO NOTHING): two
    first starts on one new file both find the tables empty, and the second used to fail
    on the first one's markings.
    """
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    if session.scalar(select(func.count()).select_from(Marking)) == 0:
        session.execute(
            dialect.insert(Marking).on_conflict_do_nothing(),
            [{"code": c, "rank": r, "abbreviation": a} for c, r, a in DEFAULT_MARKINGS],
        )
    if session.scalar(select(func.count()).select_from(Country)) == 0:
        session.execute(
            dialect.insert(Country).on_conflict_do_nothing(),
            [
                {"code": c, "name_en": en, "name_fr": fr, "name_ru": ru}
                for c, en, fr, ru in cldr_countries()
            ],
        )


@dataclass
class ReferenceIndex:
    """Everything needed to validate and resolve drafts, loaded once per operation.

    Names are matched folded (case and accents ignored), aliases included.
    """

    themes: dict[str, int]
    countries: set[str]
    markings: dict[str, int]
    events: dict[str, int]
    documents: dict[str, int]
    people: dict[str, int]
    organisations: dict[str, int]
    sources: dict[str, int]
    new_people: dict[str, str] = field(default_factory=dict)
    new_organisations: dict[str, str] = field(default_factory=dict)
    new_sources: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session | Connection) -> ReferenceIndex:
        """Read the lookup tables (a few hundred rows) in one go."""
        people: dict[str, int] = {}
        for pid, name in session.execute(select(Person.id, Person.name)):
            people.setdefault(fold(name), pid)
        for pid, text in session.execute(select(PersonAlias.person_id, PersonAlias.text)):
            people.setdefault(fold(text), pid)
        orgs: dict[str, int] = {}
        for oid, name in session.execute(select(Organisation.id, Organisation.name)):
            orgs.setdefault(fold(name), oid)
        for oid, text in session.execute(
            select(OrganisationAlias.organisation_id, OrganisationAlias.text)
        ):
            orgs.setdefault(fold(text), oid)
        events: dict[str, int] = {}
        formerly: list[tuple[int, list[str]]] = []
        for eid, uuid, name, names, former in session.execute(
            select(Event.id, Event.uuid, Event.name, Event.names, Event.former_names)
        ):
            events[uuid] = eid
            events.setdefault(fold(name), eid)
            for other in (names or {}).values():
                events.setdefault(fold(other), eid)
            formerly.append((eid, former or []))
        # Former names last: an event that carries a name now wins it (migration 0013).
        for eid, former in formerly:
            for old in former:
                events.setdefault(fold(old), eid)
        documents: dict[str, int] = {}
        for did, title, titles in session.execute(
            select(Document.id, Document.title, Document.titles)
        ):
            documents.setdefault(fold(title), did)
            for other in (titles or {}).values():
                documents.setdefault(fold(other), did)
        return cls(
            themes=dict(session.execute(select(Theme.slug, Theme.id)).all()),
            countries=set(session.scalars(select(Country.code))),
            markings=dict(session.execute(select(Marking.code, Marking.rank)).all()),
            events=events,
            documents=documents,
            people=people,
            organisations=orgs,
            sources={fold(t): i for i, t in session.execute(select(Source.id, Source.title)).all()},
        )

    def event_id(self, name: str | None) -> int | None:
        """The event named (or with that uuid), if known."""
        if not name:
            return None
        return self.events.get(name) or self.events.get(fold(name))
