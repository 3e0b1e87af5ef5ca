"""The builder's Outline tab: the preview child's outline lines as a tree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from briefing.gui.outline import Outline

MUTED = QColor("#6b7280")


def fill_outline(tree: QTreeWidget, outline: Outline) -> int:
    """Show ``outline`` in ``tree`` (top levels and the cover expanded); returns the
    number of fact entries listed."""
    tree.clear()
    bold = QFont(tree.font())
    bold.setBold(True)
    parents: list[QTreeWidgetItem] = []
    for line in outline.lines:
        text = line.text
        if line.kind == "cover":
            text = QCoreApplication.translate("DossierBuilder", "Cover: {title}").format(
                title=line.text
            )
        item = QTreeWidgetItem([text, line.detail])
        item.setToolTip(0, line.tip or text)
        del parents[line.depth :]
        if parents:
            parents[-1].addChild(item)
        else:
            tree.addTopLevelItem(item)
        parents.append(item)
        if line.kind in ("cover", "heading"):
            item.setFont(0, bold)
        elif line.kind == "muted":
            item.setForeground(0, MUTED)
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top is not None:
            top.setExpanded(True)
    return outline.listed
