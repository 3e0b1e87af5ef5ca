"""Who states a fact, and whether it is a key point: two fields of the fact form.

``SpeakerField`` picks the kind of speaker (none: an established fact; a person; an outcome
document; a delegation or government) and then the speaker among the known people,
document titles or countries; a name that is not known yet may be typed (the store creates
the person or document). ``KeyPointBox`` is the "Key point" check box.

Both hand back exactly what they were given until the user changes them, even a value the
store will refuse (``{"organisation": "UN"}`` read from a bundle, ``"yes"`` for a key
flag), so the store's message appears next to the field instead of the value being
silently replaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QHBoxLayout, QWidget

from briefing.dossier import attribution
from briefing.store.entities import CountryRecord, DocumentRecord, PersonRecord
from briefing.store.records import SPEAKER_KINDS, Speaker
from briefing.store.search import fold

_UNKNOWN = "?"  # the kind combo's entry for a speaker value the form cannot represent
_CODE_IN_LABEL = re.compile(r"\(([A-Za-z]{2})\)\s*$")


@dataclass
class SpeakerNames:
    """What the speaker field offers and the preview names: records by identity."""

    people: dict[str, PersonRecord] = field(default_factory=dict)
    documents: dict[str, DocumentRecord] = field(default_factory=dict)
    countries: dict[str, CountryRecord] = field(default_factory=dict)


def lead_in(speaker: object, language: str, names: SpeakerNames) -> str | None:
    """The words a dossier in ``language`` prints before a statement this speaker makes
    ("According to Vladimir Putin: "): the dossier's own rule; None for none."""
    return attribution.lead_in(
        speaker,
        language,
        people=names.people,
        documents=names.documents,
        country_names={code: c.name(language) for code, c in names.countries.items()},
    )


class SpeakerField(QWidget):
    """The kind of speaker, then which one (an editable combo of the known ones).

    Signals:
        changed: the kind or the speaker changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, list[tuple[str, str]]] = {kind: [] for kind in SPEAKER_KINDS}
        self._raw: object = None  # a value the combos cannot show, kept as it came
        self._silent = False
        self._read_only = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("— established fact —"), "")
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Document (joint declaration, communiqué, plan)"), "document")
        self.kind.addItem(self.tr("Delegation / government"), "country")
        self.kind.setToolTip(
            self.tr(
                "Who states the fact. Leave “established fact” when the source reports it "
                "as a fact; a dossier prints “According to …” before a stated one."
            )
        )
        # narrow: the popup still shows whole labels; the speaker's name gets the room
        self.kind.setMinimumContentsLength(14)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.view().setMinimumWidth(self.kind.view().sizeHintForColumn(0) + 24)
        self.ref = QComboBox(self)
        self.ref.setEditable(True)
        self.ref.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ref.setMinimumContentsLength(16)
        self.ref.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        layout.addWidget(self.kind, 2)
        layout.addWidget(self.ref, 3)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.ref.currentTextChanged.connect(self._on_ref_changed)
        self._fill_refs()

    # -- choices

    def set_choices(
        self,
        people: Sequence[tuple[str, str]],
        documents: Sequence[tuple[str, str]],
        countries: Sequence[tuple[str, str]],
    ) -> None:
        """The known speakers, each as (stored value, label in the interface's language):
        people by name, documents by title, countries by code."""
        self._choices = {
            "person": list(people),
            "document": list(documents),
            "country": list(countries),
        }
        silent, self._silent = self._silent, True
        try:
            text = self.ref.currentText()
            self._fill_refs()
            self.ref.setCurrentText(text)
        finally:
            self._silent = silent

    def _fill_refs(self) -> None:
        kind = str(self.kind.currentData() or "")
        self.ref.clear()
        choices = self._choices.get(kind, [])
        for value, label in choices:
            self.ref.addItem(label, value)
        self.ref.setCurrentIndex(-1)
        completer = QCompleter([label for _value, label in choices], self.ref)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ref.setCompleter(completer)
        self._enable_ref()
        line = self.ref.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                {
                    "": self.tr("Nobody: the source reports it as a fact"),
                    "person": self.tr("Pick a person or type a new name"),
                    "document": self.tr("Pick a document or type a new title"),
                    "country": self.tr("Pick a country (name or code)"),
                }.get(kind, "")
            )

    # -- value

    def value(self) -> object:
        """A ``Speaker``, None for an established fact, or the unrepresentable value kept."""
        kind = str(self.kind.currentData() or "")
        if kind == _UNKNOWN:
            return self._raw
        if not kind:
            return None
        return Speaker(kind, self._ref_value(kind))

    def _ref_value(self, kind: str) -> str:
        text = self.ref.currentText().strip()
        if not text:
            return text
        if kind != "country":  # a listed label stands for its stored name
            needle = fold(text)
            return next((v for v, label in self._choices[kind] if fold(label) == needle), text)
        needle = fold(text)
        for code, label in self._choices["country"]:
            if needle in (fold(label), fold(code)) or needle == fold(label.rsplit(" (", 1)[0]):
                return code
        match = _CODE_IN_LABEL.search(text)
        return match.group(1).upper() if match else text

    def set_value(self, value: object) -> None:
        """Show ``value`` (a Speaker or None; anything else is kept and shown as is)."""
        silent, self._silent = self._silent, True
        try:
            self._drop_unknown_kind()
            if value is None:
                self.kind.setCurrentIndex(0)
                self._fill_refs()
            elif isinstance(value, Speaker) and value.kind in SPEAKER_KINDS:
                self.kind.setCurrentIndex(self.kind.findData(value.kind))
                self._fill_refs()
                index = self.ref.findData(value.ref)
                if index < 0 and value.kind == "country":
                    index = self.ref.findData(value.ref.strip().upper())
                if index >= 0:
                    self.ref.setCurrentIndex(index)
                else:
                    self.ref.setCurrentText(value.ref)
            else:
                self._raw = value
                self.kind.addItem(self.tr("Not recognised"), _UNKNOWN)
                self.kind.setCurrentIndex(self.kind.count() - 1)
                self._fill_refs()
                self.ref.setCurrentText(_describe(value))
        finally:
            self._silent = silent

    def _drop_unknown_kind(self) -> None:
        index = self.kind.findData(_UNKNOWN)
        if index >= 0:
            self.kind.removeItem(index)
        self._raw = None

    def _on_kind_changed(self, _index: int) -> None:
        if self._silent:
            return
        if self.kind.currentData() != _UNKNOWN and self.kind.findData(_UNKNOWN) >= 0:
            self._silent = True
            try:
                self._drop_unknown_kind()
            finally:
                self._silent = False
        self._fill_refs()
        self.changed.emit()

    def _on_ref_changed(self, _text: str) -> None:
        if not self._silent:
            self.changed.emit()

    def _enable_ref(self) -> None:
        kind = str(self.kind.currentData() or "")
        self.ref.setEnabled(not self._read_only and kind not in ("", _UNKNOWN))

    def setReadOnly(self, read_only: bool) -> None:
        """Enable or disable editing."""
        self._read_only = read_only
        self.kind.setEnabled(not read_only)
        self._enable_ref()


def _describe(value: object) -> str:
    if isinstance(value, Speaker):
        return f"{value.kind}: {value.ref}"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


class KeyPointBox(QCheckBox):
    """ "Key point": printed first, in one line, in a dossier's key-points section.

    A value that is not a bool (from a bundle) shows half-checked and is handed back as
    it came until the box is clicked.

    Signals:
        changed: the user ticked or unticked the box.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("&Key point"))
        self.setToolTip(
            self.tr("Printed first, in one line, in the dossier's key-points section (Alt+K)")
        )
        self._raw: object = False
        self._silent = False
        self.stateChanged.connect(self._on_state)

    def value(self) -> object:
        """True or False, or the non-bool value loaded and not touched since."""
        if self.checkState() == Qt.CheckState.PartiallyChecked:
            return self._raw
        return self.isChecked()

    def set_value(self, value: object) -> None:
        """Show ``value`` (half-checked when it is not a bool)."""
        self._silent = True
        try:
            self._raw = value
            if isinstance(value, bool):
                self.setTristate(False)
                self.setChecked(value)
            else:
                self.setCheckState(Qt.CheckState.PartiallyChecked)
        finally:
            self._silent = False

    def _on_state(self, _state: int) -> None:
        if self.checkState() != Qt.CheckState.PartiallyChecked and self.isTristate():
            self.setTristate(False)  # once clicked, a plain yes/no again
        if not self._silent:
            self.changed.emit()

    def setReadOnly(self, read_only: bool) -> None:
        """Enable or disable editing."""
        self.setEnabled(not read_only)
