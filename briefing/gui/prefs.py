"""The GUI's settings: window layout, splitter sizes, the last filters, the language.

A thin typed layer over QSettings. ``Prefs.for_user()`` uses the platform's settings
(organisation and application "Briefing"), or an INI file under ``$BRIEFING_HOME/config``
when that is set; tests build ``Prefs.at(path)`` on a file in their tmp dir, so they never
touch the real user settings. Lists are stored as JSON text: INI files cannot tell an
empty list from a missing key or a one-item list from a string.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from briefing.settings import AppPaths

ORGANISATION = "Briefing"
APPLICATION = "Briefing"


class Prefs:
    """Typed access to the settings keys the GUI uses."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    @classmethod
    def at(cls, path: str | os.PathLike[str]) -> Prefs:
        """Settings kept in the INI file ``path``."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def for_user(cls) -> Prefs:
        """The user's settings (relocated with BRIEFING_HOME, like the data)."""
        if os.environ.get("BRIEFING_HOME"):
            return cls.at(AppPaths.default().config / "briefing-gui.ini")
        return cls(QSettings(ORGANISATION, APPLICATION))

    # -- raw values

    def text(self, key: str, default: str = "") -> str:
        """A string value."""
        value = self.qsettings.value(key, default)
        return value if isinstance(value, str) else default

    def flag(self, key: str, default: bool = False) -> bool:
        """A boolean value (INI files return "true"/"false" text)."""
        value = self.qsettings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def blob(self, key: str) -> QByteArray | None:
        """A saved Qt state (geometry, splitter, header), or None."""
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def data(self, key: str, default: Any = None) -> Any:
        """A JSON value."""
        raw = self.qsettings.value(key)
        if not isinstance(raw, str) or not raw:
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def set(self, key: str, value: object) -> None:
        """Store a string, bool or QByteArray as is, anything else as JSON."""
        if isinstance(value, str | bool | QByteArray):
            self.qsettings.setValue(key, value)
        else:
            self.qsettings.setValue(key, json.dumps(value))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()

    # -- named settings

    def language(self) -> str:
        """The chosen interface language ("" = follow the system locale)."""
        return self.text("ui/language")

    def set_language(self, code: str) -> None:
        """Choose the interface language (applies on the next start)."""
        self.set("ui/language", code)

    def dossier_language(self, interface: str) -> str:
        """The language of a new dossier: the one chosen in Settings, else the interface
        language (when dossiers are printed in it), else English."""
        # Imported here: the spec module reaches the store's validation (Babel), which the
        # settings read before the window's first paint do not need (issue 12).
        from briefing.dossier.spec import LANGUAGES

        picked = self.text("dossier/language")
        for language in (picked, interface):
            if language in LANGUAGES:
                return language
        return "en"

    def set_dossier_language(self, code: str) -> None:
        """Choose the language of new dossiers ("" = the interface language)."""
        self.set("dossier/language", code)

    def export_dir(self) -> str:
        """The folder of the last export."""
        return self.text("export/last_dir", str(Path.home()))
