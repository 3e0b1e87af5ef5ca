"""The facts bundle (docs/formats.md): facts with the events and people they name.

``import_bundle`` reads either the older bare list of facts or the bundle object, and does
everything in the caller's transaction: an event or person the base lacks is created with
the bundle's details, one it has is left alone, then the facts go through
``bulk.import_objects``. Any invalid entry aborts the whole import, naming the entry.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing.errors import FieldError, ValidationError
from briefing.model import Country, Event, Organisation, Person, PersonAlias, new_uuid
from briefing.store import bulk
from briefing.store.bundle_shape import BUNDLE_FORMAT
from briefing.store.entities import EVENT_KINDS, PERSON_KINDS
from briefing.store.reference import ReferenceIndex, parse_date
from briefing.store.search import fold
from briefing.store.validation import is_language


def import_bundle(
    session: Session, data: object, progress: Callable[[int, int], None] | None = None
) -> bulk.ImportReport:
    """Import a bundle object or a bare list of facts, all or nothing."""
    if isinstance(data, list):
        return bulk.import_objects(session.connection(), data, progress)
    if not isinstance(data, dict):
        raise ValidationError([FieldError("bundle", "expected a JSON object or array of facts")])
    fmt = data.get("format", BUNDLE_FORMAT)
    if fmt == "briefing-facts/3":  # merged with conflicts reported: briefing.store.merge
        raise ValidationError(
            [FieldError("format", "a travelling bundle: import it with 'briefing bundle import'")]
        )
    if fmt != BUNDLE_FORMAT:
        raise ValidationError([FieldError("format", f"expected {BUNDLE_FORMAT!r}, not {fmt!r}")])
    for key in ("events", "people", "facts"):
        if not isinstance(data.get(key, []), list):
            raise ValidationError([FieldError(key, "must be a list")])
    if "facts" not in data:
        raise ValidationError([FieldError("facts", "must be a list (the bundle has none)")])
    add_events(session, data.get("events", []))
    add_people(session, data.get("people", []))
    session.flush()
    return bulk.import_objects(session.connection(), data.get("facts", []), progress)


def _text(obj: dict[str, Any], key: str, where: str, limit: int, required: bool = False) -> str:
    value = obj.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError([FieldError(f"{where}.{key}", "must be text")])
    value = value.strip()
    if required and not value:
        raise ValidationError([FieldError(f"{where}.{key}", "must not be empty")])
    if len(value) > limit:
        raise ValidationError([FieldError(f"{where}.{key}", f"is longer than {limit} characters")])
    return value


def _language_map(obj: dict[str, Any], key: str, where: str, limit: int) -> dict[str, str]:
    value = obj.get(key) or {}
    if not isinstance(value, dict):
        raise ValidationError([FieldError(f"{where}.{key}", "must map a language code to a text")])
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not is_language(str(lang)):
            raise ValidationError(
                [FieldError(f"{where}.{key}.{lang}", f"unknown language code {lang!r}")]
            )
        if not isinstance(text, str) or len(text) > limit:
            raise ValidationError(
                [FieldError(f"{where}.{key}.{lang}", f"must be text of at most {limit} characters")]
            )
        if text.strip():
            out[str(lang)] = text.strip()
    return out


def _country(session: Session, obj: dict[str, Any], where: str) -> str | None:
    code = _text(obj, "country", where, 2).upper() or None
    if code and session.get(Country, code) is None:
        raise ValidationError([FieldError(f"{where}.country", f"unknown country code {code!r}")])
    return code


def _date(obj: dict[str, Any], key: str, where: str) -> dt.date | None:
    try:
        return parse_date(obj.get(key))
    except (TypeError, ValueError):
        raise ValidationError(
            [FieldError(f"{where}.{key}", f"{obj.get(key)!r} is not a date (YYYY-MM-DD)")]
        ) from None


def entity_uuid(obj: dict[str, Any], where: str) -> str | None:
    """The ``id`` an entity carries (``briefing-facts/3``), normalised; None when absent."""
    value = obj.get("id")
    if value is None:
        return None
    try:
        return str(uuidlib.UUID(str(value)))
    except ValueError:
        raise ValidationError([FieldError(f"{where}.id", f"{value!r} is not a UUID")]) from None


def add_events(session: Session, items: Sequence[object]) -> int:
    """Create each EVENT of ``items`` the base does not have (by name or id); returns how many."""
    known = ReferenceIndex.load(session).events
    uuids = set(session.scalars(select(Event.uuid)))
    made = 0
    for i, obj in enumerate(items):
        where = f"events[{i}]"
        if not isinstance(obj, dict):
            raise ValidationError([FieldError(where, "must be a JSON object")])
        name = _text(obj, "name", where, 300, required=True)
        kind = _text(obj, "kind", where, 40) or "summit"
        if kind not in EVENT_KINDS:
            raise ValidationError(
                [FieldError(f"{where}.kind", f"must be one of {', '.join(EVENT_KINDS)}")]
            )
        start = _date(obj, "start_date", where) or _date(obj, "date", where)
        end = _date(obj, "end_date", where)
        if start and end and end < start:
            raise ValidationError([FieldError(f"{where}.end_date", "is before the start date")])
        ident = entity_uuid(obj, where)
        event = Event(
            uuid=ident or new_uuid(),
            name=name,
            names=_language_map(obj, "names", where, 300),
            kind=kind,
            place=_text(obj, "place", where, 200),
            place_names=_language_map(obj, "place_names", where, 200),
            start_date=start,
            end_date=end,
            country_code=_country(session, obj, where),
        )
        if fold(name) in known or ident in uuids:
            continue
        session.add(event)
        session.flush()
        known[fold(name)] = event.id
        made += 1
    return made


def add_people(session: Session, items: Sequence[object]) -> int:
    """Create each PERSON of ``items`` the base does not have (by name or id); returns how many."""
    known = ReferenceIndex.load(session).people
    uuids = set(session.scalars(select(Person.uuid)))
    organisations = {
        fold(n): i for i, n in session.execute(select(Organisation.id, Organisation.name))
    }
    made = 0
    for i, obj in enumerate(items):
        where = f"people[{i}]"
        if not isinstance(obj, dict):
            raise ValidationError([FieldError(where, "must be a JSON object")])
        name = _text(obj, "name", where, 200, required=True)
        kind = _text(obj, "kind", where, 24) or "other"
        if kind not in PERSON_KINDS:
            raise ValidationError(
                [FieldError(f"{where}.kind", f"must be one of {', '.join(PERSON_KINDS)}")]
            )
        roles = _language_map(obj, "role_translations", where, 200)
        for lang in ("fr", "ru", "en"):  # the seed's older role_fr / role_ru keys
            if isinstance(obj.get(f"role_{lang}"), str) and obj[f"role_{lang}"].strip():
                roles.setdefault(lang, obj[f"role_{lang}"].strip())
        org_name = _text(obj, "organisation", where, 300)
        if org_name and fold(org_name) not in organisations:
            raise ValidationError(
                [FieldError(f"{where}.organisation", f"unknown organisation {org_name!r}")]
            )
        aliases = obj.get("aliases") or []
        if not isinstance(aliases, list) or not all(
            isinstance(a, dict) and isinstance(a.get("text"), str) for a in aliases
        ):
            raise ValidationError(
                [FieldError(f"{where}.aliases", 'must be a list of {"text", "language"}')]
            )
        ident = entity_uuid(obj, where)
        person = Person(
            uuid=ident or new_uuid(),
            name=name,
            role=_text(obj, "role", where, 200),
            role_translations=roles,
            country_code=_country(session, obj, where),
            names=_language_map(obj, "names", where, 200),
            bios=_language_map(obj, "bio", where, 4000),
            kind=kind,
            organisation_id=organisations.get(fold(org_name)) if org_name else None,
            aliases=[
                PersonAlias(text=a["text"].strip()[:200], language=a.get("language"))
                for a in aliases
                if a["text"].strip()
            ],
        )
        if fold(name) in known or ident in uuids:
            continue
        session.add(person)
        session.flush()
        known[fold(name)] = person.id
        made += 1
    return made
