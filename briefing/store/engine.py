"""Opening a database: engine settings, schema migrations on open, backups before upgrades.

A SQLite file is handled with care because it holds the user's facts:

* a new file is created 0600 (its ``-wal``/``-shm`` companions and backups follow its mode);
* a file is recognised (empty, or stamped with a revision this Briefing knows) before it is
  switched to WAL or written at all: a foreign or newer file is refused untouched;
* an upgrade runs in one ``BEGIN IMMEDIATE`` transaction, foreign-key actions off, so a
  failed migration leaves schema and rows exactly as they were;
* SQLite's errors that the user can act on (busy, read-only, not a database, damaged, disk
  full) become one-line UserFacingErrors on every statement, not "internal error".
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
)

from briefing.errors import DatabaseBusyError, SchemaTooNewError, UserFacingError
from briefing.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger("briefing.db")

# The newest migration in db/versions (a test checks they agree). Opening a database that
# is already there needs one SELECT instead of importing Alembic and parsing every script:
# about 0.15 s of the desktop app's start.
SCHEMA_HEAD = "0014"

MIGRATIONS = migrations_dir()

# How long a SQLite statement waits for another process's lock before giving up with
# DatabaseBusyError. Read when a connection is made (tests lower it).
BUSY_TIMEOUT_MS = 5000
BUSY_MESSAGE = "the database is busy (another Briefing is writing); try again"

# SQLite files that create_briefing_engine() brought into existence and that no migration
# has filled yet: a failed first migration removes them instead of leaving an empty file.
_NEW_FILES: weakref.WeakKeyDictionary[Engine, Path] = weakref.WeakKeyDictionary()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """Per-connection SQLite settings (none of them writes to the file).

    Foreign keys are off unless every connection asks; the busy timeout makes a writer wait
    for another's lock instead of failing at once.

    No ``ANALYZE`` and no ``PRAGMA optimize`` (which runs it): the store's queries are
    written for SQLite's plans without statistics (store/listing.py). With them, at
    100,000 facts, the event and key-point lists walked the date index reading every row
    (3-6 → 150 ms of CPU) and a theme's list scanned the whole link table (42 → 59 ms):
    sqlite_stat1 holds one average per index (25,000 facts a marking, 4,800 an event),
    which cannot tell a rare value from a common one.
    """
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoints, never corrupt
    cur.execute("PRAGMA cache_size=-32768")  # 32 MB page cache: bulk imports touch many pages
    cur.close()


def _sqlite_error_message(code: int, where: str) -> tuple[type[UserFacingError], str] | None:
    """What to tell the user for SQLite's primary result ``code`` (None: not theirs to fix)."""
    primary = code & 0xFF
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusyError, BUSY_MESSAGE
    messages = {
        sqlite3.SQLITE_READONLY: (
            f"cannot write to the database {where}: the file or its folder is read-only"
        ),
        sqlite3.SQLITE_NOTADB: (
            f"cannot open {where}: it is not a database file (or it is damaged)"
        ),
        sqlite3.SQLITE_CORRUPT: f"the database {where} is damaged; restore it from a backup",
        sqlite3.SQLITE_FULL: f"cannot write to the database {where}: the disk is full",
        sqlite3.SQLITE_CANTOPEN: (
            f"cannot open the database {where}: the file or its folder cannot be opened "
            "(check that you may read and write both)"
        ),
        sqlite3.SQLITE_IOERR: f"cannot read or write the database {where}: input/output error",
        sqlite3.SQLITE_PERM: f"cannot open the database {where}: permission denied",
    }
    message = messages.get(primary)
    return None if message is None else (UserFacingError, message)


def _translate_sqlite_errors(where: str) -> Callable[[ExceptionContext], BaseException | None]:
    """A ``handle_error`` hook: SQLite errors the user can act on become UserFacingErrors."""

    def handle(context: ExceptionContext) -> BaseException | None:
        orig = context.original_exception
        if not isinstance(orig, sqlite3.Error):
            return None
        found = _sqlite_error_message(getattr(orig, "sqlite_errorcode", 0) or 0, where)
        if found is None:
            return None
        cls, message = found
        return cls(message)

    return handle


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def _prepare_sqlite_file(path: Path) -> bool:
    """Make sure ``path`` can hold a database; create it empty and 0600 when missing.

    Returns True when the file was created now. SQLite would create it 0644 (less the
    umask); an empty file is a valid empty database, and SQLite gives its journal and WAL
    files the database file's own permissions.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise UserFacingError(f"cannot open the database {path}: {_reason(exc)}") from exc
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise UserFacingError(f"cannot open the database {path}: it is a folder")
        if not stat.S_ISREG(mode):
            raise UserFacingError(f"cannot open the database {path}: it is not a regular file")
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserFacingError(
            f"cannot create the folder {path.parent} for the database: {_reason(exc)}"
        ) from exc
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:  # another Briefing created it a moment ago
        return False
    except OSError as exc:
        raise UserFacingError(f"cannot create the database {path}: {_reason(exc)}") from exc
    os.close(fd)
    return True


def _sqlite_file(engine: Engine) -> Path | None:
    """The file behind a SQLite engine (None for memory databases and other servers)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if url.query.get("uri") or url.database.startswith("file:"):
        return None  # a SQLite URI (file:...?mode=ro): SQLite itself resolves it
    return Path(url.database)


def create_briefing_engine(url: str) -> Engine:
    """An engine for ``url`` with Briefing's connection settings (FKs, busy timeout on SQLite).

    A missing SQLite file is created (0600) but nothing is written into it here; WAL is
    switched on by ``migrate`` once the file is known to be Briefing's. An unknown URL or a
    driver that is not installed is a UserFacingError.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserFacingError(
            "cannot understand the database address: give a file path or a URL such as "
            "postgresql+psycopg2://user@host/briefing"
        ) from exc
    if parsed.get_backend_name() != "sqlite":
        shown = parsed.render_as_string(hide_password=True)
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except NoSuchModuleError as exc:
            raise UserFacingError(
                f"cannot open {shown}: Briefing does not know the database kind "
                f"{parsed.drivername!r}"
            ) from exc
        except ImportError as exc:
            missing = exc.name or str(exc)
            raise UserFacingError(
                f"cannot open {shown}: the database driver {missing!r} is not installed "
                f"(install it, e.g. pip install {missing})"
            ) from exc
    engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_pragmas)
    path = _sqlite_file(engine)
    event.listen(
        engine, "handle_error", _translate_sqlite_errors(str(path or parsed.database or ""))
    )
    if path is not None and _prepare_sqlite_file(path):
        _NEW_FILES[engine] = path
    return engine


def _use_wal(engine: Engine) -> None:
    """Switch a recognised SQLite file to WAL (a no-op when it already is)."""
    if _sqlite_file(engine) is None:
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of Briefing knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of Briefing can open (and upgrade)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def _stamped(conn: Connection) -> str | None:
    try:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except (OperationalError, ProgrammingError):  # no such table: nothing stamped yet
        return None
    return str(versions[0][0]) if versions else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None for an empty database)."""
    with engine.connect() as conn:
        return _stamped(conn)


def at_head(engine: Engine) -> bool:
    """True when the database is at the newest schema already: it is then switched to WAL,
    as ``migrate`` would, at the cost of one SELECT and without importing Alembic. Any other
    database (empty, older, newer, foreign) is left untouched for ``migrate`` to decide."""
    if current_revision(engine) != SCHEMA_HEAD:
        return False
    _use_wal(engine)
    return True


def migrate(engine: Engine, target: str = "head") -> bool:
    """Bring the schema to ``target``; refuse databases this version cannot understand.

    An empty database is built by running every migration from the start. A database with a
    revision this program does not know was written by a newer Briefing, and one with tables
    but no revision belongs to another program: both are left alone (not even switched to
    WAL). A SQLite file is copied aside (``.bak-<revision>``) before it is upgraded, and the
    upgrade is one transaction: if a migration fails, schema and rows stay as they were.
    Returns True when the database was empty (created now). When the first migration of a
    file this engine created fails, the file is removed rather than left empty.
    """
    try:
        return _migrate(engine, target)
    except BaseException:
        _discard_new_file(engine)
        raise
    finally:
        _NEW_FILES.pop(engine, None)


def _discard_new_file(engine: Engine) -> None:
    """Delete the SQLite file ``engine`` created if it still holds no table."""
    path = _NEW_FILES.get(engine)
    if path is None:
        return
    try:
        empty = not inspect(engine).get_table_names()
    except (DBAPIError, UserFacingError):
        return
    engine.dispose()  # close the file before removing it (Windows)
    if empty:
        for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
            with contextlib.suppress(OSError):
                path.with_name(name).unlink(missing_ok=True)


def _refuse_unknown(
    script: ScriptDirectory, current: str | None, tables: Callable[[], list[str]]
) -> None:
    """Raise unless the database is empty or stamped with a revision of ``script``."""
    if current is not None:
        if current not in {rev.revision for rev in script.walk_revisions()}:
            raise SchemaTooNewError(
                f"this database uses schema {current}, written by a newer Briefing; "
                f"this version understands up to {script.get_current_head()}: "
                "please upgrade Briefing"
            )
    elif tables():
        raise UserFacingError(
            "this database holds tables but no Briefing schema version; "
            "refusing to modify it (point --db at a Briefing database or a new file)"
        )


def _migrate(engine: Engine, target: str) -> bool:
    current = current_revision(engine)
    if target == "head" and current == SCHEMA_HEAD:
        _use_wal(engine)
        return False
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))

    def unstamped_tables() -> list[str]:
        # Tables seen after an empty version read may be another first open's schema,
        # committed in between (with its version): only tables still unstamped are foreign.
        tables = inspect(engine).get_table_names()
        return tables if tables and current_revision(engine) is None else []

    _refuse_unknown(script, current, unstamped_tables)
    if target == "head" and current == script.get_current_head():
        _use_wal(engine)
        return False
    _use_wal(engine)  # recognised: empty or ours (journal_mode cannot change in a transaction)
    if engine.dialect.name == "sqlite":
        return _upgrade_sqlite(engine, script, target)
    cfg = _alembic_config(engine)
    with engine.begin() as conn:  # PostgreSQL: DDL is transactional as it is
        cfg.attributes["connection"] = conn
        _upgrade(cfg, current, target)
    log.info("database schema now at %s", current_revision(engine))
    return current is None


def _upgrade(cfg: Config, current: str | None, target: str) -> None:
    from alembic import command

    try:
        command.upgrade(cfg, target)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        start = f"from schema {current}" if current else "the schema"
        raise UserFacingError(
            f"could not upgrade the database {start} to {target} ({reason}); it was left as it was"
        ) from exc


def _upgrade_sqlite(engine: Engine, script: ScriptDirectory, target: str) -> bool:
    """Run the migrations to ``target`` in one SQLite transaction, holding the write lock.

    Python's sqlite3 module would commit around DDL statements on its own; here it is told
    to leave transactions alone (``isolation_level = None``) and the whole upgrade runs
    between one ``BEGIN IMMEDIATE`` and one ``COMMIT`` (or ``ROLLBACK``). Foreign keys are
    off meanwhile: Alembic's batch mode rebuilds a table by dropping it, and with foreign
    keys on that drop deletes (ON DELETE CASCADE) every row that points at it, such as
    every fact's themes, countries and people. ``PRAGMA foreign_key_check`` before the
    commit makes sure the rebuilt tables still agree.

    Decisions are taken again once the lock is held: another Briefing opening the same new
    file at the same moment may have built the schema meanwhile.
    """
    cfg = _alembic_config(engine)
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # only outside a transaction
        conn.commit()
        saved_isolation = driver.isolation_level
        driver.isolation_level = None
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            current = _stamped(conn)
            _refuse_unknown(script, current, lambda: inspect(conn).get_table_names())
            if target == "head" and current == script.get_current_head():
                conn.commit()
                return False
            if current is not None:
                _backup_sqlite(engine, current)
            cfg.attributes["connection"] = conn
            _upgrade(cfg, current, target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                raise UserFacingError(
                    f"could not upgrade the database to {target}: {len(broken)} rows would "
                    f"point at nothing (first in table {broken[0][0]}); it was left as it was"
                )
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            driver.isolation_level = saved_isolation
            try:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
            except Exception:  # never pool a connection whose foreign keys are off
                conn.invalidate()
    log.info("database schema now at %s", current_revision(engine))
    return current is None


def _backup_sqlite(engine: Engine, revision: str) -> None:
    """Copy a SQLite database beside itself with SQLite's online backup API.

    The copy gets the database file's permissions (a 0600 database is not copied to a file
    anyone may read).
    """
    source = _sqlite_file(engine)
    if source is None:
        return
    target = source.with_name(f"{source.name}.bak-{revision}")
    try:
        mode = stat.S_IMODE(os.stat(source).st_mode)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        src, dst = sqlite3.connect(source), sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    except (OSError, sqlite3.Error) as exc:
        raise UserFacingError(
            f"cannot copy the database aside to {target} before upgrading it: {exc}"
        ) from exc
    log.info("backed up %s to %s before upgrading", source, target)
