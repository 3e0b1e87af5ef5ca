"""GUI test fixtures: a main window on a copy of the seed, settings in tmp, answered dialogs.

Every test here is marked ``gui``. Message boxes never block: ``dialogs`` records each one
and answers from a queue (or a safe default), so a flow that asks an unexpected question
shows up in ``dialogs.asked`` instead of hanging the run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.gui import conflict_dialog, prompts
from briefing.gui.mainwindow import MainWindow
from briefing.gui.prefs import Prefs
from briefing.store import FactDraft, Store
from tests.gui.helpers import open_window

if TYPE_CHECKING:
    from briefing.gui.builder import DossierBuilder

Button = QMessageBox.StandardButton


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.gui)


class Dialogs:
    """Records every question asked and answers from queues."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.buttons: list[Button] = []  # answers to QMessageBox.question
        self.conflict_reload: list[bool] = []
        self.exported: list[Path] = []

    def kinds(self) -> list[str]:
        return [kind for kind, _text in self.asked]

    # QMessageBox statics
    def question(
        self, _parent: Any, title: str, text: str, buttons: Any = None, default: Any = None
    ) -> Button:
        self.asked.append(("question", f"{title}: {text}"))
        if self.buttons:
            return self.buttons.pop(0)
        if buttons is not None and buttons & Button.Discard:
            return Button.Discard
        return Button.No

    def message(self, kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *_args: Any) -> Button:
            self.asked.append((kind, f"{title}: {text}"))
            return Button.Ok

        return show

    # prompts with custom buttons
    def conflict(self, _parent: Any) -> bool:  # reload their version?
        self.asked.append(("conflict", ""))
        return self.conflict_reload.pop(0) if self.conflict_reload else False

    def resolve_conflict(self, parent: Any, *_drafts: Any) -> conflict_dialog.Resolution:
        # the save-conflict dialog, answered like the old two-button prompt: reload or keep
        reload = self.conflict(parent)
        return conflict_dialog.Resolution("reload" if reload else "keep")

    def export_done(self, _parent: Any, path: Path) -> None:
        self.asked.append(("export_done", str(path)))
        self.exported.append(path)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", d.question)
    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, d.message(kind))
    monkeypatch.setattr(conflict_dialog, "resolve", d.resolve_conflict)
    monkeypatch.setattr(prompts, "export_done", d.export_done)

    def no_file_dialog(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        raise AssertionError("a test opened a file dialog")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_file_dialog)
    return d


@pytest.fixture
def prefs(tmp_path: Path) -> Prefs:
    """Settings in an INI file under the test's tmp dir (never the user's)."""
    return Prefs.at(tmp_path / "settings" / "briefing-gui.ini")


@pytest.fixture
def window(qtbot: QtBot, seeded: Store, prefs: Prefs, dialogs: Dialogs) -> Iterator[MainWindow]:
    """The main window over a private copy of the seeded database."""
    w = open_window(qtbot, seeded, prefs)
    yield w
    dialogs.buttons.clear()  # teardown: discard whatever a test left unsaved
    w.close()


@pytest.fixture
def builder(qtbot: QtBot, window: MainWindow) -> DossierBuilder:
    b = window.show_builder()
    qtbot.waitExposed(b)
    return b


@dataclass(frozen=True)
class SecondEvent:
    """A second meeting in the seeded base: its name, its one fact, and a background fact."""

    name: str
    fact: str
    background: str


@pytest.fixture
def second_event(seeded: Store) -> SecondEvent:
    """A later ministerial with one Tajik energy fact, and one energy fact of no event.

    Request it before ``window`` / ``builder`` so their pickers list the event.
    """
    name = "Central Asia – Russia energy ministerial"
    seeded.save_event(
        name,
        start_date=dt.date(2025, 11, 20),
        place="Tashkent",
        country="UZ",
        kind="ministerial",
        names={"fr": "Réunion ministérielle sur l’énergie", "ru": "Встреча министров энергетики"},
    )
    fact = seeded.add(
        FactDraft(
            statement="The ministers agreed a study of the Rogun power exports.",
            themes=["energy"],
            countries=["TJ"],
            date="2025-11-20",
            event=name,
        )
    )
    background = seeded.add(
        FactDraft(
            statement="Tajikistan draws most of its electricity from hydropower.",
            themes=["energy"],
            countries=["TJ"],
            date="2024-01-15",
        )
    )
    return SecondEvent(name, fact.uuid, background.uuid)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: Any) -> Iterator[None]:
    """English as the app runs it: with its plural forms installed ("1 fact", "2 facts")."""
    from briefing.gui import i18n

    translators = i18n.install(qapp, "en")
    yield
    i18n.remove(qapp, translators)
