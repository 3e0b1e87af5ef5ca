"""``briefing backup FILE`` and ``briefing restore FILE`` (SQLite bases; see store/backup)."""

from __future__ import annotations

import argparse

from briefing.cli_output import Output
from briefing.store import Store
from briefing.store import backup as backups


def run_backup(store: Store, args: argparse.Namespace, out: Output) -> int:
    """Copy the open base to FILE while it stays in use."""
    url = store.engine.url.render_as_string(hide_password=False)
    target = backups.backup(url, args.file)
    if out.json_mode:
        out.json({"backup": str(target)})
    else:
        out.say(f"wrote {target}")
    return 0


def run_restore(store: Store, args: argparse.Namespace, out: Output) -> int:
    """Replace the base with the backup FILE, keeping the replaced base beside it."""
    from briefing.store.engine import known_revisions

    url = store.engine.url.render_as_string(hide_password=False)
    backups.sqlite_path(url)  # PostgreSQL: advice, before anything else
    store.close()  # this process's connections must not hold the old pages
    kept = backups.restore(url, args.file, known_revisions())
    restored = Store.open(url)  # an older backup is brought up to the current schema here
    try:
        count = restored.count()
    finally:
        restored.close()
    if out.json_mode:
        out.json({"restored": str(args.file), "replaced_kept_as": str(kept), "facts": count})
    else:
        out.say(f"restored {args.file} ({count} facts); the replaced database is kept as {kept}")
    return 0
