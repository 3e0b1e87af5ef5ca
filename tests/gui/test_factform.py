"""Editing a fact in the form: save, inline validation, undo/redo, new facts, conflicts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from briefing.gui.mainwindow import MainWindow
from briefing.store import FactDraft, FactQuery, FactRecord, Store
from briefing.store.records import Speaker
from tests.gui.conftest import Dialogs
from tests.gui.helpers import select_key, wait_loaded


def first_with_figures(store: Store) -> int:
    return next(r.key for r in store.facts() if r.figures)


def replace_statement(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.form.statement
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def edit_figure_value(qtbot: QtBot, window: MainWindow, row: int, text: str) -> None:
    table = window.form.figures.table
    item = table.item(row, 1)
    assert item is not None
    table.setCurrentItem(item)
    table.editItem(item)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_edit_statement_and_figure_then_save(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    key = first_with_figures(seeded)
    before = seeded.get(key)
    select_key(qtbot, window, key)
    assert window.form.record is not None and window.form.record.key == key
    assert not window.form.save_button.isEnabled()  # unchanged

    replace_statement(qtbot, window, "Trade reached **USD 46 billion**.")
    edit_figure_value(qtbot, window, 0, "46e9")
    assert window.form.is_dirty
    qtbot.waitUntil(window.form.save_button.isEnabled, timeout=3000)
    qtbot.mouseClick(window.form.save_button, Qt.MouseButton.LeftButton)

    after = seeded.get(before.uuid)
    assert after.statement == "Trade reached **USD 46 billion**."
    assert after.figures[0].value == 46e9
    assert after.figures[0].translations == before.figures[0].translations  # kept
    assert after.version == before.version + 1
    assert after.translations == before.translations and after.themes == before.themes
    assert not window.form.is_dirty and not window.form.save_button.isEnabled()
    wait_loaded(qtbot, window)
    assert window.model.row_of(key) >= 0  # still listed and selected
    assert window.view.currentIndex().row() == window.model.row_of(key)


def test_invalid_figure_value_is_shown_next_to_the_table(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    select_key(qtbot, window, first_with_figures(seeded))
    edit_figure_value(qtbot, window, 0, "abc")
    form = window.form
    qtbot.waitUntil(lambda: "'abc' is not a number" in form.error_text("figures"), timeout=3000)
    assert form.error_text("figures").startswith("Row 1, value:")
    assert not form.save_button.isEnabled()
    assert not window.act_save.isEnabled()
    box = form._boxes["figures"]
    assert box.error.isVisible() and box.frame.property("invalid") is True
    edit_figure_value(qtbot, window, 0, "12")
    qtbot.waitUntil(lambda: form.error_text("figures") == "", timeout=3000)
    assert form.save_button.isEnabled()


def test_removing_every_theme_is_refused_inline(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    for slug in form.themes.values():
        item = form.themes.item_for(slug)
        assert item is not None
        item.setCheckState(Qt.CheckState.Unchecked)  # as a click on its box does
    qtbot.waitUntil(lambda: form.error_text("themes") != "", timeout=3000)
    assert form.error_text("themes") == "at least one theme is required"
    assert form.themes.list.property("invalid") is True
    assert not form.save_button.isEnabled()
    # Save anyway (Ctrl+S) does nothing but keep the message
    uuid = form.record.uuid  # type: ignore[union-attr]
    version = window.store.get(uuid).version
    assert window.save_current() is False
    assert window.store.get(uuid).version == version


def test_bad_date_and_quote_without_source_are_marked(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    form.date.line.clear()
    qtbot.keyClicks(form.date.line, "2025-13-40")
    form.source.setCurrentText("")
    qtbot.waitUntil(lambda: form.error_text("date") != "", timeout=3000)
    assert "not a valid date" in form.error_text("date")
    assert form.error_text("source.title") == "a quote or locator needs the source it comes from"


def test_undo_and_redo_a_save(qtbot: QtBot, window: MainWindow, seeded: Store) -> None:
    key = seeded.fact_ids()[2]
    original = seeded.get(key)
    select_key(qtbot, window, key)
    replace_statement(qtbot, window, "Edited once.")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert seeded.get(key).statement == "Edited once."
    assert window.act_undo.isEnabled()

    window.act_undo.trigger()
    assert seeded.get(key).statement == original.statement
    qtbot.waitUntil(lambda: window.form.statement.toPlainText() == original.statement, timeout=3000)
    window.act_redo.trigger()
    assert seeded.get(key).statement == "Edited once."
    qtbot.waitUntil(lambda: window.form.statement.toPlainText() == "Edited once.", timeout=3000)
    assert [v for v, *_ in seeded.revisions(original.uuid)] == [3, 2, 1]


def test_new_fact_with_ctrl_n_then_undo_moves_it_to_the_bin(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    assert form.is_new and form.title.text() == "New fact"
    assert not form.is_valid and not form.save_button.isEnabled()  # no theme yet...
    assert form.error_text("themes") == "" and form.problems.text() == ""  # ...nor red
    qtbot.keyClicks(form.statement, "A new fact about *hydropower*.")
    qtbot.keyClicks(form.themes.filter, "Hydropower")
    qtbot.keyClick(form.themes.filter, Qt.Key.Key_Return)  # ticks the match
    qtbot.keyClicks(form.countries.filter, "Tajik")
    qtbot.keyClick(form.countries.filter, Qt.Key.Key_Return)
    qtbot.keyClicks(form.people.filter, "Jane Example")
    qtbot.keyClick(form.people.filter, Qt.Key.Key_Return)  # a new name
    qtbot.waitUntil(form.save_button.isEnabled, timeout=3000)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert seeded.count() == 59
    record = form.record
    assert record is not None and not form.is_new
    assert record.themes == ("hydropower",) and record.countries == ("TJ",)
    assert record.people == ("Jane Example",)
    qtbot.waitUntil(lambda: window.model.row_of(record.key) >= 0, timeout=3000)
    assert "Jane Example" in window.ref.people  # pickers know the new person

    window.act_undo.trigger()
    assert seeded.count() == 59 - 1
    assert record.key in seeded.fact_ids(FactQuery(deleted=True))
    qtbot.waitUntil(lambda: not window.form.is_active, timeout=3000)
    window.act_redo.trigger()
    assert seeded.count() == 59


def test_conflicting_save_keeps_the_draft(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    key = seeded.fact_ids()[4]
    select_key(qtbot, window, key)
    record = seeded.get(key)
    theirs = record.to_draft()
    theirs.statement = "Their version."
    seeded.update(record.uuid, theirs, record.version)  # someone else saves first

    replace_statement(qtbot, window, "My version.")
    dialogs.conflict_reload.append(False)  # keep my changes
    assert window.save_current() is False
    assert dialogs.kinds() == ["conflict"]
    assert seeded.get(key).statement == "Their version."
    assert window.form.statement.toPlainText() == "My version."  # nothing lost
    assert window.form.is_dirty and "saved by someone else" in window.form.banner.text()

    assert window.save_current() is True  # now knowingly replaces theirs
    assert seeded.get(key).statement == "My version."


def test_conflict_can_reload_their_version(
    qtbot: QtBot, window: MainWindow, seeded: Store, dialogs: Dialogs
) -> None:
    key = seeded.fact_ids()[4]
    select_key(qtbot, window, key)
    record = seeded.get(key)
    theirs = record.to_draft()
    theirs.statement = "Their version."
    seeded.update(record.uuid, theirs, record.version)
    replace_statement(qtbot, window, "My version.")
    dialogs.conflict_reload.append(True)
    assert window.save_current() is False
    assert window.form.statement.toPlainText() == "Their version."
    assert not window.form.is_dirty


def test_markdown_preview_never_renders_raw_html(qtbot: QtBot, window: MainWindow) -> None:
    replace_statement(qtbot, window, "**bold** and <b>raw</b><script>alert(1)</script>")
    form = window.form
    form.tabs.setCurrentWidget(form.preview)
    qtbot.waitUntil(lambda: "bold and" in form.preview.toPlainText(), timeout=3000)
    text = form.preview.toPlainText()
    assert "<b>raw</b><script>alert(1)</script>" in text  # shown literally
    assert "**" not in text


def test_translations_are_edited_per_language(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    key = seeded.fact_ids()[0]
    select_key(qtbot, window, key)
    form = window.form
    record = seeded.get(key)
    ru = form._translation_edits["ru"]
    ru.selectAll()
    ru.insertPlainText("Новый перевод.")  # QTest can only type ASCII keys
    original_tab = 2 + ["en", "fr", "ru"].index(record.language)
    assert not form.tabs.isTabEnabled(original_tab)
    qtbot.waitUntil(form.save_button.isEnabled, timeout=3000)
    assert window.save_current()
    assert seeded.get(key).translations["ru"] == "Новый перевод."


def test_the_wheel_scrolls_the_form_not_the_lists_or_combos(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    form = window.form
    window.view.setFocus()
    form_bar = form.scroll_area.verticalScrollBar()
    list_bar = form.countries.list.verticalScrollBar()
    marking = form.marking.currentIndex()

    def wheel(target: QWidget) -> None:
        event = QWheelEvent(
            QPointF(5, 5),
            QPointF(target.mapToGlobal(QPoint(5, 5))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, event)

    wheel(form.countries.list.viewport())
    wheel(form.marking)
    assert form_bar.value() > 0
    assert list_bar.value() == 0
    assert form.marking.currentIndex() == marking


def test_delete_in_a_text_field_edits_text_not_facts(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    locator = window.form.locator
    locator.setFocus()
    locator.setText("§10")
    locator.setCursorPosition(0)
    qtbot.keyClick(locator, Qt.Key.Key_Delete)
    assert locator.text() == "10"
    assert dialogs.asked == []


def pick_speaker(qtbot: QtBot, window: MainWindow, kind: str, text: str = "") -> None:
    speaker = window.form.speaker
    speaker.kind.setCurrentIndex(speaker.kind.findData(kind))
    line = speaker.ref.lineEdit()
    assert line is not None
    line.clear()
    if text:
        qtbot.keyClicks(line, text)


def save_and_reload(qtbot: QtBot, window: MainWindow, key: int) -> FactRecord:
    """Save the form, show another fact, then this one again (read back from the store)."""
    qtbot.waitUntil(window.form.save_button.isEnabled, timeout=3000)
    assert window.save_current()
    wait_loaded(qtbot, window)
    other = next(k for k in window.store.fact_ids() if k != key)
    select_key(qtbot, window, other)
    select_key(qtbot, window, key)
    record = window.form.record
    assert record is not None and record.key == key
    return record


def test_key_point_and_speaker_round_trip_through_the_store(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    record = next(r for r in seeded.facts() if r.speaker is None and not r.is_key)
    select_key(qtbot, window, record.key)
    form = window.form
    assert form.key_point.checkState() == Qt.CheckState.Unchecked
    assert form.speaker.value() is None and not form.speaker.ref.isEnabled()

    window.activateWindow()
    form.statement.setFocus()
    qtbot.keyClick(form.statement, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # mnemonic
    qtbot.waitUntil(form.key_point.isChecked, timeout=3000)  # an animated click
    pick_speaker(qtbot, window, "person", "Vladimir Putin")
    saved = save_and_reload(qtbot, window, record.key)
    assert saved.is_key is True and saved.speaker == Speaker("person", "Vladimir Putin")
    assert saved.version == record.version + 1
    assert form.key_point.isChecked() and not form.is_dirty
    assert form.speaker.kind.currentData() == "person"
    assert form.speaker.ref.currentText() == "Vladimir Putin"

    # a delegation typed by its country's name is saved by code
    pick_speaker(qtbot, window, "country", "Tajikistan")
    assert save_and_reload(qtbot, window, record.key).speaker == Speaker("country", "TJ")
    assert form.speaker.ref.currentText() == "Tajikistan (TJ)"

    # an outcome document picked from the list
    title = "Joint Action Plan 2025–2027"
    pick_speaker(qtbot, window, "document")
    form.speaker.ref.setCurrentIndex(form.speaker.ref.findData(title))
    assert save_and_reload(qtbot, window, record.key).speaker == Speaker("document", title)

    # back to an established fact that is not a key point
    form.speaker.kind.setCurrentIndex(0)
    qtbot.mouseClick(form.key_point, Qt.MouseButton.LeftButton)
    final = save_and_reload(qtbot, window, record.key)
    assert final.speaker is None and final.is_key is False
    assert form.speaker.ref.currentText() == "" and not form.key_point.isChecked()


def test_an_unknown_speaker_is_reported_next_to_the_field(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    pick_speaker(qtbot, window, "country", "Atlantis")
    qtbot.waitUntil(lambda: form.error_text("speaker") != "", timeout=3000)
    assert form.error_text("speaker") == "unknown country code 'Atlantis'"
    box = form._boxes["speaker"]
    assert box.error.isVisible() and form.speaker.kind.property("invalid") is True
    assert form.error_text("statement") == ""  # not lumped with the statement's errors
    assert not form.save_button.isEnabled()

    pick_speaker(qtbot, window, "person")  # a person with no name
    qtbot.waitUntil(lambda: form.error_text("speaker") == "must not be empty", timeout=3000)
    qtbot.keyClicks(form.speaker.ref.lineEdit(), "Jane Example")  # new names are allowed
    qtbot.waitUntil(lambda: form.error_text("speaker") == "", timeout=3000)
    assert form.save_button.isEnabled()


def test_a_malformed_key_or_speaker_is_shown_not_replaced(qtbot: QtBot, window: MainWindow) -> None:
    draft = FactDraft.from_json(
        {
            "statement": "A fact from a hand-written bundle.",
            "themes": [window.ref.themes[0].slug],
            "key": "yes",
            "speaker": {"organisation": "United Nations"},
        }
    )
    form = window.form
    form.new_fact(draft)
    assert form.draft().speaker == {"organisation": "United Nations"}
    assert form.draft().is_key == "yes"
    assert form.key_point.checkState() == Qt.CheckState.PartiallyChecked
    assert form.error_text("key") == "must be true or false, not 'yes'"
    assert form.error_text("speaker").startswith('must be null, {"person": NAME}')
    assert "organisation: United Nations" in form.speaker.ref.currentText()

    qtbot.mouseClick(form.key_point, Qt.MouseButton.LeftButton)  # a plain yes now
    assert form.key_point.isChecked() and not form.key_point.isTristate()
    form.speaker.kind.setCurrentIndex(form.speaker.kind.findData("person"))
    assert form.speaker.kind.findData("?") < 0  # the "not recognised" entry is gone
    qtbot.keyClicks(form.speaker.ref.lineEdit(), "Vladimir Putin")
    qtbot.waitUntil(lambda: form.error_text("speaker") == "", timeout=3000)
    assert form.error_text("key") == ""
    assert form.draft().is_key is True
    assert form.draft().speaker == Speaker("person", "Vladimir Putin")


def test_the_preview_shows_what_prints_with_the_speaker(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    form.new_fact(
        FactDraft(
            statement="Trade **grew** by a third.\n\n- <b>not bold</b>",
            themes=[window.ref.themes[0].slug],
            language="en",
            speaker=Speaker("person", "Vladimir Putin"),
        )
    )
    form.tabs.setCurrentWidget(form.preview)
    qtbot.waitUntil(lambda: "Trade grew" in form.preview.toPlainText(), timeout=3000)
    text = form.preview.toPlainText()
    assert text.startswith("According to Vladimir Putin: Trade grew by a third.")
    assert "<b>not bold</b>" in text  # printed literally, as in the dossier
    pick_speaker(qtbot, window, "country", "TJ")
    qtbot.waitUntil(lambda: form.preview.toPlainText().startswith("Tajikistan: "), timeout=3000)
    form.language.setCurrentIndex(form.language.findData("fr"))
    qtbot.waitUntil(lambda: form.preview.toPlainText().startswith("Tadjikistan : "), timeout=3000)


def test_errors_wait_for_the_field_to_be_touched_or_a_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.new_fact()
    form = window.form
    qtbot.keyClicks(form.statement, "A fact with no theme yet.")
    qtbot.waitUntil(lambda: not form._validate_timer.isActive(), timeout=3000)
    form.validate_now(all_fields=False)
    assert form.error_text("themes") == ""  # not touched: no message
    themes_y = form._boxes["countries"].mapTo(form.content, form._boxes["countries"].pos()).y()
    assert not window.save_current()  # Ctrl+S reveals every problem
    assert form.error_text("themes") != ""
    assert form.problems.text() == "1 problem to fix before saving"
    after_y = form._boxes["countries"].mapTo(form.content, form._boxes["countries"].pos()).y()
    assert after_y == themes_y  # the message took space kept for it: nothing moved


def test_the_form_sits_in_two_columns_when_wide(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    form.resize(500, 700)
    qtbot.waitUntil(lambda: not form.two_columns, timeout=2000)
    statement_x = form.statement.mapTo(form, form.statement.rect().topLeft()).x()
    form.resize(1000, 700)
    qtbot.waitUntil(lambda: form.two_columns, timeout=2000)
    qtbot.wait(50)
    quote_x = form.quote.mapTo(form, form.quote.rect().topLeft()).x()
    assert quote_x > statement_x + 300  # provenance moved to the right-hand column


def test_the_wheel_over_the_statement_tabs_does_not_switch_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    bar = window.form.tabs.tabBar()
    window.form.locator.setFocus()
    before = window.form.tabs.currentIndex()
    centre = QPointF(bar.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(bar.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(bar, wheel)
    assert window.form.tabs.currentIndex() == before
