"""Packs printed and read back as a reader would, on the two-event base (both formats).

A pack about one meeting must not print a word of the other meeting's facts; its written
sections, key points and who's who come first and in order; a one-country brief prints
every fact once, its own country first.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefing.dossier.assemble import assemble
from briefing.dossier.document import Dossier
from briefing.dossier.export import write_dossier
from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.markup import plain_text
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.store import FactQuery, Store
from tests.test_pack import C5, DUSHANBE, two, two_events_template  # noqa: F401 (fixtures)

pytestmark = pytest.mark.export


def squash(text: str) -> str:
    """Whitespace-insensitive text: extraction breaks lines anywhere."""
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def read_back(path: Path) -> str:
    """All the text of a PDF or DOCX, squashed."""
    if path.suffix == ".pdf":
        return "".join(squash(p.extract_text() or "") for p in PdfReader(path).pages)
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return squash("".join(parts))


def statements(store: Store, event: str, language: str) -> list[str]:
    return [squash(r.text_in(language)[0])[:60] for r in store.facts(FactQuery(events=(event,)))]


def printed_statements(dossier: Dossier) -> list[str]:
    return [squash(plain_text(f.body)) for s in dossier.fact_sections() for f in s.facts]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize(("event", "other"), [(DUSHANBE, C5), (C5, DUSHANBE)])
def test_a_pack_prints_its_event_only(
    two: Store,  # noqa: F811
    tmp_path: Path,
    fmt: str,
    event: str,
    other: str,
) -> None:
    dossier = assemble(by_theme(two, DossierSpec(event=event, language="en")), two)
    text = read_back(write_dossier(dossier, tmp_path / f"pack.{fmt}", fmt))
    for line in printed_statements(dossier):
        assert line[:50] in text
    for line in statements(two, other, "en"):
        assert line[:50] not in text, line


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_written_sections_key_points_and_whos_who_print_first_in_order(
    two: Store,  # noqa: F811
    tmp_path: Path,
    fmt: str,
) -> None:
    spec = by_theme(two, DossierSpec(event=DUSHANBE, language="ru"))
    sections = list(spec.sections)
    sections[0] = SectionSpec("text", title="Цель", text="Подготовить **встречу** министра.")
    sections[2] = SectionSpec("text", title="Тезисы", text="- Поддержать план действий")
    dossier = assemble(spec.with_sections(sections), two)
    text = read_back(write_dossier(dossier, tmp_path / f"pack.{fmt}", fmt))
    body = text[text.index(squash("1Цель")) if fmt == "pdf" else 0 :]
    marks = [
        squash("Подготовить встречу министра."),
        squash(dossier.labels.key_points),
        squash("Поддержать план действий"),
        squash(dossier.labels.who_is_who),
        squash("Эмомали Рахмон"),  # the host first, in Cyrillic
        squash("Касым-Жомарт Токаев"),
        squash(dossier.fact_sections()[0].title),
        squash(dossier.labels.sources),
    ]
    positions = [body.find(m, body.find(marks[0])) for m in marks]
    assert all(p >= 0 for p in positions), list(zip(marks, positions, strict=True))
    assert positions == sorted(positions)
    assert squash(dossier.marking_text) in text  # "НЕСЕКРЕТНО"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_one_country_brief_prints_each_fact_once_and_leads_with_the_country(
    two: Store,  # noqa: F811
    tmp_path: Path,
    fmt: str,
) -> None:
    spec = by_country(two, DossierSpec(event=DUSHANBE, countries=("KZ",), language="fr"))
    dossier = assemble(spec, two)
    text = read_back(write_dossier(dossier, tmp_path / f"kz.{fmt}", fmt))
    for section in dossier.fact_sections():
        for fact in section.facts:
            line = squash(plain_text(fact.body))
            # once, whatever sections hold it (a key point also opens the pack, in one line)
            assert text.count(line) == (2 if fact.key else 1), line
    first = dossier.fact_sections()[0]
    assert first.title == "Kazakhstan"
    note = squash(plain_text(first.lead))
    joint = dossier.fact_sections()[1]
    assert not joint.facts and joint.subsections  # the joint outcomes, by theme
    first_joint = squash(plain_text(joint.subsections[0].facts[0].body))
    # the desk's note on Kazakhstan, then its own facts, then the joint outcomes
    assert 0 <= text.find(note[:40]) < text.find(first_joint)
    if first.facts:
        own = squash(plain_text(first.facts[0].body))
        assert text.find(note[:40]) < text.find(own) < text.find(first_joint)
