"""Where Briefing keeps its data, and how a database is chosen.

Precedence: ``--db`` on the command line, then ``BRIEFING_DB``, then a SQLite file in the
user's data directory (platformdirs). ``BRIEFING_HOME`` relocates config and data together
(portable installs, tests).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir

from briefing.paths import resource_dir

APP_NAME = "Briefing"
RESOURCES = resource_dir()  # fonts/ and seed/: see briefing.paths


@dataclass(frozen=True)
class AppPaths:
    """The directories Briefing reads and writes."""

    config: Path
    data: Path
    cache: Path  # files Briefing can make again (the DOCX exports' compressed fonts)

    @classmethod
    def default(cls) -> AppPaths:
        """Platform directories, or ``$BRIEFING_HOME/{config,data,cache}`` when that is set."""
        if home := os.environ.get("BRIEFING_HOME"):
            return cls(Path(home, "config"), Path(home, "data"), Path(home, "cache"))
        return cls(
            Path(user_config_dir(APP_NAME)),
            Path(user_data_dir(APP_NAME)),
            Path(user_cache_dir(APP_NAME)),
        )

    @property
    def default_database(self) -> Path:
        """The embedded SQLite database used when nothing else is configured."""
        return self.data / "briefing.sqlite3"


def database_url(value: str | None = None) -> str:
    """Turn ``--db`` / ``BRIEFING_DB`` / the default into an SQLAlchemy URL.

    A value containing ``://`` is taken as a URL (``postgresql+psycopg2://...``); anything
    else is a path to a SQLite file.
    """
    value = value or os.environ.get("BRIEFING_DB") or None
    if value is None:
        path = AppPaths.default().default_database
    elif "://" in value:
        return value
    else:
        path = Path(value).expanduser()
    return f"sqlite:///{path.resolve()}"
