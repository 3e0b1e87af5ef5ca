"""Deleting facts (with confirmation) to the Bin, and restoring them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing.gui.mainwindow import MainWindow
from briefing.store import FactQuery, Store
from tests.gui.conftest import Dialogs
from tests.gui.helpers import select_row, select_rows, wait_loaded
from tests.gui.test_mainwindow import click_navigator


def test_delete_then_restore_from_the_bin(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    select_row(qtbot, window, 3)
    uuid = window.form.record.uuid  # type: ignore[union-attr]
    dialogs.buttons.append(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert dialogs.kinds() == ["question"] and "Bin" in dialogs.asked[0][1]
    assert seeded.count() == 57
    assert seeded.get(uuid).key in seeded.fact_ids(FactQuery(deleted=True))
    qtbot.waitUntil(lambda: window.model.rowCount() == 57, timeout=3000)
    assert window.navigator.item_for("all").text(1) == "57"  # type: ignore[union-attr]
    assert window.count_label.text() == "57 facts shown / 57 total"
    assert window.view.currentIndex().row() == 3  # the next fact is selected

    click_navigator(qtbot, window, "bin")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.count_label.text() == "1 fact in the Bin"
    assert not window.act_delete.isEnabled()
    select_row(qtbot, window, 0)
    assert window.form.read_only and window.form.restore_button.isVisible()
    assert not window.form.save_button.isEnabled()
    qtbot.mouseClick(window.form.restore_button, Qt.MouseButton.LeftButton)
    assert seeded.count() == 58
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)

    click_navigator(qtbot, window, "all")
    qtbot.waitUntil(lambda: window.model.rowCount() == 58, timeout=3000)
    window.act_undo.trigger()  # undo the restore: back in the Bin
    assert seeded.count() == 57


def test_refusing_the_confirmation_deletes_nothing(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    select_row(qtbot, window, 3)
    window.act_delete.trigger()  # the default answer is No
    assert dialogs.kinds() == ["question"]
    assert seeded.count() == 58


def test_deleting_several_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    select_row(qtbot, window, 0)
    select_rows(window, [1, 2, 4])
    dialogs.buttons.append(QMessageBox.StandardButton.Yes)
    window.act_delete.trigger()
    assert "Move 4 facts to the Bin" in dialogs.asked[0][1]
    assert seeded.count() == 54
    assert window.undo_stack.count() == 1
    window.act_undo.trigger()
    assert seeded.count() == 58
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 58, timeout=3000)
    window.act_redo.trigger()
    assert seeded.count() == 54
