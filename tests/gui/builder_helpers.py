"""Driving the dossier builder in the builder's tests: its sections as (kind, key or title),
laying out by theme or country, typing a title, finding a section's row, waiting for the
preview. The ``builder`` fixture itself is in tests/gui/conftest.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing.gui.builder import DossierBuilder
from briefing.gui.preview_process import PreviewPages

Button = QMessageBox.StandardButton
SKELETON = [("text", "Purpose"), ("key-points", None), ("text", "Key messages"), ("who", None)]


def kinds(builder: DossierBuilder) -> list[tuple[str, str | None]]:
    return [(s.kind, s.key or s.title) for s in builder.current_spec().sections]


def lay_out(qtbot: QtBot, builder: DossierBuilder, by: str) -> None:
    """One section per theme or per country (computed in a worker)."""
    with qtbot.waitSignal(builder.laid_out, timeout=20_000):
        (builder.add_by_theme if by == "theme" else builder.add_by_country)()


def set_title(qtbot: QtBot, builder: DossierBuilder, text: str) -> None:
    builder.title.clear()
    qtbot.keyClicks(builder.title, text)


def row_of(builder: DossierBuilder, kind: str, key: str | None = None) -> int:
    return next(
        i
        for i, s in enumerate(builder.current_spec().sections)
        if s.kind == kind and (key is None or s.key == key)
    )


def wait_preview(qtbot: QtBot, builder: DossierBuilder) -> PreviewPages:
    """Wait until the preview of the spec shown is rendered in full; its pages."""
    qtbot.waitUntil(
        lambda: (
            builder.preview_pages is not None
            and builder.preview_pages.final
            and not builder.preview_runner.busy
        ),
        timeout=30_000,
    )
    assert builder.preview_pages is not None
    return builder.preview_pages
