"""The command line: the same services as the desktop app, for scripts and terminals.

Errors print one line on stderr; the exit status is 2 for bad usage or input and 1 for
other failures. Command names and flags are stable: scripts depend on them.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn, TextIO

from briefing.bootstrap import open_store
from briefing.errors import BriefingError, UserFacingError, ValidationError
from briefing.ingest.seed import load_seed, load_taxonomy
from briefing.store import FactDraft, FactQuery, Store

EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad command-line usage or input file: exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line and raise instead of exiting mid-way."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: error: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The full command tree."""
    parser = _Parser(
        prog="briefing",
        description="Offline briefing books: a fact store with provenance, DOCX/PDF dossiers.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database file path or SQLAlchemy URL (default: $BRIEFING_DB "
        "or the SQLite file in your data directory)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = sub.add_parser("init", help="create or upgrade the database and load the summit seed")
    init.add_argument("--no-seed", action="store_true", help="only the theme taxonomy, no facts")

    facts = sub.add_parser("facts", help="list facts (or: facts add / facts import)")
    _add_filters(facts)
    facts.add_argument("--format", choices=("table", "json"), default="table")
    fsub = facts.add_subparsers(dest="facts_command", metavar="ACTION", parser_class=_Parser)
    add = fsub.add_parser("add", help="add one fact and print its id")
    add.add_argument("--statement", required=True)
    add.add_argument("--theme", action="append", required=True, metavar="SLUG")
    add.add_argument("--country", action="append", required=True, metavar="CODE")
    add.add_argument("--date", metavar="YYYY-MM-DD")
    add.add_argument("--marking", default="UNCLASSIFIED", metavar="LEVEL")
    add.add_argument("--source-title", metavar="T")
    add.add_argument("--quote", metavar="Q")
    add.add_argument("--locator", metavar="L")
    add.add_argument("--language", default="en", choices=("fr", "en", "ru"))
    add.add_argument(
        "--confidence", default="confirmed", choices=("confirmed", "reported", "assessed")
    )
    add.add_argument("--event", metavar="NAME", help="the event the fact belongs to")
    add.add_argument("--key", action="store_true", help="mark the fact as a key point")
    add.add_argument(
        "--speaker",
        metavar="KIND:REF",
        help="who states it: person:NAME, document:TITLE or country:CODE (default: nobody, "
        "the source reports it as established)",
    )
    add.add_argument("--person", action="append", default=[], metavar="NAME")
    add.add_argument("--organisation", action="append", default=[], metavar="NAME")
    imp = fsub.add_parser("import", help="import facts from JSON written by 'facts --format json'")
    imp.add_argument("file", type=Path)

    for name, help_ in (
        ("events", "list events (summits, visits, ministerials, calls)"),
        ("people", "list people"),
        ("themes", "list the theme taxonomy"),
        ("countries", "list countries that have facts"),
    ):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--format", choices=("table", "json"), default="table")
        if name == "countries":
            p.add_argument(
                "--all", action="store_true", help="every ISO country, not only used ones"
            )
    exp = sub.add_parser("export", help="print a dossier to PDF or DOCX")
    exp.add_argument("format", choices=("pdf", "docx"))
    exp.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    exp.add_argument("--by", choices=("theme", "country"), help="one section per theme/country")
    exp.add_argument("--theme", action="append", default=[], metavar="SLUG")
    exp.add_argument("--country", action="append", default=[], metavar="CODE")
    exp.add_argument("--spec", metavar="NAME", help="a saved dossier spec (see 'briefing specs')")
    exp.add_argument("--title", metavar="TEXT")
    exp.add_argument("--subtitle", metavar="TEXT")
    exp.add_argument(
        "--event",
        metavar="NAME_OR_ID",
        help="the meeting the pack is about: only its facts print (see 'briefing events')",
    )
    exp.add_argument(
        "--background",
        action="store_true",
        help="with --event, also print facts that belong to no event",
    )
    exp.add_argument("--reference", metavar="TEXT", help="the dossier's reference (cover)")
    exp.add_argument("--doc-version", metavar="TEXT", help="the dossier's version (cover)")
    exp.add_argument("--prepared-for", metavar="TEXT")
    exp.add_argument("--prepared-by", metavar="TEXT")
    exp.add_argument("--language", choices=("en", "fr", "ru"))
    exp.add_argument("--max-marking", metavar="LEVEL")
    exp.add_argument("--page-size", choices=("A4", "Letter"))
    exp.add_argument("--save-spec", metavar="NAME", help="also save this dossier's spec by name")
    specs = sub.add_parser("specs", help="list saved dossier specs (or: specs export / import)")
    specs.add_argument("--format", choices=("table", "json"), default="table")
    ssub = specs.add_subparsers(dest="specs_command", metavar="ACTION", parser_class=_Parser)
    sexp = ssub.add_parser("export", help="write a saved spec as JSON (docs/formats.md)")
    sexp.add_argument("name", metavar="NAME")
    sexp.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: standard output")
    simp = ssub.add_parser("import", help="save a spec from a JSON file")
    simp.add_argument("file", type=Path, metavar="FILE")
    simp.add_argument("--name", help="the name to save it under (default: the file's 'name')")
    return parser


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--theme", action="append", default=[], metavar="SLUG")
    p.add_argument("--country", action="append", default=[], metavar="CODE")
    p.add_argument("--search", default="", metavar="TEXT")


COMMANDS: dict[str, Callable[[Store, argparse.Namespace, TextIO], int]] = {}


def _facts(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    if args.facts_command == "add":
        record = store.add(
            FactDraft(
                statement=args.statement,
                themes=args.theme,
                countries=args.country,
                date=args.date,
                marking=args.marking,
                source_title=args.source_title,
                quote=args.quote,
                locator=args.locator,
                language=args.language,
                confidence=args.confidence,
                event=args.event,
                people=args.person,
                organisations=args.organisation,
                is_key=args.key,
                speaker=_speaker(args.speaker),
            )
        )
        print(record.uuid, file=out)
        return 0
    if args.facts_command == "import":
        try:
            data = json.loads(args.file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"cannot read {args.file}: {exc.strerror}") from exc
        except ValueError as exc:
            raise UsageError(f"{args.file} is not valid JSON: {exc}") from exc
        if not isinstance(data, list | dict):
            raise UsageError(f"{args.file}: expected a facts bundle or a JSON array of facts")
        report = store.import_facts(data)
        for uuid in report.skipped:
            print(f"skipped {uuid}: already present", file=sys.stderr)
        print(f"imported {len(report.added)} facts, skipped {len(report.skipped)}", file=out)
        return 0
    query = FactQuery(
        themes=tuple(args.theme),
        countries=tuple(args.country),
        text=args.search,
        order="relevance" if args.search.strip() else "date",
    )
    _check_filters(store, query)
    records = store.facts(query)
    if args.format == "json":
        from briefing.store.bundle import bundle_json

        bundle = bundle_json([r.to_json() for r in records], store.events(), store.people())
        json.dump(bundle, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    rows = [
        (
            r.uuid[:8],
            r.date.isoformat() if r.date else "",
            r.marking[:12],
            ",".join(r.countries),
            ",".join(r.themes),
            r.statement.replace("\n", " "),
        )
        for r in records
    ]
    _table(out, ("ID", "DATE", "MARKING", "COUNTRIES", "THEMES", "STATEMENT"), rows)
    return 0


def _speaker(value: str | None) -> object:
    """``--speaker KIND:REF`` as a Speaker (malformed values are left for validation)."""
    from briefing.store.records import SPEAKER_KINDS, Speaker

    if value is None:
        return None
    kind, _, ref = value.partition(":")
    if kind not in SPEAKER_KINDS or not ref.strip():
        raise UsageError(f"--speaker {value!r}: use person:NAME, document:TITLE or country:CODE")
    return Speaker(kind, ref.strip())


def _events(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    events = store.events()
    if args.format == "json":
        json.dump(
            [{"id": e.uuid, **e.to_json()} for e in events], out, ensure_ascii=False, indent=2
        )
        out.write("\n")
        return 0
    rows = [
        (
            e.start_date.isoformat() if e.start_date else "",
            e.kind,
            e.country_code or "",
            e.place,
            e.name,
        )
        for e in events
    ]
    _table(out, ("START", "KIND", "HOST", "PLACE", "NAME"), rows)
    return 0


def _check_filters(store: Store, query: FactQuery) -> None:
    """Unknown slugs or codes are input errors, not silently empty results."""
    slugs = {t.slug for t in store.themes()}
    for slug in query.themes:
        if slug not in slugs:
            raise UsageError(f"unknown theme {slug!r} (see 'briefing themes')")
    codes = {c.code for c in store.countries()}
    for code in query.countries:
        if code.upper() not in codes:
            raise UsageError(f"unknown country code {code!r} (ISO 3166 alpha-2, e.g. TJ)")


def _people(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    people = store.people()
    if args.format == "json":
        items = [
            {
                "name": p.name,
                "role": p.role,
                "country": p.country_code,
                "aliases": [{"text": a.text, "language": a.language} for a in p.aliases],
            }
            for p in people
        ]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    _table(
        out,
        ("NAME", "COUNTRY", "ROLE", "ALIASES"),
        [
            (p.name, p.country_code or "", p.role, ", ".join(a.text for a in p.aliases))
            for p in people
        ],
    )
    return 0


def _themes(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    themes = store.themes()
    counts = store.counts_by_theme()
    slug_of = {t.id: t.slug for t in themes}
    if args.format == "json":
        items = [
            {
                "slug": t.slug,
                "name": {"en": t.name_en, "fr": t.name_fr, "ru": t.name_ru},
                "parent": slug_of.get(t.parent_id) if t.parent_id else None,
                "facts": counts.get(t.slug, 0),
            }
            for t in themes
        ]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
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
    _table(out, ("SLUG", "FACTS", "ENGLISH", "FRANÇAIS", "РУССКИЙ"), rows)
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


def _countries(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    counts = store.counts_by_country()
    countries = store.countries(used_only=not args.all)
    if args.format == "json":
        items = [
            {
                "code": c.code,
                "name": {"en": c.name_en, "fr": c.name_fr, "ru": c.name_ru},
                "facts": counts.get(c.code, 0),
            }
            for c in countries
        ]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    rows = [
        (c.code, str(counts.get(c.code, 0)), c.name_en, c.name_fr, c.name_ru) for c in countries
    ]
    _table(out, ("CODE", "FACTS", "ENGLISH", "FRANÇAIS", "РУССКИЙ"), rows)
    return 0


def _table(out: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Aligned columns; the last column is cut to the terminal width when printing to one."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header[:-1])]
    limit = 200
    if out.isatty():
        import shutil

        limit = max(30, shutil.get_terminal_size().columns - sum(widths) - 2 * len(widths))
    for row in [tuple(header), *rows]:
        cells = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=False)]
        last = row[-1] if len(row[-1]) <= limit else row[-1][: limit - 1] + "…"
        out.write("  ".join([*cells, last]).rstrip() + "\n")


def _export(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from briefing.dossier.export import export
    from briefing.dossier.spec import DossierSpec, SectionSpec

    _check_filters(store, FactQuery(themes=tuple(args.theme), countries=tuple(args.country)))
    marking = args.max_marking.strip().upper() if args.max_marking is not None else None
    if marking is not None and marking not in dict(store.markings()):
        levels = ", ".join(code for code, _ in store.markings())
        raise UsageError(f"unknown marking {args.max_marking!r} (one of {levels})")
    if args.spec:
        spec = DossierSpec.from_json(store.load_spec(args.spec))
    else:
        events = store.events()
        only = events[0].uuid if len(events) == 1 and not args.background else None
        spec = DossierSpec(event=args.event or only, language=args.language or "en")
    overrides: dict[str, Any] = {
        "title": args.title,
        "subtitle": args.subtitle,
        "event": args.event,
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
    if args.by or not args.spec:
        from briefing.dossier.layouts import by_country, by_theme

        if args.by:
            spec = replace(spec, themes=tuple(args.theme), countries=tuple(args.country))
            spec = (by_theme if args.by == "theme" else by_country)(store, spec)
        elif args.theme or args.country:
            from briefing.dossier.layouts import skeleton

            spec = spec.with_sections(
                skeleton(spec)
                + [SectionSpec("theme", t) for t in args.theme]
                + [SectionSpec("country", c.upper()) for c in args.country]
                + [SectionSpec("figures")]
            )
        else:
            spec = by_theme(store, spec)
    if args.save_spec:
        store.save_spec(args.save_spec, spec.to_json())
    dossier = export(store, spec, args.output, args.format)
    sections = len(dossier.sections)
    print(
        f"wrote {args.output} ({sections} sections, {dossier.fact_count()} fact entries, "
        f"{len(dossier.sources)} sources, marked {dossier.marking})",
        file=out,
    )
    return 0


def _specs(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from briefing.dossier.spec import DossierSpec

    if args.specs_command == "export":
        text = json.dumps(
            {"name": args.name, **store.load_spec(args.name)}, ensure_ascii=False, indent=2
        )
        if args.output is None:
            out.write(text + "\n")
        else:
            from briefing.dossier.output import atomic_output

            with atomic_output(args.output) as fh:
                fh.write((text + "\n").encode("utf-8"))
            print(f"wrote {args.output}", file=out)
        return 0
    if args.specs_command == "import":
        try:
            data = json.loads(args.file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"cannot read {args.file}: {exc.strerror}") from exc
        except ValueError as exc:
            raise UsageError(f"{args.file} is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise UsageError(f"{args.file}: expected a JSON object (a dossier spec)")
        name = args.name or data.pop("name", None)
        data.pop("name", None)
        if not isinstance(name, str) or not name.strip():
            raise UsageError(f"{args.file}: no 'name' in the file; give one with --name")
        spec = DossierSpec.from_json(data)
        spec.check()
        store.save_spec(name, spec.to_json())
        print(f"saved spec {name!r} ({len(spec.sections)} sections)", file=out)
        return 0
    rows = store.specs()
    if args.format == "json":
        items = [
            {"name": n, "updated_at": t.isoformat(), "spec": store.load_spec(n)} for n, t in rows
        ]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    _table(out, ("UPDATED", "NAME"), [(t.strftime("%Y-%m-%d %H:%M"), n) for n, t in rows])
    return 0


COMMANDS.update(
    events=_events,
    facts=_facts,
    people=_people,
    themes=_themes,
    countries=_countries,
    export=_export,
    specs=_specs,
)


def _init(args: argparse.Namespace, out: TextIO) -> int:
    store = open_store(args.db, seed=not args.no_seed)
    try:
        if not store.created:
            if args.no_seed:
                load_taxonomy(store)
            else:
                report = load_seed(store)
                print(
                    f"seed: {report.facts} facts added, {report.skipped} already present", file=out
                )
        print(f"database ready: {store.engine.url.render_as_string(hide_password=True)}", file=out)
        print(f"{store.count()} facts", file=out)
    finally:
        store.close()
    return 0


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; returns the exit status (never raises for expected errors)."""
    out = out or sys.stdout
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help(out)
            return EXIT_USAGE
        if args.command == "init":
            return _init(args, out)
        store = open_store(args.db)
        try:
            return COMMANDS[args.command](store, args, out)
        finally:
            store.close()
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except ValidationError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except UserFacingError as exc:
        return _fail(str(exc), EXIT_FAILURE)
    except BriefingError as exc:
        return _fail(str(exc), EXIT_FAILURE)
    except BrokenPipeError:  # output piped into head, less...: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # unwritable output, full disk...
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".strip(": "), EXIT_FAILURE)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_FAILURE)
    except Exception as exc:  # our bug: one line for the user, the traceback on request
        logging.getLogger("briefing").debug("unexpected error", exc_info=True)
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        return _fail(
            f"internal error ({type(exc).__name__}: {exc}); "
            "run again with BRIEFING_DEBUG=1 for details",
            EXIT_FAILURE,
        )


def _fail(message: str, status: int) -> int:
    first = message.strip().splitlines()[0] if message.strip() else "failed"
    if not first.startswith("briefing"):
        first = f"briefing: error: {first}"
    print(first, file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
