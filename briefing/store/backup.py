"""Backups of the SQLite base: on demand, on start (rolling), and restoring one.

All three use SQLite's online backup API rather than copying the file: it reads a
consistent state while other Briefings keep reading and writing (WAL included), and
restoring through it replaces the live database's pages in one write transaction, so a
window that has the base open sees the old base or the restored one, never half of each
— replacing the file by renaming would leave such a window writing into the old,
unlinked file.

PostgreSQL bases are backed up with the server's own tools (pg_dump / pg_restore, see the
README); these functions refuse them with that advice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import sqlite3
import stat
import threading
from pathlib import Path

from sqlalchemy.engine import make_url

from briefing.errors import SchemaTooNewError, UserFacingError

log = logging.getLogger("briefing.db")

KEEP = 5  # rolling backups kept per database
# A rolling backup is taken at most this often, and only when the base changed since the
# newest one: the CLI opens the base on every command, and copying a 100,000-fact base
# each time would cost more than the command.
MIN_INTERVAL = dt.timedelta(hours=1)
PG_ADVICE = (
    "Briefing backs up only SQLite bases; for PostgreSQL use the server's tools: "
    "pg_dump -Fc -f briefing.dump DATABASE, and pg_restore --clean -d DATABASE briefing.dump "
    "(README, 'Backups')"
)


def sqlite_path(url: str) -> Path:
    """The file of a SQLite URL; PostgreSQL and other servers are refused with advice."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise UserFacingError(PG_ADVICE)
    if not parsed.database or parsed.database == ":memory:":
        raise UserFacingError("this database lives in memory: there is no file to back up")
    return Path(parsed.database)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _copy(source: Path, target: Path, mode: int) -> None:
    """The online backup of ``source`` into a new file ``target`` (written beside, then
    renamed: a failed copy never leaves a half file under the final name)."""
    part = target.with_name(f".{target.name}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    os.close(fd)
    try:
        # a plain connection, not mode=ro: a WAL base nobody has open has no -shm file,
        # and a read-only connection cannot make one
        src = sqlite3.connect(source, timeout=5)
        dst = sqlite3.connect(part)
        try:
            src.backup(dst)
            # a backup is read on its own, often from a USB stick: no -wal beside it
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            src.close()
            dst.close()
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def backup(url: str, target: Path) -> Path:
    """Copy the SQLite base at ``url`` to ``target`` (same permissions as the base)."""
    source = sqlite_path(url)
    target = target.expanduser()
    if target.resolve() == source.resolve():
        raise UserFacingError(f"cannot back up {source} onto itself; choose another file")
    if target.is_dir():
        raise UserFacingError(f"cannot write {target}: it is a folder")
    try:
        _copy(source, target, stat.S_IMODE(os.stat(source).st_mode))
    except (OSError, sqlite3.Error) as exc:
        raise UserFacingError(f"cannot back up the database to {target}: {exc}") from exc
    return target


def check_backup(path: Path, known: set[str]) -> str:
    """The schema revision of the Briefing database in ``path``; anything else raises.

    ``known`` holds the revisions this Briefing understands. The file must open as SQLite,
    pass SQLite's quick check, hold Briefing's facts table and be stamped with a known
    revision.
    """
    if not path.is_file():
        raise UserFacingError(f"cannot restore {path}: no such file")
    try:
        con = _read_only(path)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            stamped = (
                con.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise UserFacingError(f"cannot restore {path}: it is not a database file ({exc})") from exc
    if not ok or ok[0] != "ok":
        raise UserFacingError(f"cannot restore {path}: the file is damaged ({ok[0] if ok else ''})")
    if stamped is None or "facts" not in tables:
        raise UserFacingError(f"cannot restore {path}: it is not a Briefing database")
    revision = str(stamped[0])
    if revision not in known:
        raise SchemaTooNewError(
            f"cannot restore {path}: it uses schema {revision}, written by a newer Briefing"
        )
    return revision


def restore(url: str, source: Path, known: set[str], now: dt.datetime | None = None) -> Path:
    """Replace the SQLite base at ``url`` with the backup ``source``; returns where the
    replaced base was kept (beside it, ``<name>.before-restore-<time>``).

    The backup is checked first (``check_backup``); an older schema is brought up to date
    by the next open, as any older base is.
    """
    target = sqlite_path(url)
    source = source.expanduser()
    check_backup(source, known)
    if source.resolve() == target.resolve():
        raise UserFacingError(f"cannot restore {source} onto itself")
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.name}.before-restore-{stamp}")
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
        _copy(target, kept, mode)
        src = _read_only(source)
        dst = sqlite3.connect(target, timeout=5)
        try:
            src.backup(dst)  # one write transaction on the live base: readers see old or new
        finally:
            src.close()
            dst.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserFacingError(
                "the database is busy (another Briefing is writing); try the restore again"
            ) from exc
        raise UserFacingError(f"cannot restore {source}: {exc}") from exc
    except (OSError, sqlite3.Error) as exc:
        raise UserFacingError(f"cannot restore {source}: {exc}") from exc
    log.info("restored %s from %s; the replaced base is kept as %s", target, source, kept)
    return kept


def _stem(database: Path) -> str:
    """Rolling backups' name prefix: the base's name and a digest of its folder, so two
    bases with one name in different folders never prune each other's backups."""
    digest = hashlib.sha256(str(database.resolve().parent).encode()).hexdigest()[:8]
    return f"{database.stem}-{digest}-"


def _rolling_target(url: str, folder: Path, now: dt.datetime) -> tuple[Path, Path] | None:
    """(base, backup to write) when a rolling backup is due; None when not (a few stats)."""
    try:
        database = sqlite_path(url)
    except UserFacingError:
        return None
    if not database.is_file():
        return None
    stem = _stem(database)
    existing = sorted(folder.glob(f"{stem}*.sqlite3")) if folder.is_dir() else []
    if existing:
        newest = existing[-1].stat().st_mtime
        changed = max(
            (p.stat().st_mtime for p in (database, Path(f"{database}-wal")) if p.exists()),
            default=0.0,
        )
        if changed <= newest or now.timestamp() - newest < MIN_INTERVAL.total_seconds():
            return None
    return database, folder / f"{stem}{now.strftime('%Y%m%d-%H%M%S')}.sqlite3"


def start_rolling_backup(url: str, folder: Path) -> threading.Thread | None:
    """``rolling_backup`` in a thread, when one is due: a copy of a 100,000-fact base takes
    about two seconds, which a start should not wait for. The thread is not a daemon, so
    a short command finishes its copy before the process exits (an interrupted copy only
    leaves a ``.part`` file, never a damaged backup)."""
    if _rolling_target(url, folder, dt.datetime.now(dt.UTC)) is None:
        return None
    thread = threading.Thread(
        target=rolling_backup, args=(url, folder), name="briefing-rolling-backup"
    )
    thread.start()
    return thread


def rolling_backup(
    url: str, folder: Path, keep: int = KEEP, now: dt.datetime | None = None
) -> Path | None:
    """Back up the SQLite base at ``url`` into ``folder`` when it changed since the newest
    backup there and that one is older than MIN_INTERVAL; keep the newest ``keep``.

    Returns the new backup, or None when none was needed (or the base is not a file).
    A failure is logged, never raised: the base itself is fine, and refusing to start
    over a full backup disk would be worse than starting without a fresh copy.
    """
    due = _rolling_target(url, folder, now or dt.datetime.now(dt.UTC))
    if due is None:
        return None
    database, target = due
    stem = _stem(database)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _copy(database, target, stat.S_IMODE(os.stat(database).st_mode))
    except (OSError, sqlite3.Error) as exc:
        log.warning("could not make the rolling backup %s: %s", target, exc)
        return None
    for old in sorted(folder.glob(f"{stem}*.sqlite3"))[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target
