"""``briefing facts history | restore`` and ``briefing bin [empty]``: versions and the Bin."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from briefing.cli_common import UsageError
from briefing.cli_facts import resolve_fact
from briefing.cli_ids import short_ids
from briefing.cli_output import Output
from briefing.store import FactQuery, Store
from briefing.store.history import FactVersion

CAUSES = {
    "created": "created",
    "earliest": "earliest version kept",
    "update": "edited",
    "delete": "moved to the Bin",
    "restore": "brought back from the Bin",
    "revert": "restored",
}


def describe(version: FactVersion) -> str:
    """What made ``version``, in words: "edited", "restored version 2"…"""
    if version.cause == "revert" and version.reverted_to is not None:
        return f"restored version {version.reverted_to}"
    return CAUSES.get(version.cause, version.cause)


def run_history(store: Store, args: argparse.Namespace, out: Output) -> int:
    """Every version of one fact, newest first, with what changed in each."""
    uuid = resolve_fact(store, args.id)
    versions = store.history(uuid)
    if out.json_mode:
        out.json({"id": uuid, "versions": [_version_json(v) for v in versions]})
        return 0
    for i, v in enumerate(versions):
        if i:
            out.line("")
        label = f"version {v.version}" + (" (current)" if v.current else "")
        when = v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        out.line(f"{label} · {when} · {describe(v)}" + (" · in the Bin" if v.in_bin else ""))
        if not v.changes and not v.current and v.cause in ("created", "earliest"):
            out.line(f"  statement: {v.statement}")
        for change in v.changes:
            out.line(f"  {change.field}: {change.summary()}")
    return 0


def _version_json(v: FactVersion) -> dict[str, Any]:
    return {
        "version": v.version,
        "saved_at": v.saved_at.isoformat(),
        "cause": v.cause,
        "reverted_to": v.reverted_to,
        "current": v.current,
        "in_bin": v.in_bin,
        "changes": [
            {
                "field": c.field,
                "before": c.before,
                "after": c.after,
                "added": list(c.added),
                "removed": list(c.removed),
            }
            for c in v.changes
        ],
        "fact": dict(v.snapshot),
    }


def run_restore(store: Store, args: argparse.Namespace, out: Output) -> int:
    """Save an earlier version as the newest (conflict-checked against ``--expect``)."""
    uuid = resolve_fact(store, args.id)
    expected = args.expect if args.expect is not None else store.get(uuid).version
    record = store.restore_version(uuid, args.version, expected)
    if out.json_mode:
        out.json({"id": uuid, "version": record.version, "restored": args.version})
    else:
        out.say(f"restored version {args.version} of {uuid} as version {record.version}")
    return 0


def run_bin(store: Store, args: argparse.Namespace, out: Output) -> int:
    """List the Bin, or empty it (after a confirmation, or with ``--yes``)."""
    if getattr(args, "bin_command", None) == "empty":
        return _empty(store, args, out)
    records = store.facts(FactQuery(deleted=True, order="updated", descending=True))
    if out.json_mode:
        out.json([r.to_json() for r in records])
        return 0
    short = short_ids(store.fact_uuids())
    rows = [
        (short.get(r.uuid, r.uuid), r.updated_at.astimezone().strftime("%Y-%m-%d"), r.statement)
        for r in records
    ]
    out.table(("ID", "BINNED", "STATEMENT"), rows)
    return 0


def _empty(store: Store, args: argparse.Namespace, out: Output) -> int:
    shown = store.binned()
    if not shown:
        if out.json_mode:
            out.json({"deleted": 0})
        else:
            out.say("the Bin is empty")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                f"emptying the Bin deletes {len(shown)} facts for good: "
                "add --yes to confirm (no terminal to ask on)"
            )
        sys.stderr.write(f"Delete the {len(shown)} facts in the Bin for good? [y/N] ")
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            if out.json_mode:
                out.json({"deleted": 0})
            else:
                out.say("the Bin was left as it is")
            return 0
    # only the facts counted above: one binned since is asked about next time
    deleted = store.empty_bin(shown)
    if out.json_mode:
        out.json({"deleted": deleted})
    else:
        out.say(f"deleted {deleted} facts for good")
    return 0
