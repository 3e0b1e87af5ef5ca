"""The builder's preview, made in a warm child process: real pages, in the background.

Assembling and laying out a dossier is the heavy part of a preview (a 100,000-fact
dossier took 110 s and left 879 MB in the app when it was assembled in a worker thread).
Here a child process, started once per builder (its imports cost ~1 s of CPU, paid once),
takes requests (a spec and a generation number) and for each one:

1. places the whole dossier on light rows (``dossier.opening.Opening``: which fact prints
   where, the cover's marking and counts; 1.4 s of CPU at 100,000 facts), then builds
   its opening (``HEAD_ENTRIES`` entries, a few pages) from that placement, renders it
   to a temporary PDF and says where: exactly what the whole would print there;
2. builds and renders the dossier up to ``MAX_ENTRIES`` entries (the whole of any
   dossier up to ~2,000 facts; beyond, the preview says how much it shows) from the
   same placement, and says where;
3. sends a compact outline of the whole dossier with the counts the status line shows
   (``PreviewSummary``), from the same placement (``Opening.contents``: every section,
   count and note, fact entries built only for the lines the outline lists).

The whole dossier is never assembled (but for a dossier of figures alone), so the full
preview of a 100,000-fact dossier no longer waits 12 s for it, nor holds its 438 MB.

Progress (phase, done, total) follows each rendering. Messages are ``(generation, kind,
payload)`` tuples. The parent (``PreviewRunner``) writes the generation it wants into a
shared integer: the child checks it between phases and at every rendering step, and drops
a request that is no longer wanted. While it assembles it cannot check, so a child that
has not let go within ``KILL_AFTER_MS`` is killed and a fresh one started (the new
request waits for its imports). A child that assembled more than ``RETIRE_FACTS`` fact
entries exits after its answer, so the memory of a large dossier goes back to the system,
and a fresh child is started at once.

An in-memory database has no URL another process can open (``store_url``): its previews
run the same steps in a worker thread of the GUI process.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import re
import shutil
import tempfile
import threading
import time
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from briefing.dossier.output import ExportCancelled
from briefing.errors import UserFacingError
from briefing.gui.export_process import open_for_export, store_url
from briefing.gui.jobs import Job, JobRunner
from briefing.gui.outline import Outline

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.reader import Reader

log = logging.getLogger("briefing.gui")

# ~6 pages: laid out in ~0.3 s on a warm child, so the first page shows in about a second
HEAD_ENTRIES = 30
# ~330 pages, ~8 s of layout: a bound on a preview's time and on the child's memory (a
# 100,000-fact dossier is ~16,000 pages; the export makes it whole)
MAX_ENTRIES = 2000
# Above this many fact entries the child exits after answering and a fresh one starts:
# Python keeps much of what the placement and contents took (a child ready at 93 MB
# holds ~250 MB after a 100,000-fact preview, having peaked at 369), and a fresh child
# costs ~1 s of CPU before the next preview.
RETIRE_FACTS = 20_000
KILL_AFTER_MS = 600  # a child still busy with an unwanted request this long is killed
REPORT_EVERY = 0.1  # seconds between progress messages

_FILE_GENERATION = re.compile(r"preview-(\d+)")
Message = tuple[int, str, Any]
Send = Callable[[Message], None]


@dataclass(frozen=True)
class PreviewRequest:
    """Preview ``spec`` (its JSON) as generation ``generation``, writing into ``folder``."""

    generation: int
    spec: dict[str, Any]
    folder: str


@dataclass(frozen=True)
class PreviewSummary:
    """What the status line and the Outline tab show of an assembled dossier."""

    title: str
    page_size: str
    language: str
    marking: str
    facts: int
    sources: int
    withheld: int
    outline: Outline


@dataclass(frozen=True)
class PreviewPages:
    """A rendered PDF: ``facts`` of the dossier's ``total`` fact entries on ``pages`` pages.

    ``final`` is False for the quick opening rendered first; ``complete`` says nothing of
    the dossier was cut.
    """

    path: str
    pages: int
    facts: int
    total: int
    final: bool
    complete: bool

    @property
    def estimated_pages(self) -> int:
        """The whole dossier's pages, estimated from those rendered (exact when complete)."""
        if self.complete or self.facts <= 0:
            return self.pages
        return max(self.pages, round(self.pages * self.total / self.facts))


# ---------------------------------------------------------------------- the work itself


def run_preview(
    store: Reader, request: PreviewRequest, send: Send, wanted: Callable[[], int]
) -> int:
    """Assemble and render ``request``, telling ``send`` each step (both sides use it).

    ``wanted()`` is the generation the GUI wants; any other stops the work at the next
    check. Returns the number of fact entries assembled (0 when stopped early).
    """
    from briefing.dossier.opening import Opening
    from briefing.dossier.output import atomic_output
    from briefing.dossier.render_pdf import render_pdf
    from briefing.dossier.selection import count_sections, dossier_scope
    from briefing.dossier.spec import DossierSpec
    from briefing.gui.outline import MAX_OUTLINE, outline_of

    gen = request.generation

    def check() -> None:
        if wanted() != gen:
            raise ExportCancelled()

    def render(part: Any, name: str, phase: str) -> int:
        last = 0.0

        def progress(done: int, of: int) -> None:
            nonlocal last
            check()
            now = time.monotonic()
            if now - last >= REPORT_EVERY or done >= of:
                last = now
                send((gen, "progress", (phase, done, of)))

        path = Path(request.folder) / name
        with atomic_output(path) as out:
            return render_pdf(part, out, progress).pages

    try:
        check()
        send((gen, "started", None))
        spec = DossierSpec.from_json(request.spec)
        # The opening first, built on its own (``Opening``: the whole dossier's placement
        # and cover from light rows, full records for its entries only): the first page
        # does not wait for the whole assembly (12 s at 100,000 facts).
        placed = Opening(spec, store)
        check()
        head = placed.excerpt(HEAD_ENTRIES)
        check()
        if not head.complete:
            name = f"preview-{gen}-head.pdf"
            pages = render(head.dossier, name, "head")
            path = str(Path(request.folder) / name)
            send((gen, "pages", PreviewPages(path, pages, head.facts, head.total, False, False)))
            check()
        # The fuller pages next, from the same placement (a dossier the opening holds whole
        # is not built again), then the outline: the pages are what the user reads.
        full = head if head.complete else placed.excerpt(MAX_ENTRIES)
        del head
        check()
        pages = render(full.dossier, f"preview-{gen}.pdf", "full")
        path = str(Path(request.folder) / f"preview-{gen}.pdf")
        send((gen, "pages", PreviewPages(path, pages, full.facts, full.total, True, full.complete)))
        check()
        if full.complete:  # the pages hold the whole dossier: its outline is theirs
            outline = outline_of(full.dossier)
            dossier, sources = full.dossier, len(full.dossier.sources)
        else:
            del full  # the contents build the outline's entries only
            contents = placed.contents(MAX_OUTLINE, check)
            dossier, sources = contents.dossier, len(contents.dossier.sources)
            outline = outline_of(dossier, MAX_OUTLINE, contents.totals, contents.facts)
            del contents
        del placed
        check()
        withheld = 0
        if spec.max_marking:  # without a ceiling nothing is withheld: no need to count
            query = dossier_scope(store, spec).query
            withheld = count_sections(store, list(spec.sections), query).withheld
        summary = PreviewSummary(
            dossier.title,
            dossier.page_size,
            dossier.language,
            dossier.marking,
            outline.total,
            sources,
            withheld,
            outline,
        )
        send((gen, "outline", summary))
        send((gen, "done", None))
        return outline.total
    except ExportCancelled:
        send((gen, "cancelled", None))
    except UserFacingError as exc:
        send((gen, "failed", ("user", str(exc), "")))
    except Exception as exc:  # told to the GUI, which shows it; the child lives on
        send((gen, "failed", (type(exc).__name__, str(exc), traceback.format_exc())))
    return 0


def _child_main(url: str, requests: Connection, messages: Connection, wanted: Any) -> None:
    """The child's life: open the database once, warm up, answer requests until told to
    stop (None), the pipe closes, or a large dossier makes it retire."""
    try:
        from briefing.dossier import assemble, opening, render_pdf  # noqa: F401  (paid once)
        from briefing.dossier.fonts import pdf_fonts

        pdf_fonts()  # the Noto faces are parsed once (~0.3 s), not on the first preview
        store = open_for_export(url)  # a Core Reader: no ORM in the child
    except BaseException as exc:
        messages.send((0, "failed", (type(exc).__name__, str(exc), traceback.format_exc())))
        return
    messages.send((0, "ready", None))
    try:
        while True:
            try:
                request = requests.recv()
            except EOFError:
                break
            if request is None:
                break
            facts = run_preview(store, request, messages.send, lambda: wanted.value)
            gc.collect()
            if facts > RETIRE_FACTS:
                messages.send((request.generation, "retiring", None))
                break
    finally:
        store.close()
        messages.close()


# ---------------------------------------------------------------------- the GUI's side


def _generation_of(name: str) -> int:
    """The generation a preview file belongs to ("preview-12-head.pdf", its ".part")."""
    match = _FILE_GENERATION.search(name)
    return int(match.group(1)) if match else 0


class PreviewRunner(QObject):
    """Drives the preview child (or, for an in-memory database, a worker thread).

    ``request(spec_json)`` returns the new generation; ``message(generation, kind,
    payload)`` carries every step back on the GUI thread, stale generations included (the
    caller keeps only ``generation``'s). ``cancel()`` stops the current request;
    ``close()`` ends the child and removes the temporary folder.
    """

    message = Signal(int, str, object)
    _arrived = Signal(int, object)  # (child serial, message), from reader threads

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.url = store_url(store)
        self.folder = self._new_folder()
        self.generation = 0
        self.kill_after_ms = KILL_AFTER_MS
        self._context = multiprocessing.get_context("spawn")
        self._wanted = self._context.RawValue("q", 0)  # read by the child at every step
        self.process: Any = None  # multiprocessing's SpawnProcess
        self._requests: Connection | None = None
        self._serial = 0
        self._ready = False
        self._busy = 0  # the generation the worker is on (0: idle)
        self._pending: PreviewRequest | None = None
        self._readers: list[threading.Thread] = []
        self._closed = False
        self._jobs: JobRunner | None = None
        self._kill_timer = QTimer(self)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.timeout.connect(self._deadline)
        self._arrived.connect(self._on_arrived)

    @property
    def busy(self) -> bool:
        """True while a request runs (or waits for the child to take it)."""
        return bool(self._busy) or self._pending is not None

    @property
    def apart(self) -> bool:
        """True when previews run in a child process."""
        return self.url is not None

    def start(self) -> None:
        """Start the child (if not running), so the first preview finds it warm."""
        if self.url is None or self._closed:
            return
        if self.process is not None and self.process.is_alive():
            return
        requests_ours, requests_theirs = self._context.Pipe(duplex=False)
        messages_theirs, messages_ours = self._context.Pipe(duplex=False)
        child = self._context.Process(
            target=_child_main,
            args=(self.url, requests_ours, messages_ours, self._wanted),
            daemon=True,
            name="briefing-preview",
        )
        child.start()
        requests_ours.close()
        messages_ours.close()
        self.process = child
        self._requests = requests_theirs
        self._serial += 1
        self._ready = False
        self._busy = 0
        reader = threading.Thread(
            target=self._read, args=(messages_theirs, self._serial), daemon=True
        )
        reader.start()
        self._readers = [r for r in self._readers if r.is_alive()] + [reader]

    def request(self, spec_json: dict[str, Any]) -> int:
        """Preview ``spec_json``; an earlier request still running is dropped."""
        self.generation += 1
        request = PreviewRequest(self.generation, spec_json, str(self.folder))
        self._wanted.value = self.generation
        if self.url is None:
            self._run_in_thread(request)
            return self.generation
        self._pending = request
        self.start()
        if self._ready:
            self._send(request)
        if self._busy:
            self._kill_timer.start(self.kill_after_ms)
        return self.generation

    def cancel(self) -> None:
        """Stop the current request (at its next check, or by ending the child)."""
        self._wanted.value = 0
        self._pending = None
        if self._busy and self.url is not None:
            self._kill_timer.start(self.kill_after_ms)

    def close(self) -> None:
        """End the child (its memory goes back to the system) and remove the files."""
        self._closed = True
        self._wanted.value = 0
        self._pending = None
        self._kill_timer.stop()
        self._stop_child(gently=True)
        for reader in self._readers:
            reader.join(2)
        self._readers = []
        if self._jobs is not None:
            self._jobs.shutdown()
        shutil.rmtree(self.folder, ignore_errors=True)

    def reopen(self) -> None:
        """After ``close()``: a fresh folder, ready to start again."""
        if self._closed:
            self._closed = False
            self.folder = self._new_folder()

    def remove_files(self, shown: str) -> None:
        """Delete the preview files older than ``shown`` (the file on screen): earlier
        generations' PDFs and unfinished ``.part`` files, and the opening of its own
        generation. A rendering still being written (this generation's) stays."""
        current = _generation_of(Path(shown).name)
        for path in self.folder.iterdir():
            gen = _generation_of(path.name)
            finished = path.suffix == ".pdf"
            if str(path) != shown and (gen < current or (gen == current and finished)):
                path.unlink(missing_ok=True)

    # ---- internals ------------------------------------------------------------------

    def _new_folder(self) -> Path:
        """A private temporary folder, removed by ``close()`` or, failing that, when the
        runner is collected or the app exits (no preview PDF outlives the app)."""
        folder = Path(tempfile.mkdtemp(prefix="briefing-preview-"))
        weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
        return folder

    def _send(self, request: PreviewRequest) -> None:
        try:
            if self._requests is not None:
                self._requests.send(request)
        except OSError:  # the child just died: "exited" restarts it and resends
            log.info("preview child gone before a request", exc_info=True)

    def _stop_child(self, gently: bool) -> None:
        child, requests = self.process, self._requests
        self.process, self._requests = None, None
        self._ready, self._busy = False, 0
        if child is None:
            return
        if gently and requests is not None:
            with contextlib.suppress(OSError):
                requests.send(None)
            child.join(0.5)
        if child.is_alive():
            child.kill()
        child.join(2)
        if requests is not None:
            requests.close()

    def _read(self, conn: Connection, serial: int) -> None:
        """A reader thread: every message of child ``serial``, then "exited"."""
        try:
            while True:
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    break
                self._relay(serial, message)
        finally:
            conn.close()
            self._relay(serial, (0, "exited", None))

    def _relay(self, serial: int, message: Message) -> None:
        with contextlib.suppress(RuntimeError):  # the runner was deleted while the child spoke
            self._arrived.emit(serial, message)

    def _on_arrived(self, serial: int, message: Message) -> None:
        if serial != self._serial:
            return  # a child already replaced
        gen, kind, payload = message
        if kind == "ready":
            self._ready = True
            if self._pending is not None and self._pending.generation == self._wanted.value:
                self._send(self._pending)
            return
        if kind == "exited":
            self._on_exit()
            return
        if kind == "retiring":
            return  # "exited" follows: a fresh child is started then
        self._handle(gen, kind, payload)

    def _handle(self, gen: int, kind: str, payload: Any) -> None:
        if kind == "started":
            self._busy = gen
            if self._pending is not None and self._pending.generation == gen:
                self._pending = None
        elif kind in ("done", "cancelled", "failed") and gen in (self._busy, 0):
            self._busy = 0
        if self._busy in (0, self._wanted.value):
            self._kill_timer.stop()
        elif self.url is not None and not self._kill_timer.isActive():
            # it started a request overtaken before its "started" reached us
            self._kill_timer.start(self.kill_after_ms)
        self.message.emit(gen, kind, payload)

    def _on_exit(self) -> None:
        busy, ready = self._busy, self._ready
        self._stop_child(gently=False)
        if self._closed:
            return
        if not ready:  # died while starting (the database cannot be opened…): say so once
            wanted = self._pending.generation if self._pending is not None else 0
            self._pending = None
            if wanted:
                self.message.emit(wanted, "failed", ("exit", "the preview process stopped", ""))
            return
        if busy and busy == self._wanted.value:
            self.message.emit(busy, "failed", ("exit", "the preview process stopped", ""))
        self.start()  # retired or crashed: warm again for the next request

    def _deadline(self) -> None:
        """The child kept on with an unwanted request: end it, start a fresh one."""
        if self._busy in (0, self._wanted.value) or self.url is None:
            return
        stale = self._busy
        log.info("preview child killed: generation %d no longer wanted", stale)
        self._stop_child(gently=False)
        self.message.emit(stale, "cancelled", None)
        self.start()

    def _run_in_thread(self, request: PreviewRequest) -> None:
        if self._jobs is None:
            self._jobs = JobRunner(1, self)
        store, wanted = self.store, self._wanted
        self._pending = request

        def work(job: Job) -> None:
            run_preview(store, request, job.send, lambda: wanted.value)

        def partial(message: Message) -> None:
            self._handle(*message)

        self._jobs.submit(work, None, None, None, partial)
