"""Start-up: the window is shown before its base is open, and waits for it gracefully.

The opening runs on a worker (``gui/mainwindow_open.py``); these tests hold it at a gate
so the window's "opening" state can be looked at, then let it through.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from briefing import bootstrap
from briefing.errors import UserFacingError
from briefing.gui import application
from briefing.gui.mainwindow import MainWindow
from briefing.gui.mainwindow_open import StoreOpener, opening_failed
from briefing.gui.prefs import Prefs
from briefing.store import FactQuery, Store
from tests.gui.conftest import Dialogs

GATE_TIMEOUT = 20.0


class Gate:
    """Holds ``bootstrap.open_store`` on the worker until ``release()``: at its start, or
    (``at_first_start``) once it has announced a new base, so the base is half made."""

    def __init__(self) -> None:
        self.at_first_start = False
        self.entered = threading.Event()
        self.released = threading.Event()
        self.first_start_seen = threading.Event()

    def release(self) -> None:
        self.released.set()

    def hold(self) -> None:
        if not self.released.wait(GATE_TIMEOUT):
            raise AssertionError("the test never released the gate")


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    g = Gate()
    real = bootstrap.open_store

    def gated(db: str | None = None, *args: Any, **kwargs: Any) -> Store:
        g.entered.set()
        announce: Callable[[], None] | None = kwargs.get("on_first_start")
        if g.at_first_start and announce is not None:

            def first_start() -> None:
                announce()
                g.first_start_seen.set()
                g.hold()

            kwargs["on_first_start"] = first_start
        else:
            g.hold()
        return real(db, *args, **kwargs)

    monkeypatch.setattr(bootstrap, "open_store", gated)
    yield g
    g.release()  # a failing test must not leave the worker waiting


def opening_window(
    qtbot: QtBot, prefs: Prefs, db: str, failures: list[BaseException] | None = None
) -> tuple[MainWindow, StoreOpener]:
    """A window over ``db`` started as the app starts it: frame first, base beside it."""
    window = MainWindow(None, prefs, "en", Path(db).name)
    qtbot.addWidget(window)

    def failed(exc: BaseException, tb: str) -> None:
        if failures is not None:
            failures.append(exc)
        opening_failed(window, exc, tb)

    opener = StoreOpener(window, db, window.attach, failed)
    window.show()
    return window, opener


def close(window: MainWindow, opener: StoreOpener) -> None:
    window.close()
    opener.wait()
    if opener.store is not None:
        opener.store.close()


def test_window_is_shown_and_says_it_is_opening_before_the_base_is_open(
    qtbot: QtBot, prefs: Prefs, seeded_path: Path, gate: Gate
) -> None:
    window, opener = opening_window(qtbot, prefs, str(seeded_path))
    # The opening starts from the event loop once the window has painted.
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    qtbot.wait(50)  # the window keeps answering while the worker is held
    assert window.isVisible()
    assert not window.ready
    assert opener.store is None
    assert "Opening seeded.db" in window.opening_label.text()
    assert window.list_stack.currentWidget() is window.opening_label
    # What needs the base waits; the frame's own actions work.
    for action in (window.act_new, window.act_save, window.act_delete, window.act_builder):
        assert not action.isEnabled(), action.text()
    assert not window.act_import_bundle.isEnabled()
    assert not window.act_import_document.isEnabled()
    assert not window.search.isEnabled()
    for action in (window.act_settings, window.act_quit, window.act_shortcuts):
        assert action.isEnabled(), action.text()
    assert not hasattr(window, "model")

    gate.release()
    qtbot.waitUntil(lambda: window.ready, timeout=20_000)
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() > 0, timeout=10_000)
    assert window.list_stack.currentWidget() is window.view
    assert window.act_new.isEnabled()
    assert window.act_builder.isEnabled()
    assert window.act_import_bundle.isEnabled()
    assert window.search.isEnabled()
    assert not window.act_undo.isEnabled()  # nothing done yet: the stack decides
    store = opener.store
    assert store is not None
    assert window.model.rowCount() == store.count()
    # Filtering works on the attached window as on one built over an open base.
    expected = store.fact_ids(FactQuery(text="energy"))
    assert 0 < len(expected) < store.count()
    window.search.setText("energy")
    qtbot.waitUntil(lambda: window.model.keys() == expected, timeout=5000)
    close(window, opener)


def test_first_start_shows_the_window_then_says_it_prepares_the_first_base(
    qtbot: QtBot, prefs: Prefs, tmp_path: Path, gate: Gate
) -> None:
    db = tmp_path / "new-home" / "briefing.sqlite3"
    db.parent.mkdir()
    gate.at_first_start = True
    window, opener = opening_window(qtbot, prefs, str(db))
    qtbot.waitUntil(gate.first_start_seen.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: "Preparing your first base" in window.opening_label.text())
    assert window.isVisible() and not window.ready
    assert not window.act_new.isEnabled()
    gate.release()
    qtbot.waitUntil(lambda: window.ready, timeout=60_000)
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() > 0, timeout=10_000)
    assert opener.store is not None
    assert opener.store.state("seed") == "done"
    assert window.model.rowCount() == opener.store.count() > 0
    close(window, opener)


def test_a_base_that_cannot_be_opened_says_why_in_the_window(
    qtbot: QtBot, prefs: Prefs, tmp_path: Path, dialogs: Dialogs
) -> None:
    not_a_base = tmp_path / "notes.db"
    not_a_base.write_bytes(b"these are not the facts you are looking for\n" * 200)
    failures: list[BaseException] = []
    window, opener = opening_window(qtbot, prefs, str(not_a_base), failures)
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    exc = failures[0]
    assert isinstance(exc, UserFacingError)
    # The same words as before the window came first: in a message box, and in the window.
    assert ("critical", f"Briefing: {exc}") in dialogs.asked
    assert window.opening_label.text() == str(exc)
    assert window.list_stack.currentWidget() is window.opening_label
    assert not window.ready and not window.act_new.isEnabled()
    close(window, opener)


def test_the_app_exits_with_status_1_when_its_base_fails_to_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Store:
        raise UserFacingError("database is locked by another program")

    monkeypatch.setattr(bootstrap, "open_store", refuse)
    assert application.run(str(tmp_path / "locked.db")) == 1
    assert ("critical", "Briefing: database is locked by another program") in dialogs.asked


def test_closing_the_window_while_the_base_opens_keeps_the_layout_and_closes_the_base(
    qtbot: QtBot, prefs: Prefs, seeded_path: Path, gate: Gate
) -> None:
    window, opener = opening_window(qtbot, prefs, str(seeded_path))
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    assert window.close()  # nothing to ask: no form, no export
    gate.release()
    opener.wait()
    assert opener.store is not None  # opened meanwhile: the caller closes it
    assert not window.ready  # its result was not delivered to a closed window
    assert prefs.blob("window/geometry") is not None
    opener.store.close()


def test_a_missing_base_is_announced_before_the_worker_gets_to_it(
    qtbot: QtBot, prefs: Prefs, tmp_path: Path, gate: Gate
) -> None:
    db = tmp_path / "briefing.sqlite3"
    window, opener = opening_window(qtbot, prefs, str(db))
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)  # held before open_store runs
    assert "Preparing your first base" in window.opening_label.text()
    assert not db.exists()
    gate.release()
    qtbot.waitUntil(lambda: window.ready, timeout=60_000)
    close(window, opener)
