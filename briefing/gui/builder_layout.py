"""The builder's layouts: "One per theme" / "One per country" through the core's layouts.

``merge_layout`` replaces the fact sections laid out before (never adds to them, so
laying out by theme after by country cannot print every fact twice) and keeps written,
key-point, who's-who and hand-picked sections where they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.gui import prompts
from briefing.gui.builder_base import BuilderBase
from briefing.gui.builder_sections import LAYOUT_KINDS, SECTION_ROLE

if TYPE_CHECKING:
    from briefing.store import Store

log = logging.getLogger("briefing.gui")


def merge_layout(current: list[SectionSpec], built: DossierSpec) -> tuple[list[SectionSpec], int]:
    """``current`` with its laid-out fact sections replaced by those of ``built``.

    Written sections, key points, who's who and hand-picked facts stay where they are; the
    new theme/country/shared sections take the place of the old ones (or go before key
    figures, or last); key figures are added at the end when ``built`` has them and
    ``current`` does not. Returns the sections and how many fact sections were laid out.
    """
    laid = [s for s in built.sections if s.kind in LAYOUT_KINDS]
    rows = [i for i, s in enumerate(current) if s.kind in LAYOUT_KINDS]
    figures = next((i for i, s in enumerate(current) if s.kind == "figures"), None)
    if rows:
        at = rows[0]
    elif figures is not None:
        at = figures
    else:
        at = len(current)
    kept = [s for s in current if s.kind not in LAYOUT_KINDS]
    before = [s for s in current[:at] if s.kind not in LAYOUT_KINDS]
    out = before + laid + kept[len(before) :]
    if figures is None and any(s.kind == "figures" for s in built.sections):
        out.append(SectionSpec("figures"))
    return out, len(laid)


class LayoutFlows(BuilderBase):
    """One section per theme or per country, laid out by the core in a worker."""

    # ------------------------------------------------------------------ laying out

    def add_by_theme(self) -> None:
        """Lay out one section per theme that has facts (the core's by_theme, in a worker)."""
        from briefing.dossier.layouts import by_theme

        self._lay_out(by_theme)

    def add_by_country(self) -> None:
        """Lay out shared facts and one section per country (the core's by_country)."""
        from briefing.dossier.layouts import by_country

        self._lay_out(by_country)

    def _lay_out(self, layout: Callable[[Store, DossierSpec], DossierSpec]) -> None:
        if self._laying_out:
            return
        edited = [
            item
            for item in self.section_items()
            if item.data(0, SECTION_ROLE).kind in LAYOUT_KINDS and self.sections.exclusions(item)
        ]
        if edited and not prompts.confirm(
            self,
            self.tr("Replace the fact sections"),
            self.tr(
                "You left out facts in {n} of the fact sections. Laying out the dossier again "
                "replaces its fact sections and forgets those choices. Continue?"
            ).format(n=len(edited)),
        ):
            self.laid_out.emit(0)
            return
        self._laying_out = True
        self.by_theme_button.setEnabled(False)
        self.by_country_button.setEnabled(False)
        self.status.setText(self.tr("Laying out the sections…"))
        store, spec = self.store, self.current_spec()

        def finish() -> None:
            self._laying_out = False
            self.by_theme_button.setEnabled(True)
            self.by_country_button.setEnabled(True)

        def done(built: DossierSpec) -> None:
            finish()
            sections, laid = merge_layout(self.sections.specs(), built)
            self._text_item = None
            self.text_editor.hide()
            self.sections.set_sections(sections)
            self.show_errors([])
            self._update_buttons()
            self.status.setText(
                self.tr("{n} fact sections laid out.").format(n=laid)
                if laid
                else self.tr("No facts to lay out within this event and ceiling.")
            )
            self.laid_out.emit(laid)

        def failed(exc: BaseException, tb: str) -> None:
            finish()
            self.status.setText(self.tr("Cannot lay out the dossier: {error}").format(error=exc))
            log.error("dossier layout failed\n%s", tb)
            self.laid_out.emit(0)

        self.jobs.submit(lambda _job: layout(store, spec), done, failed)
