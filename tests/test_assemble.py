"""assemble(): which facts, in which order, in which language, with which marking."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.dossier.assemble import assemble
from briefing.dossier.document import Dossier, FactSection, FiguresSection, WhoSection
from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.markup import plain_text
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import ValidationError
from briefing.store import FactDraft, FactQuery, Store

EVENT = "Second Central Asia – Russia summit"


def fact_sections(dossier: Dossier) -> list[FactSection]:
    return dossier.fact_sections()


def uuids(section: FactSection) -> list[str]:
    return [f.uuid for f in section.facts]


def test_by_theme_covers_every_fact_once_per_section(seeded: Store) -> None:
    spec = by_theme(seeded, DossierSpec(title="Brief", event=EVENT))
    kinds = [s.kind for s in spec.sections]
    assert kinds[:4] == ["text", "key-points", "text", "who"]  # the pack's skeleton
    assert kinds[-1] == "figures"
    dossier = assemble(spec, seeded)
    printed = [u for section in fact_sections(dossier) for u in uuids(section)]
    assert len(printed) == len(set(printed))  # a fact prints once
    assert set(printed) == {r.uuid for r in seeded.facts()}
    top = [s.title for s in dossier.sections if isinstance(s, FactSection)]
    assert top[:3] == ["Security", "Foreign policy", "Trade and investment"]


def test_by_country_prints_joint_facts_once_then_countries_host_first(seeded: Store) -> None:
    dossier = assemble(by_country(seeded, DossierSpec(title="B", event=EVENT)), seeded)
    sections = fact_sections(dossier)
    everything = [u for s in sections for u in uuids(s)]
    assert set(everything) == {r.uuid for r in seeded.facts()}
    assert len(everything) == len(set(everything))  # every fact once
    titles = [s.title for s in dossier.sections if isinstance(s, FactSection)]
    assert titles[0] == "Common to the participants"
    assert titles[1] == "Tajikistan"  # the host country first
    for section in sections:  # a fact concerning two countries is referred to from the second
        for ref in section.see_also:
            assert ref.target in {f.anchor for s in sections for f in s.facts}


def test_order_is_date_then_source_position(store: Store) -> None:
    store.save_source("Cable")
    later = store.add(FactDraft(statement="later", themes=["energy"], date="2025-10-10",
                                source_title="Cable", locator="§1"))  # fmt: skip
    para9 = store.add(FactDraft(statement="p9", themes=["energy"], date="2025-10-09",
                                source_title="Cable", locator="§9"))  # fmt: skip
    para10 = store.add(FactDraft(statement="p10", themes=["energy"], date="2025-10-09",
                                 source_title="Cable", locator="§10"))  # fmt: skip
    undated = store.add(FactDraft(statement="undated", themes=["energy"]))
    dossier = assemble(DossierSpec(title="T", sections=(SectionSpec("theme", "energy"),)), store)
    section = dossier.sections[0]
    assert isinstance(section, FactSection)
    assert uuids(section) == [para9.uuid, para10.uuid, later.uuid, undated.uuid]
    assert [n.locator for n in dossier.sources] == ["§9", "§10", "§1"]


def test_ceiling_excludes_and_marking_is_the_highest_included(store: Store) -> None:
    store.add(FactDraft(statement="open", themes=["energy"], countries=["TJ"]))
    store.add(FactDraft(statement="restricted", themes=["energy"], marking="RESTRICTED"))
    store.add(FactDraft(statement="secret", themes=["energy"], marking="SECRET",
                        figures=[]))  # fmt: skip
    spec = DossierSpec(title="T", sections=(SectionSpec("theme", "energy"),))
    capped = assemble(spec.__class__(**{**spec.__dict__, "max_marking": "CONFIDENTIAL"}), store)
    texts = [plain_text(f.body) for f in fact_sections(capped)[0].facts]
    assert texts == ["open", "restricted"]
    assert capped.marking == "RESTRICTED"
    full = assemble(spec, store)
    assert full.marking == "SECRET"
    low = assemble(spec.__class__(**{**spec.__dict__, "max_marking": "UNCLASSIFIED"}), store)
    assert low.marking == "UNCLASSIFIED"


def test_translation_used_or_original_marked(store: Store) -> None:
    store.add(FactDraft(statement="Sommet à Douchanbé", language="fr", themes=["energy"],
                        translations={"en": "Summit in Dushanbe"}))  # fmt: skip
    store.add(FactDraft(statement="Только по-русски", language="ru", themes=["energy"]))
    spec = DossierSpec(title="T", sections=(SectionSpec("theme", "energy"),), language="en")
    facts = fact_sections(assemble(spec, store))[0].facts
    assert plain_text(facts[0].body) == "Summit in Dushanbe"
    assert "Original" not in facts[0].meta
    assert plain_text(facts[1].body) == "Только по-русски"
    assert facts[1].meta == "Original in Russian"
    fr = fact_sections(assemble(spec.__class__(**{**spec.__dict__, "language": "fr"}), store))
    assert plain_text(fr[0].facts[0].body) == "Sommet à Douchanbé"
    assert fr[0].facts[1].meta == "Original en russe"


def test_exclusions_and_hand_picked_order(seeded: Store) -> None:
    tajik = seeded.facts(FactQuery(countries=("TJ",)))
    picked = (tajik[3].uuid, tajik[0].uuid, tajik[2].uuid)
    spec = DossierSpec(
        title="T",
        sections=(
            SectionSpec("facts", facts=picked, exclude=(tajik[2].uuid,)),
            SectionSpec("country", "TJ", exclude=(tajik[0].uuid,)),
        ),
    )
    dossier = assemble(spec, seeded)
    first, second = fact_sections(dossier)
    assert uuids(first) == [tajik[3].uuid, tajik[0].uuid]
    assert tajik[0].uuid not in uuids(second)
    # tajik[3] printed in the first section: the country section refers to it
    assert len(uuids(second)) == len(tajik) - 2
    assert [r.target for r in second.see_also] == [first.facts[0].anchor]


def test_figures_and_participants_in_french(seeded: Store) -> None:
    spec = by_theme(seeded, DossierSpec(title="T", event=EVENT, language="fr"))
    dossier = assemble(spec, seeded)
    figures = next(s for s in dossier.sections if isinstance(s, FiguresSection))
    values = {r.value_text.replace("\u202f", " ").replace("\xa0", " ") for r in figures.rows}
    assert "45 milliards USD" in values
    assert "plus de 20 milliards USD" in values
    assert "212 000 étudiants" in values
    people = next(s for s in dossier.sections if isinstance(s, WhoSection))
    rahmon = people.people[0]  # the host's head of state first
    assert rahmon.name == "Emomali Rahmon"
    assert rahmon.role_line == "Président de la République du Tadjikistan · Tadjikistan"
    assert {c.label: c.value for c in dossier.cover}["Date"] == "Douchanbé, 9 octobre 2025"
    assert dossier.labels.contents == "Table des matières"


def test_sources_numbered_once_per_quote(seeded: Store) -> None:
    dossier = assemble(by_theme(seeded, DossierSpec(title="T")), seeded)
    assert [n.number for n in dossier.sources] == list(range(1, len(dossier.sources) + 1))
    quotes = [n.quote_text for n in dossier.sources]
    assert len(quotes) == len(set(quotes))
    cited = {f.source_number for s in fact_sections(dossier) for f in s.facts}
    assert cited == set(range(1, len(dossier.sources) + 1))
    group = dossier.source_groups[0]  # one article: one group holding every quote
    assert [n.number for n in group.notes] == [n.number for n in dossier.sources]


def test_spec_round_trip_through_the_database(seeded: Store) -> None:
    spec = by_country(seeded, DossierSpec(title="TJ brief", event=EVENT, language="ru",
                                          page_size="Letter", max_marking="RESTRICTED",
                                          date=dt.date(2026, 1, 5)))  # fmt: skip
    seeded.save_spec("tj", spec.to_json())
    again = DossierSpec.from_json(seeded.load_spec("tj"))
    assert again == spec
    assert "tj" in [n for n, _ in seeded.specs()]
    assert assemble(again, seeded).date_text.replace("\u202f", " ") == "5 января 2026 г."


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        (DossierSpec(title="T" * 501, sections=(SectionSpec("figures"),)), "title"),
        (DossierSpec(title="T"), "sections"),
        (DossierSpec(title="T", sections=(SectionSpec("text", text="x"),)), "sections[0].title"),
        (DossierSpec(sections=(SectionSpec("figures"),), max_marking=" "), "max_marking"),
        (DossierSpec(title="T", sections=(SectionSpec("theme"),)), "sections[0].key"),
        (DossierSpec(title="T", sections=(SectionSpec("facts"),)), "sections[0].facts"),
        (DossierSpec(title="T", sections=(SectionSpec("figures"),), language="de"), "language"),
        (DossierSpec(title="T", sections=(SectionSpec("figures"),), page_size="A3"), "page_size"),
    ],
)
def test_bad_specs_name_the_field(seeded: Store, spec: DossierSpec, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        assemble(spec, seeded)
    assert err.value.for_field(field)
