"""What every command of the command line shares: exit codes, errors, reading JSON input.

Kept free of the store and of SQLAlchemy so ``briefing --help``, ``--version`` and
``completion`` start quickly.
"""

from __future__ import annotations

import json
from pathlib import Path

EXIT_OK = 0
EXIT_FAILURE = 1  # the environment or Briefing failed: unwritable file, newer database, a bug
EXIT_USAGE = 2  # bad usage or input: unknown option, theme, country, event, marking, spec, id
EXIT_BUSY = 3  # another writer holds the database, or someone saved the same fact first

EXIT_CODES_HELP = """\
exit status:
  0  success
  1  failure: cannot write the output, database written by a newer Briefing, internal error
  2  bad usage or input: unknown command or option, missing database, unknown theme,
     country, event, marking, saved spec or id, an invalid file, an output name whose
     extension does not match the format
  3  busy or conflict: another program holds the database's write lock, or a fact was
     saved by someone else first"""


class UsageError(Exception):
    """Bad command-line usage or input: exit status 2."""


def read_json_file(path: Path, what: str) -> object:
    """The JSON in ``path``; unreadable or malformed files are UsageError (exit 2)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text ({what} expected)") from exc
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{path} is not valid JSON: {exc}") from exc
    except RecursionError:  # [[[[… fifty thousand deep: the parser's stack, not a bug of ours
        raise UsageError(f"{path}: JSON nested too deeply ({what} expected)") from None
