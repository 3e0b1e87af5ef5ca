"""``briefing events | people | themes | countries``: the reference data, as tables or JSON.

These listings only read: they take a ``Reader`` (the command line opens a Core-only one),
and nothing imported here pulls in the ORM.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefing.cli_common import UsageError
from briefing.cli_ids import looks_like_id, normalise_prefix, pick, short_ids
from briefing.cli_output import Output
from briefing.errors import NotFoundError
from briefing.store.records import FactQuery

if TYPE_CHECKING:
    from briefing.store.entities import EventRecord
    from briefing.store.reader import Reader


def run_events(store: Reader, args: argparse.Namespace, out: Output) -> int:
    """Events, most recent first, with their short ids."""
    events = store.events()
    ceiling = _ceiling(store, args)
    if ceiling is not None:  # an event known only from facts above the ceiling is left out
        events = [
            e
            for e in events
            if store.count(FactQuery(events=(e.uuid,), max_marking=ceiling))
            or not store.count(FactQuery(events=(e.uuid,)))
        ]
    if out.json_mode:
        out.json([{"id": e.uuid, **e.to_json()} for e in events])
        return 0
    short = short_ids(e.uuid for e in events)
    rows = [
        (
            short[e.uuid],
            e.start_date.isoformat() if e.start_date else "",
            e.kind,
            e.country_code or "",
            e.place,
            e.name,
        )
        for e in events
    ]
    out.table(("ID", "START", "KIND", "HOST", "PLACE", "NAME"), rows)
    return 0


def _ceiling(store: Reader, args: argparse.Namespace) -> str | None:
    from briefing.cli_facts import check_ceiling  # cli_facts imports this module

    return check_ceiling(store, getattr(args, "max_marking", None))


def find_event(store: Reader, ref: str) -> EventRecord:
    """The event ``ref`` names: its name in any language, its id or a unique id prefix.

    An unknown event is a UsageError; so is an id prefix shared by several events (the
    message names them).
    """
    event = maybe_event(store, ref)
    if event is None:
        raise UsageError(f"no event {ref!r} (see 'briefing events')")
    return event


def maybe_event(store: Reader, ref: str) -> EventRecord | None:
    """As ``find_event``, but None for an event the base does not hold."""
    try:
        return store.event(ref)
    except NotFoundError:
        pass
    events = store.events()
    if looks_like_id(ref):
        prefix = normalise_prefix(ref, "event")
        matches = [e.uuid for e in events if e.uuid.startswith(prefix)]
        if matches:
            uuid = pick(ref, matches, short_ids(e.uuid for e in events), "event")
            return next(e for e in events if e.uuid == uuid)
    return None


def run_people(store: Reader, args: argparse.Namespace, out: Output) -> int:
    """People by name, with their aliases."""
    people = store.people()
    ceiling = _ceiling(store, args)
    if ceiling is not None:  # a person named only by facts above the ceiling is left out
        named, below = store.people_named(), store.people_named(FactQuery(max_marking=ceiling))
        people = [p for p in people if p.name not in named or p.name in below]
    if out.json_mode:
        out.json(
            [
                {
                    "name": p.name,
                    "role": p.role,
                    "country": p.country_code,
                    "aliases": [{"text": a.text, "language": a.language} for a in p.aliases],
                }
                for p in people
            ]
        )
        return 0
    rows = [
        (p.name, p.country_code or "", p.role, ", ".join(a.text for a in p.aliases)) for p in people
    ]
    out.table(("NAME", "COUNTRY", "ROLE", "ALIASES"), rows)
    return 0


def run_themes(store: Reader, args: argparse.Namespace, out: Output) -> int:
    """The taxonomy, sub-themes indented under their parent, with fact counts."""
    themes = store.themes()
    counts = store.counts_by_theme(_ceiling(store, args))
    slug_of = {t.id: t.slug for t in themes}
    if out.json_mode:
        out.json(
            [
                {
                    "slug": t.slug,
                    "name": {"en": t.name_en, "fr": t.name_fr, "ru": t.name_ru},
                    "parent": slug_of.get(t.parent_id) if t.parent_id else None,
                    "facts": counts.get(t.slug, 0),
                }
                for t in themes
            ]
        )
        return 0
    rows = [
        (
            ("  " if t.parent_id else "") + t.slug,
            str(counts.get(t.slug, 0)),
            t.name_en,
            t.name_fr,
            t.name_ru,
        )
        for t in _tree_order(themes)
    ]
    out.table(("SLUG", "FACTS", "ENGLISH", "FRANÇAIS", "РУССКИЙ"), rows)
    return 0


def _tree_order(themes: Sequence[Any]) -> list[Any]:
    children: dict[int | None, list[Any]] = {}
    for t in themes:
        children.setdefault(t.parent_id, []).append(t)
    ordered: list[Any] = []
    for top in children.get(None, []):
        ordered.append(top)
        ordered.extend(children.get(top.id, []))
    return ordered


def run_countries(store: Reader, args: argparse.Namespace, out: Output) -> int:
    """Countries that have facts (every ISO country with ``--all``), with their names."""
    ceiling = _ceiling(store, args)
    if ceiling is None:
        counts = store.counts_by_country()
    else:  # a country named only by facts above the ceiling is not listed as used
        counts = store.country_counts(FactQuery(max_marking=ceiling))
    countries = store.countries(used_only=not args.all)
    if ceiling is not None and not args.all:
        countries = [c for c in countries if counts.get(c.code)]
    if out.json_mode:
        out.json(
            [
                {
                    "code": c.code,
                    "name": {"en": c.name_en, "fr": c.name_fr, "ru": c.name_ru},
                    "facts": counts.get(c.code, 0),
                }
                for c in countries
            ]
        )
        return 0
    rows = [
        (c.code, str(counts.get(c.code, 0)), c.name_en, c.name_fr, c.name_ru) for c in countries
    ]
    out.table(("CODE", "FACTS", "ENGLISH", "FRANÇAIS", "РУССКИЙ"), rows)
    return 0
