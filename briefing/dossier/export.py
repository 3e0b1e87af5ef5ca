"""Exporting a dossier to a file: pick the renderer, write atomically, report progress."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from briefing.dossier.assemble import assemble
from briefing.dossier.document import Dossier
from briefing.dossier.output import Progress, atomic_output
from briefing.dossier.spec import DossierSpec
from briefing.store import Store

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


def write_dossier(
    dossier: Dossier, path: str | os.PathLike[str], fmt: Format, progress: Progress | None = None
) -> Path:
    """Render ``dossier`` as ``fmt`` to ``path``.

    The file appears complete or not at all: a failure, a cancel (ExportCancelled raised by
    ``progress``) or a killed process leaves any earlier file at ``path`` untouched.
    """
    if fmt == "pdf":
        from briefing.dossier.render_pdf import render_pdf

        with atomic_output(path) as out:
            render_pdf(dossier, out, progress)
    elif fmt == "docx":
        from briefing.dossier.render_docx import render_docx

        with atomic_output(path) as out:
            render_docx(dossier, out, progress)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return Path(path)


def export(
    store: Store,
    spec: DossierSpec,
    path: str | os.PathLike[str],
    fmt: Format,
    progress: Progress | None = None,
) -> Dossier:
    """Assemble ``spec`` from ``store`` and write it; returns the Dossier printed."""
    dossier = assemble(spec, store)
    write_dossier(dossier, path, fmt, progress)
    return dossier
