"""The command line: the same services as the desktop app, for scripts and terminals.

``briefing COMMAND [options]``; the global options ``--db``, ``--format`` and ``--quiet``
may stand before or after the command. Only ``briefing init`` creates a database: any
other command on a SQLite file that does not exist is an error naming the path.

Exit status (also in ``briefing --help`` and the README):

* 0 — success;
* 1 — failure: the output cannot be written, the database was written by a newer
  Briefing, an internal error;
* 2 — bad usage or input: an unknown command or option, a missing database, an unknown
  theme, country, event, marking, saved spec or id, an invalid file, an output file whose
  extension does not match the format;
* 3 — busy or conflict: another program holds the database's write lock, or someone else
  saved the same fact first.

Errors print one line on stderr (``briefing: error: …``). Command names, options and JSON
keys are stable: scripts depend on them. The commands themselves live in ``cli_facts``
(facts), ``cli_lists`` (events, people, themes, countries), ``cli_export`` (export,
specs); ``cli_parser`` holds the command tree and ``cli_output`` how things print.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from briefing.batch import collector_paused
from briefing.cli_common import EXIT_BUSY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError
from briefing.cli_output import Output, visible
from briefing.cli_parser import ParserExit, build_parser, parse

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.reader import Reader

__all__ = ["EXIT_BUSY", "EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "UsageError", "main"]

Handler = Callable[["Store", argparse.Namespace, Output], int]
ReadHandler = Callable[["Reader", argparse.Namespace, Output], int]


_HANDLERS: dict[str, tuple[str, str]] = {
    "facts": ("cli_facts", "run_facts"),
    "events": ("cli_lists", "run_events"),
    "people": ("cli_lists", "run_people"),
    "themes": ("cli_lists", "run_themes"),
    "countries": ("cli_lists", "run_countries"),
    "export": ("cli_export", "run_export"),
    "specs": ("cli_export", "run_specs"),
    "import": ("cli_import", "run_import"),
    "bundle": ("cli_bundle", "run_bundle"),
    "backup": ("cli_backup", "run_backup"),
    "restore": ("cli_backup", "run_restore"),
    "bin": ("cli_history", "run_bin"),
}


# The commands that only read: they run on a Core-only Reader (bootstrap.open_reader), which
# spares them importing sqlalchemy.orm and configuring the mapped classes (about half of
# ``briefing facts --country TJ``'s time, ~0.26 s of CPU of every export). ``facts`` is one
# only without an action, ``export`` without --save-spec, ``specs`` listing or exporting.
_READERS: dict[str, tuple[str, str]] = {
    "facts": ("cli_facts", "list_facts"),
    "events": ("cli_lists", "run_events"),
    "people": ("cli_lists", "run_people"),
    "themes": ("cli_lists", "run_themes"),
    "countries": ("cli_lists", "run_countries"),
    "export": ("cli_export", "run_export"),
    "specs": ("cli_export", "read_specs"),
}
# Reading commands that build no garbage cycles, so the collector stays paused while they
# run; an export's flowables and XML trees do hold cycles and it gets the collector back.
_ACYCLIC = frozenset({"facts", "events", "people", "themes", "countries", "specs"})


def _reads_only(args: argparse.Namespace) -> bool:
    """True when this command line writes nothing (a Reader can run it)."""
    if args.command == "export":
        return not args.save_spec
    if args.command == "specs":
        return getattr(args, "specs_command", None) in (None, "export")
    return args.command in _READERS and getattr(args, "facts_command", None) is None


def _read_handler(args: argparse.Namespace) -> ReadHandler | None:
    """The read-only function running this command line, if it only reads."""
    if not _reads_only(args):
        return None
    module, name = _READERS[args.command]
    handler: ReadHandler = getattr(importlib.import_module(f"briefing.{module}"), name)
    return handler


def _handler(command: str) -> Handler:
    """The function running ``command``, importing only its own module: ``--help`` stays
    quick, and a listing does not load the dossier package that ``export`` needs."""
    module, name = _HANDLERS[command]
    handler: Handler = getattr(importlib.import_module(f"briefing.{module}"), name)
    return handler


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; returns the exit status (never raises for expected errors)."""
    stream = out or sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        _check_arguments(argv)
        with contextlib.redirect_stdout(stream):  # --help and --version print to ``out``
            args = parse(argv)
        import logging  # after parsing: --help and --version never log (10 ms of start-up)

        logging.basicConfig(
            level=logging.ERROR if args.quiet else logging.WARNING,
            format="%(name)s: %(message)s",
        )
        output = Output(stream, args.format, args.quiet)
        if args.command is None:
            build_parser().print_help(stream)
            return EXIT_USAGE
        return _run(args, output)
    except ParserExit as exc:
        return exc.status
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except BaseException as exc:  # sorted by whose fault it is in _failure
        return _failure(exc)


def _freeze_at_exit() -> None:
    """Leave what is alive at exit out of the interpreter's last collections (once a process).

    Finalising the interpreter runs the cyclic collector several times over every object
    still alive (modules, SQLAlchemy's tables, the renderers' fonts and caches) while it
    clears the modules: ~0.1-0.2 s of CPU after an export had printed its last line.
    Frozen at exit (``atexit`` runs after other threads were joined and before the
    modules are cleared), those objects are skipped; objects outside cycles are still
    freed as their references go, and the process's memory is the system's again anyway.
    """
    global _freezes_at_exit
    if not _freezes_at_exit:
        _freezes_at_exit = True
        atexit.register(gc.freeze)


_freezes_at_exit = False


def _run(args: argparse.Namespace, output: Output) -> int:
    _freeze_at_exit()
    if args.command == "completion":
        from briefing.cli_completion import completion_script

        output.out.write(completion_script(build_parser(), args.shell))
        return EXIT_OK
    if args.command == "init":
        return _init(args, output)
    # Starting up (SQLAlchemy's modules, the tables, the command's own) builds tens of
    # thousands of long-lived objects and no garbage cycles: the cyclic collector's passes
    # over them were 6% of a listing's time. A listing builds acyclic records only, so it
    # runs paused throughout; other commands get the collector back once started.
    with collector_paused():
        from briefing.bootstrap import open_reader, open_store

        reads = _read_handler(args)
        if reads is not None:
            reader = open_reader(args.db)
            if args.command in _ACYCLIC:
                try:
                    return reads(reader, args, output)
                finally:
                    reader.close()
        else:
            handler = _handler(args.command)
            store = open_store(args.db, create=False)
    if reads is not None:
        try:
            return reads(reader, args, output)
        finally:
            reader.close()
    try:
        return handler(store, args, output)
    finally:
        store.close()


def _init(args: argparse.Namespace, out: Output) -> int:
    from briefing.bootstrap import open_store
    from briefing.ingest.seed import load_seed, load_taxonomy

    store = open_store(args.db, seed=not args.no_seed, create=True)
    try:
        added = None
        if not store.created:
            if args.no_seed:
                load_taxonomy(store)
            else:
                report = load_seed(store)
                added = report.facts
                out.say(f"seed: {report.facts} facts added, {report.skipped} already present")
        url = store.engine.url.render_as_string(hide_password=True)
        if out.json_mode:
            out.json({"database": url, "facts": store.count(), "seed_facts_added": added})
        else:
            out.say(f"database ready: {url}")
            out.say(f"{store.count()} facts")
    finally:
        store.close()
    return EXIT_OK


def _check_arguments(argv: Sequence[str]) -> None:
    """Arguments must be text: invalid UTF-8 (or a lone surrogate) is a usage error.

    Python hands undecodable bytes over as lone surrogates; left alone they fail deep
    inside SQLite or print() as an "internal error".
    """
    for number, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            try:
                shown = repr(os.fsencode(arg))[1:]  # the bytes as typed: 'caf\xe9'
            except UnicodeError:
                shown = repr(arg)
            raise UsageError(
                f"argument {number} ({shown}) is not valid UTF-8 text; "
                "Briefing reads arguments as UTF-8"
            ) from None


def _failure(exc: BaseException) -> int:
    """The exit status and one-line message for anything a command raised."""
    from briefing.errors import BriefingError, ConflictError, NotFoundError, ValidationError

    if isinstance(exc, ValidationError | NotFoundError):
        return _fail(str(exc), EXIT_USAGE)
    if isinstance(exc, ConflictError) or _is_busy(exc):
        return _fail(_busy_message(exc), EXIT_BUSY)
    from briefing.bootstrap import NoDatabaseError

    if isinstance(exc, NoDatabaseError):
        return _fail(str(exc), EXIT_USAGE)
    if isinstance(exc, BriefingError):
        return _fail(str(exc), EXIT_FAILURE)
    if isinstance(exc, BrokenPipeError):  # output piped into head, less...: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    if isinstance(exc, OSError):  # unwritable output, full disk...
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".strip(": "), EXIT_FAILURE)
    if isinstance(exc, KeyboardInterrupt):
        return _fail("interrupted", EXIT_FAILURE)
    if not isinstance(exc, Exception):  # SystemExit and the like: not ours to swallow
        raise exc
    import logging

    logging.getLogger("briefing").debug("unexpected error", exc_info=exc)
    if os.environ.get("BRIEFING_DEBUG"):
        raise exc
    return _fail(
        f"internal error ({type(exc).__name__}: {exc}); "
        "run again with BRIEFING_DEBUG=1 for details",
        EXIT_FAILURE,
    )


_BUSY = (
    "database is locked",
    "database table is locked",
    "database is busy",
    "could not obtain lock",
)


def _is_busy(exc: BaseException) -> bool:
    """True when SQLite (or PostgreSQL) gave up waiting for another writer's lock."""
    from briefing import errors

    busy = getattr(errors, "DatabaseBusyError", None)  # the store's own, where it has one
    if isinstance(busy, type) and isinstance(exc, busy):
        return True
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if any(marker in str(current).lower() for marker in _BUSY):
            return True
        current = current.__cause__ or current.__context__
    return False


def _busy_message(exc: BaseException) -> str:
    from briefing.errors import UserFacingError

    if isinstance(exc, UserFacingError):  # a conflict, or the store's own busy message
        return str(exc)
    return "the database is busy: another program is writing to it; try again when it has finished"


def _fail(message: str, status: int) -> int:
    first = message.strip().splitlines()[0] if message.strip() else "failed"
    if not first.startswith("briefing"):
        first = f"briefing: error: {first}"
    print(visible(first), file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
