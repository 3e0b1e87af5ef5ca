"""Briefing: ``python main.py`` opens the desktop app; ``python main.py <command>`` runs the CLI."""

from __future__ import annotations

import sys

from briefing.__main__ import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
