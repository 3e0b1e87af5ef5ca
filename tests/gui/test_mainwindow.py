"""The main window: filtering as you type, the navigator, sorting, remembered settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing.gui.factmodel import COLUMN_INDEX
from briefing.gui.mainwindow import MainWindow
from briefing.gui.navigator import NavFilters
from briefing.gui.prefs import Prefs
from briefing.store import FactDraft, FactQuery, Store
from tests.gui.helpers import open_window, wait_loaded


def click_navigator(
    qtbot: QtBot, window: MainWindow, kind: str, key: str = "", ctrl: bool = False
) -> None:
    nav = window.navigator
    item = nav.item_for(kind, key)
    assert item is not None, (kind, key)
    nav.scrollToItem(item)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, modifier, nav.visualItemRect(item).center()
    )


def test_window_opens_on_every_fact_with_counts(window: MainWindow) -> None:
    assert window.model.rowCount() == 58
    assert window.count_label.text() == "58 facts shown / 58 total"
    assert window.navigator.item_for("country", "TJ").text(1) == "50"  # type: ignore[union-attr]
    assert window.navigator.item_for("all").text(1) == "58"  # type: ignore[union-attr]
    assert window.form.record is not None  # the first fact is shown, not an empty pane


def test_typing_in_the_search_box_narrows_the_list(
    qtbot: QtBot, seeded: Store, prefs: Prefs
) -> None:
    seeded.add(FactDraft("Energy talks were held in Paris.", themes=["energy"], countries=["FR"]))
    window = open_window(qtbot, seeded, prefs)
    assert window.model.rowCount() == 59
    qtbot.keyClicks(window.search, "Douchanbe")  # accents ignored: Douchanbé
    qtbot.waitUntil(lambda: window.model.rowCount() == 58, timeout=5000)
    assert window.count_label.text() == "58 facts shown / 59 total"
    window.search.clear()
    qtbot.keyClicks(window.search, "Poutine")
    expected = seeded.fact_ids(FactQuery(text="Poutine"))
    qtbot.waitUntil(lambda: window.model.keys() == expected, timeout=5000)
    assert 0 < len(expected) < 58
    window.close()


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search, timeout=2000)


def test_clicking_a_country_shows_only_its_facts(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    click_navigator(qtbot, window, "country", "TJ")
    qtbot.waitUntil(lambda: window.model.rowCount() == 50, timeout=5000)
    column = COLUMN_INDEX["countries"]
    assert all("TJ" in window.model.index(r, column).data() for r in range(50))
    assert "Tajikistan" in window.filter_label.text()
    click_navigator(qtbot, window, "country", "RU", ctrl=True)  # either country
    qtbot.waitUntil(lambda: window.model.rowCount() == 54, timeout=5000)
    click_navigator(qtbot, window, "theme", "security", ctrl=True)  # ... and a theme
    expected = seeded.fact_ids(FactQuery(countries=("TJ", "RU"), themes=("security",)))
    qtbot.waitUntil(lambda: window.model.keys() == expected, timeout=5000)
    click_navigator(qtbot, window, "all")
    qtbot.waitUntil(lambda: window.model.rowCount() == 58, timeout=5000)
    assert window.navigator.filters() == NavFilters()


def test_clicking_a_column_header_sorts_through_the_store(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    header = window.view.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN_INDEX["statement"]) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    expected = seeded.fact_ids(FactQuery(order="statement"))
    qtbot.waitUntil(lambda: window.model.keys() == expected, timeout=5000)
    assert window.model.sort_key() == ("statement", False)


def test_filters_sort_and_layout_are_remembered(qtbot: QtBot, seeded: Store, prefs: Prefs) -> None:
    first = open_window(qtbot, seeded, prefs)
    click_navigator(qtbot, first, "country", "TJ")
    qtbot.keyClicks(first.search, "Poutine")
    expected = seeded.fact_ids(FactQuery(countries=("TJ",), text="Poutine"))
    qtbot.waitUntil(lambda: first.model.keys() == expected, timeout=5000)
    first.model.sort(COLUMN_INDEX["marking"], Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, first)
    first.resize(790, 600)  # fits the 800 px offscreen screen: restoreGeometry keeps it
    first.splitter.setSizes([170, 230, 360])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(seeded, Prefs.at(prefs.qsettings.fileName()))
    qtbot.addWidget(second)
    second.show()
    wait_loaded(qtbot, second)
    assert second.navigator.filters() == NavFilters(countries=("TJ",))
    assert second.search.text() == "Poutine"
    assert second.model.sort_key() == ("marking", True)
    assert second.model.keys() == seeded.fact_ids(
        FactQuery(countries=("TJ",), text="Poutine", order="marking", descending=True)
    )
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes
    second.close()


def test_settings_never_touch_the_user_file(prefs: Prefs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert prefs.qsettings.fileName().startswith(str(tmp_path))
