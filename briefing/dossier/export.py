"""Exporting a dossier to a file: pick the renderer, write atomically, report progress.

What the user must hear before trusting the file travels with it (``ExportWarnings``):
characters no font prints (``glyphs``) and the printed facts whose quote no longer
matches their source's stored text, or whose locator points elsewhere (``quote_check``,
asked of the store while it is open; the Dossier itself holds no database).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefing.batch import heap_frozen
from briefing.dossier.assemble import assemble
from briefing.dossier.document import Dossier
from briefing.dossier.glyphs import MissingGlyphs, missing_glyphs
from briefing.dossier.output import Progress, atomic_output
from briefing.dossier.spec import DossierSpec
from briefing.ingest.quote_check import QuoteProblem, quote_problems

if TYPE_CHECKING:
    from briefing.store.reader import Reader

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


@dataclass(frozen=True)
class ExportWarnings:
    """What a written dossier prints that the user should check (both in printing order).

    ``unprintable``: items holding characters no font has; ``quotes``: facts whose quote
    is no longer in their source's stored text, or not where their locator says.
    """

    unprintable: tuple[MissingGlyphs, ...] = ()
    quotes: tuple[QuoteProblem, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.unprintable or self.quotes)


@dataclass(frozen=True)
class ExportResult:
    """A dossier written to ``path``, with its warnings."""

    path: Path
    dossier: Dossier
    warnings: ExportWarnings


def check_dossier(store: Reader, dossier: Dossier) -> ExportWarnings:
    """The warnings for ``dossier``, assembled from ``store`` (which must still be open)."""
    return ExportWarnings(missing_glyphs(dossier), quote_problems(store, dossier.fact_ids()))


def write_dossier(
    dossier: Dossier, path: str | os.PathLike[str], fmt: Format, progress: Progress | None = None
) -> Path:
    """Render ``dossier`` as ``fmt`` to ``path``.

    The file appears complete or not at all: a failure, a cancel (ExportCancelled raised by
    ``progress``) or a killed process leaves any earlier file at ``path`` untouched.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    # What is alive now (the dossier, every module) outlives the render: out of the
    # collector's passes meanwhile (``heap_frozen``).
    with heap_frozen():
        if fmt == "pdf":
            from briefing.dossier.render_pdf import render_pdf

            with atomic_output(path) as out:
                render_pdf(dossier, out, progress)
        else:
            from briefing.dossier.render_docx import render_docx

            with atomic_output(path) as out:
                render_docx(dossier, out, progress)
    return Path(path)


def export(
    store: Reader,
    spec: DossierSpec,
    path: str | os.PathLike[str],
    fmt: Format,
    progress: Progress | None = None,
) -> ExportResult:
    """Assemble ``spec`` from ``store``, check it and write it.

    With ``progress``, ``progress(0, 0)`` is called between assembling and rendering, so a
    cancel there stops before any file is opened.
    """
    dossier = assemble(spec, store)
    warnings = check_dossier(store, dossier)
    if progress is not None:
        progress(0, 0)
    written = write_dossier(dossier, path, fmt, progress)
    return ExportResult(written, dossier, warnings)
