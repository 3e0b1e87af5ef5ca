"""``python -m briefing`` opens the desktop app; ``python -m briefing <command>`` is the CLI.

The same rule as ``main.py`` in a clone, so an installed Briefing starts the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    """Dispatch to the GUI (no arguments, or only ``--db``) or to the CLI."""
    args = list(argv)
    gui_only = (
        not args
        or (len(args) == 2 and args[0] == "--db")
        or (len(args) == 1 and args[0].startswith("--db="))
    )
    if gui_only:
        from briefing.app import main as gui_main

        return gui_main(args)
    from briefing.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
