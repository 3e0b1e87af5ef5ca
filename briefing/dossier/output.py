"""Writing export files safely, and the progress/cancel protocol shared by the renderers."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from briefing.errors import UserFacingError

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while rendering; may raise ExportCancelled to stop."""


class ExportCancelled(Exception):
    """Raised (by a progress callback) to abandon an export; nothing is written."""


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success it replaces ``path`` in one step.

    If the body raises (bad input, cancel, disk full) or the process is killed, the temporary
    file is removed (or left as an orphan ``.~*.part``) and whatever was at ``path`` before is
    untouched: readers only ever see the old file or the complete new one.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UserFacingError(f"cannot write {target}: it is a folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".~{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise UserFacingError(f"cannot write {target}: {exc.strerror}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the permissions of a normal file
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
