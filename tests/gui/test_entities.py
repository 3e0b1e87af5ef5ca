"""Dialogs for reference data show the store's validation errors next to each field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from briefing.gui.bus import Changes
from briefing.gui.country_notes import CountryNoteDialog
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
from tests.gui.conftest import Dialogs


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


def test_person_names_bios_kind_and_organisation_save_and_reload(
    qtbot: QtBot, seeded: Store
) -> None:
    person = next(p for p in seeded.people() if p.name == "Emomali Rahmon")
    dialog = PersonDialog(seeded, RefData.load(seeded, "en"), person.id)
    qtbot.addWidget(dialog)
    assert dialog.names["ru"].text() == person.names["ru"]
    assert dialog.bios["fr"].toPlainText() == person.bios["fr"]
    assert dialog.kind.currentData() == "head-of-state"
    dialog.names["fr"].setText("Emomali Rakhmon")
    dialog.bios["en"].setPlainText("President of **Tajikistan** since 1994.")
    dialog.bios["ru"].setPlainText("")
    dialog.kind.setCurrentIndex(dialog.kind.findData("head-of-government"))
    assert dialog.kind.currentText() == "Head of government"
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("United Nations"))
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted

    saved = next(p for p in seeded.people() if p.id == person.id)
    assert saved.names == {**person.names, "fr": "Emomali Rakhmon"}
    assert saved.bios == {"en": "President of **Tajikistan** since 1994.", "fr": person.bios["fr"]}
    assert saved.kind == "head-of-government" and saved.organisation == "United Nations"
    assert saved.role == person.role and saved.role_translations == person.role_translations
    assert saved.aliases == person.aliases

    again = PersonDialog(seeded, RefData.load(seeded, "en"), person.id)
    qtbot.addWidget(again)
    assert again.names["fr"].text() == "Emomali Rakhmon"
    assert again.bios["ru"].toPlainText() == ""
    assert again.kind.currentData() == "head-of-government"
    assert again.organisation.currentText() == "United Nations"
    again.organisation.setCurrentIndex(again.organisation.findData(""))  # (none) clears it
    press_save(qtbot, again)
    assert next(p for p in seeded.people() if p.id == person.id).organisation is None


def test_a_too_long_biography_is_refused_next_to_its_language(qtbot: QtBot, seeded: Store) -> None:
    dialog = PersonDialog(seeded, RefData.load(seeded, "en"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Jane Example")
    dialog.bios["fr"].setPlainText("x" * 4001)
    press_save(qtbot, dialog)
    assert dialog.error_text("bio.fr") == "is longer than 4000 characters"
    assert dialog.error_text("bio.en") == "" and not dialog.general.isVisible()
    assert dialog.isVisible() and "Jane Example" not in [p.name for p in seeded.people()]


def test_event_end_date_before_its_start_is_refused_with_the_field_named(
    qtbot: QtBot, seeded: Store
) -> None:
    event = seeded.events()[0]
    dialog = EventDialog(seeded, RefData.load(seeded, "en"), event.name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.date.value() == event.start_date and dialog.end_date.text() == ""
    assert dialog.names["fr"].text() == event.names["fr"]
    dialog.end_date.line.setText("2025-10-08")
    press_save(qtbot, dialog)
    assert dialog.error_text("end_date") == "must not be before the start date"
    assert dialog.error_text("start_date") == ""
    assert dialog.isVisible() and seeded.events()[0].end_date is None

    dialog.end_date.line.setText("2025-10-10")
    dialog.kind.setCurrentIndex(dialog.kind.findData("conference"))
    dialog.names["en"].setText("Second Central Asia–Russia Summit")
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = seeded.events()[0]
    assert str(saved.end_date) == "2025-10-10" and saved.kind == "conference"
    assert saved.names == {**event.names, "en": "Second Central Asia–Russia Summit"}
    assert saved.place_names == event.place_names

    again = EventDialog(seeded, RefData.load(seeded, "en"), event.name)
    qtbot.addWidget(again)
    assert again.end_date.text() == "2025-10-10" and again.kind.currentText() == "Conference"


def test_an_end_date_needs_a_start_date(qtbot: QtBot, seeded: Store) -> None:
    dialog = EventDialog(seeded, RefData.load(seeded, "en"))
    qtbot.addWidget(dialog)
    dialog.name.setText("Desk call")
    dialog.end_date.line.setText("2025-11-02")
    dialog.date.line.setText("2 Nov")
    press_save(qtbot, dialog)
    assert "not a valid date" in dialog.error_text("start_date")
    dialog.date.line.clear()
    press_save(qtbot, dialog)
    assert dialog.error_text("start_date") == "an end date needs a start date"


def test_a_country_note_saves_and_reloads(qtbot: QtBot, seeded: Store) -> None:
    ref = RefData.load(seeded, "en")
    before = next(n for n in seeded.country_notes() if n.country_code == "TJ")
    dialog = CountryNoteDialog(seeded, ref, "TJ")
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "TJ"
    assert dialog.texts["en"].toPlainText() == before.text["en"]
    dialog.texts["fr"].setPlainText("Note du poste : **priorité** à l’eau.")
    dialog.marking.setCurrentIndex(dialog.marking.findData("RESTRICTED"))
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    note = next(n for n in seeded.country_notes() if n.country_code == "TJ")
    assert note.text == {**before.text, "fr": "Note du poste : **priorité** à l’eau."}
    assert note.marking == "RESTRICTED"

    again = CountryNoteDialog(seeded, ref, "TJ")
    qtbot.addWidget(again)
    assert again.texts["fr"].toPlainText() == "Note du poste : **priorité** à l’eau."
    assert again.marking.currentData() == "RESTRICTED"
    # a country without a note gets one; emptying every language removes it
    again.country.setCurrentIndex(again.country.findData("AF"))
    assert again.texts["en"].toPlainText() == "" and again.marking.currentData() == "UNCLASSIFIED"
    again.texts["en"].setPlainText("Neighbour of Tajikistan.")
    press_save(qtbot, again)
    assert "AF" in [n.country_code for n in seeded.country_notes()]
    third = CountryNoteDialog(seeded, ref, "AF")
    qtbot.addWidget(third)
    assert "has a note" in third.country.currentText()
    third.texts["en"].clear()
    press_save(qtbot, third)
    assert "AF" not in [n.country_code for n in seeded.country_notes()]


def test_switching_country_with_unsaved_note_asks_first(
    qtbot: QtBot, seeded: Store, dialogs: Dialogs
) -> None:
    dialog = CountryNoteDialog(seeded, RefData.load(seeded, "en"), "KZ")
    qtbot.addWidget(dialog)
    dialog.texts["ru"].setPlainText("Черновик.")
    dialog.country.setCurrentIndex(dialog.country.findData("UZ"))  # answered "No"
    assert dialogs.kinds() == ["question"]
    assert dialog.country.currentData() == "KZ" and dialog.texts["ru"].toPlainText() == "Черновик."


def test_the_country_note_dialog_is_in_the_reference_data_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[CountryNoteDialog] = []

    def fake_exec(dialog: CountryNoteDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(CountryNoteDialog, "exec", fake_exec)
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Country notes…")
    action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
