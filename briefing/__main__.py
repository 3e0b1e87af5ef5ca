"""``python -m briefing`` is the CLI."""

import sys

from briefing.cli import main

sys.exit(main())
