"""The PDF's story made as reportlab lays it out (``Story``), not whole up front: what
keeps a 100,000-fact brief's flowables from being held all at once. Split from
``render_pdf``, which hands it the renderer's parts.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import _ktAllow

__all__ = ["Story", "keeps_with_next"]


def keeps_with_next(flowable: Flowable) -> bool:
    """Whether reportlab's ``handle_keepWithNext`` would take the flowable after it too."""
    return bool(flowable.getKeepWithNext()) and _ktAllow(flowable)


class Story(list[Flowable]):
    """The story, made as reportlab lays it out: ``doc.build`` takes flowables off the
    front of its list one by one, and this list makes more parts whenever it is asked
    its length (at every flowable) and holds fewer than ``AHEAD``.

    Made whole up front, the story of a 100,000-fact brief held 360 MB of flowables at
    once (the PDF's peak, on top of the Dossier); made as it goes, it holds a few dozen.
    The layout is the same flowable by flowable: the only look-ahead of the build is
    ``handle_keepWithNext``, which reads a run of flowables that keep with the next,
    then the one after — so the list never ends on a flowable that keeps with its next
    while parts remain (tests/test_render_pdf_fast.py compares the bytes both ways).
    """

    AHEAD = 64

    def __init__(self, parts: Iterator[list[Flowable]]) -> None:
        super().__init__()
        self._parts: Iterator[list[Flowable]] | None = parts

    def __len__(self) -> int:
        size = super().__len__()
        # the build only takes from the front (or puts back there): the last flowable is
        # the one ``_fill`` left, which does not keep with its next
        if size < self.AHEAD and self._parts is not None:
            self._fill()
            size = super().__len__()
        return size

    def _fill(self) -> None:
        assert self._parts is not None
        for part in self._parts:
            self.extend(part)
            size = super().__len__()
            if size >= self.AHEAD and not keeps_with_next(self[-1]):
                return
        self._parts = None
