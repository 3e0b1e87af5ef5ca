"""The keyboard path: mnemonics on the form, shortcuts from every window, the sheet."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from briefing.gui.builder import DossierBuilder
from briefing.gui.keys import ShortcutSheet, plain
from briefing.gui.mainwindow import MainWindow


def test_every_form_label_has_a_mnemonic_and_a_buddy(window: MainWindow) -> None:
    labels = [
        label
        for label in window.form.content.findChildren(QLabel)
        if label.buddy() is not None and label.text()
    ]
    assert len(labels) >= 14
    letters = []
    for label in labels:
        text = label.text().replace("&&", "")
        assert "&" in text, f"no mnemonic on {text!r}"
        letters.append(text[text.index("&") + 1].lower())
    menus = [a.text() for a in window.menuBar().actions()]
    taken = {m[m.index("&") + 1].lower() for m in menus}
    assert len(set(letters)) == len(letters), "two fields share a letter"
    assert not taken & set(letters), "a field's letter opens a menu"


def test_alt_letter_moves_to_its_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.form.statement.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.statement, timeout=2000)
    qtbot.keyClick(window.form.statement, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.quote, timeout=2000)


def test_ctrl_e_exports_while_the_builder_has_the_focus(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder = window.show_builder()
    builder.add_by_theme()
    qtbot.waitUntil(lambda: bool(builder.section_items()), timeout=10_000)
    asked: list[str] = []
    monkeypatch.setattr(DossierBuilder, "export", lambda _self, fmt: asked.append(fmt))
    builder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is builder, timeout=2000)
    qtbot.keyClick(builder, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["pdf"]


def test_the_shortcut_sheet_lists_the_window_shortcuts(window: MainWindow) -> None:
    sheet = ShortcutSheet(window.actions(), window)
    cells = {
        sheet.table.item(r, 1).text(): sheet.table.item(r, 0).text()
        for r in range(sheet.table.rowCount())
    }
    assert cells[plain(window.act_export.text())] == "Ctrl+E"
    assert cells[plain(window.act_find.text())] == "Ctrl+F"
    assert "Go to the fact list" in cells
    assert window.act_shortcuts in window.menuBar().actions()[-1].menu().actions()


def test_the_undo_button_keeps_its_size_as_its_label_grows(
    qtbot: QtBot, window: MainWindow, dialogs: Any
) -> None:
    button = window.toolbar.widgetForAction(window.act_undo)
    assert isinstance(button, QToolButton)
    before = button.sizeHint()
    window.form.locator.setText("§ 12")
    assert window.save_current()
    assert plain(window.act_undo.text()).startswith("Undo Edit")
    assert button.sizeHint() == before
    assert button.toolTip().startswith("Undo Edit")
