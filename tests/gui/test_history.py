"""The History dialog (what each version changed, Restore) and emptying the Bin."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.gui.factform_history import RevisionsDialog
from briefing.gui.mainwindow import MainWindow
from briefing.store import FactQuery, FactRecord, Store
from tests.gui.conftest import Dialogs
from tests.gui.helpers import select_key, wait_loaded
from tests.gui.test_mainwindow import click_navigator


def _edit_twice(seeded: Store) -> FactRecord:
    key = seeded.fact_ids()[2]
    record = seeded.get(key)
    record = seeded.update(
        record.uuid, replace(record.to_draft(), statement="First edit."), record.version
    )
    return seeded.update(
        record.uuid, replace(record.to_draft(), statement="Second edit."), record.version
    )


def test_dialog_shows_versions_and_marks_what_changed(qtbot: QtBot, seeded: Store) -> None:
    record = _edit_twice(seeded)
    dialog = RevisionsDialog(seeded.history, record)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 0).text().startswith("3")
    assert "edited" in dialog.table.item(0, 2).text()
    assert not dialog.restore_button.isEnabled()  # the current version
    html = dialog.changes.toHtml()
    assert "First" in html and "Second" in html and "line-through" in html
    dialog.select_version(1)
    assert dialog.restore_button.isEnabled()
    assert "created" in dialog.changes.toPlainText()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == 1 and dialog.result() == RevisionsDialog.DialogCode.Accepted


def test_restore_from_the_form_is_a_new_version_and_undoable(
    qtbot: QtBot, window: MainWindow, seeded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = _edit_twice(seeded)
    original = seeded.history(record.uuid)[-1].statement
    window.model.refresh()
    wait_loaded(qtbot, window)
    select_key(qtbot, window, record.key)

    def choose_first(dialog: RevisionsDialog) -> int:
        dialog.select_version(1)
        dialog.restore_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RevisionsDialog, "exec", choose_first)
    window.act_history.trigger()
    restored = seeded.get(record.uuid)
    assert restored.version == 4 and restored.statement == original
    versions = seeded.history(record.uuid)
    assert versions[0].cause == "revert" and versions[0].reverted_to == 1
    assert [v.version for v in versions] == [4, 3, 2, 1]  # nothing rewritten
    qtbot.waitUntil(lambda: window.form.statement.toPlainText() == original, timeout=3000)
    window.act_undo.trigger()  # back to "Second edit.", itself a new version
    assert seeded.get(record.uuid).statement == "Second edit."
    assert seeded.get(record.uuid).version == 5


def test_restore_refused_when_someone_saved_meanwhile(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    record = _edit_twice(seeded)
    window.model.refresh()
    wait_loaded(qtbot, window)
    select_key(qtbot, window, record.key)
    # another editor saves after the form loaded the fact
    seeded.update(record.uuid, replace(record.to_draft(), statement="Theirs."), record.version)

    def choose_first(dialog: RevisionsDialog) -> int:
        dialog.select_version(1)
        dialog.restore_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RevisionsDialog, "exec", choose_first)
    window.act_history.trigger()
    assert seeded.get(record.uuid).statement == "Theirs."  # nothing overwritten
    assert any("someone else" in text for _, text in dialogs.asked)


def test_empty_the_bin_asks_then_deletes_for_good(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    binned = [seeded.get(k).uuid for k in seeded.fact_ids()[:3]]
    for uuid in binned:
        seeded.delete(uuid)
    click_navigator(qtbot, window, "bin")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)
    assert window.bin_actions.button.isVisible()
    window.bin_actions.button.click()  # the default answer is No
    assert dialogs.kinds() == ["question"] and "cannot be undone" in dialogs.asked[0][1]
    assert len(seeded.binned()) == 3
    dialogs.buttons.append(QMessageBox.StandardButton.Yes)
    window.bin_actions.action.trigger()
    assert seeded.binned() == []
    assert seeded.count(FactQuery(deleted=True)) == 0
    assert seeded.count() == 55
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
    click_navigator(qtbot, window, "all")
    qtbot.waitUntil(lambda: window.model.rowCount() == 55, timeout=3000)
    assert not window.bin_actions.button.isVisible()
    assert window.navigator.item_for("all").text(1) == "55"  # type: ignore[union-attr]


def test_empty_the_bin_is_in_the_view_menu(window: MainWindow) -> None:
    menus = [m for m in window.act_show_bin.associatedObjects() if isinstance(m, QMenu)]
    assert menus and all(window.bin_actions.action in m.actions() for m in menus)
