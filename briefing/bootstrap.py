"""Opening the user's database the way both faces (CLI and GUI) expect."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from briefing.errors import UserFacingError
from briefing.settings import AppPaths, database_url
from briefing.store.backup import start_rolling_backup

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.reader import Reader

log = logging.getLogger("briefing.db")


class NoDatabaseError(UserFacingError):
    """The SQLite file asked for does not exist and this caller may not create it."""


def open_store(
    db: str | None = None,
    seed: bool = True,
    create: bool = True,
    on_first_start: Callable[[], None] | None = None,
) -> Store:
    """Open ``db`` (path or URL; default: the user's SQLite file), migrating it.

    A database created by this call receives the theme taxonomy and, unless ``seed`` is
    False, the curated Dushanbe summit, so a fresh install opens on real facts.

    With ``create`` False a SQLite file that does not exist is an error (NoDatabaseError,
    naming the path and how to create it) instead of a new, seeded database: a mistyped
    ``--db`` must not look like a base that happens to hold the seed. Only ``briefing
    init`` and the desktop app's first start create a database. A server URL (PostgreSQL)
    is not checked: its database is made by the server's administrator.

    ``on_first_start`` is called once before a new base is created or the seed loads
    (seconds): the desktop app then says it is preparing the first base.
    """
    # Imported here: the ORM, the seed loader and Babel are what open_reader avoids.
    from briefing.ingest.seed import load_seed, load_taxonomy
    from briefing.store import Store

    url = database_url(db)
    if not create:
        _refuse_missing(url, db)
    announced = missing_sqlite_file(url) is not None  # a new file: said before it is made
    if announced and on_first_start is not None:
        on_first_start()
    store = Store.open(url)
    if not store.created:  # a base that holds something worth keeping (store/backup.py)
        start_rolling_backup(url, AppPaths.default().data / "backups")
    if store.created or is_blank(store) or store.state("seed") == "started":
        with _first_start_lock(url):
            # Asked again under the lock: another first start may have finished meanwhile.
            if store.created or is_blank(store) or store.state("seed") == "started":
                # Loading is idempotent: a first start killed half-way resumes here.
                if seed or store.state("seed") == "started":
                    if on_first_start is not None and not announced:
                        on_first_start()
                    store.set_state("seed", "started")
                    report = load_seed(store)
                    store.set_state("seed", "done")
                    log.info("database seeded with %d facts", report.facts)
                else:
                    load_taxonomy(store)
    return store


def open_reader(db: str | None = None) -> Reader:
    """Open the existing database ``db`` for reading, as ``open_store(db, create=False)``
    would, but without the ORM when nothing has to be written first.

    A base at the newest schema that holds its reference data and its seed (or taxonomy)
    is opened through SQLAlchemy Core alone: a listing on the command line then starts
    without importing ``sqlalchemy.orm``, configuring the mapped classes or loading
    Alembic (about half its time). Anything else (a base to upgrade, a newer or foreign
    one, one never or half seeded) goes through ``open_store``, which migrates, refuses or
    seeds exactly as before; the Store it returns is a Reader too.
    """
    url = database_url(db)
    _refuse_missing(url, db)
    reader = core_reader(url)
    if reader is None:
        return open_store(db, create=False)
    start_rolling_backup(url, AppPaths.default().data / "backups")
    return reader


def core_reader(url: str) -> Reader | None:
    """A Core-only Reader of the database at ``url`` when it can be read as it is (at
    the newest schema, reference data and seed in place); None otherwise (nothing is
    kept open). The export and preview children open their parent's base with it, and
    fall back on ``Store.open`` for a base that is not ready.
    """
    from sqlalchemy.exc import OperationalError

    from briefing.store.engine import at_head, create_briefing_engine
    from briefing.store.reader import Reader

    engine = create_briefing_engine(url)
    try:
        reader = Reader(engine)
        ready = at_head(engine) and reader.ready()
    except OperationalError as exc:  # as Store.open words it
        engine.dispose()
        raise UserFacingError(f"cannot open the database: {exc.orig}") from exc
    except BaseException:
        engine.dispose()
        raise
    if not ready:
        engine.dispose()
        return None
    return reader


def _refuse_missing(url: str, db: str | None) -> None:
    """NoDatabaseError when ``url`` is a SQLite file that does not exist (see open_store)."""
    missing = missing_sqlite_file(url)
    if missing is not None:
        if db:
            import shlex  # only for this message

            how = f"'briefing --db {shlex.quote(db)} init'"
        else:
            how = "'briefing init' (or start briefing-gui, which creates and seeds it)"
        raise NoDatabaseError(f"no database at {missing}; create it with {how}")


@contextmanager
def _first_start_lock(url: str) -> Iterator[None]:
    """One first start at a time on a SQLite file, across processes.

    Seeding is many transactions; two processes opening one new file at once (the issue
    saw it with parallel writers) would insert the same themes twice and one would fail.
    An advisory flock on the database file itself, which SQLite's own (fcntl) locks do not
    see, serialises them without a lock file; the second then finds the work done.
    Elsewhere (PostgreSQL, Windows) first starts are not serialised.
    """
    path = _sqlite_path(url)
    if path is None or fcntl is None or not path.exists():
        yield
        return
    with open(path, "rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sqlite_path(url: str) -> Path | None:
    """The file of a SQLite ``url``; None for any other URL (or an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def missing_sqlite_file(url: str) -> Path | None:
    """The file of a SQLite ``url`` when it does not exist; None for any other URL."""
    path = _sqlite_path(url)
    return None if path is None or path.exists() else path


def is_blank(store: Reader) -> bool:
    """True for a database that has never been given a taxonomy or a fact."""
    return not store.themes() and store.count() == 0
