"""Running an export in a child process: Cancel within a second, memory given back.

Assembling a 100,000-fact dossier happens in ``assemble``, which has no progress or
cancel points, so a cancelled export used to run on for ~45 s in a worker thread, and
the memory it took (hundreds of MB of records and flowables) stayed with the app. A
child process can be stopped at once, and everything it allocated goes back to the
system when it ends. The cost is the child's start (imports, ~1 s), paid once per export.

The child opens the same database URL, assembles and renders, and sends small messages
over a pipe: ("assembled", facts), ("progress", done, total) at most ~10 times a second,
then ("done", path, warnings) or ("failed", kind, message, traceback). An in-memory database has
no URL another process can open: ``can_run_apart`` says so and the caller stays in-thread.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.dossier.export import ExportWarnings
from briefing.dossier.output import ExportCancelled
from briefing.errors import UserFacingError

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.reader import Reader

REPORT_EVERY = 0.1  # seconds between progress messages from the child
POLL = 0.05  # seconds the parent waits for a message before checking for a cancel


def store_url(store: Reader) -> str | None:
    """A URL another process can open for ``store`` (None for an in-memory database)."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and (not url.database or url.database == ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def can_run_apart(store: Store) -> bool:
    """True when an export of ``store`` can run in a child process."""
    return store_url(store) is not None


def _child(url: str, spec_json: dict[str, Any], path: str, fmt: str, conn: Connection) -> None:
    """The child's whole life: open, assemble, render, report, exit."""
    from briefing.dossier.assemble import assemble
    from briefing.dossier.export import check_dossier, write_dossier
    from briefing.dossier.spec import DossierSpec

    try:
        store = open_for_export(url)
        try:
            dossier = assemble(DossierSpec.from_json(spec_json), store)
            warnings = check_dossier(store, dossier)
        finally:
            store.close()
        conn.send(("assembled", dossier.fact_count()))
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= REPORT_EVERY or done >= total:
                last = now
                conn.send(("progress", done, total))

        written = write_dossier(dossier, path, fmt, progress)  # type: ignore[arg-type]
        conn.send(("done", str(written), warnings))
    except UserFacingError as exc:
        conn.send(("failed", "user", str(exc), ""))
    except BaseException as exc:
        conn.send(("failed", type(exc).__name__, str(exc), traceback.format_exc()))
    finally:
        conn.close()


def open_for_export(url: str) -> Reader:
    """The child's view of its parent's base: a Core-only Reader when the base is ready
    as it is (it is, the parent opened it), which spares the child importing the ORM and
    configuring the mapped classes (~0.26 s of CPU); ``Store.open`` otherwise."""
    from briefing.bootstrap import core_reader

    reader = core_reader(url)
    if reader is not None:
        return reader
    from briefing.store import Store

    return Store.open(url)


class ChildFailed(Exception):
    """An unexpected error in the export child (its traceback is in ``details``)."""

    def __init__(self, kind: str, message: str, details: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.details = details


def export_apart(
    store: Store,
    spec_json: dict[str, Any],
    path: Path,
    fmt: str,
    report: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    assembled: Callable[[int], None] | None = None,
    warned: Callable[[ExportWarnings], None] | None = None,
) -> Path:
    """Export in a child process; returns the path written (and gives ``warned`` what
    the dossier prints that the user should check).

    ``report(done, total)`` follows the rendering; ``cancelled()`` is polled every
    ``POLL`` seconds and, once true, ends the child and raises ExportCancelled (the
    renderers write through ``atomic_output``: a killed child leaves only a ``.part``
    file, removed here).
    Errors come back as UserFacingError or ChildFailed.
    """
    url = store_url(store)
    if url is None:
        raise ValueError("an in-memory database cannot be exported from another process")
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(url, spec_json, str(path), fmt, theirs), daemon=True
    )
    child.start()
    theirs.close()
    try:
        while True:
            if cancelled():
                raise ExportCancelled()
            if not ours.poll(POLL):
                if not child.is_alive() and not ours.poll(0):
                    raise ChildFailed("exit", f"the export stopped (code {child.exitcode})", "")
                continue
            message = ours.recv()
            kind = message[0]
            if kind == "progress":
                report(message[1], message[2])
            elif kind == "assembled" and assembled is not None:
                assembled(message[1])
            elif kind == "done":
                if warned is not None:
                    warned(message[2])
                return Path(message[1])
            elif kind == "failed":
                if message[1] == "user":
                    raise UserFacingError(message[2])
                raise ChildFailed(message[1], message[2], message[3])
    finally:
        ours.close()
        if child.is_alive():
            child.kill()
        child.join(5)
        if child.exitcode != 0:  # killed mid-write: its temporary file stays behind
            for part in path.parent.glob(f".~{path.name}.*.part"):
                part.unlink(missing_ok=True)
