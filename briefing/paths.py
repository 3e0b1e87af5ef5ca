"""Where Briefing's own read-only files are: migrations, fonts, the seed, translations.

The repository keeps them at the top level (``db/``, ``resources/fonts``, ``resources/seed``)
and the build maps them into the package (``package-dir`` in pyproject.toml), so a wheel
holds them as ``briefing/_migrations`` and ``briefing/_resources``. At run time they are
looked up with ``importlib.resources`` inside the imported ``briefing`` package first (a
wheel or a strict editable install); when they are not there, ``briefing`` was imported
from a clone (``python main.py`` or a default editable install) and the clone's own
folders are used, so a file added to ``db/versions`` or ``resources/seed`` is seen at once.

Only a file-system installation is supported: Alembic and reportlab need real paths.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

# The clone's root when ``briefing`` is imported from a source tree.
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _locate(packaged: str, source: str, marker: str) -> Path:
    """``briefing/<packaged>`` when installed, else ``<clone>/<source>``.

    ``marker`` must exist inside, so an unrelated folder of the same name is not taken for
    ours. When neither is there the installed location is returned: whoever opens a file in
    it reports the missing path (importing Briefing itself never fails on this).
    """
    inside = files("briefing") / packaged
    installed = inside if isinstance(inside, Path) else None
    clone = _SOURCE_ROOT / source
    for folder in (installed, clone):
        if folder is not None and (folder / marker).exists():
            return folder
    return installed or clone


@cache
def migrations_dir() -> Path:
    """The Alembic script directory (``env.py``, ``script.py.mako``, ``versions/``)."""
    return _locate("_migrations", "db", "env.py")


@cache
def resource_dir() -> Path:
    """The folder holding ``fonts/`` and ``seed/``."""
    return _locate("_resources", "resources", "fonts")


def fonts_dir() -> Path:
    """The TTF files every PDF embeds, with their licence."""
    return resource_dir() / "fonts"


def seed_dir() -> Path:
    """The curated seed (``*.json``) and the source texts it points to."""
    return resource_dir() / "seed"


def translations_dir() -> Path:
    """Compiled interface translations (``briefing_xx.qm``): always inside the package."""
    return Path(str(files("briefing.gui") / "translations"))
