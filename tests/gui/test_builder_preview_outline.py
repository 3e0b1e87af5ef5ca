"""The builder's preview: the rendered pages and the dossier's outline."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from briefing.gui.builder import DossierBuilder
from briefing.gui.outline import outline_of
from briefing.gui.outline_tree import fill_outline
from tests.gui.builder_helpers import lay_out, wait_preview
from tests.sample_dossier import sample_dossier


def test_preview_shows_the_pages_and_the_outline(qtbot: QtBot, builder: DossierBuilder) -> None:
    builder.sections.setCurrentItem(builder.section_items()[0])
    builder.text_editor.text.setPlainText("- Take stock of the summit")
    lay_out(qtbot, builder, "country")
    builder.tabs.setCurrentIndex(1)  # switching to Preview renders, in the preview child
    wait_preview(qtbot, builder)
    document = builder.page_view.document
    assert document is not None and document.pageCount() > 1
    event = builder.current_spec().event
    assert event is not None and event in document.getAllText(0).text()  # the cover
    assert builder.page_view.page_label.text() == f"Page 1 of {document.pageCount()}"
    outline = builder.outline
    assert outline.topLevelItem(0).text(0).startswith("Cover: ")  # type: ignore[union-attr]
    titles = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]  # type: ignore[union-attr]
    assert any("Tajikistan" in t for t in titles) and titles[-1] == "Sources"
    assert "A4 · English · printed marking UNCLASSIFIED" in builder.preview_info.text()
    tajik = next(outline.topLevelItem(i) for i, t in enumerate(titles) if "Tajikistan" in t)
    assert tajik is not None
    lines = [tajik.child(i).text(0) for i in range(tajik.childCount())]  # type: ignore[union-attr]
    assert any(line.startswith("[") for line in lines)  # facts with their citation
    purpose = outline.topLevelItem(1)
    assert purpose is not None and purpose.child(0).text(0) == "• Take stock of the summit"  # type: ignore[union-attr]


def test_outline_lists_every_kind_of_section(qtbot: QtBot) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    dossier = sample_dossier()
    listed = fill_outline(tree, outline_of(dossier))
    assert listed == dossier.fact_count()
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert titles[1:4] == ["1  Purpose", "2  Key points", "3  Who’s who"]
    assert titles[-1] == "Sources"
    purpose = tree.topLevelItem(1)
    assert purpose is not None and purpose.child(1).text(0) == "• first aim"  # type: ignore[union-attr]
    who = tree.topLevelItem(3)
    assert who is not None and who.child(0).text(0).startswith("Emomali Rahmon — President")  # type: ignore[union-attr]
