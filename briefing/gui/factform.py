"""The fact editor: load / draft / check / save (STYLE example 8), with inline errors.

``load(record)`` fills the widgets; ``draft()`` reads them back as a ``FactDraft`` without
judging; ``validate_now()`` asks the store (``store.validate``) and puts each
``FieldError`` under its widget. Edits are validated after a short pause and again on save.
Saving itself belongs to the main window (it goes through the undo stack).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from briefing.errors import BriefingError, FieldError, ValidationError
from briefing.gui import i18n
from briefing.gui.factform_history import RevisionsDialog
from briefing.gui.factform_layout import FormLayout
from briefing.gui.factform_speaker import SpeakerNames, lead_in
from briefing.gui.factform_statement import (
    TRANSLATION_LANGUAGES,
    StatementTabs,
    language_name,
)
from briefing.gui.fields import (
    INVALID_STYLE,
    deferred,
)
from briefing.gui.refdata import RefData
from briefing.ingest.quote_check import QuoteProblem, quote_problem
from briefing.store import FactDraft, FactRecord

if TYPE_CHECKING:
    from briefing.store import Store

# FactDraft attribute -> the field box showing it
TEMPLATE_BOXES = {
    "statement": "statement",
    "themes": "themes",
    "countries": "countries",
    "translations": "translations",
    "date": "date",
    "event": "event",
    "people": "people",
    "organisations": "organisations",
    "documents": "documents",
    "marking": "marking",
    "confidence": "confidence",
    "source_title": "source.title",
    "quote": "quote",
    "locator": "locator",
    "figures": "figures",
    "is_key": "key",
    "speaker": "speaker",
}


class FactForm(FormLayout):
    """The right pane: every field of a fact, Save / Revert, inline validation.

    The widgets and their layout are built by ``FormLayout`` (factform_layout), which also
    declares the signals. An error shows under a field once the user has edited that
    field, or under every field on save: a new fact does not open covered in red.
    """

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
        self._touched: set[str] = set()
        self._validate_timer = deferred(self, 250, lambda: self.validate_now(all_fields=False))
        self._preview_timer = deferred(self, 200, self._update_preview)
        self._build()
        self.set_reference(ref)
        self._update_header()
        self._update_buttons()

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

    def _fill(self, draft: FactDraft, sources: dict[str, str | None] | None = None) -> None:
        self._loading = True
        try:
            index = self.language.findData(draft.language)
            if index < 0:
                self.language.addItem(language_name(draft.language), draft.language)
                index = self.language.count() - 1
            self.language.setCurrentIndex(index)
            self.tabs.set_texts(draft.statement, draft.translations, sources)
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
            self.set_event(draft.event)
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
            event=self.event_value(),
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
            translation_sources=self.tabs.confirmed_sources(),
        )

    def load(self, record: FactRecord, read_only: bool = False) -> None:
        """Show the saved fact ``record`` (discarding any edits)."""
        self._record = record
        self._is_new = False
        self._fill(record.to_draft(), record.translation_sources)
        self._baseline = self.draft()
        self._set_read_only(read_only)
        self.set_notice(
            self.tr("This fact is in the Bin. Restore it to edit it.") if read_only else ""
        )
        self._after_load()
        self.quote_flag.show_problem(self._quote_problem(record))

    def _quote_problem(self, record: FactRecord) -> QuoteProblem | None:
        # one indexed row and one text read (~1 ms on the seed's article): fine on load
        if not record.source.quote or record.source.title is None:
            return None
        try:
            return quote_problem(self._store, record.uuid)
        except BriefingError:  # the database went away: the form still shows the fact
            return None

    def new_fact(self, template: FactDraft) -> None:
        """Start a new fact from ``template`` (e.g. the current filters' theme and country)."""
        self._record = None
        self._is_new = True
        self._fill(template)
        self._baseline = self.draft()
        self._set_read_only(False)
        self.set_notice("")
        self.quote_flag.show_problem(None)
        self._after_load()
        # What the template brought in (from filters, or a bundle being checked) is shown
        # judged at once; only the fields still blank wait until touched.
        blank = FactDraft(statement="", themes=[])
        self._touched = {
            box
            for attr, box in TEMPLATE_BOXES.items()
            if getattr(template, attr) != getattr(blank, attr)
        }
        if self._touched:
            self.validate_now(all_fields=False)
        self.statement.setFocus()

    def focus_first_field(self) -> None:
        """Put the cursor in the statement (Return on a row of the list)."""
        self.scroll_area.ensureWidgetVisible(self.tabs, 0, 0)
        self.statement.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        self.quote_flag.show_problem(None)
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
        self._touched = set()
        self.show_errors(None)
        self._set_dirty(False)
        self._update_header()
        if self._is_new:
            self.validate_now(all_fields=False)  # Save stays off; nothing turns red yet

    def _touch(self, name: str) -> None:
        if not self._loading and self.is_active:
            self._touched.add(name)

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

    def validate_now(self, all_fields: bool = True) -> ValidationError | None:
        """Ask the store whether the draft could be saved; show the answer inline (under
        every field, or with ``all_fields=False`` only under the fields edited so far)."""
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
        self.show_errors(error, all_fields)
        return error

    def show_errors(self, error: ValidationError | None, all_fields: bool = True) -> None:
        """Put each of ``error``'s messages under its field (clear the others); with
        ``all_fields=False``, only under the fields the user has edited."""
        self._errors = error
        self._valid = error is None
        if all_fields and error is not None:
            self._touched.update(self._boxes)  # revealed by a save: keep them shown
        per_box: dict[str, list[str]] = {name: [] for name in self._boxes}
        figure_errors: list[FieldError] = []
        for e in error.errors if error else []:
            if e.field.startswith("figures"):
                figure_errors.append(e)
                continue
            name = self._box_name(e.field)
            message = e.text(i18n.current())
            if e.field.startswith("translations."):
                message = self.tr("Translation {code}: {message}").format(
                    code=e.field.split(".", 1)[1], message=e.text(i18n.current())
                )
            per_box[name].append(message)
        shown = self._touched
        per_box["figures"] = self.figures.set_errors(figure_errors if "figures" in shown else [])
        per_box = {k: (v if k in shown else []) for k, v in per_box.items()}
        seen: set[int] = set()
        for name, box in self._boxes.items():
            if id(box) in seen:
                continue
            seen.add(id(box))
            messages = per_box.get(name, [])
            if box is self._boxes["statement"]:
                messages = per_box.get("statement", []) + per_box.get("translations", [])
            box.set_errors(messages)
        count = sum(len(m) for m in per_box.values()) if error else 0
        self.problems.setText(
            self.tr("%n problems to fix before saving", "", count) if count else ""
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
