"""The unsaved-changes guard: changing the selection or closing asks Save / Discard / Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing.gui.mainwindow import MainWindow
from briefing.store import Store
from tests.gui.conftest import Dialogs
from tests.gui.helpers import select_row

Button = QMessageBox.StandardButton


def start_editing(qtbot: QtBot, window: MainWindow, row: int, text: str) -> str:
    select_row(qtbot, window, row)
    record = window.form.record
    assert record is not None
    window.form.statement.selectAll()
    qtbot.keyClicks(window.form.statement, text)
    assert window.form.is_dirty
    return record.uuid


def test_cancel_keeps_the_selection_and_the_edits(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    uuid = start_editing(qtbot, window, 1, "Unsaved words.")
    dialogs.buttons.append(Button.Cancel)
    select_row(qtbot, window, 5)
    assert dialogs.kinds() == ["question"] and "Unsaved changes" in dialogs.asked[0][1]
    assert window.view.currentIndex().row() == 1
    assert window.form.record is not None and window.form.record.uuid == uuid
    assert window.form.statement.toPlainText() == "Unsaved words."
    assert seeded.get(uuid).statement != "Unsaved words."


def test_discard_moves_on_and_leaves_the_store_alone(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    uuid = start_editing(qtbot, window, 1, "Unsaved words.")
    before = seeded.get(uuid)
    dialogs.buttons.append(Button.Discard)
    select_row(qtbot, window, 5)
    assert window.form.record is not None and window.form.record.key == window.model.key_at(5)
    assert not window.form.is_dirty
    assert seeded.get(uuid) == before


def test_save_saves_then_moves_on(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    uuid = start_editing(qtbot, window, 1, "Saved on the way out.")
    dialogs.buttons.append(Button.Save)
    target = window.model.key_at(5)
    select_row(qtbot, window, 5)
    assert seeded.get(uuid).statement == "Saved on the way out."
    qtbot.waitUntil(
        lambda: window.form.record is not None and window.form.record.key == target, timeout=3000
    )


def test_save_that_fails_validation_stays_put(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    start_editing(qtbot, window, 1, "x")
    window.form.statement.clear()  # an empty statement cannot be saved
    dialogs.buttons.append(Button.Save)
    select_row(qtbot, window, 5)
    assert window.view.currentIndex().row() == 1
    assert window.form.error_text("statement") == "must not be empty"


def test_new_fact_is_guarded_too(qtbot: QtBot, window: MainWindow, dialogs: Dialogs) -> None:
    start_editing(qtbot, window, 1, "Unsaved words.")
    dialogs.buttons.append(Button.Cancel)
    window.act_new.trigger()
    assert not window.form.is_new
    assert window.form.statement.toPlainText() == "Unsaved words."


def test_closing_the_window_is_guarded(qtbot: QtBot, window: MainWindow, dialogs: Dialogs) -> None:
    start_editing(qtbot, window, 1, "Unsaved words.")
    dialogs.buttons.append(Button.Cancel)
    window.close()
    assert window.isVisible()
    dialogs.buttons.append(Button.Discard)
    window.close()
    assert not window.isVisible()


def test_an_unchanged_form_asks_nothing(qtbot: QtBot, window: MainWindow, dialogs: Dialogs) -> None:
    select_row(qtbot, window, 1)
    select_row(qtbot, window, 2)
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert dialogs.asked == []
    assert window.form.record is not None and window.form.record.key == window.model.key_at(3)
