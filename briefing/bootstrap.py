"""Opening the user's database the way both faces (CLI and GUI) expect."""

from __future__ import annotations

import logging

from briefing.ingest.seed import load_seed, load_taxonomy
from briefing.settings import database_url
from briefing.store import Store

log = logging.getLogger("briefing.db")


def open_store(db: str | None = None, seed: bool = True) -> Store:
    """Open ``db`` (path or URL; default: the user's SQLite file), migrating it.

    A database created by this call receives the theme taxonomy and, unless ``seed`` is
    False, the curated Dushanbe summit, so a fresh install opens on real facts.
    """
    store = Store.open(database_url(db))
    if store.created or is_blank(store) or store.state("seed") == "started":
        # Loading is idempotent: a first start killed half-way resumes here next time.
        if seed or store.state("seed") == "started":
            store.set_state("seed", "started")
            report = load_seed(store)
            store.set_state("seed", "done")
            log.info("database seeded with %d facts", report.facts)
        else:
            load_taxonomy(store)
    return store


def is_blank(store: Store) -> bool:
    """True for a database that has never been given a taxonomy or a fact."""
    return not store.themes() and store.count() == 0
