"""Exporting from the builder: the checks before an export, PDF and DOCX written, a
cancelled export (nothing written) and a failed one (a message, not a traceback)."""

from __future__ import annotations

import threading
from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from briefing.dossier.spec import DossierSpec
from briefing.gui.builder import DossierBuilder
from briefing.gui.mainwindow import MainWindow
from tests.gui.builder_helpers import lay_out, set_title
from tests.gui.conftest import Dialogs


def test_sections_are_checked_inline(qtbot: QtBot, builder: DossierBuilder, tmp_path: Path) -> None:
    builder.set_spec(DossierSpec())
    assert builder.export_to(tmp_path / "x.pdf", "pdf") is None
    assert builder.error_text("sections") == "add at least one section"
    assert builder.error_text("title") == ""  # an empty title prints the event's name
    assert not (tmp_path / "x.pdf").exists()


def test_export_pdf_and_docx(
    qtbot: QtBot, builder: DossierBuilder, tmp_path: Path, dialogs: Dialogs
) -> None:
    set_title(qtbot, builder, "Dushanbe brief")
    lay_out(qtbot, builder, "country")
    pdf = tmp_path / "brief.pdf"
    task = builder.export_to(pdf, "pdf")
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert pdf.read_bytes().startswith(b"%PDF")
    assert dialogs.exported == [pdf]

    docx = tmp_path / "brief.docx"
    task = builder.export_to(docx, "docx")
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Dushanbe brief" in text
    assert "Tajikistan" in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_cancelled_export_writes_nothing(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, tmp_path: Path
) -> None:
    set_title(qtbot, builder, "Dushanbe brief")
    lay_out(qtbot, builder, "country")
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"an earlier export")
    gate = threading.Event()
    window.exports.submit(lambda _job: gate.wait(30))  # keep the export queued
    task = builder.export_to(target, "pdf")
    assert task is not None and task.dialog.isVisible()
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        pass
    assert target.read_bytes() == b"an earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert "cancelled" in builder.status.text()


def test_export_failure_is_a_message_not_a_traceback(
    qtbot: QtBot, builder: DossierBuilder, tmp_path: Path, dialogs: Dialogs
) -> None:
    set_title(qtbot, builder, "Brief")
    lay_out(qtbot, builder, "country")
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    task = builder.export_to(folder, "pdf")
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=30_000) as blocker:
        pass
    assert "it is a folder" in blocker.args[0]
    assert dialogs.kinds() == ["warning"] and "Traceback" not in dialogs.asked[0][1]
