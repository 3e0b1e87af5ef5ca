"""Errors end in a short message (traceback in the log), and the French interface."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing.errors import ConflictError
from briefing.gui import errors, i18n
from briefing.gui.mainwindow import MainWindow
from briefing.gui.prefs import Prefs
from briefing.gui.settingsdialog import SettingsDialog
from briefing.store import Store
from tests.gui.conftest import Dialogs


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    path = errors.setup_logging(tmp_path / "logs" / "briefing-gui.log")
    previous = sys.excepthook
    yield path
    sys.excepthook = previous
    root = logging.getLogger("briefing")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def raise_and_hook(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def test_a_bug_is_logged_and_shown_briefly(
    qapp: QApplication, log_path: Path, dialogs: Dialogs
) -> None:
    errors.install_excepthook(log_path)
    raise_and_hook(ZeroDivisionError("division by zero"))
    assert dialogs.kinds() == ["critical"]
    message = dialogs.asked[0][1]
    assert "ZeroDivisionError" in message and str(log_path) in message
    assert "Traceback" not in message
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "ZeroDivisionError" in logged


def test_a_user_facing_error_is_shown_as_it_is(
    qapp: QApplication, log_path: Path, dialogs: Dialogs
) -> None:
    errors.install_excepthook(log_path)
    raise_and_hook(ConflictError("fact x was changed by someone else; reload it"))
    assert dialogs.asked == [("warning", "Briefing: fact x was changed by someone else; reload it")]


def test_the_language_follows_the_locale_unless_chosen() -> None:
    assert i18n.choose_language("", QLocale("fr_FR")) == "fr"
    assert i18n.choose_language("", QLocale("de_DE")) == "en"
    assert i18n.choose_language("fr", QLocale("en_GB")) == "fr"
    assert "fr" in i18n.available() and "ru" in i18n.available()
    assert i18n.choose_language("", QLocale("ru_RU")) == "ru"


def test_the_interface_in_french(
    qtbot: QtBot, qapp: QApplication, seeded: Store, prefs: Prefs, dialogs: Dialogs
) -> None:
    translators = i18n.install(qapp, "fr")
    try:
        assert QCoreApplication.translate("WindowActions", "&File") == "&Fichier"
        window = MainWindow(seeded, prefs, language="fr")
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Fichier", "&Édition", "&Affichage", "F&ait", "&Dossier", "Ai&de"]
        qtbot.waitUntil(lambda: not window.model.busy, timeout=5000)
        assert window.count_label.text() == "58 faits affichés / 58 au total"
        assert window.navigator.item_for("country", "TJ").text(0) == "Tadjikistan"  # type: ignore[union-attr]
        assert window.form.save_button.text() == "Enregistrer"
        window.close()
    finally:
        i18n.remove(qapp, translators)


def test_the_settings_dialog_stores_the_language(qtbot: QtBot, prefs: Prefs) -> None:
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.dossier_language.setCurrentIndex(dialog.dossier_language.findData("fr"))
    dialog.accept()
    saved = Prefs.at(prefs.qsettings.fileName())
    assert saved.language() == "ru"
    assert saved.dossier_language("ru") == "fr"  # chosen; else the interface language
    assert (
        prefs.dossier_language("ru") == "fr"
        and Prefs.at(prefs.qsettings.fileName() + "x").dossier_language("ru") == "ru"
    )
