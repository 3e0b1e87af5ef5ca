"""The fact store: the one object the CLI, the GUI and the dossier assembler talk to.

Each public method is one unit of work in its own Session/transaction ("session per user
action"). Methods take and return plain values from ``records`` so callers never hold ORM
objects across threads.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Engine,
    insert,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from briefing.errors import (
    Cancelled,
    ConflictError,
    FieldError,
    NotFoundError,
    UserFacingError,
    ValidationError,
)
from briefing.model import (
    Fact,
    FactRevision,
    new_uuid,
    utcnow,
)
from briefing.store import (
    bulk,
    bundle,
    changes,
    exchange,
    facets,
    index,
    translations,
)
from briefing.store.engine import create_briefing_engine, migrate
from briefing.store.entity_store import EntityStore
from briefing.store.exchange import Scope
from briefing.store.history import HistoryStore
from briefing.store.load import _aware as aware
from briefing.store.load import load_records
from briefing.store.merge import MergeReport, merge_bundle
from briefing.store.reader import Reader
from briefing.store.records import (
    FactDraft,
    FactRecord,
)
from briefing.store.reference import ReferenceIndex, ensure_reference_data
from briefing.store.validation import resolve
from briefing.store.writes import write_over

log = logging.getLogger("briefing.db")


class Store(Reader, HistoryStore, EntityStore):
    """A Briefing database. Create with ``Store.open(url)``; share one per process.

    The engine is thread-safe; every method opens its own session, so the GUI may call
    read methods from worker threads.
    """

    def __init__(self, engine: Engine, created: bool = False) -> None:
        Reader.__init__(self, engine, created)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating as needed) the database at ``url``."""
        engine = create_briefing_engine(url)
        try:
            store = cls(engine, created=migrate(engine))
            with store.session() as session:
                ensure_reference_data(session)
        except OperationalError as exc:
            engine.dispose()
            raise UserFacingError(f"cannot open the database: {exc.orig}") from exc
        except BaseException:
            engine.dispose()
            raise
        return store

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    # ------------------------------------------------------------------ fact reads
    # (by query, counts, full records and list rows: Reader's)

    def recount(self) -> None:
        """Recompute the kept counts from the facts (a repair; writes keep them exact)."""
        with self.session() as s:
            facets.recount(s.connection())

    def revisions(self, uuid: str) -> list[tuple[int, dt.datetime, str, dict[str, object]]]:
        """(version, when, change, snapshot) of a fact's earlier states, newest first."""
        with self.session() as s:
            fact_id = s.scalar(select(Fact.id).where(Fact.uuid == uuid))
            if fact_id is None:
                raise NotFoundError(f"no fact with id {uuid}")
            rows = s.execute(
                select(
                    FactRevision.version,
                    FactRevision.changed_at,
                    FactRevision.change,
                    FactRevision.snapshot,
                )
                .where(FactRevision.fact_id == fact_id)
                .order_by(FactRevision.version.desc())
            ).all()
            # SQLite hands back naive datetimes (stored as UTC), PostgreSQL aware ones
            return [(v, aware(when), change, snap) for v, when, change, snap in rows]

    # ------------------------------------------------------------------ fact writes

    def validate(self, draft: FactDraft) -> None:
        """Raise ValidationError if ``draft`` could not be saved (nothing is written)."""
        with self.session() as s:
            resolve(draft, ReferenceIndex.load(s))

    def add(self, draft: FactDraft, uuid: str | None = None) -> FactRecord:
        """Validate and save a new fact; returns it as saved."""
        with self.session() as s:
            resolved = resolve(draft, ReferenceIndex.load(s))
            conn = s.connection()
            (fact_id,), _ = bulk.insert_facts(
                conn, [(uuid or new_uuid(), resolved)], [draft.translation_sources]
            )
            index.reindex(conn, [fact_id])
            facets.apply(conn, facets.keys_of_fact(conn, fact_id))
        return self.get(fact_id)

    def update(
        self, uuid: str, draft: FactDraft, expected_version: int, change: str = "update"
    ) -> FactRecord:
        """Save ``draft`` over the fact, if nobody saved it since ``expected_version``.

        The previous state is kept as a revision, labelled ``change`` (see store.history).
        Raises ConflictError when the stored version differs (someone else saved in
        between), ValidationError on bad input.
        """
        before = self.get(uuid)
        with self.session() as s:
            resolved = resolve(draft, ReferenceIndex.load(s))
            conn = s.connection()
            claimed = conn.execute(
                update(Fact)
                .where(Fact.id == before.key, Fact.version == expected_version)
                .values(version=Fact.version + 1)
            ).rowcount
            if claimed != 1:
                raise ConflictError(
                    f"fact {uuid} was changed by someone else since version {expected_version}; "
                    "reload it and apply your edit again"
                )
            # Read again under the claim: the state read above may predate a save that
            # committed just before ours, and the revision must hold what is replaced.
            current = load_records(conn, [before.key])[before.key]
            sources = translations.kept_sources(conn, before.key, resolved.translations)
            sources.update(draft.translation_sources)
            write_over(
                conn,
                replace(current, version=expected_version),
                resolved,
                change=change,
                sources=sources,
            )
        return self.get(before.key)

    def confirm_translation(
        self, uuid: str, language: str, expected_version: int | None = None
    ) -> FactRecord:
        """Declare a fact's translation in ``language`` still correct for its current
        original (it stops being outdated). A change like any other: a new version, the
        previous state kept as a revision."""
        before = self.get(uuid)
        if language not in before.translations:
            raise ValidationError(
                [FieldError(f"translations.{language}", "the fact has no translation in it")]
            )
        draft = before.to_draft()
        draft.confirm(language)
        version = before.version if expected_version is None else expected_version
        return self.update(uuid, draft, version)

    def delete(self, uuid: str, expected_version: int | None = None) -> None:
        """Move a fact to the bin (recoverable with ``restore``)."""
        self._set_deleted(uuid, utcnow(), expected_version, "delete")

    def restore(self, uuid: str) -> None:
        """Bring a deleted fact back."""
        self._set_deleted(uuid, None, None, "restore")

    def _set_deleted(
        self, uuid: str, when: dt.datetime | None, expected: int | None, change: str
    ) -> None:
        before = self.get(uuid)
        with self.session() as s:
            conn = s.connection()
            old_keys = facets.keys_of_fact(conn, before.key)
            cond = [Fact.id == before.key]
            if expected is not None:
                cond.append(Fact.version == expected)
            done = conn.execute(
                update(Fact)
                .where(*cond)
                .values(deleted_at=when, version=Fact.version + 1, updated_at=utcnow())
            ).rowcount
            if done != 1:
                raise ConflictError(f"fact {uuid} was changed by someone else; reload it")
            conn.execute(
                insert(FactRevision).values(
                    fact_id=before.key,
                    version=before.version,
                    snapshot=before.to_json(),
                    change=change,
                    changed_at=utcnow(),
                )
            )
            index.reindex(conn, [before.key])
            facets.apply(conn, facets.keys_of_fact(conn, before.key), old_keys)

    def import_facts(
        self, data: object, progress: Callable[[int, int], None] | None = None
    ) -> bulk.ImportReport:
        """Import a facts bundle (or a bare list of facts) all or nothing.

        See ``briefing.store.bundle`` and docs/formats.md.
        """
        with self.session() as s:
            return bundle.import_bundle(s, data, progress)

    def change_token(self) -> str:
        """How far this reader has seen the facts (see ``changes_since``)."""
        with self.engine.connect() as conn:
            return changes.token(conn)

    def changes_since(self, token: str) -> tuple[list[str], str]:
        """Ids of the facts added, edited, deleted or restored since ``token`` (by anyone),
        and the token to pass next time (``briefing.store.changes``)."""
        with self.engine.connect() as conn:
            return changes.changed_since(conn, token)

    def export_bundle(self, scope: Scope, producer: str = "briefing") -> dict[str, Any]:
        """The travelling bundle of the facts in ``scope`` (docs/formats.md,
        ``briefing-facts/3``); nothing marked above ``scope.max_marking`` is included."""
        with self.engine.connect() as conn:
            ranks = exchange.marking_ranks(conn)
        if scope.max_marking not in ranks:
            raise ValidationError([FieldError("max_marking", f"must be one of {', '.join(ranks)}")])
        records = self.facts(scope.query())
        reference = (self.people(), self.events())
        header = {"created": utcnow().isoformat(timespec="seconds"), "producer": producer}
        with self.engine.connect() as conn:
            return exchange.build_bundle(conn, records, scope, ranks, reference, header)

    def merge_bundle(
        self,
        data: object,
        on_conflict: str = "keep",
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> MergeReport:
        """Merge a travelling bundle all or nothing (``briefing.store.merge``).

        With ``dry_run`` everything is checked and compared, then rolled back: the report
        says what an import would do. ``cancelled()`` true stops it with Cancelled, the
        transaction rolled back: the base is left as it was.
        """
        with self._sessions() as s, _interruptible(s, cancelled):
            report = merge_bundle(s, data, on_conflict, progress, cancelled)
            if dry_run:
                s.rollback()
            else:
                s.commit()
        return report


# SQLite virtual-machine steps between two looks at Cancel: well under a millisecond.
INTERRUPT_STEPS = 20_000


@contextmanager
def _interruptible(session: Session, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Let ``cancelled()`` interrupt the SQL running in ``session``, at once.

    The checks between a merge's steps leave set-based statements alone: writing 20,000
    new facts and rebuilding the search index ran ~3 s past a Cancel. SQLite's progress
    handler asks during every statement (and while rows are read) and aborts the one
    running, which surfaces as "interrupted"; PostgreSQL's server is asked to cancel the
    statement running (``_server_cancel``). Either way that is turned into Cancelled and
    the transaction rolls back with the session.
    """
    if cancelled is None:
        yield
        return
    raw = session.connection().connection.driver_connection
    if raw is None:
        yield
        return
    if session.get_bind().dialect.name != "sqlite":
        with _server_cancel(raw, cancelled):
            yield
        return
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, INTERRUPT_STEPS)
    try:
        yield
    except OperationalError as exc:
        if cancelled():
            raise Cancelled("cancelled") from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)


# How often the PostgreSQL watcher looks at Cancel: a thread waking 20 times a second
# costs nothing measurable next to a merge, and Cancel then acts within ~50 ms.
CANCEL_POLL_S = 0.05


@contextmanager
def _server_cancel(raw: Any, cancelled: Callable[[], bool]) -> Iterator[None]:
    """PostgreSQL (psycopg2): a watcher thread asks the server to cancel the running
    statement once ``cancelled()`` is true (``connection.cancel()``, which is safe from
    another thread); the statement fails with QueryCanceled, surfaced as Cancelled."""
    import threading

    done = threading.Event()
    fired = threading.Event()

    def watch() -> None:
        while not done.wait(CANCEL_POLL_S):
            if cancelled():
                fired.set()
                try:
                    raw.cancel()
                except Exception:  # the step checks still stop the merge
                    log.warning("could not ask PostgreSQL to cancel", exc_info=True)
                return

    watcher = threading.Thread(target=watch, name="briefing-cancel", daemon=True)
    watcher.start()
    try:
        yield
    except DBAPIError as exc:
        if fired.is_set() or cancelled():
            raise Cancelled("cancelled") from exc
        raise
    finally:
        done.set()
        watcher.join()
