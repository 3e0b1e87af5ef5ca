"""The document importer's core: reading, clauses, names, figures, dates (no database)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.ingest.dates import dates_in, detect_language
from briefing.ingest.document_read import DocumentError, read_document, read_text
from briefing.ingest.extract import Extractor, Reference
from briefing.ingest.figures import figures_in
from briefing.ingest.quotes import check_quote, normalise
from briefing.ingest.segment import segments
from briefing.store.entities import AliasRecord, CountryRecord, PersonRecord, ThemeRecord
from briefing.store.reference import cldr_countries


def _values(text: str, language: str) -> list[tuple[float, str, str | None]]:
    return [(f.value, f.unit, f.qualifier) for f in figures_in(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("un volume de 45 milliards de dollars", "fr", [(45e9, "USD", None)]),
        ("actuellement plus de 20 milliards de dollars US", "fr", [(20e9, "USD", "more-than")]),
        ("la formation de 212 000 étudiants", "fr", [(212000, "students", None)]),
        ("trade reached $20 billion", "en", [(20e9, "USD", None)]),
        ("товарооборот составил 20 млрд долларов", "ru", [(20e9, "USD", None)]),
        ("quarante-cinq milliards de dollars", "fr", [(45e9, "USD", None)]),
        ("more than 1,000 students", "en", [(1000, "students", "more-than")]),
        ("grew by 15 percent", "en", [(15, "%", None)]),
    ],
)
def test_figures_value_unit_qualifier(text: str, language: str, expected: list[object]) -> None:
    assert _values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("le deuxième sommet se tiendra en 2027", "fr"),
        ("le 9 octobre 2025 à Douchanbé", "fr"),
        ("the 3rd summit, in the C5+1 format, on October 9", "en"),
        ("un plan d’action pour 2025–2027", "fr"),
        ("2-й саммит прошёл 9 октября", "ru"),
        ("paragraph 4 of the 2 declarations", "en"),
    ],
)
def test_years_ordinals_and_dates_are_not_figures(text: str, language: str) -> None:
    assert figures_in(text, language) == []


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    countries = [CountryRecord(*row) for row in cldr_countries()]
    people = [
        PersonRecord(
            1,
            "u1",
            "Shavkat Mirziyoyev",
            "President",
            {},
            "UZ",
            names={"fr": "Chavkat Mirzioïev", "ru": "Шавкат Мирзиёев"},
            kind="head-of-state",
            aliases=(AliasRecord("Mirziyoyev", "en"), AliasRecord("Мирзиёев", "ru")),
        ),
        PersonRecord(2, "u2", "Sadyr Japarov", "President", {}, "KG", kind="head-of-state"),
    ]
    themes = [
        ThemeRecord(1, "security", "Security", "Sécurité", "Безопасность", None, None, 0),
        ThemeRecord(2, "counter-terrorism", "Counter-terrorism", "", "", 1, "security", 1),
    ]
    return Extractor(Reference(countries, people, [], themes))


def _one(extractor: Extractor, text: str, language: str) -> dict[str, object]:
    result = extractor.extract(read_text(text), language=language, date=dt.date(2025, 10, 9))
    return result.candidates[0].to_json()


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("La délégation tadjike a signé l’accord de coopération.", "fr", "TJ"),
        ("Les investisseurs kazakhstanais ont annoncé un nouveau projet.", "fr", "KZ"),
        ("The Kyrgyz Republic signed the agreement on energy cooperation.", "en", "KG"),
        ("Узбекская делегация подписала соглашение о сотрудничестве.", "ru", "UZ"),
        ("Президент Узбекистана подписал указ о сотрудничестве.", "ru", "UZ"),
    ],
)
def test_countries_from_names_adjectives_and_inflections(
    extractor: Extractor, text: str, language: str, code: str
) -> None:
    candidate = _one(extractor, text, language)
    assert candidate["countries"] == [code]
    assert any(w["field"] == "countries" and w["value"] == code for w in candidate["why"])  # type: ignore[union-attr]


def test_a_region_is_not_a_country_and_nothing_unnamed_is_suggested(extractor: Extractor) -> None:
    candidate = _one(extractor, "La sécurité en Asie centrale reste une priorité commune.", "fr")
    assert candidate["countries"] == []
    assert candidate["people"] == []
    assert candidate["themes"] == ["security"]


def test_people_by_every_name_form_and_by_role(extractor: Extractor) -> None:
    assert _one(extractor, "Мирзиёева встретили в аэропорту Ташкента.", "ru")["people"] == [
        "Shavkat Mirziyoyev"
    ]
    assert _one(extractor, "Chavkat Mirzioïev a reçu la délégation.", "fr")["people"] == [
        "Shavkat Mirziyoyev"
    ]
    by_role = _one(extractor, "The President of the Kyrgyz Republic opened the forum.", "en")
    assert by_role["people"] == ["Sadyr Japarov"]


def test_subtheme_brings_its_parent(extractor: Extractor) -> None:
    candidate = _one(extractor, "Les parties luttent contre le terrorisme ensemble.", "fr")
    assert candidate["themes"] == ["counter-terrorism", "security"]


def test_quotes_are_verbatim_slices_with_paragraph_locators() -> None:
    text = (
        "Titre\n\nPremier paragraphe. Deuxième phrase ici ; une autre clause là.\n\n"
        "Fin du texte, avec quelques mots."
    )
    doc = read_text(text)
    segs = segments(doc.text, doc.paragraphs)
    quotes = [doc.text[s.start : s.end] for s in segs]
    assert "Deuxième phrase ici" in quotes
    assert "une autre clause là." in quotes
    assert {s.paragraph.locator() for s in segs} == {"§2", "§3"}
    for s in segs:
        assert (
            check_quote(doc.text, doc.text[s.start : s.end], s.paragraph.locator()).status == "ok"
        )


def test_quote_check_normalises_spaces_and_quotes_but_not_words() -> None:
    text = "Un.\nIl a dit : « la paix\u00a0durable » avant tout.\n"
    assert normalise("«la paix durable»") == normalise("« la paix\u00a0durable »")
    assert check_quote(text, 'dit : "la paix durable"', "§2").status == "ok"
    assert check_quote(text, "dit : « la paix durable »", "§1").status == "elsewhere"
    assert check_quote(text, "la guerre durable", "§2").status == "missing"


def test_relative_dates_resolve_against_the_document_date() -> None:
    base = dt.date(2025, 1, 15)
    assert [d.date for d in dates_in("Yesterday the leaders spoke.", "en", base)] == [
        dt.date(2025, 1, 14)
    ]
    assert [d.date for d in dates_in("Вчера лидеры провели переговоры.", "ru", base)] == [
        dt.date(2025, 1, 14)
    ]
    assert [d.date for d in dates_in("le 9 octobre à Douchanbé", "fr", dt.date(2025, 10, 20))] == [
        dt.date(2025, 10, 9)
    ]
    assert dates_in("le troisième sommet se tiendra en 2027", "fr", base) == []


def test_language_is_detected() -> None:
    assert detect_language("Les parties ont convenu de renforcer la coopération.") == "fr"
    assert detect_language("The parties agreed to strengthen their cooperation.") == "en"
    assert detect_language("Стороны договорились укрепить сотрудничество.") == "ru"


# ---------------------------------------------------------------------- bad input


def test_bad_documents_are_refused_with_one_line(tmp_path: Path) -> None:
    cases = {
        "empty.txt": b"   \n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20,
        "latin1.txt": "Délégation française à Douchanbé".encode("latin-1"),
        "fake.docx": b"not a zip file at all",
        "fake.pdf": b"%PDF-1.4 nothing else",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(DocumentError) as caught:
            read_document(path)
        assert "\n" not in str(caught.value), name
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (20 * 1024 * 1024))
    with pytest.raises(DocumentError, match="20 MB"):
        read_document(big)


def test_scanned_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 400, 600, fill=1)  # a page that is all picture, no text
    c.showPage()
    c.save()
    with pytest.raises(DocumentError, match="no text layer"):
        read_document(path)


# ---------------------------------------------------------------------- formats


def test_pdf_paragraphs_carry_their_page(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "communique.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72, 750, "The parties agreed to strengthen cooperation against terrorism.")
    c.showPage()
    c.drawString(72, 750, "Trade between the two countries exceeded 4 billion dollars.")
    c.showPage()
    c.save()
    doc = read_document(path)
    pages = [(p.number, p.page) for p in doc.paragraphs]
    assert pages == [(1, 1), (2, 2)]
    assert doc.paragraphs[1].locator() == "p. 2, §2"
    assert "4 billion dollars" in doc.text


def test_docx_and_html_are_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Joint statement")
    document.add_paragraph("The sides agreed to expand trade in national currencies.")
    document.core_properties.title = "Joint statement of the two Presidents"
    document.save(str(tmp_path / "s.docx"))
    doc = read_document(tmp_path / "s.docx")
    assert doc.title == "Joint statement of the two Presidents"
    assert [doc.text[p.start : p.end] for p in doc.paragraphs][1].startswith("The sides")

    html = (
        "<html><head><title>Readout</title></head><body><nav>Home | News</nav><article>"
        "<h1>Readout of the call</h1><p>The Presidents discussed energy cooperation and the "
        "construction of a nuclear power plant in Uzbekistan.</p><p>They agreed to meet "
        "again in the spring and to prepare new agreements on transport.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    (tmp_path / "r.html").write_text(html, encoding="utf-8")
    doc = read_document(tmp_path / "r.html")
    assert "nuclear power plant" in doc.text
    assert "Copyright" not in doc.text
