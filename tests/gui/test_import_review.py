"""The import dialog: a document beside its candidates, quotes highlighted, accept/reject."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from briefing.gui.import_progress import ProgressPanel
from briefing.gui.import_review import ImportReviewDialog
from briefing.gui.mainwindow import MainWindow
from briefing.ingest.extract import Extractor
from briefing.store import Store
from briefing.store.review import ReviewQueue
from tests.gui.conftest import Dialogs

DOCUMENT = (
    "Joint statement of Kazakhstan and Uzbekistan\n\n"
    "The Presidents agreed to strengthen cooperation against terrorism and extremism.\n\n"
    "Trade between Kazakhstan and Uzbekistan exceeded 4 billion US dollars in 2022.\n\n"
    "The sides agreed to meet again next year.\n"
)


def _read(qtbot: QtBot, dialog: ImportReviewDialog, path: Path) -> None:
    dialog.read(path)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=20_000)


def _tick(dialog: ImportReviewDialog, rows: list[int]) -> None:
    for row in rows:
        item = dialog.table.item(row, 0)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked)


def test_review_highlights_edits_accepts_and_rejects(
    qtbot: QtBot, seeded: Store, tmp_path: Path, dialogs: Dialogs
) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    dialog = ImportReviewDialog(seeded)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("KZ–UZ joint statement")
    _read(qtbot, dialog, path)
    assert dialog.table.rowCount() == 4
    assert dialog.document.toPlainText() == DOCUMENT
    dialog.table.selectRow(2)
    quote = dialog.records[2].data["quote"]
    [selection] = dialog.document.extraSelections()
    assert selection.cursor.selectedText() == quote
    assert "4 billion US dollars" in quote
    assert dialog.countries.text() == "KZ, UZ"
    assert "4e+09 USD" in dialog.why.text() or "USD" in dialog.why.text()
    _tick(dialog, [1, 2])
    dialog.statement.setPlainText("KZ–UZ trade exceeded USD 4 billion in 2022.")
    dialog.table.selectRow(1)  # moving on saves the edit, and the tick stays
    assert seeded.count() == 58
    dialog.accept_ticked.click()
    assert seeded.count() == 60
    assert "2 facts added" in dialog.status.text()
    edited = [f for f in seeded.facts() if f.source.title == "KZ–UZ joint statement"]
    assert {f.statement for f in edited} >= {"KZ–UZ trade exceeded USD 4 billion in 2022."}
    _tick(dialog, [3])
    dialog.reject_ticked.click()
    assert [r.status for r in dialog.records] == ["pending", "accepted", "accepted", "rejected"]
    assert dialog.table.item(1, 0).text() == "accepted"  # type: ignore[union-attr]
    assert dialogs.asked == []


def test_accepting_an_invalid_candidate_saves_nothing(
    qtbot: QtBot, seeded: Store, tmp_path: Path, dialogs: Dialogs
) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    dialog = ImportReviewDialog(seeded)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, path)
    dialog.table.selectRow(3)
    dialog.themes.setText("")
    dialog.table.selectRow(2)
    dialog.accept_all.click()
    assert seeded.count() == 58
    assert dialogs.kinds() == ["warning"] and "at least one theme" in dialogs.asked[0][1]
    assert "Nothing was saved" in dialog.status.text()


def test_bad_file_is_reported_and_writes_nothing(
    qtbot: QtBot, seeded: Store, tmp_path: Path, dialogs: Dialogs
) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    dialog = ImportReviewDialog(seeded)
    qtbot.addWidget(dialog)
    dialog.read(path)
    qtbot.waitUntil(lambda: bool(dialogs.asked), timeout=20_000)
    assert dialogs.kinds() == ["warning"] and "empty" in dialogs.asked[0][1]
    assert dialog.table.rowCount() == 0


def test_the_fact_menu_opens_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    menus = window.menuBar().findChildren(QMenu)
    action = next(a for m in menus for a in m.actions() if "Import a document" in a.text())
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ImportReviewDialog) is not None)
    window.findChild(ImportReviewDialog).close()  # type: ignore[union-attr]


def test_merge_with_next_and_split_at_the_cursor(
    qtbot: QtBot, seeded: Store, tmp_path: Path, dialogs: Dialogs
) -> None:
    path = tmp_path / "plant.txt"
    path.write_text(
        "Final communiqué of the talks\n\n"
        "The sides agreed to build a nuclear power plant in Uzbekistan, "
        "and Russia will train its engineers at Russian universities.\n",
        encoding="utf-8",
    )
    dialog = ImportReviewDialog(seeded)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, path)
    assert dialog.table.rowCount() == 3
    dialog.table.selectRow(1)
    dialog.merge_next.click()
    assert [r.status for r in dialog.records] == ["pending", "pending", "rejected"]
    whole = dialog.records[1].data["quote"]
    assert whole.endswith("Russian universities.")
    [selection] = dialog.document.extraSelections()
    assert selection.cursor.selectedText() == whole
    cursor = dialog.document.textCursor()
    cursor.setPosition(dialog.text.index("and Russia"))
    dialog.document.setTextCursor(cursor)
    dialog.split_here.click()
    assert [r.data["quote"] for r in dialog.records[1:3]] == [
        "The sides agreed to build a nuclear power plant in Uzbekistan",
        "and Russia will train its engineers at Russian universities.",
    ]
    assert dialog.table.rowCount() == 4 and dialogs.asked == []


def test_theme_keywords_are_edited_and_used_by_the_next_import(
    qtbot: QtBot, seeded: Store, tmp_path: Path
) -> None:
    from briefing.gui.theme_keywords import ThemeKeywordsDialog
    from briefing.ingest.document_read import read_text
    from briefing.ingest.gazetteer import load_lexicon, user_lexicon_dir
    from briefing.ingest.importer import import_document

    text = "Heading of the note\n\nThe sides discussed glaciers and snow cover in the mountains.\n"

    def themes() -> list[str]:
        result = import_document(seeded, read_text(text), language="en", source_title="G",
                                 dry_run=True)  # fmt: skip
        return list(result.extraction.candidates[1].themes)

    try:
        assert themes() == []
        dialog = ThemeKeywordsDialog(seeded.themes())
        qtbot.addWidget(dialog)
        row = next(
            i for i in range(dialog.list.count()) if dialog.list.item(i).text().strip() == "Energy"
        )
        dialog.list.setCurrentRow(row)
        dialog.edits["en"].appendPlainText("glacier*")
        dialog.save()
        assert (user_lexicon_dir() / "themes.json").is_file()
        assert themes() == ["energy"]
    finally:
        load_lexicon.cache_clear()  # the next test reads Briefing's own lexicon again


def test_reading_reports_paragraphs_up_to_the_total(
    qtbot: QtBot, seeded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[tuple[int, int]] = []
    real = ProgressPanel.report

    def record(panel: ProgressPanel, done: int, total: int) -> None:
        reports.append((done, total))
        real(panel, done, total)

    monkeypatch.setattr(ProgressPanel, "report", record)
    path = tmp_path / "statement.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    dialog = ImportReviewDialog(seeded)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, path)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert reports[-1] == (4, 4)  # four paragraphs, all read
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert len(reports) >= 4
    assert dialog.progress.isHidden()


def test_cancelled_reading_queues_nothing(
    qtbot: QtBot, seeded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel while the document is analysed: no candidate queued, the base untouched."""
    analysing, go_on = threading.Event(), threading.Event()
    real = Extractor._find

    def held(self: Extractor, *args: Any, **kwargs: Any) -> Any:
        analysing.set()
        go_on.wait(20)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Extractor, "_find", held)
    path = tmp_path / "statement.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    dialog = ImportReviewDialog(seeded)
    qtbot.addWidget(dialog)
    before = seeded.count()
    dialog.read(path)
    qtbot.waitUntil(analysing.is_set, timeout=20_000)
    assert not dialog.progress.isHidden()
    assert not dialog.open_button.isEnabled()
    dialog.progress.cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "cancelled" in dialog.status.text()
    assert dialog.table.rowCount() == 0 and dialog.records == []
    assert ReviewQueue(seeded).candidates() == []
    assert seeded.count() == before
    assert dialog.open_button.isEnabled()  # and another document can be read
    monkeypatch.setattr(Extractor, "_find", real)
    _read(qtbot, dialog, path)
    assert len(ReviewQueue(seeded).candidates()) == 4
