"""What the reference-data dialogs share: a form of FieldBoxes saved through one store call.

``EntityDialog`` lays out fields, calls ``save()`` on Save and shows the store's
``ValidationError`` next to the field each ``FieldError`` names (``names.fr`` under the
French name, an unknown field under the form); the dialog stays open until the save
succeeds.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import FieldError, UserFacingError, ValidationError
from briefing.gui import i18n
from briefing.gui.fields import INVALID_STYLE, DateField, FieldBox
from briefing.gui.refdata import RefData

if TYPE_CHECKING:
    from briefing.store import Store

DOSSIER_LANGUAGES = ("en", "fr", "ru")

_ALIAS = re.compile(r"^(.*?)\s*\[([A-Za-z]{2,3})\]\s*$")


def parse_aliases(text: str) -> list[tuple[str, str | None]]:
    """One alias per line, with an optional language in brackets: "Рахмон [ru]"."""
    out: list[tuple[str, str | None]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = _ALIAS.match(line)
        out.append((match.group(1), match.group(2).lower()) if match else (line, None))
    return out


def format_aliases(aliases: list[tuple[str, str | None]]) -> str:
    """The inverse of ``parse_aliases``."""
    return "\n".join(f"{t} [{lang}]" if lang else t for t, lang in aliases)


def dates_or_errors(fields: dict[str, DateField]) -> dict[str, dt.date | None]:
    """The dates typed in ``fields`` (by store field name); one ValidationError naming
    every field whose text is not a date."""
    errors = [
        FieldError.of(name, "date_invalid", value=field.text())
        for name, field in fields.items()
        if field.text() and field.value() is None
    ]
    if errors:
        raise ValidationError(errors)
    return {name: field.value() for name, field in fields.items()}


def combo_value(combo: QComboBox) -> str:
    """The current item's data as text ("" for none)."""
    return str(combo.currentData() or "")


class EntityDialog(QDialog):
    """Base: a form of FieldBoxes, Save/Cancel, ``save()`` raising ValidationError."""

    def __init__(
        self, store: Store, ref: RefData, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.saved_id: int | None = None
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(460)
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body.addLayout(self.form)
        self.general = QLabel(self)
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        self.body.addWidget(self.general)
        self.body.addSpacing(8)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body.addWidget(self.buttons)
        self.boxes: dict[str, FieldBox] = {}

    def box(self, name: str, widget: QWidget, frame: QWidget | None = None) -> FieldBox:
        """A FieldBox for store field ``name`` (its errors show under ``widget``)."""
        box = FieldBox(widget, frame, self)
        self.boxes[name] = box
        return box

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        frame: QWidget | None = None,
        form: QFormLayout | None = None,
    ) -> Any:
        """Add a row for store field ``name`` (to ``form``, the main form by default);
        returns ``widget``."""
        box = self.box(name, widget, frame)
        caption = QLabel(label, self)
        caption.setBuddy(frame or widget)
        (form or self.form).addRow(caption, box)
        return widget

    def country_combo(self, current: str | None) -> QComboBox:
        """A combo of countries by name (first entry: none)."""
        combo = QComboBox(self)
        combo.addItem(self.tr("(none)"), "")
        for c in self.ref.countries:
            combo.addItem(f"{c.label} ({c.code})", c.code)
        combo.setCurrentIndex(max(combo.findData(current or ""), 0))
        return combo

    def choice_combo(self, choices: dict[str, str], current: str | None) -> QComboBox:
        """A combo of ``{value: label}``; a current value not among them is kept."""
        combo = QComboBox(self)
        for value, label in choices.items():
            combo.addItem(label, value)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(current, current)
        if current is not None:
            combo.setCurrentIndex(combo.findData(current))
        return combo

    def _box_for(self, field: str) -> str | None:
        if field in self.boxes:
            return field
        for sep in (".", "["):
            head = field.split(sep, 1)[0]
            if head in self.boxes:
                return head
        return None

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each message under its field; unknown fields go under the form."""
        per: dict[str, list[str]] = {name: [] for name in self.boxes}
        other: list[str] = []
        for e in errors:
            name = self._box_for(e.field)
            if name is None:
                other.append(e.describe(i18n.current()) if e.field else e.message)
            else:
                per[name].append(e.text(i18n.current()))
        for name, box in self.boxes.items():
            box.set_errors(per[name])
        self.general.setText("\n".join(other))
        self.general.setVisible(bool(other))

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` (for tests)."""
        return self.boxes[field].message

    def save(self) -> int:
        """Write through the store; raise ValidationError for inline display."""
        raise NotImplementedError

    def accept(self) -> None:
        """Override QDialog::accept: save first, stay open on errors."""
        try:
            self.saved_id = self.save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserFacingError as exc:
            self.show_errors([FieldError("", str(exc))])
            return
        super().accept()
