"""Editing flows of the main window: new, save, conflicts, the Bin (delete and restore).

save     form.draft() -> store.validate -> SaveFactCommand / AddFactCommand
         (applied once, then pushed on the undo stack) -> Changes on the bus
delete   confirm -> DeleteFactCommand per fact (a macro for several) -> Changes
changes  bus -> model.refresh, navigator counts, reference lists, open form
Reference data (people, themes, events…) opens its dialogs from here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from briefing.errors import BriefingError, ConflictError, UserFacingError, ValidationError
from briefing.gui import errors, i18n, prompts
from briefing.gui.bus import Changes
from briefing.gui.commands import (
    AddFactCommand,
    DeleteFactCommand,
    FactCommand,
    RestoreFactCommand,
    SaveFactCommand,
)
from briefing.gui.mainwindow_base import WindowBase
from briefing.store import FactDraft, FactRecord


class EditFlows(WindowBase):
    """Saving, deleting and restoring facts; the reference-data dialogs."""

    # ------------------------------------------------------------------ editing

    def _report(self, exc: BaseException) -> None:
        errors.show_error(self, exc)

    def new_fact(self) -> None:
        """Start a new fact, prefilled from the current filters."""
        if not self.maybe_keep_changes():
            return
        filters = self.navigator.filters()
        template = FactDraft(
            statement="",
            themes=list(filters.themes[:1]),
            countries=list(filters.countries),
            event=filters.events[0] if filters.events else None,
            date=None,
            # a Russian or French desk writes its own notes in its own language
            language=i18n.current(),
        )
        self._reverting = True
        try:
            self.view.selectionModel().clear()
        finally:
            self._reverting = False
        self.form.new_fact(template)
        self._update_placeholder()
        self._update_actions()

    def save_current(self) -> bool:
        """Save the form (through the undo stack); False if it could not be saved."""
        form = self.form
        if not form.is_active or form.read_only:
            return False
        if not form.is_dirty:
            return True
        draft = form.draft()
        error = form.validate_now()
        if error is not None:
            self.statusBar().showMessage(self.tr("Not saved: fix the fields marked in red."), 5000)
            return False
        command: FactCommand
        record = form.record
        if form.is_new or record is None:
            command = AddFactCommand(self.store, self.bus, draft, self._report)
        else:
            command = SaveFactCommand(
                self.store,
                self.bus,
                record.uuid,
                record.to_draft(),
                draft,
                record.version,
                self._report,
            )
        try:
            saved = command.apply_first()
        except ConflictError:
            self._on_conflict()
            return False
        except ValidationError as exc:
            form.show_errors(exc)
            return False
        except UserFacingError as exc:
            errors.show_error(self, exc)
            return False
        self.undo_stack.push(command)
        if saved is not None:
            form.load(saved)
            self._pending_key = saved.key
        self.statusBar().showMessage(self.tr("Saved."), 3000)
        self.bus.publish(Changes(facts=True, uuids=frozenset({command.uuid})), self)
        return True

    def _on_conflict(self) -> None:
        record = self.form.record
        if record is None:
            return
        try:
            theirs = self.store.get(record.uuid)
        except BriefingError as exc:
            errors.show_error(self, exc)
            return
        from briefing.gui import conflict_dialog  # first use: a save that met a conflict

        answer = conflict_dialog.resolve(
            self, record.to_draft(), self.form.draft(), theirs.to_draft()
        )
        if answer.action == "reload":
            self.form.load(theirs)
            self.statusBar().showMessage(self.tr("Reloaded the saved version."), 5000)
        else:
            self.form.rebase(theirs)
            if answer.draft is not None:
                self._save_merge(theirs, answer.draft)
        self._update_actions()

    def _save_merge(self, theirs: FactRecord, merged: FactDraft) -> None:
        # saved against the version the merge was made from: a third save meanwhile is
        # refused like any other, and the dialog comes back with that newer version
        command = SaveFactCommand(
            self.store, self.bus, theirs.uuid, theirs.to_draft(), merged, theirs.version,
            self._report,
        )  # fmt: skip
        try:
            saved = command.apply_first()
        except ConflictError:
            self._on_conflict()
            return
        except UserFacingError as exc:  # the form keeps the edits; the error names the field
            errors.show_error(self, exc)
            return
        self.undo_stack.push(command)
        if saved is not None:
            self.form.load(saved)
            self._pending_key = saved.key
        self.statusBar().showMessage(self.tr("Saved the merged version."), 5000)
        self.bus.publish(Changes(facts=True, uuids=frozenset({command.uuid})), self)

    def delete_selected(self) -> None:
        """Move the selected facts (or the one in the form) to the Bin, after asking."""
        if self.navigator.filters().bin:
            return
        keys = self.selected_keys()
        if not keys and self.form.record is not None and not self.form.is_new:
            keys = [self.form.record.key]
        if not keys:
            return
        records = self.store.records(keys)
        if len(records) == 1:
            question = self.tr(
                "Move this fact to the Bin?\n\n“{fact}”\n\nYou can restore it from the Bin."
            ).format(fact=records[0].statement[:200])
        else:
            question = QCoreApplication.translate(
                "MainWindow",
                "Move %n facts to the Bin? You can restore them from the Bin.",
                "",
                len(records),
            )
        if not prompts.confirm(self, self.tr("Delete facts"), question):
            return
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        done = self._apply_each(
            records,
            DeleteFactCommand,
            QCoreApplication.translate("MainWindow", "Delete %n facts", "", len(records)),
        )
        if not done:
            return
        if self.form.record is not None and self.form.record.uuid in done:
            self.form.clear()
        self._pending_row = rows[0] if rows else None
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Moved %n facts to the Bin. Undo with Ctrl+Z.", "", len(done)
            ),
            5000,
        )
        self.bus.publish(Changes(facts=True, uuids=frozenset(done)), self)

    def restore_selected(self) -> None:
        """Bring the selected facts back from the Bin."""
        keys = self.selected_keys()
        if not keys and self.form.record is not None and self.form.read_only:
            keys = [self.form.record.key]
        if not keys:
            return
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        done = self._apply_each(
            self.store.records(keys),
            RestoreFactCommand,
            QCoreApplication.translate("MainWindow", "Restore %n facts", "", len(keys)),
        )
        if not done:
            return
        if self.form.record is not None and self.form.record.uuid in done:
            self.form.clear()
        self._pending_row = rows[0] if rows else None
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Restored %n facts.", "", len(done)), 5000
        )
        self.bus.publish(Changes(facts=True, uuids=frozenset(done)), self)

    def _apply_each(
        self,
        records: list[Any],
        kind: type[DeleteFactCommand] | type[RestoreFactCommand],
        label: str,
    ) -> set[str]:
        done: set[str] = set()
        macro = len(records) > 1
        if macro:
            self.undo_stack.beginMacro(label)
        try:
            for record in records:
                command = kind(self.store, self.bus, record.uuid, record.statement, self._report)
                try:
                    command.apply_first()
                except BriefingError as exc:
                    errors.show_error(self, exc)
                    continue
                self.undo_stack.push(command)
                done.add(record.uuid)
        finally:
            if macro:
                self.undo_stack.endMacro()
        return done

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.facts or changes.taxonomy or changes.entities:
            # a save may also have created people, sources, events... named in the fact
            events = list(self.ref.events)
            self.ref.reload(self.store)
            self.form.set_reference(self.ref)
            if self.builder is not None:
                self.builder.set_reference(self.ref)
            if changes.taxonomy or changes.entities or changes.specs or self.ref.events != events:
                self.navigator.reload()
        elif changes.specs:
            self.navigator.reload()
        if not changes.facts:
            return
        self.model.refresh()
        self.navigator.refresh_counts()
        record = self.form.record
        if (
            isinstance(initiator, FactCommand)
            and record is not None
            and record.uuid in changes.uuids
            and not self.form.is_dirty
        ):
            if initiator.deleted != self.navigator.filters().bin:
                self.form.clear()
            else:
                try:
                    self.form.load(self.store.get(record.uuid), read_only=initiator.deleted)
                except BriefingError:
                    self.form.clear()
        self._update_placeholder()
        self._update_actions()

    def _navigator_edit(self, kind: str, key: str) -> None:
        # The dialogs load on first use: their date fields pull in Babel's CLDR data, which
        # the window's first paint does not need (mainwindow_open).
        from briefing.gui.entities import EventDialog, ThemeDialog

        if kind == "theme":
            self._open_entity(ThemeDialog(self.store, self.ref, key or None, self), taxonomy=True)
        elif kind == "event":
            self._open_entity(EventDialog(self.store, self.ref, key or None, self))
        elif kind == "spec-delete" and prompts.confirm(
            self,
            self.tr("Delete saved dossier"),
            self.tr("Delete the saved dossier “{name}”? The facts are not touched.").format(
                name=key
            ),
        ):
            self.store.delete_spec(key)
            self.bus.publish(Changes(specs=True), self)

    def _open_entity(self, dialog: Any, taxonomy: bool = False) -> bool:
        if dialog.exec():
            self.bus.publish(Changes(taxonomy=taxonomy, entities=not taxonomy), self)
            return True
        return False

    def manage(self, kind: str) -> None:
        """Open the list of people, organisations, themes, sources or events."""
        from briefing.gui.entities import (
            EntityManager,
            EventDialog,
            OrganisationDialog,
            PersonDialog,
            SourceDialog,
            ThemeDialog,
        )

        store = self.store

        def saved() -> None:
            self.bus.publish(Changes(taxonomy=kind == "themes", entities=kind != "themes"), self)

        managers: dict[str, tuple[str, Any, Any]] = {
            "people": (
                self.tr("People"),
                lambda: [
                    (p.id, f"{p.name} — {p.role}" if p.role else p.name) for p in store.people()
                ],
                lambda key: PersonDialog(store, self.ref, key, self),
            ),
            "organisations": (
                self.tr("Organisations"),
                lambda: [(o.id, o.name) for o in store.organisations()],
                lambda key: OrganisationDialog(store, self.ref, key, self),
            ),
            "themes": (
                self.tr("Themes"),
                lambda: [(t.slug, ("    " * t.depth) + t.label) for t in self.ref.themes],
                lambda key: ThemeDialog(store, self.ref, key, self),
            ),
            "sources": (
                self.tr("Sources"),
                lambda: [(s.id, s.title) for s in store.sources()],
                lambda key: SourceDialog(store, self.ref, key, self),
            ),
            "events": (
                self.tr("Events"),
                lambda: [(e.name, e.name) for e in store.events()],
                lambda key: EventDialog(store, self.ref, key, self),
            ),
        }
        title, items, opener = managers[kind]
        EntityManager(title, items, opener, saved, self).exec()
