"""The dossier builder: the pack skeleton, written sections, event scope, layouts, exclusions,
saved specs, the close guard, preview and export."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox, QPushButton, QTreeWidget
from pytestqt.qtbot import QtBot

from briefing.dossier.assemble import assemble
from briefing.dossier.document import FactSection
from briefing.dossier.markup import parse_blocks
from briefing.dossier.selection import dossier_scope, section_total
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.gui.builder import DossierBuilder
from briefing.gui.builder_layout import merge_layout
from briefing.gui.builder_sections import UUID_ROLE
from briefing.gui.mainwindow import MainWindow
from briefing.gui.outline import outline_of
from briefing.gui.outline_tree import fill_outline
from briefing.gui.preview import blocks_html
from briefing.store import FactQuery, Store
from tests.gui.conftest import Dialogs, SecondEvent
from tests.gui.helpers import select_row, select_rows
from tests.gui.test_mainwindow import click_navigator
from tests.sample_dossier import sample_dossier

Button = QMessageBox.StandardButton
SKELETON = [("text", "Purpose"), ("key-points", None), ("text", "Key messages"), ("who", None)]


@pytest.fixture
def builder(qtbot: QtBot, window: MainWindow) -> DossierBuilder:
    b = window.show_builder()
    qtbot.waitExposed(b)
    return b


def kinds(builder: DossierBuilder) -> list[tuple[str, str | None]]:
    return [(s.kind, s.key or s.title) for s in builder.current_spec().sections]


def lay_out(qtbot: QtBot, builder: DossierBuilder, by: str) -> None:
    """One section per theme or per country (computed in a worker)."""
    with qtbot.waitSignal(builder.laid_out, timeout=20_000):
        (builder.add_by_theme if by == "theme" else builder.add_by_country)()


def set_title(qtbot: QtBot, builder: DossierBuilder, text: str) -> None:
    builder.title.clear()
    qtbot.keyClicks(builder.title, text)


def row_of(builder: DossierBuilder, kind: str, key: str | None = None) -> int:
    return next(
        i
        for i, s in enumerate(builder.current_spec().sections)
        if s.kind == kind and (key is None or s.key == key)
    )


def wait_count(qtbot: QtBot, builder: DossierBuilder, row: int, text: str) -> None:
    qtbot.waitUntil(lambda: builder.sections.count_text(row) == text, timeout=10_000)


def wait_preview(qtbot: QtBot, builder: DossierBuilder) -> None:
    """Wait until the preview of the spec shown is rendered in full."""
    qtbot.waitUntil(
        lambda: (
            builder.preview_pages is not None
            and builder.preview_pages.final
            and not builder.preview_runner.busy
        ),
        timeout=30_000,
    )


def expected_total(store: Store, builder: DossierBuilder, section: SectionSpec) -> int:
    total = section_total(store, section, dossier_scope(store, builder.current_spec()).query)
    assert total is not None
    return total


# ---------------------------------------------------------------------- a new pack


def test_a_new_dossier_starts_from_the_skeleton(builder: DossierBuilder, seeded: Store) -> None:
    spec = builder.current_spec()
    assert spec.event == seeded.events()[0].name and spec.title == ""
    assert kinds(builder) == SKELETON
    assert all(s.text == "" for s in spec.sections)
    assert "the event's name" in builder.title.placeholderText()
    assert builder.sections.count_text(0) == "empty"  # not printed
    assert builder.sections.count_text(1) == "" and builder.sections.count_text(3) == ""
    assert not builder.is_dirty


def test_event_picker_names_events_in_the_interface_language(
    second_event: SecondEvent, builder: DossierBuilder, seeded: Store
) -> None:
    combo = builder.event_combo
    assert combo.itemText(0) == "— none —" and combo.itemData(0) == ""
    assert [combo.itemData(i) for i in range(1, combo.count())] == [e.name for e in seeded.events()]
    assert builder.current_spec().event == second_event.name  # the latest meeting
    builder.cover.select_event("")
    assert builder.current_spec().event is None
    assert not builder.include_background.isEnabled()


def test_reference_version_and_background_reach_the_spec(
    qtbot: QtBot, builder: DossierBuilder
) -> None:
    qtbot.keyClicks(builder.reference, "CA/2025/114")
    qtbot.keyClicks(builder.version, "2")
    builder.include_background.setChecked(True)
    spec = builder.current_spec()
    assert (spec.reference, spec.version, spec.include_background) == ("CA/2025/114", "2", True)
    assert spec.to_json()["include_background"] is True
    assert builder.is_dirty


# ---------------------------------------------------------------------- written sections


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


# ---------------------------------------------------------------------- counts and scope


def test_choosing_an_event_changes_the_counts(
    qtbot: QtBot, second_event: SecondEvent, builder: DossierBuilder, seeded: Store
) -> None:
    summit = next(e.name for e in seeded.events() if e.name != second_event.name)
    builder.cover.select_event(summit)
    builder.add_section(SectionSpec("country", "TJ"))
    row = row_of(builder, "country", "TJ")
    summit_total = expected_total(seeded, builder, SectionSpec("country", "TJ"))
    assert summit_total > 1
    wait_count(qtbot, builder, row, f"{summit_total} facts")

    builder.cover.select_event(second_event.name)
    wait_count(qtbot, builder, row, "1 fact")
    builder.include_background.setChecked(True)  # + the fact of no event
    wait_count(qtbot, builder, row, "2 facts")

    builder.cover.select_event("")  # no event: every fact
    wait_count(qtbot, builder, row, f"{summit_total + 2} facts")


def test_an_unknown_event_shows_a_message_instead_of_counts(
    qtbot: QtBot, builder: DossierBuilder, tmp_path: Path
) -> None:
    spec = DossierSpec(
        event="Third summit", sections=(SectionSpec("country", "TJ"), SectionSpec("figures"))
    )
    builder.set_spec(spec)
    qtbot.waitUntil(lambda: builder.scope_banner.isVisible(), timeout=10_000)
    assert "no event “Third summit” in the base" in builder.scope_banner.text()
    assert builder.sections.count_text(0) == "—"
    assert builder.current_spec().event == "Third summit"  # kept, not silently dropped
    assert builder.export_to(tmp_path / "x.pdf", "pdf") is None
    assert "no event “Third summit”" in builder.error_text("event")

    builder.cover.select_event("")
    qtbot.waitUntil(lambda: not builder.scope_banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: builder.sections.count_text(0).endswith("facts"), timeout=10_000)


def test_an_unknown_ceiling_shows_a_message(qtbot: QtBot, builder: DossierBuilder) -> None:
    builder.set_spec(DossierSpec(max_marking="TOP", sections=(SectionSpec("shared"),)))
    qtbot.waitUntil(lambda: builder.scope_banner.isVisible(), timeout=10_000)
    assert "unknown marking ceiling “TOP”" in builder.scope_banner.text()
    assert builder.current_spec().max_marking == "TOP"


def test_unticking_a_fact_excludes_it(qtbot: QtBot, builder: DossierBuilder) -> None:
    builder.set_spec(DossierSpec(event=builder.current_spec().event))
    builder.add_section(SectionSpec("country", "AF"))
    item = builder.section_items()[0]
    item.setExpanded(True)  # the facts are listed from a worker
    qtbot.waitUntil(lambda: item.childCount() == 3 and item.child(0).text(0) != "Loading…")  # type: ignore[union-attr]
    uuid = item.child(1).data(0, UUID_ROLE)  # type: ignore[union-attr]
    item.child(1).setCheckState(0, Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    assert builder.current_spec().sections[0].exclude == (uuid,)
    qtbot.waitUntil(lambda: item.text(2) == "2 of 3")
    builder.refresh_preview()
    wait_preview(qtbot, builder)
    assert builder.preview_summary is not None and builder.preview_summary.facts == 2
    dossier = assemble(builder.current_spec(), builder.store)
    printed = {f.uuid for s in dossier.fact_sections() for f in s.facts}
    assert uuid not in printed and len(printed) == 2


def test_counts_agree_with_what_prints(
    qtbot: QtBot, builder: DossierBuilder, seeded: Store
) -> None:
    """A fact prints once, in the first section holding it: later ones say it is above."""
    assert builder.load_spec(next(n for n, _ in seeded.specs() if n.endswith("(EN)")))
    rows = [i for i, s in enumerate(builder.current_spec().sections) if s.kind == "theme"]
    qtbot.waitUntil(
        lambda: all("fact" in builder.sections.count_text(r) for r in rows), timeout=10_000
    )
    dossier = assemble(builder.current_spec(), seeded)
    printed = [s for s in dossier.sections if isinstance(s, FactSection)]
    assert len(printed) == len(rows)
    shown = [builder.sections.count_text(r) for r in rows]
    expected = []
    for section in printed:
        here = len(section.facts) + sum(len(sub.facts) for sub in section.subsections)
        above = len(section.see_also)
        text = f"{here + above} facts" if here + above != 1 else "1 fact"
        expected.append(text + (f" · {above} above" if above else ""))
    assert shown == expected
    assert any("above" in text for text in shown)


def test_ceiling_and_scope_reach_the_spec(
    qtbot: QtBot, builder: DossierBuilder, seeded: Store
) -> None:
    builder.ceiling.setCurrentIndex(builder.ceiling.findData("RESTRICTED"))
    builder.scope_countries.set_checked("TJ")
    lay_out(qtbot, builder, "theme")
    spec = builder.current_spec()
    assert spec.max_marking == "RESTRICTED" and spec.countries == ("TJ",)
    event = seeded.event(spec.event or "")
    total = seeded.count(
        FactQuery(
            countries=("TJ",),
            themes=("institutions",),
            events=(event.uuid,),
            max_marking="RESTRICTED",
        )
    )
    row = row_of(builder, "theme", "institutions")
    qtbot.waitUntil(
        lambda: builder.sections.count_text(row).startswith(f"{total} facts"), timeout=10_000
    )


# ---------------------------------------------------------------------- laying out


def test_by_country_in_one_click(qtbot: QtBot, builder: DossierBuilder) -> None:
    with qtbot.waitSignal(builder.laid_out, timeout=20_000):
        qtbot.mouseClick(builder.by_country_button, Qt.MouseButton.LeftButton)
    sections = kinds(builder)
    assert sections[:4] == SKELETON
    assert ("country", "TJ") in sections and sections[-1] == ("figures", None)
    with qtbot.waitSignal(builder.laid_out, timeout=20_000):
        qtbot.mouseClick(builder.by_country_button, Qt.MouseButton.LeftButton)
    assert kinds(builder) == sections  # no duplicates


def test_by_theme_then_by_country_replaces_the_fact_sections(
    qtbot: QtBot, builder: DossierBuilder, dialogs: Dialogs
) -> None:
    lay_out(qtbot, builder, "country")
    by_country = kinds(builder)
    builder.new_spec()
    lay_out(qtbot, builder, "theme")
    assert ("theme", "security") in kinds(builder)
    lay_out(qtbot, builder, "country")
    assert kinds(builder) == by_country
    assert [k for k, _ in kinds(builder)].count("figures") == 1
    assert dialogs.asked == []  # nothing unticked: nothing to ask


def test_laying_out_again_asks_before_forgetting_exclusions(
    qtbot: QtBot, builder: DossierBuilder, dialogs: Dialogs
) -> None:
    lay_out(qtbot, builder, "theme")
    row = row_of(builder, "theme", "security")
    item = builder.section_items()[row]
    builder.set_fact_included(row, first_fact(qtbot, builder, row), False)
    assert builder.current_spec().sections[row].exclude
    before = builder.current_spec()

    dialogs.buttons.append(Button.No)
    lay_out(qtbot, builder, "country")
    assert "Replace the fact sections" in dialogs.asked[-1][1]
    assert builder.current_spec() == before and item.isExpanded()

    dialogs.buttons.append(Button.Yes)
    lay_out(qtbot, builder, "country")
    assert ("theme", "security") not in kinds(builder)
    assert ("country", "TJ") in kinds(builder)


def first_fact(qtbot: QtBot, builder: DossierBuilder, row: int) -> str:
    """The first fact listed under a section (expanding it lists them from a worker)."""
    item = builder.section_items()[row]
    item.setExpanded(True)
    qtbot.waitUntil(lambda: item.child(0) is not None and bool(item.child(0).data(0, UUID_ROLE)))  # type: ignore[union-attr]
    child = item.child(0)
    assert child is not None
    uuid = child.data(0, UUID_ROLE)
    assert isinstance(uuid, str) and uuid
    return uuid


def test_merge_layout_keeps_written_and_picked_sections_in_place() -> None:
    current = [
        SectionSpec("text", title="Purpose", text="Why"),
        SectionSpec("theme", "security", exclude=("x",)),
        SectionSpec("facts", facts=("a",)),
        SectionSpec("theme", "energy"),
        SectionSpec("text", title="Press lines"),
        SectionSpec("figures"),
    ]
    built = DossierSpec(
        sections=(
            SectionSpec("text", title="Purpose"),
            SectionSpec("key-points"),
            SectionSpec("shared", min_countries=3),
            SectionSpec("country", "TJ", max_countries=2),
            SectionSpec("figures"),
        )
    )
    merged, laid = merge_layout(current, built)
    assert laid == 2
    assert [(s.kind, s.key or s.title) for s in merged] == [
        ("text", "Purpose"),
        ("shared", None),
        ("country", "TJ"),
        ("facts", None),
        ("text", "Press lines"),
        ("figures", None),
    ]
    assert merged[0].text == "Why"
    merged, _ = merge_layout(current[:1], built)
    assert [s.kind for s in merged] == ["text", "shared", "country", "figures"]


def test_by_theme_single_sections_and_reordering(qtbot: QtBot, builder: DossierBuilder) -> None:
    lay_out(qtbot, builder, "theme")
    sections = kinds(builder)
    assert ("theme", "security") in sections
    assert all(k != "counter-terrorism" for _kind, k in sections)  # sub-themes nest
    builder.sections.setCurrentItem(builder.section_items()[5])
    moved = sections[5]
    qtbot.mouseClick(builder.up_button, Qt.MouseButton.LeftButton)
    assert kinds(builder)[4] == moved
    qtbot.mouseClick(builder.remove_button, Qt.MouseButton.LeftButton)
    assert moved not in kinds(builder)
    assert builder.sections.dragDropMode() == builder.sections.DragDropMode.InternalMove


def test_hand_picked_facts_from_the_list(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder
) -> None:
    select_row(qtbot, window, 0)
    select_rows(window, [2, 3])
    window.act_add_to_dossier.trigger()
    section = builder.current_spec().sections[-1]
    assert section.kind == "facts" and len(section.facts) == 3
    assert section.facts == tuple(window.selected_uuids())
    qtbot.waitUntil(lambda: builder.sections.count_text(4) == "3 facts", timeout=10_000)


# ---------------------------------------------------------------------- preview and checks


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


def test_sections_are_checked_inline(qtbot: QtBot, builder: DossierBuilder, tmp_path: Path) -> None:
    builder.set_spec(DossierSpec())
    assert builder.export_to(tmp_path / "x.pdf", "pdf") is None
    assert builder.error_text("sections") == "add at least one section"
    assert builder.error_text("title") == ""  # an empty title prints the event's name
    assert not (tmp_path / "x.pdf").exists()


# ---------------------------------------------------------------------- saving and closing


def test_save_and_reopen_a_dossier_from_the_navigator(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, seeded: Store
) -> None:
    before = {n for n, _ in seeded.specs()}
    set_title(qtbot, builder, "Tajik brief")
    builder.language.setCurrentIndex(builder.language.findData("fr"))
    builder.sections.setCurrentItem(builder.section_items()[0])
    builder.text_editor.text.setPlainText("Faire le point.")
    lay_out(qtbot, builder, "theme")
    builder.spec_name.setCurrentText("TJ brief")
    qtbot.mouseClick(builder.save_spec_button, Qt.MouseButton.LeftButton)
    assert {n for n, _ in seeded.specs()} == before | {"TJ brief"}
    assert window.navigator.item_for("spec", "TJ brief") is not None
    assert not builder.is_dirty
    saved = builder.current_spec()
    assert saved.sections[0] == SectionSpec("text", title="Objet", text="Faire le point.")

    builder.new_spec()
    assert kinds(builder) == SKELETON
    click_navigator(qtbot, window, "spec", "TJ brief")
    assert builder.current_spec() == saved and not builder.is_dirty


def test_the_seed_packs_open_unchanged(builder: DossierBuilder, seeded: Store) -> None:
    for name, _when in seeded.specs():
        assert builder.load_spec(name)
        spec = DossierSpec.from_json(seeded.load_spec(name))
        assert builder.current_spec() == spec and not builder.is_dirty


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, builder: DossierBuilder, dialogs: Dialogs, seeded: Store
) -> None:
    builder.sections.setCurrentItem(builder.section_items()[0])
    qtbot.keyClicks(builder.text_editor.text, "Agree the road map.")
    assert builder.is_dirty

    dialogs.buttons.append(Button.Cancel)
    assert not builder.close()
    assert builder.isVisible() and "Unsaved dossier" in dialogs.asked[-1][1]
    assert builder.current_spec().sections[0].text == "Agree the road map."

    dialogs.buttons.append(Button.Save)  # no name yet: stays open, asks for one
    assert not builder.close()
    assert builder.isVisible() and "name" in builder.status.text()

    builder.spec_name.setCurrentText("Road map")
    dialogs.buttons.append(Button.Save)
    assert builder.close()
    assert not builder.isVisible()
    saved = DossierSpec.from_json(seeded.load_spec("Road map"))
    assert saved.sections[0].text == "Agree the road map."


def test_discard_closes_and_forgets_the_changes(
    qtbot: QtBot, builder: DossierBuilder, dialogs: Dialogs
) -> None:
    set_title(qtbot, builder, "Draft")
    dialogs.buttons.append(Button.Discard)
    assert builder.close()
    assert builder.current_spec().title == "" and not builder.is_dirty
    asked = len(dialogs.asked)
    builder.show()
    assert builder.close() and len(dialogs.asked) == asked  # nothing to ask


# ---------------------------------------------------------------------- export


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


# ---------------------------------------------------------------------- always current


def mark_secret(window: MainWindow, store: Store, uuids: list[str]) -> None:
    """Re-mark facts SECRET through the store, then tell the app (as a save does)."""
    from dataclasses import replace as dc_replace

    from briefing.gui.bus import Changes

    for uuid in uuids:
        record = store.get(uuid)
        store.update(uuid, dc_replace(record.to_draft(), marking="SECRET"), record.version)
    window.bus.publish(Changes(facts=True, uuids=frozenset(uuids)), None)


def test_the_ceiling_withholds_facts_and_the_builder_says_how_many(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, seeded: Store
) -> None:
    builder.ceiling.setCurrentIndex(builder.ceiling.findData("RESTRICTED"))
    lay_out(qtbot, builder, "theme")
    row = row_of(builder, "theme", "institutions")
    spec = builder.current_spec()
    event = seeded.event(spec.event or "")
    inside = seeded.facts(FactQuery(themes=("institutions",), events=(event.uuid,)))
    total = len(inside)
    text = builder.sections.count_text
    qtbot.waitUntil(lambda: text(row).startswith(f"{total} facts"), timeout=10_000)
    assert "withheld" not in text(row)
    qtbot.waitUntil(lambda: "prints" in builder.summary.text(), timeout=10_000)
    assert "withheld" not in builder.summary.text()

    mark_secret(window, seeded, [inside[0].uuid, inside[1].uuid])
    qtbot.waitUntil(lambda: text(row).startswith(f"{total - 2} facts · 2 withheld"), timeout=10_000)
    dossier = assemble(builder.current_spec(), seeded)
    printed = {f.uuid for s in dossier.sections if isinstance(s, FactSection) for f in s.facts}
    printed |= {
        f.uuid
        for s in dossier.sections
        if isinstance(s, FactSection)
        for sub in s.subsections
        for f in sub.facts
    }
    qtbot.waitUntil(lambda: "2 more are withheld" in builder.summary.text(), timeout=10_000)
    assert f"The dossier prints {len(printed)} facts." in builder.summary.text()
    assert "Restricted" in builder.summary.text()


def test_hand_picked_facts_obey_the_ceiling_in_the_counts(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, seeded: Store
) -> None:
    select_row(qtbot, window, 0)
    select_rows(window, [1, 2])
    picked = window.selected_uuids()
    window.act_add_to_dossier.trigger()
    row = len(builder.current_spec().sections) - 1
    wait_count(qtbot, builder, row, "3 facts")
    builder.ceiling.setCurrentIndex(builder.ceiling.findData("RESTRICTED"))
    mark_secret(window, seeded, picked[:1])
    wait_count(qtbot, builder, row, "2 facts · 1 withheld")


def test_the_preview_follows_a_fact_re_marked_while_it_is_shown(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, seeded: Store
) -> None:
    lay_out(qtbot, builder, "theme")
    builder.tabs.setCurrentIndex(1)
    wait_preview(qtbot, builder)
    first = builder.preview_summary
    assert first is not None and first.marking == "UNCLASSIFIED"
    dossier = assemble(builder.current_spec(), seeded)
    uuid = next(f.uuid for s in dossier.sections if isinstance(s, FactSection) for f in s.facts)
    mark_secret(window, seeded, [uuid])
    qtbot.waitUntil(
        lambda: builder.preview_summary is not first and builder.preview_summary is not None,
        timeout=20_000,
    )
    assert builder.preview_summary.marking == "SECRET"  # type: ignore[union-attr]
