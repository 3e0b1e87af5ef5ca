"""The fact editor: load / draft / check / save (STYLE example 8), with inline errors.

``load(record)`` fills the widgets; ``draft()`` reads them back as a ``FactDraft`` without
judging; ``validate_now()`` asks the store (``store.validate``) and puts each
``FieldError`` under its widget. Edits are validated after a short pause and again on save.
Saving itself belongs to the main window (it goes through the undo stack).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
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

from briefing.errors import BriefingError, FieldError, ValidationError
from briefing.gui.factform_history import RevisionsDialog
from briefing.gui.factform_speaker import KeyPointBox, SpeakerField, SpeakerNames, lead_in
from briefing.gui.factform_statement import (
    STATEMENT_LANGUAGES,
    TRANSLATION_LANGUAGES,
    StatementTabs,
    language_name,
)
from briefing.gui.factmodel import confidence_label
from briefing.gui.fields import (
    INVALID_STYLE,
    ChecklistField,
    DateField,
    FieldBox,
    FiguresEditor,
    WheelGuard,
    deferred,
)
from briefing.gui.refdata import RefData
from briefing.store import FactDraft, FactRecord, Store
from briefing.store.records import CONFIDENCE_LEVELS


class FactForm(QWidget):
    """The right pane: every field of a fact, Save / Revert, inline validation.

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

    def __init__(self, store: Store, ref: RefData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ref = ref
        self._record: FactRecord | None = None
        self._is_new = False
        self._baseline: FactDraft | None = None
        self._errors: ValidationError | None = None
        self._valid = True
        self._dirty = False
        self._loading = False
        self._read_only = False
        self._extra_translations: dict[str, str] = {}
        self._speaker_names = SpeakerNames()
        self.setStyleSheet(INVALID_STYLE)
        self._validate_timer = deferred(self, 250, self.validate_now)
        self._preview_timer = deferred(self, 200, self._update_preview)
        self._build()
        self.set_reference(ref)
        self._update_header()
        self._update_buttons()

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
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 6, 0)
        body.setSpacing(4)
        outer.addWidget(self.scroll_area, 1)

        self._boxes: dict[str, FieldBox] = {}

        def section(title: str) -> QFormLayout:
            label = QLabel(title, self.content)
            label.setObjectName("sectionTitle")
            body.addWidget(label)
            line = QFrame(self.content)
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
        add(form, "language", self.tr("Language of the original"), self.language)
        self.tabs = StatementTabs(self.content)
        self.tabs.setFixedHeight(150)
        self.statement = self.tabs.statement
        self.preview = self.tabs.preview
        self._translation_edits = self.tabs.translation_edits
        add(form, "statement", self.tr("Text"), self.tabs, self.statement)
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
        add(form, "themes", self.tr("Themes"), self.themes, self.themes.list)
        self.countries = ChecklistField(
            self.tr("Filter countries (name or code)…"), rows=5, checked_first=True
        )
        add(form, "countries", self.tr("Countries"), self.countries, self.countries.list)
        self.date = DateField(self.content)
        add(form, "date", self.tr("Date"), self.date, self.date.line)
        self.event_combo = QComboBox(self.content)
        self.event_combo.setEditable(True)
        self.event_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.event_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("No event (type a name to create one)"))
        add(form, "event", self.tr("Event"), self.event_combo)
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
        marking_label = QLabel(self.tr("Marking"), row)
        marking_label.setBuddy(self.marking)
        confidence_label_widget = QLabel(self.tr("Confidence"), row)
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
        add(form, "source.title", self.tr("Source"), self.source)
        self.quote = QPlainTextEdit(self.content)
        self.quote.setPlaceholderText(self.tr("The exact words of the source"))
        self.quote.setTabChangesFocus(True)
        self.quote.setFixedHeight(64)
        add(form, "quote", self.tr("Exact quote"), self.quote)
        self.locator = QLineEdit(self.content)
        self.locator.setPlaceholderText(self.tr("Page, paragraph… e.g. §10"))
        add(form, "locator", self.tr("Locator"), self.locator)

        # Related
        form = section(self.tr("People and organisations"))
        self.people = ChecklistField(
            self.tr("Filter, or type a new name and press Enter"), allow_new=True, rows=4
        )
        add(form, "people", self.tr("People"), self.people, self.people.list)
        self.organisations = ChecklistField(
            self.tr("Filter, or type a new name and press Enter"), allow_new=True, rows=4
        )
        add(
            form,
            "organisations",
            self.tr("Organisations"),
            self.organisations,
            self.organisations.list,
        )
        self.documents = ChecklistField(
            self.tr("Filter, or type a new title and press Enter"), allow_new=True, rows=3
        )
        add(form, "documents", self.tr("Documents"), self.documents, self.documents.list)

        # Figures
        form = section(self.tr("Figures"))
        self.figures = FiguresEditor(self.content)
        add(
            form,
            "figures",
            self.tr("Key numbers stated by the fact"),
            self.figures,
            self.figures.table,
        )
        body.addStretch(1)

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

        # Edits
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

    def set_reference(self, ref: RefData) -> None:
        """Refill the pickers from ``ref`` (after themes, people... changed)."""
        self._ref = ref
        loading, self._loading = self._loading, True
        try:
            self.themes.set_items([(t.slug, t.label, t.depth) for t in ref.themes])
            self.countries.set_items([(c.code, f"{c.label} ({c.code})", 0) for c in ref.countries])
            self.people.set_items([(p, p, 0) for p in ref.people])
            self.organisations.set_items([(o, o, 0) for o in ref.organisations])
            self.documents.set_items([(d, d, 0) for d in ref.documents])
            self.speaker.set_choices(
                ref.people,
                ref.documents,
                [(c.code, f"{c.label} ({c.code})") for c in ref.countries],
            )
            self._speaker_names = SpeakerNames(
                {p.name: p for p in self._store.people()},
                {d.title: d for d in self._store.documents()},
                {c.code: c for c in self._store.countries()},
            )
            for combo, values in ((self.event_combo, ref.events), (self.source, ref.sources)):
                text = combo.currentText()
                combo.clear()
                combo.addItem("")
                combo.addItems(values)
                combo.setCurrentText(text)
                completer = QCompleter(values, combo)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                combo.setCompleter(completer)
            marking = self.marking.currentData()
            self.marking.clear()
            for code in ref.markings:
                self.marking.addItem(code.capitalize(), code)
            if marking:
                self.marking.setCurrentIndex(max(self.marking.findData(marking), 0))
        finally:
            self._loading = loading

    # ------------------------------------------------------------------ state

    @property
    def record(self) -> FactRecord | None:
        """The saved fact the form was loaded from (None for a new fact)."""
        return self._record

    @property
    def is_new(self) -> bool:
        """True while editing a fact not saved yet."""
        return self._is_new

    @property
    def is_active(self) -> bool:
        """True when the form shows a fact (saved or new)."""
        return self._record is not None or self._is_new

    @property
    def is_dirty(self) -> bool:
        """True when the widgets hold changes not saved yet."""
        return self._dirty

    @property
    def is_valid(self) -> bool:
        """The result of the last validation."""
        return self._valid

    @property
    def read_only(self) -> bool:
        """True for a fact in the Bin."""
        return self._read_only

    @property
    def can_save(self) -> bool:
        """Save is offered: changed, valid, editable."""
        return self._dirty and self._valid and not self._read_only and self.is_active

    @property
    def loaded_draft(self) -> FactDraft | None:
        """The loaded fact as stored (the "before" of an undoable save)."""
        return self._record.to_draft() if self._record is not None else None

    def errors(self) -> ValidationError | None:
        """The errors shown now."""
        return self._errors

    def error_text(self, field: str) -> str:
        """The message shown under ``field``'s widget ("" if none)."""
        box = self._boxes.get(field)
        return box.message if box is not None else ""

    # ------------------------------------------------------------------ load / draft

    def _fill(self, draft: FactDraft) -> None:
        self._loading = True
        try:
            index = self.language.findData(draft.language)
            if index < 0:
                self.language.addItem(language_name(draft.language), draft.language)
                index = self.language.count() - 1
            self.language.setCurrentIndex(index)
            self.tabs.set_texts(draft.statement, draft.translations)
            self._extra_translations = {
                k: v for k, v in draft.translations.items() if k not in TRANSLATION_LANGUAGES
            }
            self.speaker.set_value(draft.speaker)
            self.key_point.set_value(draft.is_key)
            self.themes.set_values(draft.themes, notify=False)
            self.countries.set_values([c.upper() for c in draft.countries], notify=False)
            self.people.set_values(draft.people, notify=False)
            self.organisations.set_values(draft.organisations, notify=False)
            self.documents.set_values(draft.documents, notify=False)
            self.date.set_value(draft.date)
            self.event_combo.setCurrentText(draft.event or "")
            self.marking.setCurrentIndex(max(self.marking.findData(draft.marking.upper()), 0))
            self.confidence.setCurrentIndex(max(self.confidence.findData(draft.confidence), 0))
            self.source.setCurrentText(draft.source_title or "")
            self.quote.setPlainText(draft.quote or "")
            self.locator.setText(draft.locator or "")
            self.figures.set_figures(draft.figures)
            self.tabs.set_original_language(str(self.language.currentData()))
            self.tabs.setCurrentIndex(StatementTabs.ORIGINAL)
            self.scroll_area.verticalScrollBar().setValue(0)
        finally:
            self._loading = False
        self._update_preview()

    def draft(self) -> FactDraft:
        """The widgets' values as a draft (no judgement: the store validates)."""
        language = str(self.language.currentData() or "en")
        translations = dict(self._extra_translations)
        translations.update(self.tabs.translations(language))
        return FactDraft(
            statement=self.statement.toPlainText(),
            themes=self.themes.values(),
            countries=self.countries.values(),
            language=language,
            translations=translations,
            date=self.date.text() or None,
            event=self.event_combo.currentText().strip() or None,
            people=self.people.values(),
            organisations=self.organisations.values(),
            documents=self.documents.values(),
            marking=str(self.marking.currentData() or "UNCLASSIFIED"),
            confidence=str(self.confidence.currentData() or "confirmed"),
            source_title=self.source.currentText().strip() or None,
            quote=self.quote.toPlainText().strip() or None,
            locator=self.locator.text().strip() or None,
            figures=self.figures.figures(),
            is_key=self.key_point.value(),
            speaker=self.speaker.value(),
        )

    def load(self, record: FactRecord, read_only: bool = False) -> None:
        """Show the saved fact ``record`` (discarding any edits)."""
        self._record = record
        self._is_new = False
        self._fill(record.to_draft())
        self._baseline = self.draft()
        self._set_read_only(read_only)
        self.set_notice(
            self.tr("This fact is in the Bin. Restore it to edit it.") if read_only else ""
        )
        self._after_load()

    def new_fact(self, template: FactDraft) -> None:
        """Start a new fact from ``template`` (e.g. the current filters' theme and country)."""
        self._record = None
        self._is_new = True
        self._fill(template)
        self._baseline = self.draft()
        self._set_read_only(False)
        self.set_notice("")
        self._after_load()
        self.statement.setFocus()

    def rebase(self, record: FactRecord) -> None:
        """Keep the edits but take ``record`` (someone else's newer save) as the base."""
        self._record = record
        self._is_new = False
        self._baseline = record.to_draft()
        self._set_dirty(self.draft() != self._baseline)
        self._update_header()
        self.set_notice(
            self.tr(
                "Version {version} was saved by someone else. Your changes are kept; "
                "saving will replace that version."
            ).format(version=record.version)
        )
        self.validate_now()

    def clear(self) -> None:
        """Show no fact."""
        self._record = None
        self._is_new = False
        self._fill(FactDraft(statement="", themes=[]))
        self._baseline = self.draft()
        self._set_read_only(False)
        self.set_notice("")
        self._after_load()

    def revert(self) -> None:
        """Discard the edits: back to the loaded fact (or the new fact's start)."""
        if self._record is not None:
            self.load(self._record, self._read_only)
        elif self._is_new and self._baseline is not None:
            self._fill(self._baseline)
            self._after_load()

    def _after_load(self) -> None:
        self._validate_timer.stop()
        self.show_errors(None)
        self._set_dirty(False)
        self._update_header()
        if self._is_new:
            self.validate_now()

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.tabs.setReadOnly(read_only)
        self.quote.setReadOnly(read_only)
        self.locator.setReadOnly(read_only)
        for combo in (self.language, self.event_combo, self.marking, self.confidence, self.source):
            combo.setEnabled(not read_only)
        for field in (
            self.themes,
            self.countries,
            self.people,
            self.organisations,
            self.documents,
            self.date,
            self.figures,
            self.speaker,
            self.key_point,
        ):
            field.setReadOnly(read_only)
        self._update_buttons()

    def set_notice(self, text: str) -> None:
        """Show (or hide, with "") a notice above the fields."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # ------------------------------------------------------------------ editing

    def _on_statement_changed(self) -> None:
        self._preview_timer.start()
        self._edited()

    def _on_language_changed(self, _index: int) -> None:
        self.tabs.set_original_language(str(self.language.currentData()))
        self._preview_timer.start()
        self._edited()

    def _on_speaker_changed(self) -> None:
        self._preview_timer.start()
        self._edited()

    def _edited(self) -> None:
        if self._loading or not self.is_active:
            return
        self._set_dirty(self.draft() != self._baseline)
        self._validate_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_header()
        self._update_buttons()
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_preview(self) -> None:
        """Show the original as it prints, after the speaker's lead-in in its language."""
        language = str(self.language.currentData() or "en")
        if language not in TRANSLATION_LANGUAGES:
            language = "en"  # the lead-in of a dossier in English
        self.tabs.show_preview(lead_in(self.speaker.value(), language, self._speaker_names))

    def validate_now(self) -> ValidationError | None:
        """Ask the store whether the draft could be saved; show the answer inline."""
        self._validate_timer.stop()
        if not self.is_active:
            return None
        error: ValidationError | None = None
        try:
            self._store.validate(self.draft())
        except ValidationError as exc:
            error = exc
        except BriefingError as exc:  # e.g. the database went away: say so, keep editing
            error = ValidationError([FieldError("statement", str(exc))])
        self.show_errors(error)
        return error

    def show_errors(self, error: ValidationError | None) -> None:
        """Put each of ``error``'s messages under its field (clear the others)."""
        self._errors = error
        self._valid = error is None
        per_box: dict[str, list[str]] = {name: [] for name in self._boxes}
        figure_errors: list[FieldError] = []
        for e in error.errors if error else []:
            if e.field.startswith("figures"):
                figure_errors.append(e)
                continue
            name = self._box_name(e.field)
            message = e.message
            if e.field.startswith("translations."):
                message = self.tr("Translation {code}: {message}").format(
                    code=e.field.split(".", 1)[1], message=e.message
                )
            per_box[name].append(message)
        per_box["figures"] = self.figures.set_errors(figure_errors)
        seen: set[int] = set()
        for name, box in self._boxes.items():
            if id(box) in seen:
                continue
            seen.add(id(box))
            messages = per_box.get(name, [])
            if box is self._boxes["statement"]:
                messages = per_box.get("statement", []) + per_box.get("translations", [])
            box.set_errors(messages)
        count = len(error.errors) if error else 0
        self.problems.setText(
            self.tr("{n} problem(s) to fix before saving").format(n=count) if count else ""
        )
        self._reveal_error_near_focus()
        self._update_buttons()

    def _reveal_error_near_focus(self) -> None:
        """Scroll so the message under the field being edited is visible."""
        focus = QApplication.focusWidget()
        if focus is None or not self.content.isAncestorOf(focus):
            return
        for box in self._boxes.values():
            if box.message and (box is focus or box.isAncestorOf(focus)):
                # after the layout has made room for the message
                reveal = partial(self.scroll_area.ensureWidgetVisible, box.error, 0, 8)
                QTimer.singleShot(0, reveal)
                return

    def _box_name(self, field: str) -> str:
        if field in self._boxes:
            return field
        for sep in ("[", "."):
            head = field.split(sep, 1)[0]
            if head in self._boxes:
                return head
        if field.startswith("source"):
            return "source.title"
        return "statement"

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.can_save)
        self.revert_button.setEnabled(self._dirty and not self._read_only)
        self.restore_button.setVisible(self._read_only)
        self.history_button.setEnabled(self._record is not None)
        self.state_changed.emit()

    def _update_header(self) -> None:
        if self._is_new:
            title = self.tr("New fact")
        elif self._record is None:
            title = self.tr("No fact selected")
        elif self._read_only:
            title = self.tr("Deleted fact")
        else:
            title = self.tr("Fact")
        if self._dirty:
            title += " " + self.tr("(unsaved changes)")
        self.title.setText(title)
        record = self._record
        if record is None:
            self.meta.setText(self.tr("Not saved yet") if self._is_new else "")
            self.meta.setToolTip("")
            return
        updated = record.updated_at.astimezone()
        self.meta.setText(
            self.tr("Version {version} · updated {when}").format(
                version=record.version, when=updated.strftime("%Y-%m-%d %H:%M")
            )
        )
        self.meta.setToolTip(self.tr("Identifier: {uuid}").format(uuid=record.uuid))

    # ------------------------------------------------------------------ history

    def show_history(self) -> None:
        """Show the fact's earlier versions."""
        if self._record is None:
            return
        dialog = RevisionsDialog(self._store.history, self._record, self, not self.read_only)
        if dialog.exec() and dialog.chosen is not None:
            self.version_chosen.emit(dialog.chosen)
