"""Translations that cannot go stale silently: every writer stamps the original a translation
was made from, editing only the original makes it outdated, a dossier prints the original
instead and says how many entries it printed so."""

from __future__ import annotations

import io

import docx
import pytest
from pypdf import PdfReader

from briefing.dossier.assemble import assemble
from briefing.dossier.document import FactSection
from briefing.dossier.markup import plain_text
from briefing.dossier.render_docx import render_docx
from briefing.dossier.render_pdf import render_pdf
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.errors import ValidationError
from briefing.store import FactDraft, FactQuery, FactRecord, Store
from briefing.store.records import original_digest


def _add(store: Store, statement: str = "Le sommet s’ouvre à Douchanbé.") -> FactRecord:
    return store.add(
        FactDraft(
            statement=statement,
            language="fr",
            themes=["energy"],
            translations={"en": "The summit opens in Dushanbe.", "ru": "Саммит открылся."},
        )
    )


def _edit(store: Store, record: FactRecord, **changes: object) -> FactRecord:
    draft = record.to_draft()
    for name, value in changes.items():
        setattr(draft, name, value)
    return store.update(record.uuid, draft, record.version)


def test_new_translations_translate_the_original_they_came_with(store: Store) -> None:
    record = _add(store)
    digest = original_digest(record.statement)
    assert record.translation_sources == {"en": digest, "ru": digest}
    assert record.outdated == frozenset()
    assert record.translation_state("en") == "current"
    assert record.translation_state("fr") == "original"
    assert record.translation_state("de") == "missing"


def test_editing_the_original_outdates_translations_until_rewritten_or_confirmed(
    store: Store,
) -> None:
    record = _edit(store, _add(store), statement="Le sommet s’est ouvert à Douchanbé.")
    assert record.outdated == {"en", "ru"}
    assert record.translation_state("en") == "outdated"
    # an outdated translation never prints as current
    assert record.text_in("en") == (record.statement, "fr")
    assert record.to_json()["outdated_translations"] == ["en", "ru"]

    # rewriting one translation stamps it; the other stays outdated
    rewritten = _edit(
        store,
        record,
        translations={**record.translations, "en": "The summit opened in Dushanbe."},
    )
    assert rewritten.outdated == {"ru"}
    assert rewritten.text_in("en") == ("The summit opened in Dushanbe.", "en")

    # spacing alone is no edit, of the original or of a translation
    spaced = _edit(store, rewritten, statement="Le sommet  s’est ouvert à Douchanbé. ")
    assert spaced.outdated == {"ru"}

    confirmed = store.confirm_translation(spaced.uuid, "ru")
    assert confirmed.outdated == frozenset()
    assert confirmed.version == spaced.version + 1
    history = store.revisions(confirmed.uuid)
    assert history[0][3]["outdated_translations"] == ["ru"]  # the state before, kept


def test_restoring_the_old_wording_makes_translations_current_again(store: Store) -> None:
    first = _add(store)
    edited = _edit(store, first, statement="Autre chose.")
    assert edited.outdated == {"en", "ru"}
    assert _edit(store, edited, statement=first.statement).outdated == frozenset()


def test_confirming_a_missing_translation_is_refused(store: Store) -> None:
    record = _add(store)
    with pytest.raises(ValidationError, match=r"translations\.de"):
        store.confirm_translation(record.uuid, "de")


def test_filters_find_missing_and_outdated_translations(store: Store) -> None:
    current = _add(store, "Premier fait.")
    stale = _edit(store, _add(store, "Deuxième fait."), statement="Deuxième fait, revu.")
    bare = store.add(FactDraft(statement="Sans traduction.", language="fr", themes=["energy"]))
    english = store.add(FactDraft(statement="In English.", language="en", themes=["energy"]))

    def keys(query: FactQuery) -> set[int]:
        return {r.key for r in store.facts(query)}

    assert keys(FactQuery(untranslated=("en",))) == {bare.key}  # the English one needs none
    assert keys(FactQuery(untranslated=("ru",))) == {bare.key, english.key}
    assert keys(FactQuery(outdated=("en",))) == {stale.key}
    assert keys(FactQuery(untranslated=("en",), outdated=("en",))) == {bare.key, stale.key}
    assert store.count(FactQuery(outdated=("EN",))) == 1
    assert current.key not in keys(FactQuery(untranslated=("en", "ru"), outdated=("en", "ru")))
    # combined with the other filters (AND across kinds) and with a search
    assert keys(FactQuery(outdated=("en",), text="revu")) == {stale.key}
    assert keys(FactQuery(outdated=("en",), text="premier")) == set()


def test_bundle_import_stamps_and_carries_outdated_translations(
    store: Store, tmp_path: object
) -> None:
    fresh = _add(store, "Frais.")
    stale = _edit(store, _add(store, "Ancien."), statement="Ancien, revu.")
    exported = [fresh.to_json(), stale.to_json()]
    assert "outdated_translations" not in exported[0]

    other = Store.open("sqlite://")
    other.save_theme("energy", "Energy", "Énergie", "Энергетика")
    other.import_facts(exported)
    assert other.get(fresh.uuid).outdated == frozenset()
    assert other.get(stale.uuid).outdated == {"en", "ru"}  # still outdated over there

    # a bundle without sources (hand-written, or from before) translates what it carries
    plain = {k: v for k, v in stale.to_json().items() if k != "translation_sources"}
    plain["id"] = "00000000-0000-4000-8000-000000000001"
    other.import_facts([plain])
    imported = other.get(plain["id"])
    assert imported.translation_sources["en"] == original_digest(imported.statement)
    assert imported.outdated == frozenset()

    broken = {**plain, "id": None, "translation_sources": {"en": "not a digest"}}
    with pytest.raises(ValidationError, match="translation_sources"):
        other.import_facts([broken])
    other.close()


def _spec(language: str) -> DossierSpec:
    return DossierSpec(title="T", sections=(SectionSpec("theme", "energy"),), language=language)


def test_dossier_prints_the_original_instead_of_an_outdated_translation(store: Store) -> None:
    _add(store, "Un fait traduit.")
    _edit(store, _add(store, "Un fait revu."), statement="Un fait revu, puis corrigé.")
    store.add(FactDraft(statement="Un fait seul.", language="fr", themes=["energy"]))
    dossier = assemble(_spec("en"), store)
    facts = [f for s in dossier.sections if isinstance(s, FactSection) for f in s.facts]
    texts = {plain_text(f.body): f.meta for f in facts}
    assert texts["The summit opens in Dushanbe."] == ""
    assert texts["Un fait revu, puis corrigé."] == "Original in French"  # as when untranslated
    assert texts["Un fait seul."] == "Original in French"
    assert (dossier.untranslated, dossier.outdated) == (1, 1)
    line = dossier.cover[-1]
    assert line.label == "Translations"
    assert line.value == (
        "2 entries printed in their original language "
        "(no translation: 1; translation out of date: 1)"
    )

    ru = assemble(_spec("ru"), store)
    assert ru.cover[-1].value.startswith("2 записи приведены на языке оригинала")
    fr = assemble(_spec("fr"), store)  # everything in its original: nothing to say
    assert (fr.untranslated, fr.outdated) == (0, 0)
    assert all(line.label != "Traductions" for line in fr.cover)


def test_the_count_line_reads_back_from_both_formats(store: Store) -> None:
    _edit(store, _add(store, "Un fait revu."), statement="Un fait revu, puis corrigé.")
    dossier = assemble(_spec("ru"), store)
    pdf = io.BytesIO()
    render_pdf(dossier, pdf)
    pdf_text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "1 запись приведена на языке оригинала" in " ".join(pdf_text.split())
    out = io.BytesIO()
    render_docx(dossier, out)
    document = docx.Document(io.BytesIO(out.getvalue()))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    paragraphs = [p.text for p in document.paragraphs]
    assert any("1 запись приведена на языке оригинала" in t for t in cells + paragraphs)


def test_the_fact_list_shows_the_original_rather_than_an_outdated_translation(
    store: Store,
) -> None:
    current = _add(store, "Un fait traduit.")
    stale = _edit(store, _add(store, "Un fait revu."), statement="Un fait revu, corrigé.")
    rows = {r.key: r for r in store.rows([current.key, stale.key], "en")}
    assert (rows[current.key].statement, rows[current.key].language) == (
        "The summit opens in Dushanbe.",
        "en",
    )
    assert (rows[stale.key].statement, rows[stale.key].language) == (
        "Un fait revu, corrigé.",
        "fr",
    )
