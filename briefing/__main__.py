"""``python -m briefing`` opens the desktop app; ``python -m briefing <command>`` is the CLI.

The same rule as ``main.py`` in a clone, so an installed Briefing starts the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def opens_gui(argv: Sequence[str]) -> bool:
    """True for no arguments, or for a ``--db`` option alone (``--db PATH``, ``--db=PATH``).

    Anything else — a command, ``--help``, ``--version``, ``--db=PATH facts`` — is the
    command line's to parse.
    """
    args = list(argv)
    if not args:
        return True
    if len(args) == 1:
        return args[0].startswith("--db=")
    return len(args) == 2 and args[0] == "--db" and not args[1].startswith("-")


def run(argv: Sequence[str]) -> int:
    """Dispatch to the GUI or to the CLI (see ``opens_gui``)."""
    args = list(argv)
    if opens_gui(args):
        from briefing.app import main as gui_main

        return gui_main(args)
    from briefing.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
