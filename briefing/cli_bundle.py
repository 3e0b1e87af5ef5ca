"""``briefing bundle``: carry a slice of the base to another machine and merge it back.

The file is the travelling bundle (``briefing-facts/3``, docs/formats.md). Export always
applies a ceiling: ``--max-marking`` when given, else UNCLASSIFIED, said aloud — a bundle
is made to leave the machine, so the default must be the one that leaks nothing.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from briefing.cli_common import UsageError, read_json_file
from briefing.cli_facts import check_filters
from briefing.cli_ids import short_ids
from briefing.cli_lists import find_event
from briefing.cli_output import Output
from briefing.cli_parser import package_version
from briefing.store import Store
from briefing.store.exchange import DEFAULT_CEILING, Scope
from briefing.store.merge import MergeReport

SHOWN = 160  # characters of a conflicting value printed per side (the JSON report has all)


def run_bundle(store: Store, args: argparse.Namespace, out: Output) -> int:
    """Dispatch ``bundle export`` and ``bundle import``."""
    if args.bundle_command == "export":
        return _export(store, args, out)
    if args.bundle_command == "import":
        return _import(store, args, out)
    raise UsageError("briefing bundle: choose an action: export FILE or import FILE")


def _export(store: Store, args: argparse.Namespace, out: Output) -> int:
    from briefing.dossier.output import atomic_output

    ceiling = (args.max_marking or DEFAULT_CEILING).upper()
    known = [code for code, _ in store.markings()]
    if ceiling not in known:
        raise UsageError(f"unknown marking {args.max_marking!r} (one of {', '.join(known)})")
    scope = Scope(
        max_marking=ceiling,
        themes=tuple(args.theme),
        countries=tuple(c.upper() for c in args.country),
        events=tuple(find_event(store, e).uuid for e in args.event),
    )
    check_filters(store, scope.query())
    bundle = store.export_bundle(scope, producer=f"briefing {package_version()}")
    with atomic_output(args.file) as handle:
        handle.write(json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode())
    facts = len(bundle["facts"])
    if out.json_mode:
        out.json(
            {
                "file": str(args.file),
                "facts": facts,
                "ceiling": ceiling,
                "highest_marking": bundle["highest_marking"],
                "revisions_withheld": bundle["revisions_withheld"],
            }
        )
        return 0
    how = "" if args.max_marking else " (the default; --max-marking to carry more)"
    out.say(
        f"wrote {args.file}: {facts} facts, ceiling {ceiling}{how}, highest marking "
        f"included {bundle['highest_marking'] or 'none'}"
    )
    if bundle["revisions_withheld"]:
        out.warn(
            f"{bundle['revisions_withheld']} earlier versions marked above the ceiling left out"
        )
    return 0


def _import(store: Store, args: argparse.Namespace, out: Output) -> int:
    data = read_json_file(args.file, "a bundle")
    report = store.merge_bundle(data, on_conflict=args.on_conflict, dry_run=args.dry_run)
    if out.json_mode:
        out.json({"dry_run": args.dry_run, **report.to_json()})
        return 0
    _print_report(store, report, args, out)
    return 0


def _print_report(store: Store, report: MergeReport, args: argparse.Namespace, out: Output) -> None:
    verb = "would add" if args.dry_run else "added"
    out.say(
        f"{verb} {len(report.added)} facts; {len(report.identical)} already here and "
        f"identical; {len(report.conflicts)} conflicts"
    )
    made = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in report.created.items() if n)
    if made:
        out.say(("would create " if args.dry_run else "created ") + made)
    if report.conflicts:
        short = short_ids(store.fact_uuids())
        rows = [
            (
                c.kind,
                short.get(c.ident, c.ident) if c.kind == "fact" else c.ident,
                "bundle's" if c.taken == "theirs" else "this base's",
                ", ".join(c.fields),
            )
            for c in report.conflicts
        ]
        out.table(("CONFLICT", "ID", "KEPT", "FIELDS"), rows)
        for c in report.conflicts:
            out.say(f"{c.kind} {c.ident}:")
            for name in c.fields:
                out.say(f"  {name}: here   {_shown(c.ours.get(name))}")
                out.say(f"  {' ' * len(name)}  bundle {_shown(c.theirs.get(name))}")
        if args.on_conflict == "keep":
            out.say(
                "this base's versions were kept; run again with --on-conflict theirs (or "
                "newer) to take the bundle's"
            )
    if args.dry_run:
        out.say("dry run: nothing was written")


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
