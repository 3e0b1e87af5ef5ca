"""A dossier of more than ~2,000 pages asks before it is exported, with an estimate (issue 12)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing.dossier.selection import LARGE_DOSSIER_PAGES, DossierCount
from briefing.gui import prompts
from briefing.gui.builder import DossierBuilder
from briefing.gui.mainwindow import MainWindow
from tests.gui.conftest import Dialogs

Button = QMessageBox.StandardButton


def test_the_estimate_follows_the_measured_packs() -> None:
    def pages(facts: int) -> int:
        return DossierCount((), facts, 0, exact=True).estimated_pages()

    assert 10 <= pages(58) <= 20  # the seed prints 14 pages
    assert 130 <= pages(1_000) <= 200  # 166 measured
    assert pages(100_000) > LARGE_DOSSIER_PAGES > pages(10_000)


@pytest.fixture
def builder(qtbot: QtBot, window: MainWindow) -> DossierBuilder:
    b = window.show_builder()
    qtbot.waitExposed(b)
    with qtbot.waitSignal(b.laid_out, timeout=20_000):
        b.add_by_theme()
    qtbot.waitUntil(lambda: b.sections.dossier_count is not None, timeout=20_000)
    return b


def asked_for_a_file(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def save_file_name(_parent: object, title: str, *_args: object) -> str:
        asked.append(title)
        return ""  # the user cancels the file dialog

    monkeypatch.setattr(prompts, "save_file_name", save_file_name)
    return asked


def test_a_seed_dossier_exports_without_asking(
    builder: DossierBuilder, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = asked_for_a_file(monkeypatch)
    builder.export("pdf")
    assert files and not [k for k in dialogs.kinds() if k == "question"]


def test_a_huge_dossier_asks_first_and_no_means_no_file_dialog(
    builder: DossierBuilder, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = asked_for_a_file(monkeypatch)
    count = builder.sections.dossier_count
    assert count is not None
    builder.sections.dossier_count = dataclasses.replace(count, printed=20_000)
    dialogs.buttons.append(Button.No)
    builder.export("pdf")
    assert not files
    question = dialogs.asked[-1][1]
    assert "20,000 facts" in question and "2,808 pages" in question
    dialogs.buttons.append(Button.Yes)
    builder.export("docx")
    assert files  # agreed: on to the file dialog
