"""``briefing export`` (a pack to PDF or DOCX) and ``briefing specs`` (saved packs).

Both read through a ``Reader`` (Core only; ``cli.py`` opens one with ``open_reader``)
unless they write: ``export --save-spec`` and ``specs import`` are given a ``Store``.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from briefing.cli_common import UsageError, read_json_file
from briefing.cli_facts import check_ceiling, check_filters, resolve_fact
from briefing.cli_lists import find_event
from briefing.cli_output import Output
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import NotFoundError
from briefing.store.records import FactQuery

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.reader import Reader

FILE_FORMATS: dict[str, Literal["pdf", "docx"]] = {".pdf": "pdf", ".docx": "docx"}
_FULL_ID = 36


def output_format(named: str | None, path: Path) -> Literal["pdf", "docx"]:
    """The format to write: the file's extension decides, and must agree with ``named``.

    ``export -o pack.pdf`` writes a PDF; ``export docx -o pack.pdf`` is an error rather
    than a Word file named .pdf that no reader would open.
    """
    inferred = FILE_FORMATS.get(path.suffix.lower())
    if named is None:
        if inferred is None:
            raise UsageError(
                f"cannot tell the format of {str(path)!r}: end the file name in .pdf or .docx"
            )
        return inferred
    if inferred != named:
        raise UsageError(
            f"{str(path)!r} does not end in .{named}: name the file *.{named} "
            f"(or leave out '{named}': the extension chooses the format)"
        )
    return inferred


def _load_spec(store: Reader, name: str) -> dict[str, object]:
    try:
        return store.load_spec(name)
    except NotFoundError:
        raise UsageError(f"no saved dossier spec named {name!r} (see 'briefing specs')") from None


def run_export(store: Reader, args: argparse.Namespace, out: Output) -> int:
    """Build the pack's spec from the options (or a saved spec) and print it."""
    from briefing.dossier.export import export
    from briefing.dossier.glyphs import warning_line
    from briefing.dossier.layouts import by_country, by_theme, skeleton
    from briefing.ingest import quote_check

    fmt = output_format(args.kind, args.output)
    check_filters(store, FactQuery(themes=tuple(args.theme), countries=tuple(args.country)))
    marking = check_ceiling(store, args.max_marking)
    event = find_event(store, args.event).uuid if args.event else None
    if args.spec:
        spec = DossierSpec.from_json(_load_spec(store, args.spec))
    else:
        events = store.events()
        only = events[0].uuid if len(events) == 1 and not args.background else None
        spec = DossierSpec(event=event or only, language=args.language or "en")
    overrides: dict[str, Any] = {
        "title": args.title,
        "subtitle": args.subtitle,
        "event": event,
        "prepared_for": args.prepared_for,
        "prepared_by": args.prepared_by,
        "language": args.language,
        "page_size": args.page_size,
        "max_marking": marking,
        "reference": args.reference,
        "version": args.doc_version,
    }
    if args.background:
        overrides["include_background"] = True
    spec = replace(spec, **{k: v for k, v in overrides.items() if v is not None})
    if args.by:
        spec = replace(spec, themes=tuple(args.theme), countries=tuple(args.country))
        spec = (by_theme if args.by == "theme" else by_country)(store, spec)
    elif not args.spec and (args.theme or args.country):
        spec = spec.with_sections(
            skeleton(spec)
            + [SectionSpec("theme", t) for t in args.theme]
            + [SectionSpec("country", c.upper()) for c in args.country]
            + [SectionSpec("figures")]
        )
    elif not args.spec:
        spec = by_theme(store, spec)
    if args.save_spec:
        _writable(store).save_spec(args.save_spec, spec.to_json())
    result = export(store, spec, args.output, fmt)
    dossier, missing, quotes = result.dossier, result.warnings.unprintable, result.warnings.quotes
    summary = {
        "output": str(args.output),
        "format": fmt,
        "sections": len(dossier.sections),
        "fact_entries": dossier.fact_count(),
        "sources": len(dossier.sources),
        "marking": dossier.marking,
        "unprintable": [{"where": m.where, "fact": m.fact, "characters": m.chars} for m in missing],
        "quotes": [
            {"fact": q.fact, "kind": q.kind, "locator": q.locator, "found_at": q.found_at}
            for q in quotes
        ],
    }
    if missing:  # the file is written; what would print blank is said, never dropped quietly
        out.warn(warning_line(missing, fmt))
    if quotes:  # printed as stored, but the reader should not trust it unchecked
        out.warn(quote_check.warning_line(quotes))
    if out.json_mode:
        out.json(summary)
    else:
        out.say(
            f"wrote {args.output} ({summary['sections']} sections, "
            f"{summary['fact_entries']} fact entries, {summary['sources']} sources, "
            f"marked {dossier.marking})"
        )
    return 0


def _writable(store: Reader) -> Store:
    """``store`` as the Store it must be to write (cli.py opens one for every command line
    that writes)."""
    from briefing.store.store import Store

    if not isinstance(store, Store):
        raise TypeError("this command writes: it needs a Store, not a Reader")
    return store


def run_specs(store: Store, args: argparse.Namespace, out: Output) -> int:
    """List saved specs, or export / import one."""
    if getattr(args, "specs_command", None) == "import":
        return _import_spec(store, args.file, args.name, out)
    return read_specs(store, args, out)


def read_specs(store: Reader, args: argparse.Namespace, out: Output) -> int:
    """List saved specs, or export one (``run_specs`` without writing)."""
    if getattr(args, "specs_command", None) == "export":
        return _export_spec(store, args.name, args.output, out)
    rows = store.specs()
    if out.json_mode:
        out.json(
            [{"name": n, "updated_at": t.isoformat(), "spec": store.load_spec(n)} for n, t in rows]
        )
        return 0
    out.table(("UPDATED", "NAME"), [(t.strftime("%Y-%m-%d %H:%M"), n) for n, t in rows])
    return 0


def _export_spec(store: Reader, name: str, output: Path | None, out: Output) -> int:
    text = json.dumps({"name": name, **_load_spec(store, name)}, ensure_ascii=False, indent=2)
    if output is None:
        out.out.write(text + "\n")
        return 0
    from briefing.dossier.output import atomic_output

    with atomic_output(output) as fh:
        fh.write((text + "\n").encode("utf-8"))
    out.say(f"wrote {output}")
    return 0


def _import_spec(store: Store, path: Path, name: str | None, out: Output) -> int:
    data = read_json_file(path, "a dossier spec")
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object (a dossier spec)")
    given = data.pop("name", None)
    name = name or given
    if not isinstance(name, str) or not name.strip():
        raise UsageError(f"{path}: no 'name' in the file; give one with --name")
    spec = DossierSpec.from_json(data)
    spec = spec.with_sections([_full_ids(store, s) for s in spec.sections])
    spec.check()
    store.save_spec(name, spec.to_json())
    if out.json_mode:
        out.json({"name": name, "sections": len(spec.sections)})
    else:
        out.say(f"saved spec {name!r} ({len(spec.sections)} sections)")
    return 0


def _full_ids(store: Reader, section: SectionSpec) -> SectionSpec:
    """Fact id prefixes in a section (hand-picked or excluded facts) made whole.

    A whole id is kept as it is, known here or not: a spec written in another base may
    name facts this one does not hold yet.
    """

    def whole(ident: str) -> str:
        if not isinstance(ident, str) or len(ident.strip()) >= _FULL_ID:
            return ident
        return resolve_fact(store, ident)

    return replace(
        section,
        facts=tuple(whole(i) for i in section.facts),
        exclude=tuple(whole(i) for i in section.exclude),
    )
