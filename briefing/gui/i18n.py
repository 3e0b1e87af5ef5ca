"""Interface language: Qt's own strings (qtbase_xx.qm) and ours (translations/briefing_xx.qm).

The language is the one chosen in Settings, else the system locale's if we ship it, else
English. ``translations/briefing_fr.ts`` is the source (edit with pyside6-linguist, refresh
with ``pyside6-lupdate briefing/gui/*.py -ts briefing/gui/translations/briefing_fr.ts``)
and ``briefing_fr.qm`` is compiled from it with ``pyside6-lrelease``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing.paths import translations_dir

log = logging.getLogger("briefing.gui")

TRANSLATIONS = translations_dir()
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ru": "Русский"}


def choose_language(setting: str, locale: QLocale | None = None) -> str:
    """The interface language for ``setting`` ("" means the system locale's)."""
    if setting in LANGUAGES:
        return setting
    system = (locale or QLocale.system()).name().split("_")[0]
    return system if system in LANGUAGES else "en"


def available() -> list[str]:
    """Languages with a compiled translation (English needs none)."""
    return [
        "en",
        *sorted(
            code
            for code in LANGUAGES
            if code != "en" and (TRANSLATIONS / f"briefing_{code}.qm").is_file()
        ),
    ]


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for ``language``; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    if language == "en":
        # English needs only its plural forms ("1 fact" / "2 facts", from %n sources).
        english = QTranslator(app)
        if english.load("briefing_en", str(TRANSLATIONS)):
            app.installTranslator(english)
            installed.append(english)
        return installed
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"briefing_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no interface translation for %r in %s", language, TRANSLATIONS)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators installed by ``install``."""
    for t in translators:
        app.removeTranslator(t)
