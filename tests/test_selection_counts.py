"""The builder's counts come from the selection ``assemble`` prints with (Qt-free)."""

from __future__ import annotations

from dataclasses import replace

from briefing.dossier.assemble import assemble
from briefing.dossier.document import FactSection
from briefing.dossier.layouts import by_theme
from briefing.dossier.selection import count_sections, dossier_scope, section_records
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.store import Store


def printed_uuids(spec: DossierSpec, store: Store) -> set[str]:
    out: set[str] = set()
    for section in assemble(spec, store).sections:
        if isinstance(section, FactSection):
            out |= {f.uuid for f in section.facts}
            out |= {f.uuid for sub in section.subsections for f in sub.facts}
    return out


def test_dossier_count_matches_what_assemble_prints_and_what_the_ceiling_keeps(
    seeded: Store,
) -> None:
    event = seeded.events()[0].name
    spec = by_theme(seeded, DossierSpec(title="t", event=event, max_marking="RESTRICTED"))
    first = next(s for s in spec.sections if s.kind == "theme")
    secret = section_records(seeded, first, dossier_scope(seeded, spec).query)[:2]
    for record in secret:
        seeded.update(record.uuid, replace(record.to_draft(), marking="SECRET"), record.version)
    picked = SectionSpec("facts", title="Picked", facts=(secret[0].uuid,))
    spec = replace(spec, sections=(*spec.sections, picked))
    fact_sections = [s for s in spec.sections if s.kind in ("theme", "facts")]
    count = count_sections(seeded, fact_sections, dossier_scope(seeded, spec).query)

    assert count.exact
    assert count.printed == len(printed_uuids(spec, seeded))
    assert count.withheld == 2  # distinct facts, though the first is also hand-picked
    assert count.sections[0].withheld >= 1
    assert count.sections[-1].total == 0 and count.sections[-1].withheld == 1
    opened = replace(spec, max_marking=None)
    assert len(printed_uuids(opened, seeded)) == count.printed + count.withheld


def test_a_fact_excluded_from_its_first_section_is_counted_in_the_next(seeded: Store) -> None:
    event = seeded.events()[0].name
    spec = by_theme(seeded, DossierSpec(title="t", event=event, include_background=True))
    scope = dossier_scope(seeded, spec).query
    themed = [i for i, s in enumerate(spec.sections) if s.kind == "theme"]
    held = {i: [r.uuid for r in section_records(seeded, spec.sections[i], scope)] for i in themed}
    first_of: dict[str, int] = {}
    for i in themed:
        for u in held[i]:
            first_of.setdefault(u, i)
    uuid, i, j = next(
        (u, first_of[u], k) for k in themed for u in held[k] if first_of[u] < k
    )  # a fact held by two sections, printed in the first
    sections = list(spec.sections)
    sections[i] = replace(sections[i], exclude=(uuid,))
    excluded = replace(spec, sections=tuple(sections))
    fact_sections = [s for s in sections if s.kind == "theme"]
    before = count_sections(seeded, [s for s in spec.sections if s.kind == "theme"], scope)
    after = count_sections(seeded, fact_sections, scope)

    assert after.exact and after.printed == len(printed_uuids(excluded, seeded))
    assert uuid in printed_uuids(excluded, seeded)  # now printed in section j
    n = themed.index(j)
    assert after.sections[n].above == (before.sections[n].above or 0) - 1
