"""Briefing packs on a base holding two events: the Dushanbe seed and the first C5+1 summit.

The second event is written up in tests/data/c5plus1-2023 from White House texts (30
facts, two RESTRICTED and one CONFIDENTIAL). These tests read the assembled Dossier; the
export tests read the printed files back.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.cli import main as cli_main
from briefing.dossier.assemble import assemble
from briefing.dossier.document import (
    Dossier,
    FiguresSection,
    KeyPointsSection,
    TextSection,
    WhoSection,
)
from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.markup import plain_text
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import NotFoundError, ValidationError
from briefing.store import FactDraft, FactQuery, FigureDraft, Store
from tests.conftest import sqlite_url

DATA = Path(__file__).parent / "data" / "c5plus1-2023" / "bundle.json"
DUSHANBE = "Second Central Asia – Russia summit"
C5 = "First C5+1 Presidential Summit"


@pytest.fixture(scope="session")
def two_events_template(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("two") / "two.db"
    shutil.copy(seeded_template, path)
    store = Store.open(sqlite_url(path))
    store.import_facts(json.loads(DATA.read_text(encoding="utf-8")))
    store.close()
    return path


@pytest.fixture
def two(two_events_template: Path, tmp_path: Path) -> Iterator[Store]:
    target = tmp_path / "two.db"
    shutil.copy(two_events_template, target)
    store = Store.open(sqlite_url(target))
    yield store
    store.close()


def uuids(dossier: Dossier) -> list[str]:
    return [f.uuid for s in dossier.fact_sections() for f in s.facts]


def event_uuids(store: Store, event: str) -> set[str]:
    return {r.uuid for r in store.facts(FactQuery(events=(event,)))}


def test_bundle_brings_the_event_and_its_people_with_their_details(two: Store) -> None:
    c5 = two.event(C5)
    assert (c5.place, c5.country_code, c5.kind) == ("New York", "US", "summit")
    assert c5.start_date is not None and c5.start_date.isoformat() == "2023-09-19"
    assert c5.name_in("ru") == "Первый президентский саммит C5+1"
    biden = next(p for p in two.people() if p.country_code == "US")
    assert biden.kind == "head-of-state" and biden.role_in("fr")
    assert biden.name_in("ru") != biden.name  # the name in the reader's script
    assert len(event_uuids(two, C5)) == 30 and len(event_uuids(two, DUSHANBE)) == 58


@pytest.mark.parametrize("event", [DUSHANBE, C5])
def test_by_event_no_fact_of_the_other_event_prints(two: Store, event: str) -> None:
    spec = by_theme(two, DossierSpec(event=event))
    dossier = assemble(spec, two)
    printed = set(uuids(dossier))
    mine = event_uuids(two, event)
    assert printed == mine  # every fact of the event, none of the other
    assert len(uuids(dossier)) == len(printed)  # each fact prints once
    assert dossier.title == two.event(event).name
    other = C5 if event == DUSHANBE else DUSHANBE
    assert other not in repr(dossier)


def test_background_facts_print_only_when_asked(two: Store) -> None:
    loose = two.add(
        FactDraft(statement="Background: Tajikistan borders Afghanistan.", themes=["security"])
    )
    plain = assemble(by_theme(two, DossierSpec(event=DUSHANBE)), two)
    assert loose.uuid not in uuids(plain)
    spec = DossierSpec(event=DUSHANBE, include_background=True)
    with_background = assemble(by_theme(two, spec), two)
    assert loose.uuid in uuids(with_background)
    entry = next(
        f for s in with_background.fact_sections() for f in s.facts if f.uuid == loose.uuid
    )
    assert "Background" in entry.meta


def test_a_dossier_over_both_events_says_which_event_each_fact_belongs_to(two: Store) -> None:
    dossier = assemble(by_theme(two, DossierSpec(title="Two summits")), two)
    metas = [f.meta for s in dossier.fact_sections() for f in s.facts]
    assert len(metas) == 88
    assert all(DUSHANBE in m or C5 in m for m in metas)


def test_pack_opens_with_written_sections_key_points_and_whos_who(two: Store) -> None:
    spec = by_theme(two, DossierSpec(event=DUSHANBE, language="fr"))
    written = [
        SectionSpec("text", title="Objet", text="Préparer l’entretien du **ministre**."),
        *spec.sections[1:2],
        SectionSpec("text", title="Messages clés", text="- Soutenir le plan d’action"),
        *spec.sections[3:],
    ]
    dossier = assemble(spec.with_sections(written), two)
    kinds = [type(s) for s in dossier.sections[:4]]
    assert kinds == [TextSection, KeyPointsSection, TextSection, WhoSection]
    assert [s.number for s in dossier.sections] == [
        str(n) for n in range(1, len(dossier.sections) + 1)
    ]
    purpose = dossier.sections[0]
    assert isinstance(purpose, TextSection)
    assert plain_text(purpose.body) == "Préparer l’entretien du ministre."

    points = dossier.sections[1]
    assert isinstance(points, KeyPointsSection)
    key = {r.uuid for r in two.facts(FactQuery(events=(DUSHANBE,), key_only=True))}
    assert len(points.points) == len(key) >= 5
    anchors = {f.anchor: f for s in dossier.fact_sections() for f in s.facts}
    for point in points.points:
        assert anchors[point.target].key  # each point links to its full entry
    # citations are numbered in reading order: the key points cite first
    assert points.points[0].source_number == 1

    who = dossier.sections[3]
    assert isinstance(who, WhoSection)
    names = [p.name for p in who.people]
    assert names[0] == "Emomali Rahmon"  # the host first
    assert "Vladimir Poutine" in names  # names as the reader writes them
    assert all(p.role_line and p.bio for p in who.people)
    # then by country name in French: Kazakhstan, Kirghizistan, Russie, Turkménistan, Ouzbékistan
    assert [p.role_line.split(" · ")[1] for p in who.people[1:]] == sorted(
        (p.role_line.split(" · ")[1] for p in who.people[1:]),
        key=lambda c: c.replace("É", "E"),
    )


def test_speaker_is_printed_as_attribution_never_as_a_country_position(two: Store) -> None:
    dossier = assemble(by_theme(two, DossierSpec(event=DUSHANBE)), two)
    records = {r.uuid: r for r in two.facts(FactQuery(events=(DUSHANBE,)))}
    said = 0
    for section in dossier.fact_sections():
        for fact in section.facts:
            speaker = records[fact.uuid].speaker
            text = plain_text(fact.body)
            if speaker is not None and speaker.kind == "person":
                said += 1
                assert text.startswith("According to "), text
            elif speaker is None:
                assert not text.startswith("According to ")
    assert said >= 2


def test_one_country_brief_leads_with_the_country_and_prints_every_fact_once(
    two: Store,
) -> None:
    spec = by_country(two, DossierSpec(event=DUSHANBE, countries=("KZ",)))
    dossier = assemble(spec, two)
    sections = dossier.fact_sections()
    assert sections[0].title == "Kazakhstan"
    assert sections[0].lead  # the desk's note on Kazakhstan
    printed = uuids(dossier)
    assert len(printed) == len(set(printed))
    concerning = {r.uuid for r in two.facts(FactQuery(events=(DUSHANBE,), countries=("KZ",)))}
    assert set(printed) == concerning


def test_a_fact_in_two_sections_prints_once_and_is_referred_to(two: Store) -> None:
    spec = by_country(two, DossierSpec(event=DUSHANBE))
    dossier = assemble(spec, two)
    printed = uuids(dossier)
    assert len(printed) == len(set(printed))
    refs = [r for s in dossier.fact_sections() for r in s.see_also]
    anchors = {f.anchor for s in dossier.fact_sections() for f in s.facts}
    assert refs and all(r.target in anchors for r in refs)


def test_event_known_only_above_the_ceiling_never_names_the_dossier(two: Store) -> None:
    two.add(
        FactDraft(
            statement="Planning note.",
            themes=["security"],
            marking="SECRET",
            event="Operation NIGHTJAR",
        )
    )
    spec = by_theme(two, DossierSpec(event="Operation NIGHTJAR", max_marking="UNCLASSIFIED"))
    dossier = assemble(spec, two)
    assert "NIGHTJAR" not in repr(dossier)
    assert dossier.title == dossier.labels.briefing_book
    with pytest.raises(ValidationError, match="max_marking"):
        assemble(DossierSpec(sections=spec.sections, max_marking=""), two)
    with pytest.raises(ValidationError, match="max_marking"):
        assemble(DossierSpec(sections=spec.sections, max_marking="TOP"), two)
    with pytest.raises(NotFoundError):
        assemble(DossierSpec(sections=spec.sections, event="No such meeting"), two)


def test_ceiling_keeps_marked_c5_facts_and_their_marking_out(two: Store) -> None:
    open_pack = assemble(by_theme(two, DossierSpec(event=C5, max_marking="UNCLASSIFIED")), two)
    assert len(uuids(open_pack)) == 27 and open_pack.marking == "UNCLASSIFIED"
    full = assemble(by_theme(two, DossierSpec(event=C5)), two)
    assert len(uuids(full)) == 30 and full.marking == "CONFIDENTIAL"
    assert full.handling


def test_cover_shows_place_dates_and_prepared_on_apart(two: Store) -> None:
    spec = by_theme(two, DossierSpec(event=DUSHANBE, language="ru", reference="CA/25", version="2"))
    dossier = assemble(spec, two)
    lines = {c.label: c.value for c in dossier.cover}
    assert lines[dossier.labels.date] == "Душанбе, 9 октября 2025\u202fг."
    assert dossier.labels.prepared_on in lines
    assert lines[dossier.labels.reference] == "CA/25"


def test_sources_are_grouped_by_document_with_quote_marks_of_the_quote(two: Store) -> None:
    dossier = assemble(by_theme(two, DossierSpec(event=DUSHANBE, language="en")), two)
    assert len(dossier.source_groups) == 1
    notes = dossier.source_groups[0].notes
    assert [n.number for n in notes] == list(range(1, len(notes) + 1))
    assert all(n.quote_text and n.quote_text.startswith("«\u00a0") for n in notes)  # French


def test_cli_events_specs_round_trip_and_bad_ceiling(
    two_events_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.db"
    shutil.copy(two_events_template, db)
    assert cli_main(["--db", str(db), "events", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert {e["name"] for e in events} == {DUSHANBE, C5}
    name = "Dushanbe summit — minister's pack (EN)"
    out = tmp_path / "spec.json"
    assert cli_main(["--db", str(db), "specs", "export", name, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sections"][0]["kind"] == "text" and data["sections"][0]["text"]
    data["name"] = "Copy"
    out.write_text(json.dumps(data), encoding="utf-8")
    assert cli_main(["--db", str(db), "specs", "import", str(out)]) == 0
    capsys.readouterr()
    assert cli_main(["--db", str(db), "specs", "export", "Copy"]) == 0
    copied = json.loads(capsys.readouterr().out)
    assert copied["sections"] == data["sections"]
    pdf = tmp_path / "x.pdf"
    assert cli_main(["--db", str(db), "export", "pdf", "-o", str(pdf), "--max-marking", ""]) == 2
    assert "unknown marking" in capsys.readouterr().err
    assert not pdf.exists()


def test_figures_sharing_label_and_unit_get_a_chart(store: Store) -> None:
    for year, value in ((2023, 40e9), (2024, 43e9), (2025, 45e9)):
        store.add(
            FactDraft(
                statement=f"Trade in {year}.",
                themes=["energy"],
                date=f"{year}-06-01",
                figures=[FigureDraft("Trade", value, "USD", translations={"fr": "Commerce"})],
            )
        )
    store.add(
        FactDraft(statement="One-off.", themes=["energy"], figures=[FigureDraft("Debt", 5, "USD")])
    )
    spec = DossierSpec(
        sections=(SectionSpec("theme", "energy"), SectionSpec("figures")), language="fr"
    )
    figures = assemble(spec, store).sections[-1]
    assert isinstance(figures, FiguresSection)
    (chart,) = figures.charts  # "Debt" has one value: no chart
    assert chart.title == "Commerce"
    assert [b.label for b in chart.bars] == ["2023", "2024", "2025"]
    assert [b.value for b in chart.bars] == [40e9, 43e9, 45e9]
    assert chart.bars[-1].value_text.replace("\u202f", " ") == "45 milliards USD"


def test_french_pack_typesetting_marking_names_and_short_document_speaker(two: Store) -> None:
    dossier = assemble(by_theme(two, DossierSpec(event=DUSHANBE, language="fr")), two)
    assert dossier.marking_text == "NON CLASSIFIÉ"
    event_line = next(c.value for c in dossier.cover if c.label == "Événement")
    assert event_line.endswith("Russie\u00a0»")  # "»" never starts a line
    texts = [plain_text(f.body) for s in dossier.fact_sections() for f in s.facts]
    said = [t for t in texts if t.startswith("Le communiqué\u00a0: ")]
    assert said and all(not t.startswith("Le communiqué\u00a0: Les ") for t in said)
    assert any(t.startswith("Selon Vladimir Poutine\u00a0: ") for t in texts)
    quotes = [n.quote_text or "" for n in dossier.sources]
    assert all("\u00a0:" not in q[2:-2] for q in quotes)  # quotes stay as the source wrote them


def test_many_cross_references_end_in_a_count(store: Store) -> None:
    for i in range(20):  # each fact in two themes: printed under energy, referred to later
        store.add(FactDraft(statement=f"Shared fact {i}.", themes=["energy", "security"]))
    spec = DossierSpec(sections=(SectionSpec("theme", "energy"), SectionSpec("theme", "security")))
    dossier = assemble(spec, store)
    security = dossier.fact_sections()[-1]
    assert not security.facts
    assert len(security.see_also) == 13  # twelve pointers, then "… and 8 more, in 1"
    assert security.see_also[-1].text == "… and 8 more, in 1"
    anchors = {f.anchor for s in dossier.fact_sections() for f in s.facts}
    assert all(ref.target in anchors for ref in security.see_also)


@pytest.mark.parametrize(
    ("value", "language", "printed"),
    [
        (1, "en", "1 student"),
        (212_000, "en", "212,000 students"),
        (1, "fr", "1 étudiant"),
        (21, "ru", "21 студент"),
        (22, "ru", "22 студента"),
        (25, "ru", "25 студентов"),
        (45e9, "en", "USD 45 billion"),
        (45e9, "fr", "45 milliards USD"),
        (45e9, "ru", "45 миллиардов долларов США"),
        (1.5e9, "ru", "1,5 миллиарда долларов США"),
    ],
)
def test_figures_agree_with_their_number(value: float, language: str, printed: str) -> None:
    from briefing.dossier.figures import figure_text

    unit = "USD" if value >= 1e6 else "students"
    text = figure_text(value, unit, None, language)
    assert text.replace("\u202f", " ").replace("\xa0", " ") == printed


@pytest.mark.parametrize(
    ("value", "unit", "printed"),
    [
        (21, "USD", "21 доллар США"),
        (5, "EUR", "5 евро"),
        (500_000, "RUB", "500 000 российских рублей"),
        (3e6, "XYZ", "3 миллиона XYZ"),  # a code CLDR does not know prints as entered
    ],
)
def test_russian_names_the_currency_agreeing_with_the_amount(
    value: float, unit: str, printed: str
) -> None:
    from briefing.dossier.figures import figure_text

    text = figure_text(value, unit, None, "ru")
    assert text.replace("\u202f", " ").replace("\xa0", " ") == printed


def test_a_russian_chart_of_amounts_names_the_currency_on_its_axis() -> None:
    from briefing.dossier.figures import chart_of

    points = [(2023, "KZ", 40e9, "40"), (2024, "KZ", 45e9, "45")]
    chart = chart_of("Товарооборот", "USD", points, "ru")
    assert chart is not None and chart.unit_text == "долларов США"
    english = chart_of("Trade", "USD", points, "en")
    assert english is not None and english.unit_text == "USD"
