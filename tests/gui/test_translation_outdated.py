"""The fact form shows an outdated translation, live, and "Still correct" re-stamps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing.gui.factform_statement import TRANSLATION_LANGUAGES, StatementTabs
from briefing.gui.mainwindow import MainWindow
from briefing.store import Store
from tests.gui.helpers import select_key, wait_loaded


def _tab_titles(tabs: StatementTabs) -> dict[str, str]:
    first = StatementTabs.PREVIEW + 1
    return {code: tabs.tabText(first + i) for i, code in enumerate(TRANSLATION_LANGUAGES)}


def test_editing_the_original_outdates_translations_until_confirmed(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    record = next(r for r in seeded.facts() if {"en", "ru"} <= set(r.translations) | {r.language})
    translated = sorted(set(record.translations) & set(TRANSLATION_LANGUAGES))
    select_key(qtbot, window, record.key)
    form = window.form
    tabs = form.tabs
    assert all(tabs.outdated_notes[c].isHidden() for c in TRANSLATION_LANGUAGES)

    # typing in the original shows, at once, which translations it leaves behind
    form.statement.setFocus()
    form.statement.moveCursor(form.statement.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.statement, " Revised.")
    titles = _tab_titles(tabs)
    for code in translated:
        assert titles[code] == f"{code.upper()} (outdated)"
        assert not tabs.outdated_notes[code].isHidden()
    assert window.save_current()
    saved = seeded.get(record.key)
    assert saved.outdated == set(translated)

    # the saved fact opens with the same warning; "Still correct" clears one language
    select_key(qtbot, window, record.key)
    assert tabs.translation_state(translated[0]) == "outdated"
    tabs.setCurrentIndex(StatementTabs.PREVIEW + 1 + TRANSLATION_LANGUAGES.index(translated[0]))
    button = tabs.still_correct_buttons[translated[0]]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tabs.outdated_notes[translated[0]].isHidden()
    qtbot.waitUntil(form.save_button.isEnabled, timeout=3000)
    assert window.save_current()
    assert seeded.get(record.key).outdated == set(translated[1:])


def test_rewriting_an_outdated_translation_makes_it_current(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    record = next(r for r in seeded.facts() if "ru" in r.translations)
    draft = record.to_draft()
    draft.statement += " (revu)"
    seeded.update(record.uuid, draft, record.version)
    window.refresh_all()
    wait_loaded(qtbot, window)
    select_key(qtbot, window, next(k for k in seeded.fact_ids() if k != record.key))
    select_key(qtbot, window, record.key)
    tabs = window.form.tabs
    assert tabs.translation_state("ru") == "outdated"
    ru = tabs.translation_edits["ru"]
    ru.selectAll()
    ru.insertPlainText("Новый перевод.")  # QTest can only type ASCII keys
    assert tabs.translation_state("ru") == "current"
    assert _tab_titles(tabs)["ru"] == "RU"
    assert window.save_current()
    assert "ru" not in seeded.get(record.key).outdated


def test_navigator_lists_missing_and_outdated_translations_per_language(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    from briefing.gui.navigator import NavFilters
    from briefing.store import FactDraft, FactQuery
    from tests.gui.test_mainwindow import click_navigator

    record = next(r for r in seeded.facts() if "en" in r.translations)
    draft = record.to_draft()
    draft.statement += " (revu)"
    seeded.update(record.uuid, draft, record.version)
    bare = seeded.add(FactDraft(statement="Seulement en français.", language="fr",
                                themes=list(record.themes)))  # fmt: skip
    window.refresh_all()
    wait_loaded(qtbot, window)
    window.navigator.expandAll()

    click_navigator(qtbot, window, "outdated", "en")
    qtbot.waitUntil(lambda: window.model.keys() == [record.key], timeout=5000)
    assert window.navigator.filters() == NavFilters(outdated=("en",))

    click_navigator(qtbot, window, "untranslated", "ru", ctrl=True)  # either
    expected = seeded.fact_ids(FactQuery(outdated=("en",), untranslated=("ru",)))
    assert {record.key, bare.key} <= set(expected)
    qtbot.waitUntil(lambda: window.model.keys() == expected, timeout=5000)
    restored = NavFilters.from_json(window.navigator.filters().to_json())
    assert restored == NavFilters(untranslated=("ru",), outdated=("en",))
