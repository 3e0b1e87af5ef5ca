"""Laying the dossier out: a section per country or theme in one click, laying out again
(asking before exclusions are forgotten), merging with written and hand-picked
sections, reordering."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.gui.builder import DossierBuilder
from briefing.gui.builder_layout import merge_layout
from briefing.gui.builder_sections import UUID_ROLE
from briefing.gui.mainwindow import MainWindow
from tests.gui.builder_helpers import SKELETON, Button, kinds, lay_out, row_of
from tests.gui.conftest import Dialogs
from tests.gui.helpers import select_row, select_rows


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
