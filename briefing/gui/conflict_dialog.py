"""Two versions of a fact side by side, field by field, to settle a conflict.

``ConflictView`` shows the fields whose versions differ, each highlighted, with "mine" and
"theirs" beside each other; where the user may choose, a radio button sits above each side.
The save-conflict dialog (``ConflictDialog``) and the bundle import review share it.

The dialog itself writes nothing: it hands back the merged draft, and the main window saves
it against the version it was compared with, through the same conflict check as any save
(someone saving again meanwhile brings the dialog back, with the newer version).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing.store import FactDraft
from briefing.store.fact_merge import MINE, THEIRS, FieldMerge, MergeProposal, propose, shown

_CONFLICT_STYLE = "background-color: #fde2e1; border: 1px solid #e0a09c; padding: 4px;"
_CHANGED_STYLE = "background-color: #fff4c2; border: 1px solid #e3cf7a; padding: 4px;"
_PLAIN_STYLE = "border: 1px solid palette(mid); padding: 4px;"


def field_label(name: str) -> str:
    """The name a user knows a fact's field by (draft and bundle names alike)."""
    # spelled out in full: lupdate only finds translate(context, text) under its own name
    labels = {
        "statement": QCoreApplication.translate("ConflictFields", "Statement"),
        "language": QCoreApplication.translate("ConflictFields", "Language"),
        "translations": QCoreApplication.translate("ConflictFields", "Translations"),
        "date": QCoreApplication.translate("ConflictFields", "Date"),
        "event": QCoreApplication.translate("ConflictFields", "Event"),
        "themes": QCoreApplication.translate("ConflictFields", "Themes"),
        "countries": QCoreApplication.translate("ConflictFields", "Countries"),
        "people": QCoreApplication.translate("ConflictFields", "People"),
        "organisations": QCoreApplication.translate("ConflictFields", "Organisations"),
        "documents": QCoreApplication.translate("ConflictFields", "Documents"),
        "speaker": QCoreApplication.translate("ConflictFields", "Speaker"),
        "figures": QCoreApplication.translate("ConflictFields", "Figures"),
        "source": QCoreApplication.translate("ConflictFields", "Source"),
        "source_title": QCoreApplication.translate("ConflictFields", "Source"),
        "quote": QCoreApplication.translate("ConflictFields", "Quote"),
        "locator": QCoreApplication.translate("ConflictFields", "Locator"),
        "marking": QCoreApplication.translate("ConflictFields", "Marking"),
        "confidence": QCoreApplication.translate("ConflictFields", "Confidence"),
        "is_key": QCoreApplication.translate("ConflictFields", "Key point"),
        "key": QCoreApplication.translate("ConflictFields", "Key point"),
        "deleted": QCoreApplication.translate("ConflictFields", "In the Bin"),
        "texts": QCoreApplication.translate("ConflictFields", "Texts"),
    }
    return labels.get(name, name)


@dataclass(frozen=True)
class Row:
    """One field as the view shows it. ``changed``: who changed it since the base
    ("mine", "theirs", "both"; "" when unknown); ``choice``: the side picked now, or ""
    when the row only shows."""

    name: str
    mine: str
    theirs: str
    changed: str = ""
    choice: str = ""


def rows_of(proposal: MergeProposal) -> list[Row]:
    """The rows of a save conflict: every differing field, choosable."""
    out = []
    for f in proposal.differing:
        changed = "both" if f.conflict else (THEIRS if f.proposed == THEIRS else MINE)
        out.append(Row(f.name, shown(f.mine), shown(f.theirs), changed, f.proposed))
    # the fields to decide first; the pre-merged ones after, to check
    return sorted(out, key=lambda r: r.changed != "both")


class ConflictView(QWidget):
    """Differing fields side by side; ``picks()`` says which side each choosable row took."""

    def __init__(
        self,
        rows: Sequence[Row],
        mine_title: str,
        theirs_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for col, title in ((1, mine_title), (2, theirs_title)):
            head = QLabel(f"<b>{title}</b>", inner)
            grid.addWidget(head, 0, col)
        line = 1
        for row in rows:
            name = QLabel(f"<b>{field_label(row.name)}</b>", inner)
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            name.setToolTip(self._changed_note(row.changed))
            grid.addWidget(name, line, 0, 2, 1)
            if row.choice:
                group = QButtonGroup(self)
                pick_mine = QRadioButton(self.tr("Use mine"), inner)
                pick_theirs = QRadioButton(self.tr("Use theirs"), inner)
                group.addButton(pick_mine)
                group.addButton(pick_theirs)
                (pick_theirs if row.choice == THEIRS else pick_mine).setChecked(True)
                pick_mine.setObjectName(f"mine:{row.name}")
                pick_theirs.setObjectName(f"theirs:{row.name}")
                grid.addWidget(pick_mine, line, 1)
                grid.addWidget(pick_theirs, line, 2)
                self._groups[row.name] = (pick_mine, pick_theirs)
            for col, text, side in ((1, row.mine, MINE), (2, row.theirs, THEIRS)):
                cell = QLabel(text or self.tr("(empty)"), inner)
                cell.setWordWrap(True)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                cell.setStyleSheet(self._style(row.changed, side))
                grid.addWidget(cell, line + 1, col)
            note = self._changed_note(row.changed)
            if note:
                hint = QLabel(f"<i>{note}</i>", inner)
                grid.addWidget(hint, line + 2, 1, 1, 2)
            line += 3
        grid.setRowStretch(line, 1)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

    @staticmethod
    def _style(changed: str, side: str) -> str:
        if changed in ("both", ""):
            return _CONFLICT_STYLE
        return _CHANGED_STYLE if changed == side else _PLAIN_STYLE

    def _changed_note(self, changed: str) -> str:
        return {
            "both": self.tr("Changed by both of you: choose one."),
            MINE: self.tr("Changed only by you: yours is kept unless you choose theirs."),
            THEIRS: self.tr("Changed only by them: theirs is taken unless you choose yours."),
        }.get(changed, "")

    def picks(self) -> dict[str, str]:
        """Field → "mine" or "theirs" for every choosable row."""
        return {
            name: THEIRS if theirs.isChecked() else MINE
            for name, (_mine, theirs) in self._groups.items()
        }

    def pick(self, name: str, side: str) -> None:
        """Choose ``side`` for field ``name`` (as a click on its radio button would)."""
        mine, theirs = self._groups[name]
        (theirs if side == THEIRS else mine).setChecked(True)


@dataclass(frozen=True)
class Resolution:
    """What the user chose: "merge" (``draft`` holds the merged fact), "reload" their
    version, or "keep" editing mine (saving again then replaces theirs)."""

    action: str
    draft: FactDraft | None = None


class ConflictDialog(QDialog):
    """Someone else saved the fact first: both versions, and a merge to save."""

    def __init__(
        self,
        base: FactDraft | None,
        mine: FactDraft,
        theirs: FactDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.resize(860, 560)
        self.proposal = propose(mine, theirs, base)
        self.resolution = Resolution("keep")
        layout = QVBoxLayout(self)
        conflicts = len(self.proposal.conflicts)
        text = self.tr(
            "Someone else saved this fact after you opened it. Your changes are not lost. "
            "Fields only one of you changed are already merged."
        )
        if conflicts:
            text += " " + self.tr(
                "Both of you changed %n field(s): choose which version to keep, then save "
                "the merge.",
                "",
                conflicts,
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.view = ConflictView(
            rows_of(self.proposal), self.tr("Your version"), self.tr("Their saved version"), self
        )
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save the merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button = QPushButton(self.tr("&Reload their version"), self)
        self.keep_button = QPushButton(self.tr("&Keep editing mine"), self)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self._merge)
        self.reload_button.clicked.connect(lambda: self._finish(Resolution("reload")))
        self.keep_button.clicked.connect(lambda: self._finish(Resolution("keep")))
        self.save_button.setDefault(True)
        layout.addWidget(buttons)

    def _merge(self) -> None:
        self._finish(Resolution("merge", self.proposal.merged(self.view.picks())))

    def _finish(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.done(QDialog.DialogCode.Accepted if resolution.action == "merge" else 0)

    def field(self, name: str) -> FieldMerge:
        """The proposal's entry for field ``name``."""
        return next(f for f in self.proposal.fields if f.name == name)


def resolve(
    parent: QWidget | None, base: FactDraft | None, mine: FactDraft, theirs: FactDraft
) -> Resolution:
    """Ask how to settle a refused save (tests replace this to answer without a dialog)."""
    dialog = ConflictDialog(base, mine, theirs, parent)
    dialog.exec()
    return dialog.resolution
