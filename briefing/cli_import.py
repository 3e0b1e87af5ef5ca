"""``briefing import``: documents to candidate facts, the review queue; ``facts check``.

``import document FILE`` reads a communiqué, article, readout or transcript (text,
Markdown, HTML, DOCX, PDF) and proposes one candidate fact per clause with its exact
quote, locator and suggestions (docs: README, "Importing documents"); without
``--dry-run`` they wait in the review queue: ``import list``, ``import accept``,
``import reject``. ``facts check`` verifies every quote against its source's stored text.

Only argparse is imported at module level: ``briefing --help`` stays quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.cli_common import EXIT_FAILURE, EXIT_OK, UsageError
from briefing.cli_output import Output

if TYPE_CHECKING:
    from briefing.store import Store

STATUSES = ("pending", "accepted", "rejected", "all")
DOC_LANGUAGES = ("fr", "en", "ru")


def add_import_commands(command: Callable[..., argparse.ArgumentParser], parser_class: Any) -> None:
    """Add ``import`` and its actions to the command tree (``command`` makes a parser)."""
    imp = command(
        "import", "import a document as candidate facts to review (or: list | accept | reject)"
    )
    isub = imp.add_subparsers(
        dest="import_command", metavar="ACTION", parser_class=parser_class, title="actions"
    )
    doc = command(
        "document",
        "read a document (txt, md, html, docx, pdf) and queue one candidate fact per clause",
        isub,
    )
    doc.add_argument("file", type=Path, metavar="FILE", help="the document (at most 10 MB)")
    doc.add_argument(
        "--language", choices=DOC_LANGUAGES, help="the document's language (default: detected)"
    )
    doc.add_argument(
        "--event",
        metavar="NAME_OR_ID",
        help="the event the document is about: its facts belong to it, and a clause naming "
        "no other country concerns the countries of the people the document names",
    )
    doc.add_argument(
        "--source-title", metavar="T", help="the source's title (default: the document's own)"
    )
    doc.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the document's date: relative dates count from it"
    )
    doc.add_argument(
        "--dry-run", action="store_true", help="print the candidates; queue nothing, write nothing"
    )
    lst = command("list", "list queued candidates", isub)
    lst.add_argument("--status", choices=STATUSES, default="pending", help="default: pending")
    lst.add_argument("--source", metavar="T", help="only candidates from this source title")
    for name, help_ in (
        ("accept", "make facts of queued candidates (all or none), the document as source"),
        ("reject", "reject queued candidates"),
    ):
        act = command(name, help_, isub)
        act.add_argument("ids", nargs="*", metavar="ID", help="candidate ids or prefixes (4+)")
        act.add_argument(
            "--all", action="store_true", help="every pending candidate (of --source, if given)"
        )
        act.add_argument("--source", metavar="T", help="with --all: only this source's candidates")
        if name == "accept":
            act.add_argument(
                "--marking", metavar="MARKING", default="UNCLASSIFIED", help="the facts' marking"
            )
            act.add_argument(
                "--allow-duplicates",
                action="store_true",
                help="accept candidates flagged as restating an existing fact",
            )


def run_import(store: Store, args: argparse.Namespace, out: Output) -> int:
    """Dispatch ``import`` and its actions."""
    action = getattr(args, "import_command", None)
    if action == "document":
        return _document(store, args, out)
    if action == "list":
        return _list(store, args, out)
    if action in ("accept", "reject"):
        return _decide(store, args, out, action)
    raise UsageError("briefing import: choose an action: document, list, accept or reject")


def _document(store: Store, args: argparse.Namespace, out: Output) -> int:
    from briefing.ingest.document_read import DocumentError
    from briefing.ingest.importer import import_document

    date = None
    if args.date:
        try:
            date = dt.date.fromisoformat(args.date)
        except ValueError as exc:
            raise UsageError(f"--date: {args.date!r} is not a date (YYYY-MM-DD)") from exc
    try:
        result = import_document(
            store,
            args.file,
            language=args.language,
            event=args.event,
            source_title=args.source_title,
            date=date,
            dry_run=args.dry_run,
        )
    except DocumentError as exc:  # the file is the user's input: exit 2, like bad JSON
        raise UsageError(str(exc)) from exc
    candidates = result.extraction.candidates
    ids = [r.uuid for r in result.queued] or [""] * len(candidates)
    short = _short(store) if result.queued else {}
    if out.json_mode:
        out.json([{"id": i or None, **c.to_json()} for i, c in zip(ids, candidates, strict=True)])
    else:
        rows = [
            (
                short.get(i, i),
                c.locator,
                ",".join(c.countries),
                ",".join(c.themes),
                "; ".join(f"{f.value:g} {f.unit}".strip() for f in c.figures),
                (c.duplicate_of or "")[:8],
                c.statement,
            )
            for i, c in zip(ids, candidates, strict=True)
        ]
        out.table(
            ("ID", "WHERE", "COUNTRIES", "THEMES", "FIGURES", "DUPLICATE OF", "STATEMENT"), rows
        )
    ex = result.extraction
    done = "read (dry run, nothing written)" if args.dry_run else "queued for review"
    out.warn(
        f"{len(candidates)} candidates {done} from {result.title!r} "
        f"({ex.language}, {ex.date.isoformat() if ex.date else 'no date'})"
    )
    return EXIT_OK


def _list(store: Store, args: argparse.Namespace, out: Output) -> int:
    from briefing.store.review import ReviewQueue

    status = None if args.status == "all" else args.status
    records = ReviewQueue(store).candidates(status=status, source=args.source)
    short = _short(store)
    if out.json_mode:
        out.json(
            [
                {
                    "id": r.uuid,
                    "source": r.source,
                    "event": r.event,
                    "status": r.status,
                    "fact": r.fact_uuid,
                    **dict(r.data),
                }
                for r in records
            ]
        )
        return EXIT_OK
    rows = [
        (
            short.get(r.uuid, r.uuid),
            r.status,
            str((r.data.get("locator") or {}).get("text", "")),
            ",".join(r.data.get("countries") or []),
            ",".join(r.data.get("themes") or []),
            str(r.data.get("duplicate_of") or "")[:8],
            r.statement,
        )
        for r in records
    ]
    out.table(("ID", "STATUS", "WHERE", "COUNTRIES", "THEMES", "DUPLICATE OF", "STATEMENT"), rows)
    return EXIT_OK


def _short(store: Store) -> dict[str, str]:
    from briefing.cli_ids import short_ids
    from briefing.store.review import ReviewQueue

    return short_ids(ReviewQueue(store).ids())


def _decide(store: Store, args: argparse.Namespace, out: Output, action: str) -> int:
    from briefing.store.review import ReviewQueue

    queue = ReviewQueue(store)
    if args.all == bool(args.ids):
        raise UsageError(f"briefing import {action}: give candidate ids or --all (not both)")
    if args.all:
        ids = [r.uuid for r in queue.candidates(status="pending", source=args.source)]
    else:
        from briefing.cli_ids import normalise_prefix, pick, short_ids

        known = queue.ids()
        short = short_ids(known)
        ids = []
        for text in args.ids:
            prefix = normalise_prefix(text, "candidate")
            ids.append(pick(text, [k for k in known if k.startswith(prefix)], short, "candidate"))
    if action == "reject":
        n = queue.reject(ids)
        out.json({"rejected": n}) if out.json_mode else out.say(f"{n} candidates rejected")
        return EXIT_OK
    facts = queue.accept(ids, marking=args.marking.upper(), allow_duplicates=args.allow_duplicates)
    if out.json_mode:
        out.json({"accepted": len(facts), "facts": facts})
    else:
        for f in facts:
            out.line(f)
        out.say(f"{len(facts)} facts added")
    return EXIT_OK


def run_facts_check(store: Store, args: argparse.Namespace, out: Output) -> int:
    """``facts check``: each quote against its source's stored text; exit 1 on a mismatch."""
    from briefing.ingest.quote_check import KIND_OF, check_facts

    results = check_facts(store)
    bad = [(f, c) for f, c in results if c.status in KIND_OF]
    if out.json_mode:
        out.json(
            {
                "checked": len(results),
                "mismatches": [
                    {
                        "id": f.uuid,
                        "source": f.source,
                        "quote": f.quote,
                        "locator": f.locator,
                        "status": c.status,
                        "kind": KIND_OF[c.status],
                        "message": c.message,
                        "found_at": c.found_at,
                    }
                    for f, c in bad
                ],
            }
        )
    else:
        if bad:
            out.table(
                ("ID", "STATUS", "LOCATOR", "FOUND AT", "QUOTE"),
                [
                    (f.uuid[:8], c.status, f.locator or "", c.found_at or "", f.quote or "")
                    for f, c in bad
                ],
            )
        out.say(f"{len(results)} quotes checked, {len(bad)} mismatches")
    return EXIT_FAILURE if bad else EXIT_OK
