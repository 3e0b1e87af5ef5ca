"""A dossier comes out the same whether assembling takes its shortcuts or the plain way.

Assembling a big base reads every section's records at once (``_Assembler.section_keys``)
as the driver's own rows (``store.load``), names the people of who's who from them
(``named_people``), keeps the meta line's parts after the date (``meta``), writes dates
from a template of the long date pattern (``labels``), turns one-line plain statements
into a paragraph without the line splitter or Python-Markdown (``markup``) and decides a
translation's state from one digest of the original (``records``). Here each shortcut is
switched back to the general path it stands for (SQLAlchemy's typed rows, Babel,
Python-Markdown, the digest compared for every language) and the whole Dossier must be
equal, on the seed with outdated and missing translations, by theme and by country, in
the three languages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Iterator
from dataclasses import fields, replace

import pytest
from babel.dates import format_date
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.dossier import labels, markup
from briefing.dossier.assemble import _Assembler, assemble
from briefing.dossier.document import Dossier, DossierFact, SourceNote
from briefing.dossier.labels import LANGUAGES, format_day
from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.spec import DossierSpec
from briefing.store import FactRecord, Store, load
from briefing.store.records import original_digest


def _outdated_in(record: FactRecord, language: str) -> bool:
    """The rule as first written: the digest of the original against every source."""
    current = original_digest(record.statement)
    return language in {
        lang
        for lang, digest in record.translation_sources.items()
        if digest is not None and digest != current and lang in record.translations
    }


def _meta(assembler: _Assembler, record: FactRecord, text_language: str) -> str:
    """The meta line as first written: the date's part and the others', every time."""
    day = [format_day(record.date, assembler.language)] if record.date else []
    tail = assembler.meta_tail(record, text_language)
    return " · ".join([*day, *([tail] if tail else [])])


@pytest.fixture
def plain_way(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every shortcut switched off for the test's remaining calls."""
    queries = load._queries
    monkeypatch.setattr(load, "_queries", lambda dialect: replace(queries(dialect), sql={}))
    monkeypatch.setattr(labels, "_day_fields", lambda language: None)
    monkeypatch.setattr(markup, "_is_plain", lambda text: False)
    monkeypatch.setattr(FactRecord, "_outdated_in", _outdated_in)
    # sections' records read section by section through ``selection.section_records``
    monkeypatch.setattr(_Assembler, "section_keys", lambda self: {})
    # every meta line composed anew, none kept
    monkeypatch.setattr(_Assembler, "meta", _meta)
    # who's who from the store's own answer, not the records in hand
    monkeypatch.setattr(
        _Assembler, "named_people", lambda self: self.store.people_named(self.scope.query)
    )
    format_day.cache_clear()
    yield
    format_day.cache_clear()


def _dossiers(store: Store) -> dict[tuple[str, str], Dossier]:
    out = {}
    for language in LANGUAGES:
        for name, layout in (("theme", by_theme), ("country", by_country)):
            spec = DossierSpec(language=language, include_background=True, date=dt.date(2026, 1, 1))
            out[language, name] = assemble(layout(store, spec), store)
    return out


def _stale_some_translations(store: Store) -> int:
    """Edit the original of a few translated facts (their translations go out of date)."""
    edited = 0
    for record in store.facts():
        if record.translations and edited < 3:
            draft = record.to_draft()
            draft.statement = record.statement + " (edited)"
            store.update(record.uuid, draft, record.version)
            edited += 1
    return edited


def test_shortcuts_assemble_the_dossier_the_plain_way_does(
    seeded: Store, request: pytest.FixtureRequest
) -> None:
    assert _stale_some_translations(seeded) == 3
    format_day.cache_clear()
    fast = _dossiers(seeded)
    records = seeded.records(sorted(seeded.fact_ids()))
    assert sum(d.outdated for d in fast.values()) > 0  # the outdated path is exercised
    facts = [(d, f) for d in fast.values() for s in d.fact_sections() for f in s.facts]
    assert facts and all(f.body for _, f in facts)
    assert any(f.text_language != d.language for d, f in facts)  # printed in the original
    for dossier in fast.values():  # entries and notes are filled without __init__: whole
        for entry in (f for s in dossier.fact_sections() for f in s.facts):
            assert vars(entry).keys() == {f.name for f in fields(DossierFact)}
            assert replace(entry) == entry
        for note in dossier.sources:
            assert vars(note).keys() == {f.name for f in fields(SourceNote)}
            assert replace(note) == note
    request.getfixturevalue("plain_way")
    assert _dossiers(seeded) == fast
    assert seeded.records(sorted(seeded.fact_ids())) == records


def test_loaded_records_have_the_types_sqlalchemy_gives(seeded: Store) -> None:
    records = seeded.records(sorted(seeded.fact_ids()))
    dated = [r for r in records if r.date is not None]
    assert dated and all(type(r.date) is dt.date for r in dated)
    assert all(r.created_at.tzinfo is dt.UTC and r.updated_at.tzinfo is dt.UTC for r in records)
    assert all(type(r.is_key) is bool for r in records)
    figures = [f for r in records for f in r.figures]
    assert figures and all(type(f.value) is float for f in figures)
    assert all(type(f.translations) is dict for f in figures)
    assert any(f.translations for f in figures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_read_as_babel_writes_them(language: str) -> None:
    assert labels._day_fields(language) is not None  # the dossier languages take the template
    locale, pattern = labels._long_date(language)
    start = dt.date(1990, 1, 1)
    days = [start + dt.timedelta(days=n) for n in range(0, 365 * 50, 3)]
    days += [dt.date(1, 1, 1), dt.date(999, 12, 31), dt.date(9999, 12, 31)]
    for day in days:
        assert format_day.__wrapped__(day, language) == format_date(
            day, format=pattern, locale=locale
        )


def test_dates_of_other_patterns_are_left_to_babel() -> None:
    # Chinese writes "2025年10月9日": fields the template does not know
    assert labels._day_fields("zh") is None
    assert format_day(dt.date(2025, 10, 9), "zh") == "2025年10月9日"


_SPACED = st.lists(
    st.sampled_from(
        [
            "a",
            "b",
            " ",
            "é",
            "  ",
            "\t",
            "\n",
            "\r",
            "\u00a0",
            "\u2009",
            "\u2028",
            "\x1f",
            "e\u0301",
        ]
    ),
    max_size=20,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_SPACED)
def test_the_digest_skips_only_what_would_not_change(statement: str) -> None:
    normal = " ".join(unicodedata.normalize("NFC", statement).split())  # the rule as written
    assert original_digest(statement) == hashlib.sha256(normal.encode()).hexdigest()[:16]
