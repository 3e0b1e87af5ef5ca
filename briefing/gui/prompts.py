"""The questions the flows ask, in one place (tests replace these functions to answer)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing.gui import i18n


class Answer(Enum):
    """What the user chose in a three-way question."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def unsaved_changes(parent: QWidget | None) -> Answer:
    """Save / Discard / Cancel for a form holding unsaved edits."""
    button = QMessageBox.question(
        parent,
        QCoreApplication.translate("prompts", "Unsaved changes"),
        QCoreApplication.translate(
            "prompts", "This fact has changes that are not saved yet. Save them?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if button == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if button == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    button = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return button == QMessageBox.StandardButton.Yes


def export_done(parent: QWidget | None, path: Path) -> None:
    """Tell where the dossier was written; offer to open it or its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("prompts", "Dossier exported"))
    box.setText(QCoreApplication.translate("prompts", "The dossier was written to:"))
    box.setInformativeText(str(path))
    open_file = box.addButton(
        QCoreApplication.translate("prompts", "Open file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("prompts", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def file_dialog_options() -> QFileDialog.Option:
    """Qt's own file dialog when the interface speaks another language than the system:
    a native (GTK, portal) dialog speaks the system's, so a French interface on an English
    desktop showed "Look in" and "Files of type"; Qt's dialog reads qtbase_xx.qm."""
    system = QLocale.system().name().split("_")[0]
    if i18n.current() != ("en" if system == "C" else system):
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def save_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Ask where to save; "" when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, start, filters, options=file_dialog_options()
    )
    return str(path)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning the user acknowledges."""
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A notice the user acknowledges."""
    QMessageBox.information(parent, title, text)
