"""The person editor: identity, role, country, organisation, protocol rank, aliases, and
how each dossier language writes the name, with a short Markdown biography per language.

Everything is saved with one ``store.save_person`` call; names and biographies in
languages other than English, French and Russian are kept as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from briefing.gui import i18n
from briefing.gui.entities_base import (
    DOSSIER_LANGUAGES,
    EntityDialog,
    combo_value,
    format_aliases,
    parse_aliases,
)
from briefing.gui.refdata import RefData
from briefing.store.entities import PERSON_KINDS, PersonRecord

if TYPE_CHECKING:
    from briefing.store import Store

BIO_LINES = 5
ALIAS_LINES = 5


class PersonDialog(EntityDialog):
    """A person: who they are in the base, and how each dossier language presents them."""

    def __init__(
        self,
        store: Store,
        ref: RefData,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, ref, "", parent)
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("New person"))
        self.setMinimumWidth(760)
        self.person_id = person_id
        person = next((p for p in store.people() if p.id == person_id), None) if person_id else None
        self._build_identity(person)
        self._build_languages(person)

    def kind_labels(self) -> dict[str, str]:
        """Protocol ranks as the combo shows them, in protocol order."""
        labels = {
            "head-of-state": self.tr("Head of state"),
            "head-of-government": self.tr("Head of government"),
            "minister": self.tr("Minister"),
            "official": self.tr("Official"),
            "other": self.tr("Other"),
        }
        return {kind: labels.get(kind, kind) for kind in PERSON_KINDS}

    def _build_identity(self, person: PersonRecord | None) -> None:
        self.name = self.add_field(
            "name", self.tr("&Name"), QLineEdit(person.name if person else "", self)
        )
        self.name.setPlaceholderText(self.tr("As facts name the person, e.g. Emomali Rahmon"))
        self.role = self.add_field(
            "role", self.tr("&Role"), QLineEdit(person.role if person else "", self)
        )
        self.role.setPlaceholderText(self.tr("e.g. President of Tajikistan"))
        self.country = self.add_field(
            "country",
            self.tr("Countr&y"),
            self.country_combo(person.country_code if person else None),
        )
        self.organisation = self.choice_combo(
            {"": self.tr("(none)")} | {o.name: o.name for o in self.store.organisations()},
            (person.organisation or "") if person else "",
        )
        self.add_field("organisation", self.tr("&Organisation"), self.organisation)
        self.kind = self.choice_combo(self.kind_labels(), person.kind if person else "other")
        self.kind.setToolTip(self.tr("Orders the dossier's who's who (protocol order)"))
        self.add_field("kind", self.tr("&Protocol rank"), self.kind)
        aliases = [(a.text, a.language) for a in person.aliases] if person else []
        self.aliases = self.add_field(
            "aliases", self.tr("Other &spellings"), QPlainTextEdit(format_aliases(aliases), self)
        )
        self.aliases.setPlaceholderText(self.tr("One per line, language in brackets: Рахмон [ru]"))
        self.aliases.setTabChangesFocus(True)
        line = self.aliases.fontMetrics().lineSpacing()
        self.aliases.setFixedHeight(ALIAS_LINES * line + 2 * self.aliases.frameWidth() + 8)

    def _build_languages(self, person: PersonRecord | None) -> None:
        names = dict(person.names) if person else {}
        bios = dict(person.bios) if person else {}
        self._other_names = {k: v for k, v in names.items() if k not in DOSSIER_LANGUAGES}
        self._other_bios = {k: v for k, v in bios.items() if k not in DOSSIER_LANGUAGES}
        group = QGroupBox(self.tr("In each dossier language"), self)
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        name_head = QLabel(self.tr("Name as written"), group)
        bio_head = QLabel(self.tr("Short biography (Markdown, one to three sentences)"), group)
        for col, head in ((1, name_head), (2, bio_head)):
            head.setObjectName("sectionTitle")
            grid.addWidget(head, 0, col)
        self.names: dict[str, QLineEdit] = {}
        self.bios: dict[str, QPlainTextEdit] = {}
        top = Qt.AlignmentFlag.AlignTop
        for row, lang in enumerate(DOSSIER_LANGUAGES, start=1):
            language = i18n.language_label(lang)
            name = QLineEdit(names.get(lang, ""), group)
            hint = self.tr("As {language} writes it").format(language=language)
            name.setPlaceholderText(self.tr("Same as the name") if lang == "en" else hint)
            name.setAccessibleName(self.tr("Name in {language}").format(language=language))
            bio = QPlainTextEdit(bios.get(lang, ""), group)
            bio.setTabChangesFocus(True)
            bio.setAccessibleName(self.tr("Biography in {language}").format(language=language))
            line = bio.fontMetrics().lineSpacing()
            bio.setFixedHeight(BIO_LINES * line + 2 * bio.frameWidth() + 8)
            caption = QLabel(f"&{language}", group)
            caption.setBuddy(name)
            caption.setMinimumHeight(name.sizeHint().height())  # level with the name
            grid.addWidget(caption, row, 0, top)
            grid.addWidget(self.box(f"names.{lang}", name), row, 1, top)
            grid.addWidget(self.box(f"bio.{lang}", bio), row, 2, top)
            self.names[lang] = name
            self.bios[lang] = bio
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 4)
        self.body.insertWidget(1, group)

    def save(self) -> int:
        """Override EntityDialog::save: store.save_person with every field."""
        names = dict(self._other_names)
        names.update({lang: edit.text() for lang, edit in self.names.items()})
        bios = dict(self._other_bios)
        bios.update({lang: edit.toPlainText() for lang, edit in self.bios.items()})
        return self.store.save_person(
            self.name.text(),
            self.role.text(),
            combo_value(self.country) or None,
            parse_aliases(self.aliases.toPlainText()),
            person_id=self.person_id,
            names=names,
            bios=bios,
            kind=combo_value(self.kind),
            organisation=combo_value(self.organisation),
        )
