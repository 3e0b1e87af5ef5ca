"""``briefing facts``: list, show, add and import facts.

Listing (``list_facts``) needs only a ``Reader``; the module imports nothing that pulls in
the ORM, Babel or the validators at load time, so a listing starts without them (the
actions import what they need when they run).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.cli_common import UsageError, read_json_file
from briefing.cli_ids import normalise_prefix, pick, short_ids
from briefing.cli_lists import maybe_event
from briefing.cli_output import Output
from briefing.errors import ValidationError
from briefing.store.records import SPEAKER_KINDS, FactDraft, FactQuery, FactRecord, Speaker

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.reader import Reader


def run_facts(store: Store, args: argparse.Namespace, out: Output) -> int:
    """Dispatch ``facts`` and its actions."""
    action = getattr(args, "facts_command", None)
    if action == "add":
        return _add(store, args, out)
    if action == "import":
        return _import(store, args.file, out)
    if action == "show":
        return _show(store, args.ids, out)
    if action == "check":
        from briefing.cli_import import run_facts_check

        return run_facts_check(store, args, out)
    if action == "confirm-translation":
        return _confirm(store, args.id, args.language, out)
    if action in ("history", "restore"):
        from briefing import cli_history

        return (cli_history.run_history if action == "history" else cli_history.run_restore)(
            store, args, out
        )
    return list_facts(store, args, out)


def list_facts(store: Reader, args: argparse.Namespace, out: Output) -> int:
    """``briefing facts`` without an action: the facts a query matches, as a table or a
    bundle. Reads only (the command line opens a Core-only Reader for it)."""
    query = FactQuery(
        themes=tuple(args.theme),
        countries=tuple(args.country),
        text=args.search,
        order="relevance" if args.search.strip() else "date",
        untranslated=tuple(_language(x) for x in args.untranslated),
        outdated=tuple(_language(x) for x in args.outdated),
        max_marking=check_ceiling(store, args.max_marking),
    )
    check_filters(store, query)
    if out.json_mode:
        _bundle(store, store.facts(query), out)
        return 0
    lines = store.fact_lines(query)  # only what the table prints: 3 queries, not 8
    short = short_ids(store.fact_uuids())
    rows = [
        (
            short.get(r.uuid, r.uuid),
            r.date.isoformat() if r.date else "",
            r.marking,
            ",".join(r.countries),
            ",".join(r.themes),
            r.statement,
        )
        for r in lines
    ]
    out.table(("ID", "DATE", "MARKING", "COUNTRIES", "THEMES", "STATEMENT"), rows)
    return 0


def _bundle(store: Reader, records: Sequence[FactRecord], out: Output) -> None:
    from briefing.store.bundle_shape import bundle_json

    out.json(bundle_json([r.to_json() for r in records], store.events(), store.people()))


def resolve_fact(store: Reader, text: str) -> str:
    """The full id of the fact ``text`` names (a whole id or a unique prefix)."""
    prefix = normalise_prefix(text)
    matches = store.fact_uuids(prefix)
    ambiguous = len(matches) > 1 and prefix not in matches
    return pick(text, matches, short_ids(store.fact_uuids()) if ambiguous else {})


def _show(store: Store, idents: Sequence[str], out: Output) -> int:
    records = [store.get(resolve_fact(store, ident)) for ident in idents]
    if out.json_mode:
        _bundle(store, records, out)
        return 0
    for i, record in enumerate(records):
        if i:
            out.line("")
        out.lines(_detail(record))
    return 0


def _detail(record: FactRecord) -> str:
    """A fact as a person reads it: one labelled line per field, the statement in full."""
    data = record.to_json()
    speaker = data["speaker"]
    source = data["source"]
    fields: list[tuple[str, str]] = [
        ("id", record.uuid),
        ("date", data["date"] or ""),
        ("event", data["event"] or ""),
        ("marking", record.marking),
        ("confidence", record.confidence),
        ("key point", "yes" if record.is_key else "no"),
        ("themes", ", ".join(record.themes)),
        ("countries", ", ".join(record.countries)),
        ("said by", ", ".join(f"{k}: {v}" for k, v in speaker.items()) if speaker else ""),
        ("people", ", ".join(record.people)),
        ("organisations", ", ".join(record.organisations)),
        ("source", " — ".join(x for x in (source["title"], source["locator"]) if x)),
        ("quote", source["quote"] or ""),
        (f"statement ({record.language})", record.statement),
        *(
            (f"translation ({lang}{', outdated' if lang in record.outdated else ''})", text)
            for lang, text in sorted(record.translations.items())
        ),
        *(("figure", _figure(f)) for f in data["figures"]),
    ]
    width = max(len(label) for label, _ in fields)
    lines = []
    for label, value in fields:
        if not value:
            continue
        first, *rest = value.splitlines() or [""]
        lines.append(f"{label.ljust(width)}  {first}")
        lines.extend(f"{'':{width}}  {more}" for more in rest)
    return "\n".join(lines)


def _figure(figure: dict[str, Any]) -> str:
    parts = [f"{figure.get('label')}: {figure.get('value')}", figure.get("unit") or ""]
    if figure.get("qualifier"):
        parts.append(f"({figure['qualifier']})")
    return " ".join(p for p in parts if p)


def _date(text: str | None) -> str | None:
    """``--date`` as ISO: typed as the terminal's locale writes dates, or ISO."""
    if not text:
        return text
    from briefing import dates  # Babel: only when a date is given

    try:
        day = dates.parse_date(text, dates.environment_locale())
    except dates.DateError as exc:
        raise ValidationError([exc.error]) from None
    return day.isoformat() if day else None


def _add(store: Store, args: argparse.Namespace, out: Output) -> int:
    record = store.add(
        FactDraft(
            statement=args.statement,
            translations=_translations(args.translation),
            themes=args.theme,
            countries=args.country,
            date=_date(args.date),
            marking=args.marking,
            source_title=args.source_title,
            quote=args.quote,
            locator=args.locator,
            language=args.language,
            confidence=args.confidence,
            event=_event_for_new_fact(store, args.event),
            people=args.person,
            organisations=args.organisation,
            is_key=args.key,
            speaker=_speaker(args.speaker),
        )
    )
    if out.json_mode:
        out.json({"id": record.uuid})
    else:
        out.line(record.uuid)
    return 0


def _event_for_new_fact(store: Store, ref: str | None) -> str | None:
    """An event name or id as given; an id prefix of a known event becomes its id.

    Anything else is passed on: a new name creates the event, as in a facts bundle.
    """
    if not ref or not ref.strip():
        return ref
    event = maybe_event(store, ref)
    return event.uuid if event is not None else ref


def _speaker(value: str | None) -> Speaker | None:
    """``--speaker KIND:REF`` as a Speaker."""
    if value is None:
        return None
    kind, _, ref = value.partition(":")
    if kind not in SPEAKER_KINDS or not ref.strip():
        raise UsageError(f"--speaker {value!r}: use person:NAME, document:TITLE or country:CODE")
    return Speaker(kind, ref.strip())


def _translations(values: Sequence[str]) -> dict[str, str]:
    """``--translation LANG=TEXT`` options as a map (the store checks codes and texts)."""
    out: dict[str, str] = {}
    for value in values:
        lang, sep, text = value.partition("=")
        if not sep or not lang.strip():
            raise UsageError(f"--translation {value!r}: use LANG=TEXT, e.g. en='The summit…'")
        out[lang.strip().lower()] = text
    return out


def _language(code: str) -> str:
    """A language code as typed on the command line, checked (``ru``, ``FR``)."""
    from briefing.store.validation import is_language  # Babel's locale data: only when asked

    if not is_language(code.strip().lower()):
        raise UsageError(f"unknown language code {code!r} (ISO 639-1, e.g. ru)")
    return code.strip().lower()


def _confirm(store: Store, ident: str, language: str, out: Output) -> int:
    record = store.confirm_translation(resolve_fact(store, ident), _language(language))
    if out.json_mode:
        out.json({"id": record.uuid, "version": record.version})
    else:
        out.say(f"translation ({language.lower()}) of {record.uuid} confirmed as current")
    return 0


def _import(store: Store, path: Path, out: Output) -> int:
    data = read_json_file(path, "a facts bundle")
    if not isinstance(data, list | dict):
        raise UsageError(f"{path}: expected a facts bundle or a JSON array of facts")
    report = store.import_facts(data)
    if out.json_mode:
        out.json({"imported": report.added, "skipped": report.skipped})
        return 0
    for uuid in report.skipped:
        out.warn(f"skipped {uuid}: already present")
    out.say(f"imported {len(report.added)} facts, skipped {len(report.skipped)}")
    return 0


def check_filters(store: Reader, query: FactQuery) -> None:
    """Unknown slugs or codes are input errors, not silently empty results."""
    slugs = store.theme_slugs() if query.themes else set()
    for slug in query.themes:
        if slug not in slugs:
            raise UsageError(f"unknown theme {slug!r} (see 'briefing themes')")
    codes = store.country_codes() if query.countries else set()
    for code in query.countries:
        if code.upper() not in codes:
            raise UsageError(f"unknown country code {code!r} (ISO 3166 alpha-2, e.g. TJ)")


def check_ceiling(store: Reader, value: str | None) -> str | None:
    """A ``--max-marking`` value as a known marking code; empty or unknown is bad input
    (an empty ceiling must never mean "no ceiling")."""
    if value is None:
        return None
    levels = [code for code, _ in store.markings()]
    marking = value.strip().upper()
    if marking not in levels:
        raise UsageError(f"--max-marking: unknown marking {value!r} (one of {', '.join(levels)})")
    return marking
