"""Interface language: Qt's own strings (qtbase_xx.qm) and ours (translations/briefing_xx.qm).

The language is the one chosen in Settings, else the system locale's if we ship it, else
English. ``translations/briefing_fr.ts`` and ``briefing_ru.ts`` are the sources (edit with
pyside6-linguist); ``tools/update_translations.py`` refreshes them from the code
(pyside6-lupdate, keeping every translation) and compiles the ``.qm`` files the app loads
(pyside6-lrelease). Messages from the core (validation) are worded by
``briefing.messages`` in the language installed here (``current()``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from briefing.paths import translations_dir

log = logging.getLogger("briefing.gui")

TRANSLATIONS = translations_dir()
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ru": "Русский"}
_current = "en"  # the installed interface language: what messages from the core are worded in
_default_locale: QLocale | None = None  # the locale before install() set the interface's

# Qt 6's file dialog labels its fields "&Look in:" and "Files of &type:", which the
# qtbase_fr/ru.qm shipped with PySide6 only know without the "&": without these entries
# (translated in our .ts, under Qt's own context) a French dialog showed them in English.
QT_SUPPLEMENT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def current() -> str:
    """The interface language installed last ("en" when none is)."""
    return _current


def choose_language(setting: str, locale: QLocale | None = None) -> str:
    """The interface language for ``setting`` ("" means the system locale's)."""
    if setting in LANGUAGES:
        return setting
    system = (locale or QLocale.system()).name().split("_")[0]
    return system if system in LANGUAGES else "en"


def date_locale() -> str:
    """The locale dates are typed in: the system's when it speaks the interface language
    (so en_US keeps month-first), else the interface language's own ("fr" → fr_FR)."""
    system = QLocale.system().name()
    return system if system.split("_")[0] == _current else _current


# On screen, Russian writes "Для служебного пользования" as every Russian official does:
# "ДСП" (the printed dossier keeps the full name); the full name made the fact form wider
# than its pane.
_SHORT_MARKINGS = {"ru": {"RESTRICTED": "ДСП"}}


def marking_label(code: str) -> str:
    """A marking as the interface names it ("Diffusion restreinte"): the dossier's printed
    name in sentence case, so a marking reads the same on screen and on paper."""
    # Imported here: the dossier's labels load Babel's CLDR data (~0.1 s), which the
    # window's first paint does not need (issue 12).
    from briefing.dossier.labels import marking_name

    short = _SHORT_MARKINGS.get(_current, {}).get(code)
    return short or marking_name(code, _current).capitalize()


def language_label(code: str, title: bool = False) -> str:
    """Language ``code`` named in the interface language ("anglais", "английский"; Babel),
    capitalised for a tab or a list item when ``title``."""
    from briefing.dossier.labels import language_name  # Babel: see marking_label

    name = language_name(code, _current)
    return name[:1].upper() + name[1:] if title else name


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
    global _current, _default_locale
    installed: list[QTranslator] = []
    _current = language if language in LANGUAGES else "en"
    if QLocale.system().name().split("_")[0] != _current:
        # month names in calendars, numbers and dates follow the interface, not the system
        _default_locale = QLocale()
        QLocale.setDefault(QLocale(_current))
    if language == "en":
        # English needs only its plural forms ("1 fact" / "2 facts", from %n sources).
        english = QTranslator(app)
        if english.load("briefing_en", str(TRANSLATIONS)):
            app.installTranslator(english)
            installed.append(english)
        return installed
    qt = QTranslator(app)
    # PySide6-Essentials ships qtbase_fr/ru.qm (the file dialog's "Look in:", the standard
    # buttons); a copy next to ours serves a Qt built without them.
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), TRANSLATIONS):
        if qt.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(qt)
            installed.append(qt)
            break
    else:
        log.warning("no Qt translation for %r: standard dialogs stay in English", language)
    ours = QTranslator(app)
    if ours.load(f"briefing_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no interface translation for %r in %s", language, TRANSLATIONS)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators installed by ``install``."""
    global _current, _default_locale
    _current = "en"
    if _default_locale is not None:
        QLocale.setDefault(_default_locale)
        _default_locale = None
    for t in translators:
        app.removeTranslator(t)
