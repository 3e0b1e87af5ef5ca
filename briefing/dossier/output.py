"""Writing export files safely, and the progress/cancel protocol shared by the renderers."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from briefing.errors import UserFacingError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while rendering; may raise ExportCancelled to stop."""

# Errors of the disk rather than of the program: reported as one line, never a traceback.
# (EACCES and EPERM are not here: a renderer that cannot read a font raises them too.)
STORAGE_ERRORS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exhausted",
    errno.EFBIG: "the file is larger than this system allows",
    errno.EROFS: "the disk is read-only",
    errno.EIO: "the disk reported an input/output error",
}

_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_CREATE_FLAGS |= getattr(os, "O_CLOEXEC", 0)


class ExportCancelled(Exception):
    """Raised (by a progress callback) to abandon an export; nothing is written."""


class _PartFile(io.BufferedWriter):
    """The temporary file being written; once discarded, a sink that accepts anything.

    A renderer that fails half-way can leave a writer holding this file (python-docx's
    ``ZipFile``): when it is garbage-collected it seeks and writes its directory, which on
    a closed file prints "Exception ignored ... ValueError" after the error message. A
    discarded part file has closed its descriptor and quietly accepts such late calls.
    """

    _discarded = False
    _sink_at = 0  # once discarded: the position late writers believe they are at

    def discard(self) -> None:
        """Close the descriptor without writing the buffer; ignore every later call."""
        self._discarded = True
        with contextlib.suppress(OSError, ValueError):
            self.raw.close()

    def write(self, data: ReadableBuffer, /) -> int:
        if self._discarded:
            size = memoryview(data).nbytes
            self._sink_at += size
            return size
        return super().write(data)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if not self._discarded:
            return super().seek(offset, whence)
        self._sink_at = max(0, offset + (self._sink_at if whence == os.SEEK_CUR else 0))
        return self._sink_at

    def tell(self) -> int:
        return self._sink_at if self._discarded else super().tell()

    def flush(self) -> None:
        if not self._discarded:
            super().flush()

    def close(self) -> None:
        if not self._discarded:
            super().close()


def _describe(exc: OSError) -> str:
    if exc.errno in STORAGE_ERRORS:
        return STORAGE_ERRORS[exc.errno]
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def _refuse_unless_regular(shown: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise UserFacingError(f"cannot write {shown}: it is a folder")
    if not stat.S_ISREG(mode):
        kind = "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file"
        raise UserFacingError(
            f"cannot write {shown}: it is {kind}, not a regular file (choose a file name)"
        )


def _create_part(directory: Path, name: str, mode: int) -> tuple[int, Path]:
    """Create ``.~<name>.<random>.part`` in ``directory`` with ``mode`` (less the umask)."""
    for _ in range(100):
        part = directory / f".~{name}.{secrets.token_hex(4)}.part"
        try:
            return os.open(part, _CREATE_FLAGS, mode), part
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(directory))


def _keep_owner_and_mode(fd: int, before: os.stat_result) -> None:
    """Give the new file the replaced file's owner and group (when allowed) and mode."""
    if not hasattr(os, "fchmod"):  # Windows: os.replace keeps nothing to restore
        return
    if (before.st_uid, before.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, before.st_uid, before.st_gid)
        except OSError:  # not root: the group alone, if we are a member of it
            with contextlib.suppress(OSError):
                os.fchown(fd, -1, before.st_gid)
    os.fchmod(fd, stat.S_IMODE(before.st_mode))


def _sync_directory(directory: Path) -> None:
    """Make the rename durable (POSIX); a file system that cannot do it is no error."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success it replaces ``path`` in one step.

    If the body raises (bad input, cancel, disk full) or the process is killed, the temporary
    file is removed (or left as an orphan ``.~*.part``) and whatever was at ``path`` before is
    untouched: readers only ever see the old file or the complete new one.

    * Only regular files are written: a folder, a device (``/dev/null``), a FIFO or a socket
      at ``path`` is refused with a UserFacingError before anything is created.
    * A replaced file keeps its permissions (a 0600 file stays 0600) and, where the system
      allows, its owner and group. A new file gets 0666 less the user's umask.
    * A symbolic link is followed: the file it points to (through any chain of links) is
      replaced, atomically, by a temporary file made in *that file's* folder; the link
      itself stays a link. A dangling link creates the file it names.
    * A full disk, an exhausted quota, a read-only disk or an unwritable folder removes the
      temporary file and raises one UserFacingError line (``cannot write <path>: the disk
      is full``) whose cause is the OSError.
    """
    shown = Path(path)
    target = Path(os.path.realpath(shown))
    directory = target.parent
    try:
        before: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        before = None
    except OSError as exc:  # a loop of links, an unreadable folder...
        raise UserFacingError(f"cannot write {shown}: {_describe(exc)}") from exc
    if before is not None:
        _refuse_unless_regular(shown, before.st_mode)
    elif not directory.is_dir():
        raise UserFacingError(f"cannot write {shown}: the folder {directory} does not exist")
    try:
        # a replaced file's mode from the start (the umask may only take bits away), so the
        # part file is never readable by more people than the file it replaces
        fd, part = _create_part(
            directory, target.name, stat.S_IMODE(before.st_mode) if before else 0o666
        )
    except OSError as exc:
        raise UserFacingError(f"cannot write {shown}: {_describe(exc)}") from exc
    handle: _PartFile | None = None
    try:
        if before is not None:
            _keep_owner_and_mode(fd, before)
        handle = _PartFile(io.FileIO(fd, "wb", closefd=True))
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        # checked again just before the swap: a device put there meanwhile is not replaced
        with contextlib.suppress(FileNotFoundError):
            _refuse_unless_regular(shown, os.stat(target).st_mode)
        os.replace(part, target)
    except BaseException as exc:
        if handle is not None:
            handle.discard()
        else:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            part.unlink()
        if isinstance(exc, OSError) and (
            exc.errno in STORAGE_ERRORS or exc.filename in (str(part), str(target))
        ):
            raise UserFacingError(f"cannot write {shown}: {_describe(exc)}") from exc
        raise
    _sync_directory(directory)
