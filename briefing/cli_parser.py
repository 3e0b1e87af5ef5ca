"""The command tree of ``briefing``: every command, option, allowed value and help text.

Global options (``--db``, ``--format``, ``--quiet``) are accepted before or after the
command, as a newcomer types them: each subcommand's parser carries them too, with no
default of its own, so a value given anywhere reaches the command (the last one wins).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, cast

from briefing.cli_common import EXIT_CODES_HELP, UsageError
from briefing.cli_import import add_import_commands
from briefing.cli_output import FORMATS

# The default marking scheme (briefing/store/records.py DEFAULT_MARKINGS) and confidence
# levels, spelled out here so that --help does not load the store; a test keeps them equal.
MARKINGS = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET")
CONFIDENCE = ("confirmed", "reported", "assessed")
LANGUAGES = ("en", "fr", "ru")
PAGE_SIZES = ("A4", "Letter")
SHELLS = ("bash", "zsh")
MARKING_METAVAR = "{" + ",".join(MARKINGS) + "}"

# Every command, as build_parser adds them (a test keeps the two equal).
COMMANDS = (
    "init",
    "facts",
    "events",
    "people",
    "themes",
    "countries",
    "export",
    "bin",
    "specs",
    "import",
    "bundle",
    "backup",
    "restore",
    "completion",
)

# Global options: these names are what completion and the GUI dispatch look for.
GLOBAL_DEFAULTS: dict[str, Any] = {"db": None, "format": "table", "quiet": False}


class ParserExit(Exception):
    """argparse finished early (``--help``, ``--version``): exit with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class Parser(argparse.ArgumentParser):
    """argparse, but errors are one line and raise instead of exiting mid-way."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: error: {message}")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            print(message, file=sys.stderr, end="")
        raise ParserExit(status)


def package_version() -> str:
    """This Briefing's version.

    From a clone (``python main.py``, ``python -m briefing`` in the repository) the clone's
    pyproject.toml says it, even if an older install left its metadata on the path;
    otherwise the installed package's metadata does.
    """
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        except (OSError, ValueError):
            project = {}
        if project.get("name") == "briefing" and isinstance(project.get("version"), str):
            return str(project["version"])
    from importlib import metadata  # 30 ms (it pulls in email): only for --version

    try:
        return metadata.version("briefing")
    except metadata.PackageNotFoundError:
        return "unknown"


class _Version(argparse.Action):
    """``--version``: looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"briefing {package_version()}")
        parser.exit()


def _global_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("global options (before or after the command)")
    group.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="the database: a SQLite file or a SQLAlchemy URL such as "
        "postgresql+psycopg2://user@host/briefing (default: $BRIEFING_DB, else "
        "briefing.sqlite3 in your data directory). Only 'init' creates a database",
    )
    group.add_argument(
        "--format",
        choices=FORMATS,
        default=argparse.SUPPRESS,
        help="table: aligned columns for people (default); json: for programs "
        "(lists are JSON arrays, 'facts' a facts bundle, other commands an object)",
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print only data and errors: no confirmations ('wrote FILE …') or notes",
    )
    return common


class _Unused:
    """Where the options of a command left out of the tree go: every call is a no-op that
    returns the same object, so the tree is written once, whole, for both cases."""

    def __getattr__(self, _name: str) -> Any:
        return lambda *_args, **_kwargs: self


# Global options as they may stand before the command: those taking a value, then flags.
_VALUED = ("--db", "--format")
_FLAGS = ("-q", "--quiet")


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs, when that is plain: only the global options, exactly
    spelt, before it. None for anything else (no command, ``--help``, ``--version``, an
    abbreviated option, an unknown word), which then gets the full tree."""
    position = 0
    while position < len(argv):
        word = argv[position]
        if word in _VALUED:
            position += 2
        elif word in _FLAGS or (word.split("=", 1)[0] in _VALUED and "=" in word):
            position += 1
        elif word.startswith("-"):
            return None
        else:
            return word
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full command tree; with ``only``, the tree of that one command.

    Building all thirty commands' parsers is most of parsing a command line (about
    10 ms of ``briefing facts``'s start): a command line that names its command plainly
    (``command_named``) needs only that one. The others are left out, not stubbed: the
    top-level parser then knows one command, the one typed.
    """
    common = _global_options()
    parser = Parser(
        prog="briefing",
        description="Offline briefing books: a fact store with provenance, DOCX/PDF packs.",
        epilog=EXIT_CODES_HELP + "\n\nDocumentation: README.md, section 'Command line'.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action=_Version, help="print Briefing's version and exit")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=Parser, title="commands"
    )

    def command(name: str, help_: str, parent: Any = sub) -> argparse.ArgumentParser:
        if only is not None and ((parent is sub and name != only) or isinstance(parent, _Unused)):
            return cast(argparse.ArgumentParser, _Unused())
        p: argparse.ArgumentParser = parent.add_parser(
            name, help=help_, description=help_[0].upper() + help_[1:] + ".", parents=[common]
        )
        return p

    init = command("init", "create (or upgrade) the database and load the summit seed")
    init.add_argument(
        "--no-seed", action="store_true", help="load only the theme taxonomy, no facts"
    )

    facts = command("facts", "list facts (or: facts show | add | import)")
    _add_filters(facts)
    _add_translation_filters(facts)
    fsub = facts.add_subparsers(
        dest="facts_command", metavar="ACTION", parser_class=Parser, title="actions"
    )
    show = command("show", "print facts in full, by id or unique id prefix", fsub)
    show.add_argument(
        "ids",
        nargs="+",
        metavar="ID",
        help="a fact id or a prefix of one (at least 4 characters, as listed by 'facts')",
    )
    _add_fact_options(command("add", "add one fact and print its id", fsub))
    imp = command("import", "import a facts bundle (all or nothing; docs/formats.md)", fsub)
    imp.add_argument(
        "file", type=Path, metavar="FILE", help="JSON written by 'facts --format json'"
    )
    command("check", "check every quote against its source's stored text (1: mismatch)", fsub)
    confirm = command(
        "confirm-translation",
        "declare a fact's translation still correct after its original was edited",
        fsub,
    )
    confirm.add_argument("id", metavar="ID", help="a fact id or a unique prefix of one")
    confirm.add_argument("language", metavar="LANG", help="the translation's language: en, fr, ru…")
    hist = command("history", "print a fact's versions, newest first, with what changed", fsub)
    hist.add_argument("id", metavar="ID", help="a fact id or a unique prefix of one")
    rest = command("restore", "save an earlier version of a fact as its newest", fsub)
    rest.add_argument("id", metavar="ID", help="a fact id or a unique prefix of one")
    rest.add_argument(
        "--version", type=int, required=True, metavar="N", help="the version to bring back"
    )
    rest.add_argument(
        "--expect",
        type=int,
        metavar="V",
        help="refuse (exit 3) unless the fact's current version is V (default: whatever it is)",
    )

    events = command("events", "list events (summits, visits, ministerials, calls), newest first")
    people = command("people", "list people, with the other spellings of their names")
    themes = command("themes", "list the theme taxonomy, with fact counts")
    countries = command("countries", "list the countries facts concern, with their names")
    named = "leave out what only facts marked above this ceiling name"
    counted = "count only facts marked at or below this ceiling"
    for listing, ceiling_help in (
        (events, named),
        (people, named),
        (themes, counted),
        (countries, counted),
    ):
        listing.add_argument("--max-marking", metavar=MARKING_METAVAR, help=ceiling_help)
    countries.add_argument(
        "--all", action="store_true", help="every ISO 3166 country, not only those with facts"
    )
    _add_export(command("export", "print a briefing pack to PDF or DOCX"))
    bin_ = command("bin", "list the facts in the Bin (or: bin empty)")
    bsub = bin_.add_subparsers(
        dest="bin_command", metavar="ACTION", parser_class=Parser, title="actions"
    )
    empty = command("empty", "delete the facts in the Bin for good, after asking", bsub)
    empty.add_argument("--yes", action="store_true", help="do not ask (for scripts)")

    specs = command("specs", "list saved packs (or: specs export | import)")
    ssub = specs.add_subparsers(
        dest="specs_command", metavar="ACTION", parser_class=Parser, title="actions"
    )
    sexp = command("export", "write a saved pack's spec as JSON (docs/formats.md)", ssub)
    sexp.add_argument("name", metavar="NAME", help="the saved spec's name (see 'briefing specs')")
    sexp.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (default: standard output)"
    )
    simp = command("import", "save a pack's spec from a JSON file", ssub)
    simp.add_argument("file", type=Path, metavar="FILE", help="a spec as 'specs export' writes it")
    simp.add_argument(
        "--name", metavar="NAME", help="the name to save it under (default: the file's 'name')"
    )

    add_import_commands(command, Parser)
    _add_team_commands(command)

    completion = command("completion", "print a shell completion script (bash or zsh)")
    completion.add_argument(
        "shell",
        choices=SHELLS,
        help='bash: eval "$(briefing completion bash)" in ~/.bashrc; zsh: '
        "briefing completion zsh > ~/.zfunc/_briefing (a folder on $fpath)",
    )
    return parser


def _add_team_commands(command: Any) -> None:
    """``bundle`` (carry facts to another base), ``backup`` and ``restore``."""
    bundle = command(
        "bundle", "carry facts to another base and merge them back (bundle export | import)"
    )
    bsub = bundle.add_subparsers(
        dest="bundle_command", metavar="ACTION", parser_class=Parser, title="actions"
    )
    bexp = command("export", "write the facts in scope, and all they reference, to FILE", bsub)
    bexp.add_argument("file", type=Path, metavar="FILE", help="the bundle to write (JSON)")
    for name, meta, what in (
        ("--theme", "SLUG", "facts of this theme or its sub-themes"),
        ("--country", "CODE", "facts concerning this country (ISO 3166, e.g. TJ)"),
        ("--event", "NAME_OR_ID", "facts of this event"),
    ):
        bexp.add_argument(
            name, action="append", default=[], metavar=meta, help=f"only {what} (repeatable)"
        )
    bexp.add_argument(
        "--max-marking",
        metavar=MARKING_METAVAR,
        help="the ceiling: nothing marked above it is written (default: UNCLASSIFIED)",
    )
    bimp = command(
        "import",
        "merge a bundle: new facts added, identical ones skipped, conflicts reported",
        bsub,
    )
    bimp.add_argument("file", type=Path, metavar="FILE", help="a bundle written by 'bundle export'")
    bimp.add_argument(
        "--dry-run", action="store_true", help="check and report what would change; write nothing"
    )
    bimp.add_argument(
        "--on-conflict",
        choices=("keep", "theirs", "newer", "stop"),
        default="keep",
        help="a fact changed on both sides: keep this base's (default), take the bundle's, "
        "take whichever was saved last, or stop and import nothing",
    )
    backup = command("backup", "copy the database to FILE while Briefing runs (SQLite)")
    backup.add_argument("file", type=Path, metavar="FILE", help="the copy to write")
    restore = command(
        "restore", "replace the database with a backup (the current one is kept aside)"
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help="a backup made by 'briefing backup'"
    )


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="SLUG",
        help="only facts of this theme or its sub-themes (repeatable; see 'briefing themes')",
    )
    p.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="CODE",
        help="only facts concerning this country, an ISO 3166 code such as TJ (repeatable)",
    )
    p.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="only facts containing these words, whatever their script, case or accents",
    )
    p.add_argument(
        "--max-marking",
        metavar=MARKING_METAVAR,
        help="only facts marked at or below this ceiling (listings and --format json bundles)",
    )


def _add_translation_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--untranslated",
        action="append",
        default=[],
        metavar="LANG",
        help="only facts with no translation in this language (repeatable)",
    )
    p.add_argument(
        "--outdated",
        action="append",
        default=[],
        metavar="LANG",
        help="only facts whose translation in this language predates an edit of the original",
    )


def _add_fact_options(add: argparse.ArgumentParser) -> None:
    add.add_argument(
        "--statement", required=True, metavar="TEXT", help="what the fact says (Markdown)"
    )
    add.add_argument(
        "--translation",
        action="append",
        default=[],
        metavar="LANG=TEXT",
        help="the statement in another language, e.g. en='The summit…' (repeatable)",
    )
    add.add_argument(
        "--theme",
        action="append",
        required=True,
        metavar="SLUG",
        help="a theme (repeatable; see 'briefing themes')",
    )
    add.add_argument(
        "--country",
        action="append",
        required=True,
        metavar="CODE",
        help="a country the fact concerns, ISO 3166 alpha-2 (repeatable)",
    )
    add.add_argument(
        "--date",
        metavar="DATE",
        help="the day the fact refers to: YYYY-MM-DD, or as your locale writes it (09/10/2025)",
    )
    add.add_argument(
        "--marking",
        default="UNCLASSIFIED",
        metavar=MARKING_METAVAR,
        help="the fact's classification (default: %(default)s)",
    )
    add.add_argument("--source-title", metavar="TEXT", help="the source's title")
    add.add_argument("--quote", metavar="TEXT", help="the exact words of the source")
    add.add_argument("--locator", metavar="TEXT", help="where in the source: '§4', 'p. 2'")
    add.add_argument(
        "--language",
        default="en",
        choices=LANGUAGES,
        help="the statement's language (default: %(default)s)",
    )
    add.add_argument(
        "--confidence",
        default="confirmed",
        choices=CONFIDENCE,
        help="how sure the source is (default: %(default)s)",
    )
    add.add_argument(
        "--event",
        metavar="NAME_OR_ID",
        help="the event it belongs to (see 'briefing events'; a new name creates the event)",
    )
    add.add_argument("--key", action="store_true", help="mark the fact as a key point")
    add.add_argument(
        "--speaker",
        metavar="KIND:REF",
        help="who states it: person:NAME, document:TITLE or country:CODE (default: nobody, "
        "the source reports it as established)",
    )
    add.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="NAME",
        help="a person the fact names (repeatable)",
    )
    add.add_argument(
        "--organisation",
        action="append",
        default=[],
        metavar="NAME",
        help="an organisation the fact names (repeatable)",
    )


def _add_export(exp: argparse.ArgumentParser) -> None:
    exp.add_argument(
        "kind",
        nargs="?",
        choices=("pdf", "docx"),
        help="the format; may be left out: the output file's extension (.pdf or .docx) "
        "chooses it, and when given it must agree with that extension",
    )
    exp.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE", help="the file to write"
    )
    exp.add_argument(
        "--by",
        choices=("theme", "country"),
        help="one section per theme or per country (default: by theme)",
    )
    exp.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="SLUG",
        help="only these themes (repeatable; see 'briefing themes')",
    )
    exp.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="CODE",
        help="only facts concerning these countries (repeatable; ISO 3166 alpha-2)",
    )
    exp.add_argument("--spec", metavar="NAME", help="a saved pack (see 'briefing specs')")
    exp.add_argument("--title", metavar="TEXT", help="the cover title (default: the event's name)")
    exp.add_argument("--subtitle", metavar="TEXT", help="a line under the cover title")
    exp.add_argument(
        "--event",
        metavar="NAME_OR_ID",
        help="the meeting the pack is about: only its facts print (see 'briefing events')",
    )
    exp.add_argument(
        "--background",
        action="store_true",
        help="also print facts that belong to no event",
    )
    exp.add_argument("--reference", metavar="TEXT", help="the pack's reference (cover)")
    exp.add_argument("--doc-version", metavar="TEXT", help="the pack's version (cover)")
    exp.add_argument("--prepared-for", metavar="TEXT", help="who the pack is for (cover)")
    exp.add_argument("--prepared-by", metavar="TEXT", help="who prepared it (cover)")
    exp.add_argument(
        "--language", choices=LANGUAGES, help="the pack's language (default: the spec's, else en)"
    )
    exp.add_argument(
        "--max-marking",
        metavar=MARKING_METAVAR,
        help="the ceiling: nothing marked above it prints (default: the spec's, else none)",
    )
    exp.add_argument(
        "--page-size", choices=PAGE_SIZES, help="the paper (default: the spec's, else A4)"
    )
    exp.add_argument("--save-spec", metavar="NAME", help="also save this pack's spec under NAME")


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv``; global options not given anywhere take their defaults."""
    only = command_named(argv)
    args = build_parser(only if only in COMMANDS else None).parse_args(list(argv))
    for name, default in GLOBAL_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    return args
