"""A fact's versions as a person reads them, restoring an earlier one, and emptying the Bin.

``HistoryStore`` is mixed into ``Store``. The revision table keeps, for each version a
fact had before its latest, the snapshot of that version and the change that ended it
(``update``, ``delete``, ``restore``, ``revert N``). ``history`` turns those rows into
``FactVersion`` records with a field-by-field ``FieldChange`` list against the version
before; ``restore_version`` saves an old snapshot as a new version (history is never
rewritten, and the save is conflict-checked like any other); ``empty_bin`` deletes
binned facts for good, with everything that hangs off them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, select, text

from briefing.errors import ConflictError, NotFoundError, UserFacingError
from briefing.model import Fact, FactRevision
from briefing.store.bulk import LINKED
from briefing.store.records import FactDraft, FactRecord

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

REVERT = "revert"

# The fields a person compares, in the order the fact form shows them; list fields are
# compared as sets of items (their order carries no meaning).
TEXT_FIELDS = (
    "statement",
    "language",
    "date",
    "event",
    "marking",
    "confidence",
    "key point",
    "said by",
    "source",
    "quote",
    "locator",
)
LIST_FIELDS = ("themes", "countries", "people", "organisations", "documents", "figures")


@dataclass(frozen=True)
class FieldChange:
    """One field that differs between two versions.

    ``before``/``after`` are the values as shown (lists joined with ", "). For text,
    ``pieces`` is a word-level diff: ("=", kept), ("-", removed), ("+", added), in reading
    order; for lists, ``added`` and ``removed`` hold the items that came and went.
    """

    field: str
    before: str
    after: str
    pieces: tuple[tuple[str, str], ...] = ()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def summary(self) -> str:
        """One readable line: ``[-old-]{+new+}`` inside text, ``+added −removed`` for lists."""
        if self.pieces:
            marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
            return "".join(marks[op].format(part) for op, part in self.pieces)
        parts = [f"+{item}" for item in self.added] + [f"−{item}" for item in self.removed]
        return ", ".join(parts)


@dataclass(frozen=True)
class FactVersion:
    """One version of a fact: its content then and how it differs from the one before.

    ``cause`` is what made this version: "created", "update", "delete" (moved to the Bin),
    "restore" (back from the Bin), "revert" (an earlier version restored: ``reverted_to``
    names it) or "earliest" (the first version kept, when the ones before are unknown).
    ``in_bin`` tells whether the fact was in the Bin in this version.
    """

    version: int
    saved_at: dt.datetime
    cause: str
    current: bool
    in_bin: bool
    snapshot: Mapping[str, Any]
    changes: tuple[FieldChange, ...]
    reverted_to: int | None = None

    @property
    def statement(self) -> str:
        """The statement in this version."""
        return str(self.snapshot.get("statement") or "")


def shown_fields(snapshot: Mapping[str, Any]) -> dict[str, str | tuple[str, ...]]:
    """A fact's JSON form as field → shown value (text) or items (lists)."""
    source = snapshot.get("source") or {}
    speaker = snapshot.get("speaker") or {}
    out: dict[str, str | tuple[str, ...]] = {
        "statement": str(snapshot.get("statement") or ""),
        "language": str(snapshot.get("language") or ""),
        "date": str(snapshot.get("date") or ""),
        "event": str(snapshot.get("event") or ""),
        "marking": str(snapshot.get("marking") or ""),
        "confidence": str(snapshot.get("confidence") or ""),
        "key point": "yes" if snapshot.get("key") else "no",
        "said by": ", ".join(f"{k}: {v}" for k, v in speaker.items()),
        "source": str(source.get("title") or ""),
        "quote": str(source.get("quote") or ""),
        "locator": str(source.get("locator") or ""),
    }
    for name in LIST_FIELDS[:-1]:
        out[name] = tuple(str(v) for v in snapshot.get(name) or ())
    out["figures"] = tuple(_figure(f) for f in snapshot.get("figures") or ())
    for lang, translated in sorted((snapshot.get("translations") or {}).items()):
        out[f"translation ({lang})"] = str(translated)
    return out


def _figure(figure: Mapping[str, Any]) -> str:
    text_ = f"{figure.get('label')}: {figure.get('value')} {figure.get('unit') or ''}".rstrip()
    return f"{text_} ({figure['qualifier']})" if figure.get("qualifier") else text_


_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(before: str, after: str) -> tuple[tuple[str, str], ...]:
    """``before`` → ``after`` as kept/removed/added runs of words (whitespace kept)."""
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    pieces: list[tuple[str, str]] = []

    def add(op: str, words: Sequence[str]) -> None:
        if not words:
            return
        if pieces and pieces[-1][0] == op:
            pieces[-1] = (op, pieces[-1][1] + "".join(words))
        else:
            pieces.append((op, "".join(words)))

    # autojunk off: in a long quote, common words would otherwise be ignored as junk and
    # a one-word edit would show as the whole text replaced
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            add("=", old[i1:i2])
        else:
            add("-", old[i1:i2])
            add("+", new[j1:j2])
    return tuple(pieces)


def compare(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    """What differs from snapshot ``before`` to snapshot ``after``, field by field."""
    old, new = shown_fields(before), shown_fields(after)
    names = [n for n in (*TEXT_FIELDS, *LIST_FIELDS) if n in old or n in new]
    names += sorted({n for n in (*old, *new) if n.startswith("translation (")})
    changes: list[FieldChange] = []
    for name in names:
        a, b = old.get(name, ""), new.get(name, "")
        if a == b:
            continue
        if isinstance(a, tuple) or isinstance(b, tuple):
            a_items = a if isinstance(a, tuple) else ()
            b_items = b if isinstance(b, tuple) else ()
            changes.append(
                FieldChange(
                    name,
                    ", ".join(a_items),
                    ", ".join(b_items),
                    added=tuple(i for i in b_items if i not in a_items),
                    removed=tuple(i for i in a_items if i not in b_items),
                )
            )
        else:
            changes.append(FieldChange(name, a, b, pieces=word_diff(a, b)))
    return tuple(changes)


def _aware(when: dt.datetime) -> dt.datetime:
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _saved_at(snapshot: Mapping[str, Any], fallback: dt.datetime) -> dt.datetime:
    try:
        return _aware(dt.datetime.fromisoformat(str(snapshot["updated_at"])))
    except (KeyError, ValueError):
        return fallback


def build_versions(
    record: FactRecord,
    deleted: bool,
    rows: Sequence[tuple[int, dt.datetime, str, Mapping[str, Any]]],
) -> list[FactVersion]:
    """The versions of ``record`` (newest first) from its revision rows (oldest first).

    A revision row ``(v, when, change, snapshot)`` is version v's content and the change
    that made version v + 1 at ``when``.
    """
    states: list[tuple[int, Mapping[str, Any]]] = [(v, snap) for v, _, _, snap in rows]
    states.append((record.version, record.to_json()))
    ends = {v: (change, _aware(when)) for v, when, change, _ in rows}
    # Walk back from the current state to tell which versions were in the Bin.
    in_bin = deleted
    bins: dict[int, bool] = {}
    for version, _ in reversed(states):
        bins[version] = in_bin
        change = ends.get(version - 1, ("", None))[0]
        if change == "delete":
            in_bin = False
        elif change == "restore":
            in_bin = True
    out: list[FactVersion] = []
    previous: Mapping[str, Any] | None = None
    for i, (version, snapshot) in enumerate(states):
        made_by = ends.get(version - 1)
        reverted_to = None
        if made_by is None:
            cause = "created" if version == 1 else "earliest"
        else:
            cause, _ = made_by
            if cause.startswith(REVERT):
                reverted_to = int(cause.split()[-1]) if cause.split()[-1].isdigit() else None
                cause = REVERT
        current = i == len(states) - 1
        if current:
            saved = _aware(record.updated_at)
        elif made_by is not None:
            saved = made_by[1]
        else:
            saved = _saved_at(snapshot, _aware(record.created_at))
        out.append(
            FactVersion(
                version=version,
                saved_at=saved,
                cause=cause,
                current=current,
                in_bin=bins[version],
                snapshot=snapshot,
                changes=compare(previous, snapshot) if previous is not None else (),
                reverted_to=reverted_to,
            )
        )
        previous = snapshot
    out.reverse()
    return out


class HistoryStore:
    """Fact versions, restoring one, and emptying the Bin (mixed into ``Store``)."""

    engine: Engine

    def session(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    def get(self, ident: str | int) -> FactRecord:  # provided by Store
        raise NotImplementedError

    def update(
        self, uuid: str, draft: FactDraft, expected_version: int, change: str = "update"
    ) -> FactRecord:  # provided by Store
        raise NotImplementedError

    def history(self, uuid: str) -> list[FactVersion]:
        """Every known version of a fact, newest (the current one) first."""
        record = self.get(uuid)
        with self.engine.connect() as conn:
            deleted = conn.scalar(select(Fact.deleted_at).where(Fact.id == record.key))
            rows = conn.execute(
                select(
                    FactRevision.version,
                    FactRevision.changed_at,
                    FactRevision.change,
                    FactRevision.snapshot,
                )
                .where(FactRevision.fact_id == record.key)
                .order_by(FactRevision.version)
            ).all()
        return build_versions(record, deleted is not None, [tuple(r) for r in rows])  # type: ignore[misc]

    def restore_version(self, uuid: str, version: int, expected_version: int) -> FactRecord:
        """Save version ``version`` of the fact's content as its newest version.

        Nothing is rewritten: the current content becomes a revision like after any save.
        ``expected_version`` is the version the caller saw as current; ConflictError if
        someone saved since. A fact in the Bin must come back from the Bin first.
        """
        record = self.get(uuid)
        if version == record.version:
            raise UserFacingError(f"version {version} is already the fact's current version")
        with self.engine.connect() as conn:
            deleted = conn.scalar(select(Fact.deleted_at).where(Fact.id == record.key))
            snapshot = conn.scalar(
                select(FactRevision.snapshot).where(
                    FactRevision.fact_id == record.key, FactRevision.version == version
                )
            )
        if snapshot is None:
            known = sorted(v.version for v in self.history(uuid))
            raise NotFoundError(
                f"fact {uuid} has no version {version} (versions: "
                + ", ".join(map(str, known))
                + ")"
            )
        if deleted is not None:
            raise UserFacingError(f"fact {uuid} is in the Bin: restore it from the Bin first")
        if record.version != expected_version:
            raise ConflictError(
                f"fact {uuid} was changed by someone else since version {expected_version}; "
                "reload it and choose the version again"
            )
        draft = FactDraft.from_json(dict(snapshot))
        return self.update(uuid, draft, expected_version, change=f"{REVERT} {version}")

    def binned(self) -> list[str]:
        """The ids of the facts in the Bin."""
        with self.engine.connect() as conn:
            return list(conn.scalars(select(Fact.uuid).where(Fact.deleted_at.is_not(None))))

    def empty_bin(self, uuids: Collection[str] | None = None) -> int:
        """Delete facts in the Bin for good, with their links, figures, translations,
        revisions and search entries; returns how many went.

        With ``uuids`` (what the user saw when asked to confirm), only those that are still
        in the Bin go: one restored meanwhile is kept. Live facts are never touched, and
        the kept counts (live facts only) stay as they are.
        """
        with self.session() as s:
            conn = s.connection()
            stmt = select(Fact.id).where(Fact.deleted_at.is_not(None))
            keys: list[int] = []
            if uuids is None:
                keys = list(conn.scalars(stmt))
            else:
                wanted = list(uuids)
                for start in range(0, len(wanted), 500):
                    keys += conn.scalars(stmt.where(Fact.uuid.in_(wanted[start : start + 500])))
            search_key = "rowid" if conn.dialect.name == "sqlite" else "fact_id"
            unindex = text(f"DELETE FROM fact_search WHERE {search_key} IN :ids").bindparams(
                bindparam("ids", expanding=True)
            )
            tables: tuple[Any, ...] = (*LINKED, FactRevision.__table__)
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                for table in tables:
                    conn.execute(delete(table).where(table.c.fact_id.in_(chunk)))
                conn.execute(unindex, {"ids": chunk})
                conn.execute(delete(Fact).where(Fact.id.in_(chunk)))
            return len(keys)
