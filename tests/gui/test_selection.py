"""One current fact: the highlighted row, the form and Delete always name the same fact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.gui.factmodel import COLUMN_INDEX
from briefing.gui.mainwindow import MainWindow
from briefing.gui.prefs import Prefs
from briefing.store import FactDraft, FactQuery, Store
from tests.gui.conftest import Dialogs
from tests.gui.helpers import open_window, select_row, wait_loaded
from tests.gui.test_mainwindow import click_navigator

CTRL = Qt.KeyboardModifier.ControlModifier


def selected_rows(window: MainWindow) -> list[int]:
    return sorted(i.row() for i in window.view.selectionModel().selectedRows())


def assert_one_current_fact(window: MainWindow) -> None:
    """The form shows the current row's fact, and that row is the one highlighted."""
    row = window.view.currentIndex().row()
    assert row >= 0
    assert selected_rows(window) == [row]
    assert window.form.record is not None
    assert window.form.record.key == window.model.key_at(row)


def search(qtbot: QtBot, window: MainWindow, text: str, store: Store) -> list[int]:
    window.search.setText(text)
    expected = store.fact_ids(FactQuery(text=text))
    qtbot.waitUntil(lambda: window.model.keys() == expected, timeout=5000)
    return expected


def focus(qtbot: QtBot, widget: object) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def test_ctrl_up_after_tabbing_back_into_the_list_keeps_form_and_highlight_together(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    """The reported path: search, click row 2, Ctrl+F, Tab into the list, Ctrl+Up."""
    window.activateWindow()
    keys = search(qtbot, window, "energy", seeded)
    assert len(keys) >= 3
    select_row(qtbot, window, 1)
    assert_one_current_fact(window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    focus(qtbot, window.search)
    for _ in range(4):  # Tab until the list has the focus (the clear button may come first)
        if QApplication.focusWidget() is window.view:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focus(qtbot, window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_Up, CTRL)
    assert window.view.currentIndex().row() == 0
    assert_one_current_fact(window)
    statement = window.form.record.statement  # type: ignore[union-attr]
    dialogs.buttons.append(QMessageBox.StandardButton.No)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert statement[:60] in dialogs.asked[-1][1]  # Delete offers the fact on show


def test_ctrl_click_that_deselects_the_current_row_moves_the_form_to_a_selected_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.view
    select_row(qtbot, window, 2)
    for row in (4, 2):  # add row 4, then take row 2 (the current one) out again
        rect = view.visualRect(window.model.index(row, COLUMN_INDEX["statement"]))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, CTRL, rect.center())
    qtbot.waitUntil(lambda: view.currentIndex().row() == 4, timeout=2000)
    assert selected_rows(window) == [4]
    assert window.form.record.key == window.model.key_at(4)  # type: ignore[union-attr]


def test_a_filter_that_hides_the_form_fact_takes_it_out_of_the_form(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    select_row(qtbot, window, 5)
    shown = window.form.record
    assert shown is not None
    keys = search(qtbot, window, "Poutine", seeded)
    assert shown.key not in keys and keys
    qtbot.waitUntil(lambda: window.form.record is not None and window.form.record != shown)
    assert_one_current_fact(window)


def test_the_bin_view_never_keeps_a_live_fact_in_the_form(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    select_row(qtbot, window, 0)
    assert window.form.record is not None
    click_navigator(qtbot, window, "bin")
    wait_loaded(qtbot, window)
    assert window.model.rowCount() == 0
    assert not window.form.is_active
    assert "Bin is empty" in window.placeholder.text()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert dialogs.asked == []  # nothing to bin from the Bin view


def test_unsaved_edits_survive_a_filter_that_hides_their_fact(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    select_row(qtbot, window, 5)
    window.form.locator.setText("§ 99")
    record = window.form.record
    search(qtbot, window, "Poutine", seeded)
    assert window.form.record == record and window.form.is_dirty


def test_down_in_the_search_box_goes_to_the_list_and_return_edits(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    window.activateWindow()
    search(qtbot, window, "energy", seeded)
    window.view.selectionModel().clear()
    window.view.selectionModel().setCurrentIndex(
        QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    window.focus_search()
    focus(qtbot, window.search)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    focus(qtbot, window.view)
    assert_one_current_fact(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.view.currentIndex().row() == 1
    assert_one_current_fact(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    focus(qtbot, window.form.statement)
    qtbot.keyClick(window.form.statement, Qt.Key.Key_Escape)
    focus(qtbot, window.view)
    assert window.view.currentIndex().row() == 1


def test_tab_leaves_the_list_without_changing_the_fact(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    select_row(qtbot, window, 3)
    window.view.setFocus()
    focus(qtbot, window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    focus_now = QApplication.focusWidget()
    assert focus_now is not window.view
    assert window.view.currentIndex().row() == 3
    assert_one_current_fact(window)


# Two bases at once: the PostgreSQL parameter has one test database, so SQLite only.
@pytest.mark.sqlite_only
def test_filters_and_search_belong_to_their_database(
    qtbot: QtBot, seeded: Store, store: Store, prefs: Prefs
) -> None:
    first = open_window(qtbot, seeded, prefs)
    click_navigator(qtbot, first, "marking", "SECRET")
    first.search.setText("Rogun")
    first.apply_filters()
    wait_loaded(qtbot, first)
    first.close()

    store.add(FactDraft("Energy talks were held in Paris.", themes=["energy"], countries=["FR"]))
    other = open_window(qtbot, store, Prefs.at(prefs.qsettings.fileName()))
    assert other.navigator.filters().empty and other.search.text() == ""
    assert other.model.rowCount() == 1 and not other.filter_label.isVisible()
    other.close()

    again = MainWindow(seeded, Prefs.at(prefs.qsettings.fileName()))
    qtbot.addWidget(again)
    wait_loaded(qtbot, again)
    assert again.navigator.filters().markings == ("SECRET",)
    assert again.search.text() == "Rogun"
    again.close()


def test_the_title_names_the_database_once(qtbot: QtBot, seeded: Store, prefs: Prefs) -> None:
    window = MainWindow(seeded, prefs, db_label="seed.db")
    qtbot.addWidget(window)
    assert window.windowTitle() == "seed.db — Briefing"
    window.close()


def test_search_words_are_found_in_the_statement_accents_and_case_ignored() -> None:
    from briefing.gui.factlist import match_spans

    text = "Le sommet s’est tenu à Douchanbé; DOUCHANBE accueille"
    spans = match_spans(text, ["douchanbe"])
    assert [text[a:b] for a, b in spans] == ["Douchanbé", "DOUCHANBE"]
    assert match_spans(text, ["nothing"]) == []


def test_the_list_highlights_what_was_searched(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    search(qtbot, window, "Poutine", seeded)
    assert window.match_delegate.terms == ["poutine"]
    window.view.grab()  # paints every visible row through the delegate
    window.clear_filters()
    assert window.match_delegate.terms == []
