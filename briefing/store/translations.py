"""Which translations are missing or outdated: the store's side of translation state.

A translation row keeps ``source_digest``, the ``original_digest`` of the original it was
made from (migration 0007). Writers stamp it (``bulk.insert_links``); an update keeps the
digest of every translation whose text it leaves alone, so editing only the original makes
those translations outdated.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, bindparam, or_, select

from briefing.store.listing import on_entry
from briefing.store.records import FactQuery, original_digest
from briefing.store.tables import fact_translations, facts


def kept_sources(conn: Connection, key: int, texts: dict[str, str]) -> dict[str, str | None]:
    """The digests an update of fact ``key`` to translations ``texts`` leaves as they were:
    those of translations whose text is unchanged (spacing aside). New or changed texts
    are left out, for the writer to stamp with the current original."""
    rows = conn.execute(
        select(
            fact_translations.c.language,
            fact_translations.c.statement,
            fact_translations.c.source_digest,
        ).where(fact_translations.c.fact_id == key)
    ).all()
    return {
        lang: digest
        for lang, text, digest in rows
        if lang in texts and original_digest(text) == original_digest(texts[lang])
    }


def gaps(conn: Connection, query: FactQuery, order: str | None = None) -> ColumnElement[bool]:
    """The condition for ``query.untranslated`` / ``query.outdated``: facts lacking a
    translation in one of the first languages, or with an outdated one in the second.

    Outdated is found in Python: the digest is SHA-256, which SQLite cannot compute. Only
    translations in those languages with a recorded source are hashed, one short
    statement each (about 0.1 s for 100,000). ``order``: the list's order, None when
    counting (listing.on_entry).
    """
    found: list[ColumnElement[bool]] = []
    for lang in (x.lower() for x in query.untranslated):
        has = select(fact_translations.c.fact_id).where(fact_translations.c.language == lang)
        # The language is tested on the date index's entry (listing.on_entry): reading
        # every fact's row for it cost 210 ms of CPU at 100,000 facts.
        language = on_entry(conn, order, facts.c.language)
        found.append((language != lang) & facts.c.id.not_in(has))
    if query.outdated:
        rows = conn.execute(
            select(facts.c.id, facts.c.statement, fact_translations.c.source_digest)
            .join(fact_translations, fact_translations.c.fact_id == facts.c.id)
            .where(
                fact_translations.c.language.in_([x.lower() for x in query.outdated]),
                fact_translations.c.source_digest.is_not(None),
            )
        ).all()
        stale = sorted({fid for fid, text, digest in rows if digest != original_digest(text)})
        # Inlined: thousands of bound values would meet SQLite's parameter limit.
        found.append(facts.c.id.in_(bindparam("stale", stale, literal_execute=True)))
    return or_(*found)
