"""The fact form's widgets and layout: sections of labelled fields, one or two columns.

Each section (statement, classification, provenance, people, figures) is its own widget,
so the form can reflow: one column in a narrow pane, two side by side once the pane is
wide enough (``TWO_COLUMNS``). Every label carries a mnemonic with its field as buddy.
Under each field a line is kept for its error message even while there is none, so a
message appearing never moves the fields below it (a click aimed at a country used to land
on the next one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import i18n
from briefing.gui.factform_speaker import KeyPointBox, SpeakerField, SpeakerNames
from briefing.gui.factform_statement import STATEMENT_LANGUAGES, StatementTabs, language_name
from briefing.gui.factmodel import confidence_label
from briefing.gui.fields import ChecklistField, DateField, FieldBox, WheelGuard
from briefing.gui.figures_editor import FiguresEditor
from briefing.gui.quote_flag import QuoteFlag
from briefing.gui.refdata import RefData
from briefing.store.records import CONFIDENCE_LEVELS

if TYPE_CHECKING:
    from briefing.store import Store

# The form's width from which its sections sit in two columns.
TWO_COLUMNS = 760


class FormLayout(QWidget):
    """The fact form's construction and reflow (``FactForm`` adds the behaviour).

    Signals:
        dirty_changed(bool): the widgets differ (or no longer differ) from the loaded fact.
        save_requested: the Save button was pressed.
        restore_requested: the Restore button (facts in the Bin) was pressed.
        version_chosen(int): the History dialog asked to restore that version.
        state_changed: dirty, validity or read-only state changed (actions refresh).
    """

    dirty_changed = Signal(bool)
    save_requested = Signal()
    restore_requested = Signal()
    version_chosen = Signal(int)
    state_changed = Signal()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 8)
        outer.setSpacing(6)

        head = QHBoxLayout()
        self.title = QLabel(self)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.history_button = QToolButton(self)
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Earlier versions of this fact"))
        self.history_button.clicked.connect(self.show_history)
        head.addWidget(self.title, 1)
        head.addWidget(self.history_button)
        outer.addLayout(head)
        self.meta = QLabel(self)
        self.meta.setStyleSheet("color: #6b7280;")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.meta)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0c36d; border-radius: 3px; padding: 4px;"
        )
        self.banner.hide()
        outer.addWidget(self.banner)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self.scroll_area)
        self.scroll_area.setWidget(self.content)
        columns = self._columns_row = QHBoxLayout(self.content)
        columns.setContentsMargins(0, 0, 6, 0)
        columns.setSpacing(18)
        self._columns = (QVBoxLayout(), QVBoxLayout())
        for column in self._columns:
            column.setSpacing(4)
            columns.addLayout(column)
        columns.setStretch(0, 1)
        self._sections: list[QWidget] = []
        self._two_columns = False
        outer.addWidget(self.scroll_area, 1)

        self._boxes: dict[str, FieldBox] = {}

        def section(title: str) -> QFormLayout:
            box = QWidget(self.content)
            body = QVBoxLayout(box)
            body.setContentsMargins(0, 0, 0, 0)
            body.setSpacing(4)
            self._sections.append(box)
            self._columns[0].addWidget(box)
            label = QLabel(title, box)
            label.setObjectName("sectionTitle")
            body.addWidget(label)
            line = QFrame(box)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            body.addWidget(line)
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(4)
            form.setContentsMargins(0, 0, 0, 6)
            body.addLayout(form)
            return form

        def add(
            form: QFormLayout, name: str, label: str, widget: QWidget, frame: QWidget | None = None
        ) -> None:
            box = FieldBox(widget, frame, self.content)
            self._boxes[name] = box
            caption = QLabel(label, self.content)
            caption.setBuddy(frame or widget)
            form.addRow(caption, box)

        # Statement
        form = section(self.tr("Statement"))
        self.language = QComboBox(self.content)
        for code in STATEMENT_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        add(form, "language", self.tr("&Written in"), self.language)
        self.tabs = StatementTabs(self.content)
        self.tabs.setFixedHeight(150)
        self.statement = self.tabs.statement
        self.preview = self.tabs.preview
        self._translation_edits = self.tabs.translation_edits
        add(form, "statement", self.tr("Te&xt"), self.tabs, self.statement)
        self._boxes["translations"] = self._boxes["statement"]
        self.speaker = SpeakerField(self.content)
        add(form, "speaker", self.tr("&Said by"), self.speaker, self.speaker.kind)
        self.key_point = KeyPointBox(self.content)
        key_row = QWidget(self.content)
        key_layout = QHBoxLayout(key_row)
        key_layout.setContentsMargins(0, 2, 0, 0)
        key_layout.addWidget(self.key_point)
        key_hint = QLabel(self.tr("printed first, in one line, in the key-points section"), key_row)
        key_hint.setStyleSheet("color: #6b7280;")
        key_layout.addWidget(key_hint, 1)
        key_box = FieldBox(key_row, self.key_point, self.content)
        self._boxes["key"] = key_box
        form.addRow(key_box)

        # Classification
        form = section(self.tr("Classification"))
        self.themes = ChecklistField(self.tr("Filter themes…"), rows=5)
        add(form, "themes", self.tr("The&mes"), self.themes, self.themes.list)
        self.countries = ChecklistField(
            self.tr("Filter countries (name or code)…"), rows=5, checked_first=True
        )
        add(form, "countries", self.tr("&Countries"), self.countries, self.countries.list)
        self.date = DateField(self.content)
        add(form, "date", self.tr("Da&te"), self.date, self.date.line)
        self.event_combo = QComboBox(self.content)
        self.event_combo.setEditable(True)
        self.event_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.event_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("No event (type a name to create one)"))
        add(form, "event", self.tr("Eve&nt"), self.event_combo)
        row = QWidget(self.content)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.marking = QComboBox(row)
        self.confidence = QComboBox(row)
        for code in CONFIDENCE_LEVELS:
            self.confidence.addItem(confidence_label(code), code)
        marking_box = FieldBox(self.marking, None, row)
        confidence_box = FieldBox(self.confidence, None, row)
        self._boxes["marking"] = marking_box
        self._boxes["confidence"] = confidence_box
        marking_label = QLabel(self.tr("Mark&ing"), row)
        marking_label.setBuddy(self.marking)
        confidence_label_widget = QLabel(self.tr("C&onfidence"), row)
        confidence_label_widget.setBuddy(self.confidence)
        row_layout.addWidget(marking_label)
        row_layout.addWidget(marking_box, 1)
        row_layout.addSpacing(12)
        row_layout.addWidget(confidence_label_widget)
        row_layout.addWidget(confidence_box, 1)
        form.addRow(row)

        # Provenance
        form = section(self.tr("Provenance"))
        self.source = QComboBox(self.content)
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source.setMinimumContentsLength(20)
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        line = self.source.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Pick a source or type a new title"))
        add(form, "source.title", self.tr("Sou&rce"), self.source)
        self.quote = QPlainTextEdit(self.content)
        self.quote.setPlaceholderText(self.tr("The exact words of the source"))
        self.quote.setTabChangesFocus(True)
        self.quote.setFixedHeight(64)
        add(form, "quote", self.tr("Exact &quote"), self.quote)
        self.locator = QLineEdit(self.content)
        self.locator.setPlaceholderText(self.tr("Page, paragraph… e.g. §10"))
        add(form, "locator", self.tr("&Locator"), self.locator)
        self.quote_flag = QuoteFlag(self.content)
        form.addRow(self.quote_flag)

        # Related
        form = section(self.tr("People and organisations"))
        self.people = ChecklistField(
            self.tr("Filter, or type a new name and press Enter"), allow_new=True, rows=4
        )
        add(form, "people", self.tr("&People"), self.people, self.people.list)
        self.organisations = ChecklistField(
            self.tr("Filter, or type a new name and press Enter"), allow_new=True, rows=4
        )
        add(
            form,
            "organisations",
            self.tr("Or&ganisations"),
            self.organisations,
            self.organisations.list,
        )
        self.documents = ChecklistField(
            self.tr("Filter, or type a new title and press Enter"), allow_new=True, rows=3
        )
        add(form, "documents", self.tr("Doc&uments"), self.documents, self.documents.list)

        # Figures
        form = section(self.tr("Figures"))
        self.figures = FiguresEditor(self.content)
        add(
            form,
            "figures",
            self.tr("Ke&y numbers stated by the fact"),
            self.figures,
            self.figures.table,
        )
        for column in self._columns:
            column.addStretch(1)

        # Buttons
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore from Bin"), self)
        self.restore_button.clicked.connect(self.restore_requested)
        self.problems = QLabel(self)
        self.problems.setObjectName("fieldError")
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Discard the changes made since the last save"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save this fact (Ctrl+S)"))
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.problems, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert)
        self._wheel_guard = WheelGuard(self.scroll_area)
        self._wheel_guard.watch_children(self.content)

        self._wheel_guard.watch(self.tabs.tabBar())  # the wheel scrolled through the tabs
        for box in self._boxes.values():
            policy = box.error.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            box.error.setSizePolicy(policy)
            box.error.setMinimumHeight(box.error.fontMetrics().height())

        # Edits: first note which field the user touched, then react
        for signal, name in (
            (self.tabs.statement_changed, "statement"),
            (self.tabs.translation_changed, "translations"),
            (self.speaker.changed, "speaker"),
            (self.key_point.changed, "key"),
            (self.language.currentIndexChanged, "language"),
            (self.themes.changed, "themes"),
            (self.countries.changed, "countries"),
            (self.people.changed, "people"),
            (self.organisations.changed, "organisations"),
            (self.documents.changed, "documents"),
            (self.date.changed, "date"),
            (self.event_combo.currentTextChanged, "event"),
            (self.marking.currentIndexChanged, "marking"),
            (self.confidence.currentIndexChanged, "confidence"),
            (self.source.currentTextChanged, "source.title"),
            (self.quote.textChanged, "quote"),
            (self.locator.textChanged, "locator"),
            (self.figures.changed, "figures"),
        ):
            signal.connect(lambda *_a, field=name: self._touch(field))
        self.tabs.statement_changed.connect(self._on_statement_changed)
        self.tabs.translation_changed.connect(self._edited)
        self.speaker.changed.connect(self._on_speaker_changed)
        self.key_point.changed.connect(self._edited)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        for checklist in (
            self.themes,
            self.countries,
            self.people,
            self.organisations,
            self.documents,
        ):
            checklist.changed.connect(self._edited)
        self.date.changed.connect(self._edited)
        self.event_combo.currentTextChanged.connect(self._edited)
        self.marking.currentIndexChanged.connect(self._edited)
        self.confidence.currentIndexChanged.connect(self._edited)
        self.source.currentTextChanged.connect(self._edited)
        self.quote.textChanged.connect(self._edited)
        self.locator.textChanged.connect(self._edited)
        self.figures.changed.connect(self._edited)
        self.tabs.currentChanged.connect(lambda _i: self._update_preview())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: two columns of sections when wide enough."""
        super().resizeEvent(event)
        self._reflow(event.size().width() >= TWO_COLUMNS)

    def _reflow(self, two: bool) -> None:
        if two == self._two_columns:
            return
        self._two_columns = two
        self._columns_row.setStretch(1, 1 if two else 0)
        left, right = self._columns
        for i, box in enumerate(self._sections):
            # statement and classification on the left; provenance, people, figures right
            target = right if two and i >= 2 else left
            for column in self._columns:
                column.removeWidget(box)
            target.insertWidget(target.count() - 1, box)  # before the closing stretch

    @property
    def two_columns(self) -> bool:
        """True while the sections sit in two columns."""
        return self._two_columns

    def set_reference(self, ref: RefData) -> None:
        """Refill the pickers from ``ref`` (after themes, people... changed)."""
        self._ref = ref
        loading, self._loading = self._loading, True
        try:
            self.themes.set_items([(t.slug, t.label, t.depth) for t in ref.themes])
            self.countries.set_items([(c.code, f"{c.label} ({c.code})", 0) for c in ref.countries])
            # people and documents show as the interface's language writes them
            people = [(p, ref.person_labels.get(p, p)) for p in ref.people]
            documents = [(d, ref.document_labels.get(d, d)) for d in ref.documents]
            self.people.set_items([(p, label, 0) for p, label in people])
            self.organisations.set_items([(o, o, 0) for o in ref.organisations])
            self.documents.set_items([(d, label, 0) for d, label in documents])
            self.speaker.set_choices(
                people,
                documents,
                [(c.code, f"{c.label} ({c.code})") for c in ref.countries],
            )
            self._speaker_names = SpeakerNames(
                {p.name: p for p in self._store.people()},
                {d.title: d for d in self._store.documents()},
                {c.code: c for c in self._store.countries()},
            )
            event = self.event_value()
            self.event_combo.clear()
            self.event_combo.addItem("", "")
            for name in ref.events:  # shown in the interface's language, stored by name
                self.event_combo.addItem(ref.event_labels.get(name, name), name)
            self.set_event(event)
            source = self.source.currentText()
            self.source.clear()
            self.source.addItem("")
            self.source.addItems(ref.sources)
            self.source.setCurrentText(source)
            for combo in (self.event_combo, self.source):
                values = [combo.itemText(i) for i in range(1, combo.count())]
                completer = QCompleter(values, combo)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                combo.setCompleter(completer)
            marking = self.marking.currentData()
            self.marking.clear()
            for code in ref.markings:
                self.marking.addItem(i18n.marking_label(code), code)
            if marking:
                self.marking.setCurrentIndex(max(self.marking.findData(marking), 0))
        finally:
            self._loading = loading

    def event_value(self) -> str | None:
        """The event as stored: a listed event's own name (the combo shows its name in
        the interface's language), else the name typed for a new one."""
        text = self.event_combo.currentText().strip()
        if not text:
            return None
        index = self.event_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.event_combo.itemData(index) or text)
        return text

    def set_event(self, name: str | None) -> None:
        """Show event ``name`` (a stored name, or text typed for a new event)."""
        index = self.event_combo.findData(name or "")
        if name and index > 0:
            self.event_combo.setCurrentIndex(index)
        else:
            self.event_combo.setCurrentText(name or "")

    # Last in the class: pyside6-lupdate loses the class after these nested stubs and
    # filed every self.tr() below them under an empty context, so no translation loaded.
    if TYPE_CHECKING:
        _store: Store
        _ref: RefData
        _loading: bool
        _speaker_names: SpeakerNames

        def _on_statement_changed(self) -> None: ...
        def _on_language_changed(self, _index: int) -> None: ...
        def _on_speaker_changed(self) -> None: ...
        def _edited(self) -> None: ...
        def _touch(self, name: str) -> None: ...
        def _update_preview(self) -> None: ...
        def revert(self) -> None: ...
        def show_history(self) -> None: ...
