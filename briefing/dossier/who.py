"""Who's who: the people a dossier's printed facts name, in protocol order.

Only people named by facts the ceiling lets through are listed (the caller passes their
names): a name known only from a SECRET fact must not appear in an UNCLASSIFIED brief.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.dossier.document import Labels, PersonEntry
from briefing.dossier.labels import language_name
from briefing.dossier.markup import parse_blocks
from briefing.store.entities import PersonRecord
from briefing.store.search import fold

PROTOCOL = ("head-of-state", "head-of-government", "minister", "official", "other")


def who_entries(
    people: Iterable[PersonRecord],
    visible: set[str],
    *,
    host: str | None,
    country_names: dict[str, str],
    language: str,
    labels: Labels,
) -> tuple[PersonEntry, ...]:
    """The entries of the ``visible`` among ``people``: the host's head of state first,
    then by rank, country and name (as ``language`` sorts them)."""

    def protocol_key(p: PersonRecord) -> tuple[int, int, str, str]:
        rank = PROTOCOL.index(p.kind) if p.kind in PROTOCOL else len(PROTOCOL)
        hosting = 0 if (host and p.country_code == host and rank == 0) else 1
        country = fold(country_names.get(p.country_code or "", "~"))
        return (hosting, rank, country, fold(p.name_in(language)))

    chosen = sorted((p for p in people if p.name in visible), key=protocol_key)
    entries = []
    for p in chosen:
        country = country_names.get(p.country_code or "", "")
        role_line = " · ".join(x for x in (p.role_in(language), country, p.organisation or "") if x)
        bio = p.bio_in(language)
        note = None
        if bio and bio[1] != language:
            note = labels.original_language.format(language=language_name(bio[1], language))
        entries.append(
            PersonEntry(p.name_in(language), role_line, parse_blocks(bio[0]) if bio else (), note)
        )
    return tuple(entries)
