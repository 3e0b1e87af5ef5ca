"""The builder's written sections: adding, titling and editing them, the usual titles in the
dossier's language, their preview (markup printed literally, markdown styled)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from briefing.dossier.markup import parse_blocks
from briefing.dossier.spec import SectionSpec
from briefing.gui.builder import DossierBuilder
from briefing.gui.preview import blocks_html
from tests.gui.builder_helpers import SKELETON, kinds


def test_adding_and_editing_a_written_section(qtbot: QtBot, builder: DossierBuilder) -> None:
    builder.sections.setCurrentItem(builder.section_items()[3])  # who's who
    builder.add_menu_action("Written section", "Lines to take").trigger()
    assert kinds(builder)[4] == ("text", "Lines to take")
    editor = builder.text_editor
    assert editor.isVisible() and editor.title.text() == "Lines to take"

    qtbot.keyClicks(editor.text, "- Welcome the **road map**")
    section = builder.current_spec().sections[4]
    assert section.to_json() == {
        "kind": "text",
        "title": "Lines to take",
        "text": "- Welcome the **road map**",
    }
    assert builder.sections.count_text(4) == "4 words"

    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Lines to take (Tajikistan)")
    assert builder.section_items()[4].text(0) == "Lines to take (Tajikistan)"
    assert builder.current_spec().sections[4].title == "Lines to take (Tajikistan)"

    builder.sections.setCurrentItem(builder.section_items()[1])  # key points: no editor
    assert not editor.isVisible()
    builder.sections.setCurrentItem(builder.section_items()[4])
    assert editor.text.toPlainText() == "- Welcome the **road map**"


def test_a_custom_written_section_needs_a_title(
    qtbot: QtBot, builder: DossierBuilder, tmp_path: Path
) -> None:
    builder.add_menu_action("Written section", "Other (type its title)").trigger()
    row = len(builder.section_items()) - 1
    assert builder.current_spec().sections[row] == SectionSpec("text")
    assert builder.export_to(tmp_path / "x.pdf", "pdf") is None
    assert builder.error_text("sections") == (f"Section {row + 1}: a written section needs a title")
    qtbot.keyClicks(builder.text_editor.title, "Programme of the visit")
    assert builder.current_spec().sections[row].title == "Programme of the visit"


def test_key_points_and_who_only_once(builder: DossierBuilder) -> None:
    builder.add_menu_action("Key points").trigger()
    builder.add_menu_action("Who's who").trigger()
    assert kinds(builder) == SKELETON
    assert "already in the dossier" in builder.status.text()


def test_usual_titles_follow_the_dossier_language(builder: DossierBuilder) -> None:
    builder.language.setCurrentIndex(builder.language.findData("fr"))
    assert [t for _k, t in kinds(builder)] == ["Objet", None, "Messages clés", None]
    builder.add_menu_action("Written section", "Lines to take").trigger()
    assert kinds(builder)[-1] == ("text", "Éléments de langage")


def test_preview_prints_markup_literally_and_styles_markdown(
    qtbot: QtBot, builder: DossierBuilder
) -> None:
    builder.sections.setCurrentItem(builder.section_items()[0])
    editor = builder.text_editor
    editor.text.setPlainText("Keep <b>x</b> as typed, **bold** too.\n\n1. first\n2. second")
    shown = editor.preview.toPlainText()
    assert "Keep <b>x</b> as typed, bold too." in shown
    assert "first" in shown and "**" not in shown
    document: QTextDocument = editor.preview.document()
    found = document.find("bold")
    assert not found.isNull() and found.charFormat().fontWeight() >= 700
    literal = document.find("<b>x</b>")
    assert not literal.isNull() and literal.charFormat().fontWeight() < 700
    assert builder.current_spec().sections[0].text.startswith("Keep <b>x</b>")


def test_preview_html_escapes_every_run() -> None:
    html = blocks_html(parse_blocks('<b>x</b> & "q" **y** [site](https://e.org/?a=1&b=2)'))
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; " in html
    assert "<b>y</b>" in html
    assert '<a href="https://e.org/?a=1&amp;b=2">site</a>' in html
    assert "<ul><li>a</li><li>b</li></ul>" in blocks_html(parse_blocks("- a\n- b"))
    assert '<ol start="3"><li>c</li></ol>' in blocks_html(parse_blocks("3. c"))
    assert "<code>&lt;i&gt;</code>" in blocks_html(parse_blocks("`<i>`"))


def test_an_empty_written_section_says_it_does_not_print(builder: DossierBuilder) -> None:
    builder.sections.setCurrentItem(builder.section_items()[0])
    assert "Not printed while it is empty" in builder.text_editor.preview.toPlainText()
