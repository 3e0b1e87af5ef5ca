"""The French and Russian interfaces hold no English: every text a user can read is walked.

Each test opens a screen in fr or ru (the main window with its menus, navigator, list
headers and status bar; the fact form showing validation errors; the dossier builder; the
export file dialog, progress dialog and "exported" box; Settings) and collects every text
a widget shows: labels, buttons, group titles, tabs, placeholders, tooltips, combo items,
header sections, tree and list items, menu actions, window titles, message boxes.

What counts as English: in the Russian interface, any word in Latin letters; in the French
one, any word of the English vocabulary (every English source text of the interface and of
the validation messages, plus common English words) that French does not also use. Codes
("PDF", "DOCX", "ISO"), and what comes from the base as the user wrote it (people, events,
sources, saved dossiers: proper nouns and data), are set aside first.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing import messages
from briefing.gui import i18n, prompts
from briefing.gui.export import ExportTask
from briefing.gui.mainwindow import MainWindow
from briefing.gui.prefs import Prefs
from briefing.gui.settingsdialog import SettingsDialog
from briefing.store import Store
from tests.gui.conftest import Dialogs

TRANSLATIONS = Path(i18n.TRANSLATIONS)
REAL_EXPORT_DONE = prompts.export_done  # taken before conftest's stand-in replaces it
# Codes, key caps and names that read the same in every language.
ALLOWED = {
    "pdf", "docx", "iso", "uuid", "json", "utf", "ok", "a4", "a3", "a5", "letter", "legal",
    "markdown", "briefing", "rtf", "id", "html", "url", "c5", "qt", "https",
    "ctrl", "alt", "shift", "enter", "delete", "del", "esc", "tab", "maj", "suppr",
}  # fmt: skip


ENDONYM = re.compile(
    "|".join(
        re.escape(Locale.parse(code).get_display_name(code) or code) + r"(\s*\(\w+\))?"
        for code in ("en", "fr", "ru", "de", "es", "tr", "uz", "kk", "ky", "tg", "tk", "ar",
                     "fa", "zh", "hi", "he", "th", "it", "pt")
    ),
    re.IGNORECASE,
)  # fmt: skip


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ’']+", text)}


# Everyday English a translator could leave behind and that no French word spells.
COMMON_ENGLISH = words(
    "the and of to in is are was for with on at by from this that these those it its be not "
    "no yes or but if then else when where which who what why how all any each every some "
    "none new open save close cancel delete remove add edit view help file files folder look "
    "type name names size date time show hide find search select selected clear undo redo "
    "back forward next previous up down left right apply reset done error warning problem "
    "problems fix must should can cannot will would one two first last more less only also "
    "here there print printed export import settings language languages fact facts theme "
    "themes country countries event events source sources marking markings confidence key "
    "figure figures section sections book dossier quote person people document documents "
    "title subtitle prepared written unsaved changes change changed saved loading please "
    "wait"
)


def _ts_texts(tag: str) -> list[str]:
    out: list[str] = []
    for ts in TRANSLATIONS.glob("briefing_*.ts"):
        out += [e.text or "" for e in ET.parse(ts).getroot().iter(tag)]
    return out


def english_vocabulary() -> set[str]:
    sources = _ts_texts("source")
    sources += [t["en"] for t in messages.MESSAGES.values()]
    sources += [t["en"] for t in messages.FIELDS.values()]
    vocabulary = set(COMMON_ENGLISH)
    for text in sources:
        vocabulary |= words(re.sub(r"\{\w+\}|&", "", text))
    french = set()
    french_texts = [
        e.text or "" for e in ET.parse(TRANSLATIONS / "briefing_fr.ts").iter("translation")
    ]
    french_texts += [t["fr"] for t in messages.MESSAGES.values()]
    french_texts += [t["fr"] for t in messages.FIELDS.values()]
    for text in french_texts:
        french |= words(re.sub(r"\{\w+\}", "", text))
    return {w for w in vocabulary - french if len(w) > 1} - ALLOWED


def data_texts(store: Store) -> list[str]:
    """What the base holds as written: names, titles, saved dossiers (longest first)."""
    texts: set[str] = set()
    for e in store.events():
        texts |= {e.name, *e.names.values(), e.place, *e.place_names.values()}
    for p in store.people():
        texts |= {p.name, *p.names.values(), p.role, *p.role_translations.values()}
        texts |= {p.organisation or ""}
    texts |= {o.name for o in store.organisations()}
    for d in store.documents():
        texts |= {d.title, *d.titles.values()}
    texts |= {s.title for s in store.sources()}
    texts |= {name for name, _ in store.specs()}
    texts |= {c.code for c in store.countries()}
    return sorted((t for t in texts if t and len(t) > 1), key=len, reverse=True)


# ---------------------------------------------------------------- collecting texts


def _item_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QComboBox):
        yield widget.placeholderText()
        for i in range(widget.count()):
            yield widget.itemText(i)
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        yield from (header.text(c) for c in range(header.columnCount()))
        stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
        while stack:
            item = stack.pop()
            yield from (item.text(c) for c in range(item.columnCount()))
            yield from (item.toolTip(c) for c in range(item.columnCount()))
            stack += [item.child(i) for i in range(item.childCount())]
    elif isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _action_texts(widget: QWidget) -> Iterator[str]:
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()
        yield action.statusTip()
        if action.menu() is not None:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            yield menu.title()
            yield from _action_texts(menu)


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``root`` and its children show."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}:{widget.objectName()}"
        found: list[str] = [widget.toolTip(), widget.windowTitle(), widget.statusTip()]
        if isinstance(widget, QLabel):
            found.append(re.sub(r"<[^>]+>", " ", widget.text()))
        if isinstance(widget, QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
            found += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QMainWindow):
            found.append(widget.statusBar().currentMessage())
        found += list(_item_texts(widget))
        found += list(_action_texts(widget))
        for text in found:
            if text and text.strip():
                yield where, text


class EnglishFinder:
    """Finds English in the texts of an interface in ``language``."""

    def __init__(self, language: str, store: Store) -> None:
        self.language = language
        self.data = data_texts(store)
        self.vocabulary = english_vocabulary()

    def english_words(self, text: str) -> list[str]:
        text = text.replace("&", "")
        if ENDONYM.sub("", text).strip() == "":
            return []  # language pickers name each language in itself ("English (en)")
        for datum in self.data:
            if datum in text:
                text = text.replace(datum, " ")
        text = re.sub(r"\S+\.(pdf|docx)\b|[\w.-]*[/\\][\w./\\-]*", " ", text)  # file paths
        found = re.findall(r"[A-Za-zÀ-ÿ’']+", text)
        if self.language == "ru":
            latin = [w for w in found if re.fullmatch(r"[A-Za-z’']{3,}", w)]  # "EN" is a code
            return [w for w in latin if w.lower().strip("’'") not in ALLOWED]
        return [w for w in found if w.lower() in self.vocabulary]

    def check(self, texts: Iterator[tuple[str, str]] | list[tuple[str, str]]) -> list[str]:
        problems = []
        for where, text in texts:
            bad = self.english_words(text)
            if bad:
                problems.append(f"{where}: {text!r} ({', '.join(bad)})")
        return sorted(set(problems))


# ---------------------------------------------------------------- fixtures


@pytest.fixture(params=["fr", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    translators = i18n.install(qapp, code)
    yield code
    i18n.remove(qapp, translators)


@pytest.fixture
def localised_window(
    qtbot: QtBot, language: str, seeded: Store, prefs: Prefs, dialogs: Dialogs
) -> Iterator[MainWindow]:
    window = MainWindow(seeded, prefs, language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() > 0, timeout=10_000)
    yield window
    dialogs.buttons.clear()
    window.close()


def finder(language: str, store: Store) -> EnglishFinder:
    return EnglishFinder(language, store)


# ---------------------------------------------------------------- the screens


def test_the_detector_finds_english(seeded: Store) -> None:
    fr, ru = EnglishFinder("fr", seeded), EnglishFinder("ru", seeded)
    assert fr.english_words("Look in:") and fr.english_words("must not be empty")
    assert not fr.english_words("Enregistrer le fait") and not fr.english_words("Date : PDF")
    assert ru.english_words("Files of type:") and not ru.english_words("Экспорт в PDF")


def test_main_window_and_fact_form(
    qtbot: QtBot, localised_window: MainWindow, language: str, seeded: Store, dialogs: Dialogs
) -> None:
    window = localised_window
    window.new_fact()
    form = window.form
    assert form.language.currentData() == language  # a new fact is written in the desk's language
    form.date.line.setText("31/02/2025")
    form.source.setCurrentText("")
    form.quote.setPlainText("a quote with no source")
    form.figures.add_row()
    form.figures.table.item(0, form.figures.VALUE).setText("12,5,3")
    form.validate_now()
    qtbot.waitUntil(lambda: form.error_text("date") != "", timeout=3000)
    assert form.error_text("themes") == messages.MESSAGES["themes_required"][language]
    assert form.error_text("source.title") == messages.MESSAGES["source_needed"][language]
    problems = finder(language, seeded).check([*texts_of(window), *dialog_texts(dialogs)])
    assert not problems, "\n".join(problems)


def dialog_texts(dialogs: Dialogs) -> list[tuple[str, str]]:
    return [(f"QMessageBox.{kind}", text) for kind, text in dialogs.asked]


def test_builder(
    qtbot: QtBot, localised_window: MainWindow, language: str, seeded: Store, dialogs: Dialogs
) -> None:
    builder = localised_window.show_builder()
    qtbot.waitExposed(builder)
    builder.new_spec()
    assert builder.current_spec().language == language  # dossiers default to the interface's
    with qtbot.waitSignal(builder.laid_out, timeout=20_000):
        builder.add_by_theme()
    builder.title.setText("x" * 600)  # a validation message under the title
    builder.checked_spec()
    problems = finder(language, seeded).check([*texts_of(builder), *dialog_texts(dialogs)])
    assert not problems, "\n".join(problems)


def test_export_dialogs(
    qtbot: QtBot,
    localised_window: MainWindow,
    language: str,
    seeded: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    builder = localised_window.show_builder()
    spec = builder.current_spec()
    texts: list[tuple[str, str]] = []
    # The file dialog Qt draws itself (what prompts.save_file_name shows in this language).
    assert prompts.file_dialog_options() == QFileDialog.Option.DontUseNativeDialog
    files = QFileDialog(builder, builder.tr("Export dossier"), str(tmp_path))
    files.setOptions(prompts.file_dialog_options())
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.setNameFilter(builder.tr("PDF documents (*.pdf)"))
    files.show()
    texts += texts_of(files)
    labels = [t.replace("&", "") for _, t in texts_of(files)]
    assert any(t.startswith(("Fichiers de type", "Типы файлов")) for t in labels)
    files.close()
    task = ExportTask(seeded, spec, tmp_path / "d.pdf", "pdf", builder.exports, builder)
    texts += texts_of(task.dialog)
    task.dialog.close()

    def walk(box: QMessageBox) -> int:
        texts.extend(texts_of(box))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", walk)
    REAL_EXPORT_DONE(builder, tmp_path / "d.pdf")  # conftest replaces it; walk the real one
    assert len(texts) > 10
    problems = finder(language, seeded).check(texts)
    assert not problems, "\n".join(problems)


def test_settings(qtbot: QtBot, language: str, seeded: Store, prefs: Prefs) -> None:
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    texts = [(w, t) for w, t in texts_of(dialog) if t not in i18n.LANGUAGES.values()]
    assert "Русский" in [dialog.language.itemText(i) for i in range(dialog.language.count())]
    problems = finder(language, seeded).check(texts)
    assert not problems, "\n".join(problems)


def test_the_walk_catches_an_interface_left_in_english(
    qtbot: QtBot, seeded: Store, prefs: Prefs, qapp: QApplication
) -> None:
    """The same walk over the English interface finds English on every screen it covers."""
    window = MainWindow(seeded, prefs, language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() > 0, timeout=10_000)
    window.new_fact()
    window.form.validate_now()
    builder = window.show_builder()
    for language in ("fr", "ru"):
        found = EnglishFinder(language, seeded)
        main = found.check(texts_of(window))
        assert any("'&File'" in p for p in main) and any("must not be empty" in p for p in main)
        assert any("'Marking'" in p or "'Unclassified'" in p for p in main)
        assert len(found.check(texts_of(builder))) > 20
    window.close()


def test_dates_typed_as_the_interface_writes_them(
    qtbot: QtBot, localised_window: MainWindow, language: str, seeded: Store
) -> None:
    form = localised_window.form
    localised_window.new_fact()
    typed = {"fr": "09/10/2025", "ru": "9.10.2025"}[language]
    form.date.line.setText(typed)
    assert form.date.value() == dt.date(2025, 10, 9) and form.date.text() == "2025-10-09"
    assert form.draft().date == "2025-10-09"
    form.date.set_value(dt.date(2025, 10, 9))
    assert form.date.line.text() == {"fr": "09/10/2025", "ru": "09.10.2025"}[language]
    assert {"fr": "JJ/MM/AAAA", "ru": "ДД.ММ.ГГГГ"}[language] in form.date.line.placeholderText()
    form.date.line.setText("31.02.2025")
    form.validate_now()
    assert "31.02.2025" in form.error_text("date") and "not a valid" not in form.error_text("date")


def test_marking_and_confidence_names_follow_the_interface(
    localised_window: MainWindow, language: str
) -> None:
    form = localised_window.form
    markings = [form.marking.itemText(i) for i in range(form.marking.count())]
    confidence = [form.confidence.itemText(i) for i in range(form.confidence.count())]
    expected = {
        "fr": (["Non classifié", "Diffusion restreinte"], "Confirmé"),
        "ru": (["Несекретно", "ДСП"], "Подтверждено"),
    }[language]
    assert markings[:2] == expected[0] and confidence[0] == expected[1]


def test_reference_data_dialogs(
    qtbot: QtBot, language: str, seeded: Store, dialogs: Dialogs
) -> None:
    """Beyond the Done-when list: the dialogs that edit people, themes, sources, events."""
    from briefing.gui.country_notes import CountryNoteDialog
    from briefing.gui.entities import EventDialog, OrganisationDialog, SourceDialog, ThemeDialog
    from briefing.gui.entities_people import PersonDialog
    from briefing.gui.refdata import RefData

    ref = RefData.load(seeded, language)
    texts: list[tuple[str, str]] = []
    for kind in (
        OrganisationDialog, ThemeDialog, SourceDialog, EventDialog, PersonDialog, CountryNoteDialog
    ):  # fmt: skip
        dialog = kind(seeded, ref)
        qtbot.addWidget(dialog)
        dialog.accept()  # empty: the store's rules answer under the fields
        texts += texts_of(dialog)
    problems = finder(language, seeded).check([*texts, *dialog_texts(dialogs)])
    assert not problems, "\n".join(problems)


def test_standard_buttons_come_from_qt_translations(
    qtbot: QtBot, language: str, seeded: Store
) -> None:
    """Save / Discard / Cancel in the questions prompts.py asks are Qt's own buttons."""
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Close
    )
    texts = [("QMessageBox button", b.text()) for b in box.buttons()]
    assert len(texts) == 6
    problems = finder(language, seeded).check(texts)
    assert not problems, "\n".join(problems)
