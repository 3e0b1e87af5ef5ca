"""Briefing: ``python main.py`` opens the desktop app; ``python main.py <command>`` runs the CLI."""

from __future__ import annotations

import sys


def run(argv: list[str]) -> int:
    """Dispatch to the GUI (no arguments, or only --db) or to the CLI."""
    gui_only = not argv or (argv[0] == "--db" and len(argv) == 2) or argv[0].startswith("--db=")
    if gui_only:
        from briefing.app import main as gui_main

        return gui_main(argv)
    from briefing.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
