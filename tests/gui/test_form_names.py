"""The fact form names events and people as the interface's language writes them, and
stores them by their own names (issue 8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing.gui import i18n
from briefing.gui.mainwindow import MainWindow
from briefing.gui.prefs import Prefs
from briefing.store import Store
from tests.gui.helpers import select_row, wait_loaded

EVENT = "Second Central Asia – Russia summit"
EVENT_RU = "Второй саммит «Центральная Азия – Россия»"


@pytest.fixture
def russian_window(
    qtbot: QtBot, qapp: QApplication, seeded: Store, prefs: Prefs
) -> Iterator[MainWindow]:
    translators = i18n.install(qapp, "ru")
    window = MainWindow(seeded, prefs, language="ru")
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window)
    yield window
    window.close()
    i18n.remove(qapp, translators)


def test_event_shows_in_russian_and_saves_by_its_name(
    qtbot: QtBot, russian_window: MainWindow, seeded: Store
) -> None:
    window = russian_window
    select_row(qtbot, window, 0)
    form = window.form
    record = form.record
    assert record is not None and record.event == EVENT
    assert form.event_combo.currentText() == EVENT_RU
    assert not form.is_dirty  # showing the Russian name is not an edit
    assert form.draft().event == EVENT
    labels = [form.event_combo.itemText(i) for i in range(form.event_combo.count())]
    assert EVENT not in labels and EVENT_RU in labels
    # typing a new event's name keeps it as typed
    form.event_combo.setCurrentText("Визит в Астану")
    assert form.draft().event == "Визит в Астану"
    form.set_event(EVENT)
    assert form.event_combo.currentText() == EVENT_RU and form.draft().event == EVENT


def test_people_are_listed_in_russian_and_kept_by_their_names(
    russian_window: MainWindow, seeded: Store
) -> None:
    form = russian_window.form
    item = form.people.item_for("Kassym-Jomart Tokayev")
    assert item is not None and item.text() == "Касым-Жомарт Токаев"
    russian_window.new_fact()
    form.people.set_values(["Kassym-Jomart Tokayev"], notify=False)
    assert form.draft().people == ["Kassym-Jomart Tokayev"]


def test_a_document_speaks_under_its_russian_title_and_is_stored_by_its_own(
    qtbot: QtBot, russian_window: MainWindow, seeded: Store
) -> None:
    form = russian_window.form
    document = next(d for d in seeded.documents() if d.titles.get("ru"))
    russian_window.new_fact()
    form.speaker.kind.setCurrentIndex(form.speaker.kind.findData("document"))
    labels = [form.speaker.ref.itemText(i) for i in range(form.speaker.ref.count())]
    assert document.titles["ru"] in labels and document.title not in labels
    form.speaker.ref.setCurrentText(document.titles["ru"])
    speaker = form.draft().speaker
    assert speaker is not None and speaker.ref == document.title
    item = form.documents.item_for(document.title)
    assert item is not None and item.text() == document.titles["ru"]
