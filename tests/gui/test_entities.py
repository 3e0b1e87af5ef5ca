"""Dialogs for reference data show the store's validation errors next to each field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from briefing.gui.bus import Changes
from briefing.gui.entities import (
    EventDialog,
    OrganisationDialog,
    PersonDialog,
    SourceDialog,
    ThemeDialog,
    parse_aliases,
)
from briefing.gui.mainwindow import MainWindow
from briefing.gui.refdata import RefData
from briefing.store import Store


def press_save(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_person_dialog_shows_errors_inline_then_saves(qtbot: QtBot, seeded: Store) -> None:
    dialog = PersonDialog(seeded, RefData.load(seeded, "en"))
    qtbot.addWidget(dialog)
    dialog.show()
    press_save(qtbot, dialog)
    assert dialog.error_text("name") == "must not be empty"
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Jane Example")
    qtbot.keyClicks(dialog.role, "Special envoy")
    dialog.country.setCurrentIndex(dialog.country.findData("FR"))
    dialog.aliases.setPlainText("Жанна Пример [ru]\nJ. Example")
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    person = next(p for p in seeded.people() if p.name == "Jane Example")
    assert person.role == "Special envoy" and person.country_code == "FR"
    assert [(a.text, a.language) for a in person.aliases] == [
        ("Жанна Пример", "ru"),
        ("J. Example", None),
    ]


def test_editing_a_person_keeps_the_same_record(qtbot: QtBot, seeded: Store) -> None:
    person = seeded.people()[0]
    dialog = PersonDialog(seeded, RefData.load(seeded, "en"), person.id)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == person.name
    dialog.role.setText("New role")
    press_save(qtbot, dialog)
    assert len(seeded.people()) == 6
    assert next(p for p in seeded.people() if p.id == person.id).role == "New role"


def test_theme_dialog_rejects_a_bad_slug(qtbot: QtBot, seeded: Store) -> None:
    dialog = ThemeDialog(seeded, RefData.load(seeded, "en"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.slug, "Bad Slug!")
    press_save(qtbot, dialog)
    assert dialog.error_text("slug") == "use lower-case letters, digits and '-'"
    assert dialog.error_text("name_en") == "must not be empty"
    dialog.slug.setText("water")
    dialog.name_en.setText("Water")
    dialog.name_fr.setText("Eau")
    dialog.parent_theme.setCurrentIndex(dialog.parent_theme.findData("energy"))
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    water = next(t for t in seeded.themes() if t.slug == "water")
    assert water.name_fr == "Eau" and water.parent_id is not None


def test_source_dialog_checks_the_date(qtbot: QtBot, seeded: Store) -> None:
    dialog = SourceDialog(seeded, RefData.load(seeded, "en"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Cable 42")
    qtbot.keyClicks(dialog.date.line, "9 October")
    press_save(qtbot, dialog)
    assert "not a valid date" in dialog.error_text("date")
    dialog.date.line.setText("2025-10-09")
    dialog.reliability.setCurrentIndex(dialog.reliability.findData("B"))
    press_save(qtbot, dialog)
    source = next(s for s in seeded.sources() if s.title == "Cable 42")
    assert source.reliability == "B" and str(source.date) == "2025-10-09"


def test_event_and_organisation_dialogs(qtbot: QtBot, seeded: Store) -> None:
    ref = RefData.load(seeded, "en")
    event = EventDialog(seeded, ref)
    qtbot.addWidget(event)
    press_save(qtbot, event)
    assert event.error_text("name") == "must not be empty"
    event.name.setText("Astana meeting")
    event.country.setCurrentIndex(event.country.findData("KZ"))
    press_save(qtbot, event)
    assert "Astana meeting" in [e.name for e in seeded.events()]
    org = OrganisationDialog(seeded, ref)
    qtbot.addWidget(org)
    org.name.setText("Shanghai Cooperation Organisation")
    org.aliases.setPlainText("SCO\nOCS [fr]")
    press_save(qtbot, org)
    assert "Shanghai Cooperation Organisation" in [o.name for o in seeded.organisations()]


def test_saving_an_entity_refreshes_the_pickers(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    dialog = PersonDialog(seeded, window.ref, None, window)
    dialog.name.setText("Jane Example")
    dialog.accept()
    window.bus.publish(Changes(entities=True), dialog)  # what the main window does after Save
    assert "Jane Example" in window.ref.people
    assert window.form.people.item_for("Jane Example") is not None


def test_parse_aliases() -> None:
    assert parse_aliases(" Рахмон [ru] \n\nRahmon\n") == [("Рахмон", "ru"), ("Rahmon", None)]
