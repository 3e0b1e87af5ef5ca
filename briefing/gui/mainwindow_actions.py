"""The main window's actions, menus and toolbar: every command once, with its shortcut.

Each action is made here once and reached from the menus, the toolbar, context menus and
the shortcut sheet (F1); ``frame_actions`` are those that work before the base is open.
The slots live with the flows that own them (``mainwindow_list``, ``_edit``, ``_dossier``
and ``mainwindow`` itself).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QToolBar, QToolButton

from briefing.gui.mainwindow_base import WindowBase


class WindowActions(WindowBase):
    """Builds the actions (``act_*``), the menu bar and the main toolbar."""

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(pixmap)

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self._icon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self._action(
            self.tr("&New fact"),
            self.new_fact,
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
            self.tr("Create a fact (Ctrl+N)"),
        )
        self.act_save = self._action(
            self.tr("&Save"),
            self.save_current,
            QKeySequence.StandardKey.Save,
            sp.SP_DialogSaveButton,
            self.tr("Save the fact being edited (Ctrl+S)"),
        )
        self.act_revert = self._action(
            self.tr("&Revert changes"),
            lambda: self.form.revert(),
            None,
            sp.SP_DialogResetButton,
            self.tr("Discard the edits made since the last save"),
        )
        self.act_delete = self._action(
            self.tr("&Delete"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            sp.SP_TrashIcon,
            self.tr("Move the selected facts to the Bin (Delete)"),
        )
        self.act_restore = self._action(
            self.tr("Res&tore"),
            self.restore_selected,
            None,
            sp.SP_DialogApplyButton,
            self.tr("Bring the selected facts back from the Bin"),
        )
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(self._icon(sp.SP_ArrowBack))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_redo.setIcon(self._icon(sp.SP_ArrowForward))
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_find = self._action(
            self.tr("&Find…"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            None,
            self.tr("Search the facts (Ctrl+F)"),
        )
        self.act_clear = self._action(
            self.tr("&Clear filters"),
            self.clear_filters,
            "Ctrl+Shift+L",
            None,
            self.tr("Show all facts"),
        )
        self.act_select_all = self._action(
            self.tr("Select &all facts"), lambda: self.view.selectAll(), None
        )
        self.act_builder = self._action(
            self.tr("&Dossier builder…"),
            self.show_builder,
            "Ctrl+B",
            sp.SP_FileDialogDetailedView,
            self.tr("Build a briefing book from the facts (Ctrl+B)"),
        )
        self.act_by_theme = self._action(
            self.tr("New dossier by &theme"), lambda: self.new_dossier("theme"), None
        )
        self.act_by_country = self._action(
            self.tr("New dossier by &country"), lambda: self.new_dossier("country"), None
        )
        self.act_add_to_dossier = self._action(
            self.tr("&Add selected facts to the dossier"), self.add_selection_to_dossier, None
        )
        self.act_export = self._action(
            self.tr("&Export PDF…"),
            lambda: self.export_dossier("pdf"),
            "Ctrl+E",
            sp.SP_DialogSaveButton,
            self.tr("Export the dossier being built to PDF (Ctrl+E)"),
        )
        self.act_export.setIcon(self._icon(sp.SP_DriveFDIcon))
        self.act_export_docx = self._action(
            self.tr("Export &DOCX…"), lambda: self.export_dossier("docx"), "Ctrl+Shift+E"
        )
        self.act_settings = self._action(
            self.tr("Se&ttings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_refresh = self._action(
            self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh
        )
        self.act_show_bin = self._action(self.tr("Show the &Bin"), self.show_bin, None)
        self.act_show_navigator = self._action(
            self.tr("&Navigator"), lambda on: self.navigator_pane.setVisible(on), "Ctrl+1"
        )
        self.act_show_navigator.setCheckable(True)
        self.act_show_navigator.setChecked(True)
        self.act_show_details = self._action(
            self.tr("&Details"), lambda on: self.right.setVisible(on), "Ctrl+3"
        )
        self.act_show_details.setCheckable(True)
        self.act_show_details.setChecked(True)
        self.act_history = self._action(
            self.tr("&History…"), lambda: self.form.show_history(), None
        )
        self.act_people = self._action(self.tr("&People…"), lambda: self.manage("people"))
        self.act_orgs = self._action(
            self.tr("&Organisations…"), lambda: self.manage("organisations")
        )
        self.act_themes = self._action(self.tr("&Themes…"), lambda: self.manage("themes"))
        self.act_sources = self._action(self.tr("&Sources…"), lambda: self.manage("sources"))
        self.act_events = self._action(self.tr("&Events…"), lambda: self.manage("events"))
        self.act_about = self._action(self.tr("&About Briefing"), self.about)
        self.act_about_qt = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.act_logs = self._action(self.tr("Open the &log folder"), self.open_logs)
        self.act_shortcuts = self._action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self.act_import_bundle = self._action(self.tr("&Import a bundle…"), self.import_bundle)
        self.act_export_bundle = self._action(self.tr("E&xport a bundle…"), self.export_bundle)
        self.act_country_notes = self._action(self.tr("&Country notes…"), self.country_notes)
        self.act_import_document = self._action(
            self.tr("&Import a document…"), self.import_document
        )
        # What works before the base is open: the rest waits for ``attach``.
        self.frame_actions = (
            self.act_settings,
            self.act_quit,
            self.act_show_navigator,
            self.act_show_details,
            self.act_about,
            self.act_about_qt,
            self.act_logs,
            self.act_shortcuts,
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self.act_new)
        file.addAction(self.act_save)
        file.addSeparator()
        file.addAction(self.act_export)
        file.addAction(self.act_export_docx)
        file.addSeparator()
        file.addAction(self.act_import_bundle)
        file.addAction(self.act_export_bundle)
        file.addSeparator()
        file.addAction(self.act_settings)
        file.addSeparator()
        file.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        edit.addAction(self.act_find)
        edit.addAction(self.act_clear)
        edit.addAction(self.act_select_all)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.act_show_navigator)
        view.addAction(self.act_show_details)
        view.addSeparator()
        view.addAction(self.act_show_bin)
        view.addAction(self.act_refresh)
        fact = bar.addMenu(self.tr("F&act"))
        fact.addAction(self.act_new)
        fact.addAction(self.act_save)
        fact.addAction(self.act_revert)
        fact.addAction(self.act_delete)
        fact.addAction(self.act_restore)
        fact.addAction(self.act_history)
        fact.addSeparator()
        ref = fact.addMenu(self.tr("&Reference data"))
        for action in (
            self.act_people,
            self.act_orgs,
            self.act_themes,
            self.act_sources,
            self.act_events,
        ):
            ref.addAction(action)
        ref.addAction(self.act_country_notes)
        fact.addAction(self.act_import_document)
        dossier = bar.addMenu(self.tr("&Dossier"))
        dossier.addAction(self.act_builder)
        dossier.addAction(self.act_by_theme)
        dossier.addAction(self.act_by_country)
        dossier.addAction(self.act_add_to_dossier)
        dossier.addSeparator()
        dossier.addAction(self.act_export)
        dossier.addAction(self.act_export_docx)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_about)
        help_menu.addAction(self.act_logs)
        help_menu.addAction(self.act_about_qt)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.act_new, self.act_save, self.act_delete, self.act_restore):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.act_undo)
        toolbar.addAction(self.act_redo)
        toolbar.addSeparator()
        toolbar.addAction(self.act_builder)
        toolbar.addAction(self.act_export)
        # Undo/Redo name the command ("Undo Delete 3 facts"): as text they pushed the
        # buttons after them around; as icons the name moves to the tooltip.
        for action in (self.act_undo, self.act_redo):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
