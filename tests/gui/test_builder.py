"""The dossier builder: sections by country/theme, exclusions, saved specs, preview, export."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from briefing.gui.builder import DossierBuilder
from briefing.gui.mainwindow import MainWindow
from briefing.store import FactQuery, Store
from tests.gui.conftest import Dialogs
from tests.gui.helpers import select_row, select_rows
from tests.gui.test_mainwindow import click_navigator


@pytest.fixture
def builder(qtbot: QtBot, window: MainWindow) -> DossierBuilder:
    b = window.show_builder()
    qtbot.waitExposed(b)
    return b


def kinds(builder: DossierBuilder) -> list[tuple[str, str | None]]:
    return [(s.kind, s.key) for s in builder.current_spec().sections]


def lay_out(qtbot: QtBot, builder: DossierBuilder, by: str) -> None:
    """One section per theme or per country (computed in a worker)."""
    with qtbot.waitSignal(builder.laid_out, timeout=20_000):
        (builder.add_by_theme if by == "theme" else builder.add_by_country)()


def set_title(qtbot: QtBot, builder: DossierBuilder, text: str) -> None:
    builder.title.clear()
    qtbot.keyClicks(builder.title, text)


def test_builder_starts_from_the_latest_event(builder: DossierBuilder, seeded: Store) -> None:
    event = seeded.events()[0].name
    spec = builder.current_spec()
    assert spec.title == event and spec.event == event and spec.sections == ()


def test_by_country_in_one_click(qtbot: QtBot, builder: DossierBuilder) -> None:
    with qtbot.waitSignal(builder.laid_out, timeout=20_000):
        qtbot.mouseClick(builder.by_country_button, Qt.MouseButton.LeftButton)
    sections = kinds(builder)
    assert sections[0] == ("participants", None)
    assert ("country", "TJ") in sections and sections[-1] == ("figures", None)
    with qtbot.waitSignal(builder.laid_out, timeout=20_000):
        qtbot.mouseClick(builder.by_country_button, Qt.MouseButton.LeftButton)
    assert kinds(builder) == sections  # no duplicates


def test_by_theme_single_sections_and_reordering(qtbot: QtBot, builder: DossierBuilder) -> None:
    lay_out(qtbot, builder, "theme")
    sections = kinds(builder)
    assert ("theme", "security") in sections
    assert all(k != "counter-terrorism" for _kind, k in sections)  # sub-themes nest
    builder.sections.setCurrentItem(builder.section_items()[2])
    moved = sections[2]
    qtbot.mouseClick(builder.up_button, Qt.MouseButton.LeftButton)
    assert kinds(builder)[1] == moved
    qtbot.mouseClick(builder.remove_button, Qt.MouseButton.LeftButton)
    assert moved not in kinds(builder)
    assert builder.sections.dragDropMode() == builder.sections.DragDropMode.InternalMove


def test_unticking_a_fact_excludes_it(qtbot: QtBot, builder: DossierBuilder, seeded: Store) -> None:
    from briefing.dossier.spec import SectionSpec

    builder.add_section(SectionSpec("country", "AF"))
    item = builder.section_items()[0]
    item.setExpanded(True)  # the facts are listed from a worker
    qtbot.waitUntil(lambda: item.childCount() == 3 and item.child(0).text(0) != "Loading…")  # type: ignore[union-attr]
    uuid = item.child(1).data(0, Qt.ItemDataRole.UserRole + 2)  # type: ignore[union-attr]
    item.child(1).setCheckState(0, Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    assert builder.current_spec().sections[0].exclude == (uuid,)
    qtbot.waitUntil(lambda: item.text(2) == "2/3")
    builder.refresh_preview()
    qtbot.waitUntil(lambda: builder.dossier is not None, timeout=10_000)
    printed = {f.uuid for s in builder.dossier.sections for f in getattr(s, "facts", ())}  # type: ignore[union-attr]
    assert uuid not in printed and len(printed) == 2


def test_preview_is_an_outline_of_the_dossier(qtbot: QtBot, builder: DossierBuilder) -> None:
    lay_out(qtbot, builder, "country")
    builder.tabs.setCurrentIndex(1)  # switching to Preview assembles
    qtbot.waitUntil(lambda: builder.dossier is not None, timeout=10_000)
    outline = builder.outline
    assert outline.topLevelItem(0).text(0).startswith("Cover: ")  # type: ignore[union-attr]
    titles = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]  # type: ignore[union-attr]
    assert any("Tajikistan" in t for t in titles) and titles[-1] == "Sources"
    assert "A4 · English · printed marking UNCLASSIFIED" in builder.preview_info.text()
    tajik = next(outline.topLevelItem(i) for i, t in enumerate(titles) if "Tajikistan" in t)
    first_fact = tajik.child(0)  # type: ignore[union-attr]
    assert first_fact is not None and first_fact.text(0).startswith("[")  # source number


def test_title_and_sections_are_checked_inline(
    qtbot: QtBot, builder: DossierBuilder, tmp_path: Path
) -> None:
    builder.title.clear()
    assert builder.export_to(tmp_path / "x.pdf", "pdf") is None
    assert builder.error_text("title") == "must not be empty"
    assert builder.error_text("sections") == "add at least one section"
    assert not (tmp_path / "x.pdf").exists()


def test_hand_picked_facts_from_the_list(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder
) -> None:
    select_row(qtbot, window, 0)
    select_rows(window, [2, 3])
    window.act_add_to_dossier.trigger()
    section = builder.current_spec().sections[-1]
    assert section.kind == "facts" and len(section.facts) == 3
    assert section.facts == tuple(window.selected_uuids())


def test_save_and_reopen_a_dossier_from_the_navigator(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, seeded: Store
) -> None:
    set_title(qtbot, builder, "Tajik brief")
    builder.language.setCurrentIndex(builder.language.findData("fr"))
    lay_out(qtbot, builder, "theme")
    builder.spec_name.setCurrentText("TJ brief")
    qtbot.mouseClick(builder.save_spec_button, Qt.MouseButton.LeftButton)
    assert [n for n, _ in seeded.specs()] == ["TJ brief"]
    assert window.navigator.item_for("spec", "TJ brief") is not None
    saved = builder.current_spec()

    builder.new_spec()
    assert builder.current_spec().sections == ()
    click_navigator(qtbot, window, "spec", "TJ brief")
    assert builder.current_spec() == saved


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


def test_ceiling_and_scope_reach_the_spec(
    qtbot: QtBot, builder: DossierBuilder, seeded: Store
) -> None:
    builder.ceiling.setCurrentIndex(builder.ceiling.findData("RESTRICTED"))
    builder.scope_countries.set_checked("TJ")
    lay_out(qtbot, builder, "theme")
    spec = builder.current_spec()
    assert spec.max_marking == "RESTRICTED" and spec.countries == ("TJ",)
    total = seeded.count(
        FactQuery(countries=("TJ",), themes=("institutions",), max_marking="RESTRICTED")
    )
    item = next(i for i in builder.section_items() if i.text(0) == "Institutions")
    qtbot.waitUntil(lambda: item.text(2) == str(total))
