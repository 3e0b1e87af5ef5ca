"""The dossier builder's pack as a whole: a new dossier starts from the skeleton, the event
picker and cover fields reach the spec, saving, reopening, closing with unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.gui.builder import DossierBuilder
from briefing.gui.mainwindow import MainWindow
from briefing.store import Store
from tests.gui.builder_helpers import SKELETON, Button, kinds, lay_out, set_title
from tests.gui.conftest import Dialogs, SecondEvent
from tests.gui.test_mainwindow import click_navigator


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
