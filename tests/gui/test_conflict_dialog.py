"""A refused save opens the conflict dialog: both versions side by side, a merge to save."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from briefing.gui import conflict_dialog
from briefing.gui.conflict_dialog import ConflictDialog, resolve
from briefing.gui.mainwindow import MainWindow
from briefing.store import Store
from briefing.store.fact_merge import THEIRS
from tests.gui.helpers import select_key

REAL_RESOLVE = resolve  # conftest answers the dialog; these tests open it


def when_open(qtbot: QtBot, act: Callable[[ConflictDialog], None]) -> list[ConflictDialog]:
    """Run ``act`` on the conflict dialog once it is shown (it runs modally)."""
    seen: list[ConflictDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConflictDialog):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def texts(dialog: ConflictDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_save_conflict_merges_both_edits(
    qtbot: QtBot, window: MainWindow, seeded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conflict_dialog, "resolve", REAL_RESOLVE)
    key = seeded.fact_ids()[4]
    select_key(qtbot, window, key)
    record = seeded.get(key)
    theirs = record.to_draft()
    theirs.statement = "Their statement."
    theirs.quote = "Their quote."
    seeded.update(record.uuid, theirs, record.version)  # someone else saves first

    form = window.form
    form.statement.setPlainText("My statement.")
    form.date.set_value("2023-02-03")

    def choose(dialog: ConflictDialog) -> None:
        assert [f.name for f in dialog.proposal.conflicts] == ["statement"]
        shown = texts(dialog)
        assert "My statement." in shown and "Their statement." in shown
        assert "Their quote." in shown and "2023-02-03" in shown
        dialog.view.pick("statement", THEIRS)
        dialog.save_button.click()

    seen = when_open(qtbot, choose)
    assert window.save_current() is False  # the first save was refused...
    assert seen, "the conflict dialog did not open"
    saved = seeded.get(key)  # ...and the merge saved over their version
    assert saved.statement == "Their statement."
    assert saved.source.quote == "Their quote."  # theirs only: merged without asking
    assert saved.date is not None and saved.date.isoformat() == "2023-02-03"  # mine only
    assert saved.version == record.version + 2
    assert not form.is_dirty and form.statement.toPlainText() == "Their statement."
    # nothing lost: my statement is one pick away, theirs a revision away
    window.act_undo.trigger()
    assert seeded.get(key).statement == "Their statement."
    assert seeded.get(key).date != saved.date


def test_keep_editing_leaves_the_form_and_the_base_alone(
    qtbot: QtBot, window: MainWindow, seeded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conflict_dialog, "resolve", REAL_RESOLVE)
    key = seeded.fact_ids()[4]
    select_key(qtbot, window, key)
    record = seeded.get(key)
    theirs = record.to_draft()
    theirs.statement = "Their statement."
    seeded.update(record.uuid, theirs, record.version)
    window.form.statement.setPlainText("My statement.")
    seen = when_open(qtbot, lambda d: d.keep_button.click())
    assert window.save_current() is False
    assert seen
    assert seeded.get(key).statement == "Their statement."
    assert window.form.statement.toPlainText() == "My statement."
    assert window.form.is_dirty
