"""Desktop entry point: parse ``--db``, open the store, show the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; returns the exit status."""
    parser = argparse.ArgumentParser(prog="briefing-gui")
    parser.add_argument("--db", metavar="URL", help="database file path or SQLAlchemy URL")
    args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])
    from briefing.gui.application import run

    return run(args.db)
