"""Opening a database: engine settings, schema migrations on open, backups before upgrades."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from briefing.errors import SchemaTooNewError, UserFacingError
from briefing.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("briefing.db")

# The newest migration in db/versions (a test checks they agree). Opening a database that
# is already there needs one SELECT instead of importing Alembic and parsing every script:
# about 0.15 s of the desktop app's start.
SCHEMA_HEAD = "0006"

MIGRATIONS = migrations_dir()

# SQLite files that create_briefing_engine() brought into existence and that no migration
# has filled yet: a failed first migration removes them instead of leaving an empty file.
_NEW_FILES: weakref.WeakKeyDictionary[Engine, Path] = weakref.WeakKeyDictionary()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """Per-connection SQLite settings: foreign keys are off unless every connection asks."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoints, never corrupt
    cur.execute("PRAGMA cache_size=-32768")  # 32 MB page cache: bulk imports touch many pages
    cur.close()


def create_briefing_engine(url: str) -> Engine:
    """An engine for ``url`` with Briefing's connection settings (WAL + FKs on SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        is_new = parsed.database is not None and not Path(parsed.database).exists()
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        if parsed.database and parsed.database != ":memory:":
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            except DBAPIError as exc:
                raise UserFacingError(
                    f"cannot open database {parsed.database}: {exc.orig}"
                ) from exc
            if is_new:
                _NEW_FILES[engine] = Path(parsed.database)
        return engine
    return create_engine(url, pool_pre_ping=True)


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


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None for an empty database)."""
    with engine.connect() as conn:
        try:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except (OperationalError, ProgrammingError):  # no such table: nothing stamped yet
            return None
    return str(versions[0][0]) if versions else None


def migrate(engine: Engine, target: str = "head") -> bool:
    """Bring the schema to ``target``; refuse databases this version cannot understand.

    An empty database is built by running every migration from the start. A database with a
    revision this program does not know was written by a newer Briefing: it is left alone.
    A SQLite file is copied aside (``.bak-<revision>``) before it is upgraded.
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
    except DBAPIError:
        return
    engine.dispose()  # close the file before removing it (Windows)
    if empty:
        for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
            with contextlib.suppress(OSError):
                path.with_name(name).unlink(missing_ok=True)


def _migrate(engine: Engine, target: str) -> bool:
    current = current_revision(engine)
    if target == "head" and current == SCHEMA_HEAD:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNewError(
            f"this database uses schema {current}, written by a newer Briefing; "
            f"this version understands up to {script.get_current_head()}: please upgrade Briefing"
        )
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise UserFacingError(
                "this database holds tables but no Briefing schema version; "
                "refusing to modify it (point --db at a Briefing database or a new file)"
            )
    elif target == "head" and current == script.get_current_head():
        return False
    else:
        _backup_sqlite(engine, current)
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    log.info("database schema now at %s", current_revision(engine))
    return current is None


def _backup_sqlite(engine: Engine, revision: str) -> None:
    """Copy a SQLite database beside itself with SQLite's online backup API."""
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return
    if engine.url.database == ":memory:":
        return
    source = Path(engine.url.database)
    target = source.with_name(f"{source.name}.bak-{revision}")
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    log.info("backed up %s to %s before upgrading", source, target)
